// The environment is read at the edge and handed to the renderers; no renderer reads it.

import { describe, expect, it } from "vitest";
import { rendererOptionsFrom } from "../../src/edge/renderer-options.js";

describe("rendererOptionsFrom", () => {
  it("passes SOURCE_DATE_EPOCH and KEHOACH_FONT_CACHE to the PDF renderer", () => {
    const env = { SOURCE_DATE_EPOCH: "1700000000", KEHOACH_FONT_CACHE: "/tmp/fonts", HOME: "/x" };
    expect(rendererOptionsFrom(env)).toEqual({
      pdf: { sourceDateEpoch: "1700000000", fontCache: "/tmp/fonts" },
    });
  });

  it("passes nothing when they are not set, and an empty font cache means the default", () => {
    expect(rendererOptionsFrom({})).toEqual({ pdf: {} });
    expect(rendererOptionsFrom({ KEHOACH_FONT_CACHE: "" })).toEqual({ pdf: {} });
    expect(rendererOptionsFrom({ SOURCE_DATE_EPOCH: "" })).toEqual({
      pdf: { sourceDateEpoch: "" },
    });
  });
});
