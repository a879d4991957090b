import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfLayout, renderLayout, renderPdf } from "../../src/render/pdf/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { compileRenderer, hashInChild } from "./child.js";
import { expectGolden } from "./golden.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");

describe("renderPdf", () => {
  it("writes a PDF", async () => {
    const pdf = await renderPdf(sampleModel());
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(latin1(pdf.subarray(0, 8))).toBe("%PDF-1.7");
    expect(latin1(pdf)).toMatch(/\/Type \/Metadata\n\/Subtype \/XML/);
    expect(latin1(pdf.subarray(-6))).toBe("%%EOF\n");
    expect(latin1(pdf)).toContain("/Lang (vi-VN)");
  });

  it("writes the same bytes every time (sha256 pinned)", async () => {
    const fixed = { sourceDateEpoch: "" };
    const a = await renderPdf(sampleModel(), fixed);
    const b = await renderPdf(sampleModel(), fixed);
    expect(sha256(a)).toBe(sha256(b));
    const draft = await renderPdf(sampleModel({ draft: true }), fixed);
    expect(sha256(draft)).not.toBe(sha256(a));
    expectGolden(
      "sample.pdf.sha256",
      `${sha256(a)}  sample.pdf\n${sha256(draft)}  sample-draft.pdf\n`,
    );
  });

  it("dates the file from the plan, or from SOURCE_DATE_EPOCH", async () => {
    const plain = latin1(await renderPdf(sampleModel(), { sourceDateEpoch: "" }));
    // pdfkit writes both dates as indirect string objects.
    expect(plain).toContain("(D:20240222000000Z)");
    expect(plain).not.toMatch(/\(D:(?!20240222000000Z)\d{14}Z\)/);
    const epoch = latin1(await renderPdf(sampleModel(), { sourceDateEpoch: "1700000000" }));
    expect(epoch).toContain("(D:20231114221320Z)");
    expect(epoch).not.toContain("(D:20240222000000Z)");
  });

  it("gives each of several renders at once the bytes it gives alone", async () => {
    const models = [sampleModel(), sampleModel({ draft: true }), sampleModel(), sampleModel()];
    const alone = [];
    for (const m of models)
      alone.push(sha256(await renderPdf(structuredClone(m), { sourceDateEpoch: "" })));
    const together = await Promise.all(models.map((m) => renderPdf(m, { sourceDateEpoch: "" })));
    expect(together.map(sha256)).toEqual(alone);
  });

  it("renders a document without sections as one blank page", async () => {
    const model = sampleModel();
    model.sections = [];
    const pdf = await renderPdf(model, { sourceDateEpoch: "" });
    expect(latin1(pdf)).toContain("/Count 1");
  });

  it("draws the layout pdfLayout made, and nothing else", async () => {
    const pdf = await renderLayout(pdfLayout(sampleModel()));
    expect(sha256(pdf)).toBe(sha256(await renderPdf(sampleModel(), { sourceDateEpoch: "" })));
  });
});

describe("renderPdf in fresh processes", () => {
  let build = "";
  let here = "";

  beforeAll(async () => {
    build = compileRenderer();
    here = sha256(await renderPdf(sampleModel(), { sourceDateEpoch: "" }));
  });

  afterAll(() => {
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it("writes the same bytes in UTC and in Asia/Ho_Chi_Minh", () => {
    expect(hashInChild(build, { TZ: "UTC" })).toBe(here);
    expect(hashInChild(build, { TZ: "Asia/Ho_Chi_Minh" })).toBe(here);
    expect(hashInChild(build, { TZ: "America/Los_Angeles" })).toBe(here);
  });

  it("follows SOURCE_DATE_EPOCH from the environment", () => {
    const a = hashInChild(build, { SOURCE_DATE_EPOCH: "1700000000", TZ: "UTC" });
    const b = hashInChild(build, { SOURCE_DATE_EPOCH: "1700000000", TZ: "Asia/Ho_Chi_Minh" });
    expect(a).toBe(b);
    expect(a).not.toBe(here);
  });
});
