// Byte-identical output: the same bytes on every render and in every time zone, dates taken from
// the plan, no ids drawn at random.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Packer } from "docx";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { documentOf } from "../../src/render/docx/document.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { dateParts, packageParts, zipParts } from "../../src/render/docx/package.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { part, unzip } from "./helpers.js";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const CHILD = fileURLToPath(new URL("./tz-child.mjs", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Renders the draft sample in a fresh Node process started in time zone `tz`. */
function hashIn(tz: string): { hash?: string; offset?: number; error?: string } {
  const run = spawnSync(process.execPath, [CHILD], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.status !== 0) return { error: run.stderr || `exit ${run.status}` };
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}

describe("renderDocx reproducibility", () => {
  it("returns the same bytes on two renders", async () => {
    const a = await renderDocx(sampleModel({ draft: true }));
    await new Promise((r) => setTimeout(r, 1100)); // across a zip timestamp second
    const b = await renderDocx(sampleModel({ draft: true }));
    expect(sha256(a)).toBe(sha256(b));
  });

  it("returns the same bytes under TZ=UTC and TZ=Asia/Ho_Chi_Minh", async () => {
    const here = sha256(await renderDocx(sampleModel({ draft: true })));
    const utc = hashIn("UTC");
    const hcm = hashIn("Asia/Ho_Chi_Minh");
    expect(utc.error).toBeUndefined();
    expect(hcm.error).toBeUndefined();
    // The children really ran in different zones.
    expect(utc.offset).toBe(0);
    expect(hcm.offset).toBe(-420);
    expect(utc.hash).toBe(hcm.hash);
    expect(utc.hash).toBe(here);
  });

  it("dates core.xml and every zip entry from the plan", async () => {
    const bytes = await renderDocx(sampleModel());
    const core = part(unzip(bytes), "docProps/core.xml");
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-22T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-22T00:00:00Z</dcterms:modified>',
    );
    // DOS date of each local file header: 2024-02-22 12:00:00, whatever the zone.
    const dosDate = ((2024 - 1980) << 9) | (2 << 5) | 22;
    const dosTime = 12 << 11;
    let entries = 0;
    for (let i = 0; i + 30 < bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) {
        entries += 1;
        const u16 = (at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
        expect(u16(i + 10)).toBe(dosTime);
        expect(u16(i + 12)).toBe(dosDate);
      }
    }
    expect(entries).toBe(Object.keys(unzipSync(bytes)).length);
  });

  it("fills core.xml from the model's metadata", async () => {
    const core = part(unzip(await renderDocx(sampleModel())), "docProps/core.xml");
    expect(core).toContain(
      "<dc:title>Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024</dc:title>",
    );
    expect(core).toContain("<dc:creator>Ủy ban nhân dân phường Quảng Minh</dc:creator>");
    expect(core).toContain(
      "<dc:subject>Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội năm 2024</dc:subject>",
    );
    expect(core).toContain("<cp:keywords>kế hoạch, giảm nghèo, 2024</cp:keywords>");
    expect(core).toContain("<dc:language>vi-VN</dc:language>");
  });

  it("falls back to the zip epoch for a date that is not one", async () => {
    const model = sampleModel();
    model.meta.date = "not a date";
    const core = part(unzip(await renderDocx(model)), "docProps/core.xml");
    expect(core).toContain(">1980-01-01T00:00:00Z</dcterms:created>");
  });

  it("has no random ids: no rsids, no hyperlink or drawing ids that could vary", async () => {
    const parts = unzip(await renderDocx(sampleModel()));
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml, name).not.toMatch(/w:rsid/);
      expect(xml, name).not.toMatch(/w14:paraId|w14:textId/);
    }
    const rels = part(parts, "word/_rels/document.xml.rels");
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(id).toMatch(/^rId\d+$/);
  });

  it("puts [Content_Types].xml first in the zip", async () => {
    const names = Object.keys(unzipSync(await renderDocx(sampleModel())));
    expect(names[0]).toBe("[Content_Types].xml");
  });
});

describe("renderDocx packaging", () => {
  it("gives the same package through docx's compiler as through Packer.pack and unzip", async () => {
    const model = sampleModel({ draft: true });
    const built = documentOf(model);
    const direct = zipParts(await packageParts(built.document), model.meta, built.tables);
    const again = documentOf(sampleModel({ draft: true }));
    const zipped = await Packer.pack(again.document, "uint8array");
    const viaZip = zipParts(new Map(Object.entries(unzipSync(zipped))), model.meta, again.tables);
    expect(sha256(viaZip)).toBe(sha256(direct));
  });

  it("rejects impossible dates", () => {
    expect(dateParts("2024-02-30")).toEqual([1980, 1, 1]);
    expect(dateParts("2024-02-29")).toEqual([2024, 2, 29]);
    expect(dateParts("2024-02-22T08:00:00+07:00")).toEqual([2024, 2, 22]);
  });
});
