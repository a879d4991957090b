// Reading YAML safely: syntax errors with positions, duplicate keys, NFC, aliases, nesting, prototype keys.

import { describe, expect, it } from "vitest";
import { BASE, load, plan, where } from "./helpers.js";

describe("syntax errors", () => {
  it.each([
    [
      "colon at the end of a value",
      plan({ 13: "closing: Kế hoạch như sau:" }),
      "spec.yaml-colon-in-value",
      13,
      10,
    ],
    [
      "colon inside a value",
      plan({ 9: "  summary: Kế hoạch: giảm nghèo" }),
      "spec.yaml-colon-in-value",
      9,
      12,
    ],
    ["tab indentation", plan({ 5: "\tlocality: Quảng Minh" }), "spec.yaml-tab", 5, 1],
    [
      "bold markup at the start",
      plan({ 12: "  - content:\n      - **Đối với:** hỗ trợ" }),
      "spec.yaml-needs-quotes",
      13,
      9,
    ],
    [
      "italic markup at the start",
      plan({ 15: "archive: *VT*" }),
      "spec.yaml-alias-unknown",
      15,
      10,
    ],
    ["no space after the colon", plan({ 15: "archive:VT" }), "spec.yaml-missing-colon", 15, 1],
    [
      "a line without a colon",
      plan({ 5: "  locality Quảng Minh" }),
      "spec.yaml-missing-colon",
      5,
      3,
    ],
    ["unclosed quote", plan({ 15: 'archive: "VT' }), "spec.yaml-unclosed", 17, 1],
    ["unclosed bracket", plan({ 14: "recipients: [Như trên" }), "spec.yaml-indent", 15, 1],
    ["two documents", plan({}, "---\nkehoach: 1\n"), "spec.yaml-multiple-docs", 17, 1],
  ])("%s", (_name, text, code, line, col) => {
    const r = load(text);
    expect(where(r.diagnostics)).toEqual([[code, line, col]]);
    expect(r.spec).toBeUndefined();
  });

  it("reports an empty file, or one of comments only", () => {
    expect(where(load("").diagnostics)).toEqual([["spec.empty", 1, 1]]);
    expect(where(load("# chỉ có chú thích\n\n").diagnostics)).toEqual([["spec.empty", 1, 1]]);
  });

  it("reports a file that is a list, not a plan", () => {
    expect(where(load("- a\n- b\n").diagnostics)).toEqual([["spec.not-a-plan", 1, 1]]);
    expect(load("Kế hoạch giảm nghèo\n").diagnostics[0]?.params.got_vi).toBe(
      'chuỗi "Kế hoạch giảm nghèo"',
    );
  });

  it("reads Windows line endings", () => {
    const r = load(plan({ 9: "  summary: Kế hoạch:" }).replace(/\n/g, "\r\n"));
    expect(where(r.diagnostics)).toEqual([["spec.yaml-colon-in-value", 9, 12]]);
    const ok = load(BASE.replace(/\n/g, "\r\n"));
    expect(ok.diagnostics).toEqual([]);
    expect(ok.spec?.archive).toBe("VT");
  });

  it("warns about an unknown tag but keeps the value", () => {
    const r = load(plan({ 15: "archive: !ghi_chu VT" }));
    expect(where(r.diagnostics)).toEqual([["spec.yaml-tag", 15, 10]]);
    expect(r.diagnostics[0]?.severity).toBe("warning");
    expect(r.spec?.archive).toBe("VT");
  });

  it("accepts block texts and comments", () => {
    const r = load(
      plan({ 13: "closing: |\n  Trên đây là Kế hoạch: # not a comment inside\n# a comment" }),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.spec?.closing).toBe("Trên đây là Kế hoạch: # not a comment inside\n");
  });
});

describe("duplicate keys", () => {
  it("are reported at the second occurrence, with the line of the first", () => {
    const r = load(plan({ 6: "  symbol: KH-UBND\n  number: 5\n  symbol: KH-UBND" }));
    expect(where(r.diagnostics)).toEqual([["spec.duplicate-key", 8, 3]]);
    expect(r.diagnostics[0]?.params).toEqual({ key: "symbol", firstLine: 6 });
    expect(r.diagnostics[0]?.path).toEqual(["document", "symbol"]);
  });

  it("are found after NFC: a decomposed key equals its composed twin", () => {
    const r = load(
      `${BASE}statistics:\n  baseline_year: 2023\n  standard: x\n  totals:\n    households: 1\n    groups:\n      nghèo: { households: 1 }\n      ${"nghèo".normalize("NFD")}: { households: 2 }\n`,
    );
    expect(where(r.diagnostics)).toEqual([
      ["spec.duplicate-key", 24, 7],
      ["spec.clean-nfc", 24, 10], // the "è" of "nghèo"
    ]);
  });

  it("in flow mappings too", () => {
    expect(
      where(load(plan({ 16: "signature: { title: A, signer: B, title: C }" })).diagnostics),
    ).toEqual([["spec.duplicate-key", 16, 35]]);
  });
});

