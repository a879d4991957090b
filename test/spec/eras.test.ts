// Any issuer: unit_kind may be left out (a Sở, a steering committee), symbols are free, and a plan
// dated in the two-tier state (from 1 July 2025, data/administration.yaml) that names a district
// level gets a warning.

import { describe, expect, it } from "vitest";
import { loadAdministration, parseAdministration } from "../../src/data/administration.js";
import { defaultUnitLabel } from "../../src/data/unit-labels.js";
import { localize } from "../../src/edge/catalog.js";
import { wholeName } from "../../src/stats/context.js";
import { body, build } from "../model/helpers.js";
import { load, plan } from "./helpers.js";

const codes = (text: string) => load(text).diagnostics.map((d) => [d.code, d.severity, d.path]);

describe("any issuer", () => {
  it("accepts a plan without unit_kind and with free symbols", () => {
    for (const symbol of ["KH-SNNMT", "KH-BCĐ", "KH-VP"]) {
      const r = load(
        plan({
          3: "  issuing_body: Sở Nông nghiệp và Môi trường",
          4: null,
          5: "  locality: Bắc Ninh",
          6: `  symbol: ${symbol}`,
          8: "  date: 2026-03-02",
        }),
      );
      expect(r.diagnostics).toEqual([]);
      expect(r.spec?.document.unit_kind).toBeUndefined();
    }
  });

  it("names the locality where a template says 'trên địa bàn {{unitKind}}', and in keywords", () => {
    const { model, diagnostics } = build((s) => {
      delete s.document.unit_kind;
    });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const text = JSON.stringify(body(model));
    expect(text).toContain("trên địa bàn Quảng Minh");
    expect(text).not.toContain("undefined");
    expect(model.meta.keywords).toContain("Quảng Minh");
  });

  it("falls back for the statistics' unit label and the whole unit's name", () => {
    expect(defaultUnitLabel(undefined)).toBe("đơn vị");
    expect(wholeName(undefined, "Bắc Ninh")).toBe("Bắc Ninh");
    expect(wholeName("phường", "Quảng Minh")).toBe("phường Quảng Minh");
  });
});

describe("eras of the administration", () => {
  it("are data: the two-tier state from 2025-07-01 without the district kinds", () => {
    const [era] = loadAdministration();
    expect(era?.from).toBe("2025-07-01");
    expect(era?.abolishedUnitKinds).toEqual([
      "huyện",
      "quận",
      "thị xã",
      "thị trấn",
      "thành phố thuộc tỉnh",
    ]);
    expect(() => parseAdministration({ eras: [{ id: "x", from: "2025" }] }, "f.yaml")).toThrow(
      /from must be a date/,
    );
  });

  it.each(["huyện", "quận", "thị xã", "thị trấn", "thành phố thuộc tỉnh"])(
    "warns on unit_kind %s in a plan dated 2025-07-01 or later",
    (kind) => {
      const text = plan({
        3: "  issuing_body: Ủy ban nhân dân Bình An",
        4: `  unit_kind: ${kind}`,
        8: "  date: 2025-07-01",
      });
      const r = load(text);
      expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.pos?.line])).toEqual([
        ["spec.unit-kind-abolished", "warning", ["document", "unit_kind"], 4],
      ]);
      const vi = localize(r.diagnostics[0] as never, "vi");
      expect(vi.message).toContain("01/7/2025");
      expect(vi.message).toContain(kind);
      expect(vi.hint).toContain("unit_kind");
      expect(localize(r.diagnostics[0] as never, "en").message).toContain(`no ${kind}`);
    },
  );

  it("says nothing before the reform, or for a draft dated by year 2025", () => {
    expect(codes(plan({ 4: "  unit_kind: huyện", 8: "  date: 2025-06-30" }))).toEqual([]);
    expect(codes(plan({ 4: "  unit_kind: thị xã", 8: "  date: 2025" }))).toEqual([]);
    expect(codes(plan({ 4: "  unit_kind: thị xã", 8: "  date: 2025-07" }))).toEqual([
      ["spec.unit-kind-abolished", "warning", ["document", "unit_kind"]],
    ]);
  });

  it("warns when the issuing or parent body names an abolished level", () => {
    const text = plan({ 8: "  date: 2026-01-15" }).replace(
      "document:\n",
      "document:\n  parent_body: UBND thị xã Việt Yên\n",
    );
    expect(codes(text)).toEqual([
      ["spec.body-level-abolished", "warning", ["document", "parent_body"]],
    ]);
    expect(
      codes(plan({ 3: "  issuing_body: Ủy ban nhân dân huyện Bố Trạch", 8: "  date: 2026-01-15" })),
    ).toEqual([["spec.body-level-abolished", "warning", ["document", "issuing_body"]]]);
  });

  it("does not take a word containing a level for the level", () => {
    expect(
      codes(
        plan({
          3: "  issuing_body: Phòng Văn hóa - Xã hội phường Quảng Minh",
          8: "  date: 2026-01-15",
        }),
      ),
    ).toEqual([]);
  });
});
