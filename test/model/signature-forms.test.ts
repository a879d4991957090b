// The seven signature forms of Nghị định 30/2020 (Phụ lục I): their lines in the model, and the
// same lines in the DOCX (XML), the PDF (definition) and the HTML; and the spec stage's errors.

import { describe, expect, it } from "vitest";
import type { SignOff } from "../../src/document/types.js";
import { localize } from "../../src/edge/catalog.js";
import { renderHtml } from "../../src/render/html/index.js";
import { pdfDefinition } from "../../src/render/pdf/definition.js";
import type { SignatureSpec } from "../../src/spec/types.js";
import { elements, part, render, text } from "../render-docx/helpers.js";
import { load, plan } from "../spec/helpers.js";
import { body, build } from "./helpers.js";

const SIGNER = "Nguyễn Thị Hương";

const FORMS: [string, Omit<SignatureSpec, "signer">, string[]][] = [
  ["the head in his own name", { title: "Giám đốc" }, ["GIÁM ĐỐC"]],
  [
    "TM. the committee, its chairman",
    { authority: "TM.", on_behalf_of: "Ủy ban nhân dân", title: "Chủ tịch" },
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  ],
  [
    "TM. with KT.: a vice-chairman for the committee",
    {
      authority: "KT.",
      collective: "Ủy ban nhân dân",
      on_behalf_of: "Chủ tịch",
      title: "Phó Chủ tịch",
    },
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  ],
  [
    "KT. a deputy director",
    { authority: "KT.", on_behalf_of: "Giám đốc", title: "Phó Giám đốc" },
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  ],
  ["Q. an acting chairman", { authority: "Q.", on_behalf_of: "Chủ tịch" }, ["Q. CHỦ TỊCH"]],
  [
    "TL. the office's head by order",
    { authority: "TL.", on_behalf_of: "Chủ tịch", title: "Chánh Văn phòng" },
    ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
  ],
  [
    "TUQ. by authorisation",
    { authority: "TUQ.", on_behalf_of: "Chủ tịch", title: "Giám đốc Sở Tài chính" },
    ["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ TÀI CHÍNH"],
  ],
];

function modelWith(sig: Omit<SignatureSpec, "signer">) {
  return build((s) => {
    s.signature = { ...sig, signer: SIGNER };
  }).model;
}

function signoff(model: ReturnType<typeof modelWith>): SignOff {
  const s = body(model).find((b): b is SignOff => b.type === "signoff");
  if (!s) throw new Error("no sign-off");
  return s;
}

/** Every string of a PDF layout node, depth first. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) for (const n of node) strings(n, out);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if ("text" in o) strings(o.text, out);
    else for (const v of Object.values(o)) strings(v, out);
  }
  return out;
}

describe.each(FORMS)("signature: %s", (_name, sig, lines) => {
  const model = modelWith(sig);

  it("has these lines in the model, then the signer", () => {
    expect(signoff(model).signature).toEqual({ lines, signer: SIGNER });
  });

  it("prints them in the DOCX, one paragraph each, in order", async () => {
    const xml = part(await render(model), "word/document.xml");
    const table = elements(xml, "w:tbl").find((t) => t.includes(SIGNER)) ?? "";
    const cells = elements(table, "w:tc");
    const paras = elements(cells[1] ?? "", "w:p").map(text);
    expect(paras.filter((p) => p !== "")).toEqual([...lines, SIGNER]);
  });

  it("prints them in the PDF definition, in order", () => {
    const all = strings(pdfDefinition(model).sections).join("\n");
    const at = lines.map((l) => all.indexOf(l));
    for (const i of at) expect(i).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all.indexOf(SIGNER)).toBeGreaterThan(at.at(-1) ?? 0);
  });

  it("prints them in the HTML, in order", () => {
    const html = renderHtml(model);
    const sign = html.slice(html.indexOf('class="signature'));
    const at = [...lines, SIGNER].map((l) => sign.indexOf(`>${l}<`));
    for (const i of at) expect(i).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe("signature errors", () => {
  const diags = (sig: string) => load(plan({ 16: `signature: ${sig}` })).diagnostics;

  it.each(["KT.", "Q.", "TL.", "TUQ."])(
    "%s without on_behalf_of is an error at signature.authority, with the fix",
    (authority) => {
      const ds = diags(`{ authority: ${authority}, title: Phó Chủ tịch, signer: A }`);
      const d = ds.find((x) => x.code === "spec.signature-needs-behalf");
      expect(d).toMatchObject({ severity: "error", path: ["signature", "authority"] });
      expect(d?.pos).toMatchObject({ line: 16 });
      const vi = localize(d as never, "vi");
      expect(vi.message).toContain(authority);
      expect(vi.hint).toContain("on_behalf_of: Chủ tịch");
      expect(localize(d as never, "en").hint).toContain("on_behalf_of: Chủ tịch");
    },
  );

  it("Q. with a title: a warning that the title is not printed", () => {
    const ds = diags("{ authority: Q., on_behalf_of: Chủ tịch, title: Phó Chủ tịch, signer: A }");
    expect(ds.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["spec.signature-acting-title", "warning", ["signature", "title"]],
    ]);
    expect(localize(ds[0] as never, "vi").message).toContain("không được in");
  });

  it("a title is required, except for Q.", () => {
    expect(diags("{ signer: A }").map((d) => d.code)).toEqual(["spec.signature-needs-title"]);
    expect(diags("{ authority: Q., on_behalf_of: Chủ tịch, signer: A }")).toEqual([]);
  });

  it("TM. without a collective is a warning; the forms above are clean", () => {
    expect(diags("{ authority: TM., title: Chủ tịch, signer: A }").map((d) => d.code)).toEqual([
      "spec.signature-tm-needs-body",
    ]);
    expect(
      diags(
        "{ authority: KT., collective: Ủy ban nhân dân, on_behalf_of: Chủ tịch, title: Phó Chủ tịch, signer: A }",
      ),
    ).toEqual([]);
  });
});
