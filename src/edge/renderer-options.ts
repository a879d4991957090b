// The environment, read at the edge (the CLI, the server, the batch workers) and handed to the
// renderers as options: no renderer reads an environment variable.

import type { RenderPdfOptions } from "../render/pdf/index.js";

export function rendererOptionsFrom(env: NodeJS.ProcessEnv): { pdf: RenderPdfOptions } {
  const pdf: RenderPdfOptions = {};
  // SOURCE_DATE_EPOCH: the PDF's dates, for reproducible builds (seconds since 1970, UTC).
  if (env.SOURCE_DATE_EPOCH !== undefined) pdf.sourceDateEpoch = env.SOURCE_DATE_EPOCH;
  // KEHOACH_FONT_CACHE: the one folder to cache the fonts' TrueType bytes in.
  if (env.KEHOACH_FONT_CACHE) pdf.fontCache = env.KEHOACH_FONT_CACHE;
  return { pdf };
}
