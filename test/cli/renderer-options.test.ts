// The environment is read at the edge and handed to the renderers; no renderer reads it.

import { describe, expect, it } from "vitest";
import { rendererOptionsFrom } from "../../src/edge/renderer-options.js";

describe("rendererOptionsFrom", () => {
  it("passes SOURCE_DATE_EPOCH to the PDF and XLSX renderers, and nothing else of the environment", () => {
    const env = { SOURCE_DATE_EPOCH: "1700000000", KEHOACH_FONT_CACHE: "/tmp/fonts", HOME: "/x" };
    expect(rendererOptionsFrom(env)).toEqual({
      pdf: { sourceDateEpoch: "1700000000" },
      xlsx: { sourceDateEpoch: "1700000000" },
    });
  });

  it("passes nothing when it is not set", () => {
    expect(rendererOptionsFrom({})).toEqual({ pdf: {}, xlsx: {} });
    expect(rendererOptionsFrom({ SOURCE_DATE_EPOCH: "" })).toEqual({
      pdf: { sourceDateEpoch: "" },
      xlsx: { sourceDateEpoch: "" },
    });
  });
});