describe("NFC", () => {
  it("turns decomposed input into composed strings, keys and text", () => {
    const nfd = BASE.normalize("NFD");
    expect(nfd).not.toBe(BASE);
    const r = load(nfd);
    // told once, where the first decomposed letter is: "Ủy" of line 3
    expect(where(r.diagnostics)).toEqual([["spec.clean-nfc", 3, 17]]);
    expect(r.diagnostics[0]?.severity).toBe("info");
    expect(r.text).toBe(BASE);
    expect(r.spec?.document.unit_kind).toBe("phường");
    expect(r.spec?.document.issuing_body).toBe(
      "Ủy ban nhân dân phường Quảng Minh".normalize("NFC"),
    );
    const all = JSON.stringify(r.spec);
    expect(all).toBe(all.normalize("NFC"));
  });

  it("normalises strings built from escapes", () => {
    const r = load(plan({ 15: 'archive: "VT, VHXH pho\\u0302\\u0300ng"' }));
    expect(r.spec?.archive).toBe("VT, VHXH phồng");
    expect(r.spec?.archive).toBe(r.spec?.archive.normalize("NFC"));
  });

  it("drops a byte order mark", () => {
    const r = load(`\uFEFF${BASE}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe(BASE);
  });
});

describe("aliases", () => {
  it("are expanded into separate copies", () => {
    const r = load(plan({ 14: "recipients: [&r { text: UBND thị xã, report: true }, *r]" }));
    expect(r.diagnostics).toEqual([]);
    const [a, b] = r.spec?.recipients ?? [];
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });

  it("stop a billion-laughs document with a clear diagnostic", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [i, n] of ["b", "c", "d", "e", "f", "g", "h", "i"].entries()) {
      const prev = String.fromCharCode(97 + i);
      levels.push(`${n}: &${n} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const r = load(`${levels.join("\n")}\n`);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["spec.yaml-alias-limit"]);
    expect(r.diagnostics[0]?.params).toEqual({ limit: 20_000 });
    expect(r.spec).toBeUndefined();
  });

  it("report a cycle instead of looping", () => {
    const r = load(plan({}, "x: &x [1, *x]\n"));
    expect(where(r.diagnostics)).toEqual([["spec.yaml-alias-cycle", 17, 11]]);
  });

  it("report an unknown anchor", () => {
    const r = load(plan({ 14: "recipients: [*nothing]" }));
    expect(where(r.diagnostics)).toEqual([["spec.yaml-alias-unknown", 14, 14]]);
    expect(r.diagnostics[0]?.params).toEqual({
      alias: "nothing",
      fixed: 'recipients: ["*nothing"]',
      fixedLine: 'recipients: ["*nothing"]',
    });
  });
});

describe("nesting", () => {
  it.each([
    ["compact lists", `${"- ".repeat(10_000)}x\n`],
    ["flow lists", `${"[".repeat(100_000)}${"]".repeat(100_000)}\n`],
    ["flow mappings", `${"{a: ".repeat(100_000)}\n`],
    [
      "indented lists",
      `${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i)}- `).join("\n")}x\n`,
    ],
  ])("too deep %s are refused without crashing", (_name, text) => {
    const r = load(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["spec.yaml-too-deep"]);
    expect(r.spec).toBeUndefined();
  });

  it("deep aliases are refused too", () => {
    const lines = ["a0: &a0 [x]"];
    for (let i = 1; i <= 80; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    expect(load(`${lines.join("\n")}\n`).diagnostics.map((d) => d.code)).toEqual([
      "spec.yaml-too-deep",
    ]);
  });
});

describe("prototype keys", () => {
  const probe = {} as Record<string, unknown>;

  it("pollute nothing and are reported as unknown keys", () => {
    const r = load(
      plan(
        {},
        "__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 1 } }\nprototype: 1\n",
      ),
    );
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(where(r.diagnostics)).toEqual([
      ["spec.unknown-key", 17, 1],
      ["spec.unknown-key", 18, 1],
      ["spec.unknown-key", 19, 1],
    ]);
    expect(r.diagnostics.map((d) => d.params.key)).toEqual([
      "__proto__",
      "constructor",
      "prototype",
    ]);
    expect(r.spec).toBeUndefined();
  });

  it("inside an object are reported too", () => {
    const r = load(plan({ 16: "signature: { title: A, signer: B, __proto__: { title: X } }" }));
    expect(where(r.diagnostics)).toEqual([["spec.unknown-key", 16, 35]]);
  });

  it("used as ids in maps are refused as reserved names", () => {
    const r = load(
      plan(
        {},
        [
          "statistics:",
          "  baseline_year: 2023",
          "  standard: nd-07-2021",
          "  totals:",
          "    households: 100",
          "    groups:",
          "      __proto__: { households: 1 }",
          "      poor: { households: 1, deprivation: { constructor: 1 }, breakdowns: { prototype: {} } }",
          "",
        ].join("\n"),
      ),
    );
    expect(probe.households).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.params.key, d.pos?.line])).toEqual([
      ["spec.reserved-key", "__proto__", 23],
      ["spec.reserved-key", "constructor", 24],
      ["spec.reserved-key", "prototype", 24],
    ]);
  });
});

describe("locate", () => {
  it("gives the position of keys, values and list items", () => {
    const r = load(plan({}, "targets:\n  - id: a\n    type: text\n    text: Chỉ tiêu\n"));
    expect(r.locate(["document", "summary"])).toMatchObject({ line: 9, col: 3, endLine: 9 });
    expect(r.locate(["targets", 0])).toMatchObject({ line: 18, col: 5 });
    expect(r.locate(["targets", 0, "text"])).toMatchObject({ line: 20, col: 5, endCol: 19 });
    expect(r.locate(["recipients", 0])).toMatchObject({ line: 14, col: 14, endCol: 22 });
    expect(r.locate([])).toMatchObject({ line: 1, col: 1 });
    expect(r.locate(["document", "nope"])).toBeUndefined();
    expect(r.locate(["targets", 5])).toBeUndefined();
  });
});
