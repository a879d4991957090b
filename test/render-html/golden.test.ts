import { describe, it } from "vitest";
import { renderHtml } from "../../src/render/html/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { expectGolden } from "./golden.js";

describe("renderHtml golden", () => {
  it("renders the sample model", () => {
    expectGolden("sample.html", renderHtml(sampleModel()));
  });

  it("renders the sample model as a draft", () => {
    expectGolden("sample-draft.html", renderHtml(sampleModel({ draft: true })));
  });

  it("renders with served fonts and an external stylesheet", () => {
    expectGolden(
      "sample-served.html",
      renderHtml(sampleModel(), {
        fontBaseUrl: "/fonts/tinos/",
        inlineCss: false,
        stylesheetHref: "/doc/style.css",
      }),
    );
  });
});
