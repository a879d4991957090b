// The environment, read at the edge (the CLI, the server, the batch workers) and handed to the
// renderers as options: no renderer reads an environment variable.

import type { RenderPdfOptions } from "../render/pdf/index.js";
import type { RenderXlsxOptions } from "../render/xlsx/index.js";

export function rendererOptionsFrom(env: NodeJS.ProcessEnv): {
  pdf: RenderPdfOptions;
  xlsx: RenderXlsxOptions;
} {
  const pdf: RenderPdfOptions = {};
  const xlsx: RenderXlsxOptions = {};
  // SOURCE_DATE_EPOCH: the PDF's and the workbook's dates, for reproducible builds (seconds since
  // 1970, UTC).
  if (env.SOURCE_DATE_EPOCH !== undefined) {
    pdf.sourceDateEpoch = env.SOURCE_DATE_EPOCH;
    xlsx.sourceDateEpoch = env.SOURCE_DATE_EPOCH;
  }
  return { pdf, xlsx };
}
