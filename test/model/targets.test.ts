import { describe, expect, it } from "vitest";
import type { List } from "../../src/document/types.js";
import type { TargetSpec } from "../../src/spec/types.js";
import { body, bodyText, build, md, onlySections } from "./helpers.js";

function phrases(targets: string[] | "all", edit: (t: TargetSpec[]) => void = () => {}) {
  const { model, diagnostics } = build((s) => {
    edit(s.targets ?? []);
    onlySections(s, [{ title: "Chỉ tiêu", content: [{ targets }] }]);
    // a plan of this one section: the appendices the fixture's text refers to go with the text
    delete s.appendices;
  });
  const list = body(model).find((b): b is List => b.type === "list");
  return { items: list?.items.map((i) => md(i.content)) ?? [], diagnostics };
}

describe("targets", () => {
  it("phrases each type from the computed figures, ; between items and . at the end", () => {
    expect(phrases("all").items).toEqual([
      "Cuối năm 2024 tỷ lệ hộ nghèo giảm còn 0,43% trên địa bàn phường;",
      "Tỷ lệ hộ cận nghèo giảm còn 0,97%;",
      "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ);",
      "Phấn đấu giảm 35% số hộ cận nghèo cuối năm 2023 (tương ứng 15 hộ);",
      "Đảm bảo 100% hộ nghèo, hộ cận nghèo được cấp thẻ Bảo hiểm y tế;",
      "Ít nhất 70% hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh;",
      "Học sinh là con em hộ nghèo được miễn, giảm học phí.",
    ]);
  });

  it("keeps the qualifier in lower case after a lead", () => {
    const { items } = phrases(["nha_tieu"], (ts) => {
      const t = ts.find((x) => x.id === "nha_tieu");
      if (t) t.lead = "Phấn đấu";
    });
    expect(items).toEqual([
      "Phấn đấu ít nhất 70% hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh.",
    ]);
  });

  it("goes on from a lead that already names the rate (seeds 000 and 001)", () => {
    const { items } = phrases(["ty_le_ngheo", "giam_ngheo"], (ts) => {
      for (const t of ts) {
        if (t.id === "ty_le_ngheo") {
          t.lead = "Phấn đấu hết năm 2024 tỷ lệ hộ nghèo toàn phường";
          delete t.tail;
        }
        if (t.id === "giam_ngheo") {
          t.lead = "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức";
          t.tail = "theo chỉ tiêu UBND thị xã Đức Phổ giao";
        }
      }
    });
    expect(items).toEqual([
      "Phấn đấu hết năm 2024 tỷ lệ hộ nghèo toàn phường giảm còn 0,43%;",
      "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ) theo chỉ tiêu UBND thị xã Đức Phổ giao.",
    ]);
  });

  it("lists the chosen targets in the order given", () => {
    expect(phrases(["hoc_phi", "ty_le_can_ngheo"]).items).toEqual([
      "Học sinh là con em hộ nghèo được miễn, giảm học phí;",
      "Tỷ lệ hộ cận nghèo giảm còn 0,97%.",
    ]);
  });

  it("makes one target a paragraph ending with a full stop", () => {
    const { model } = build((s) => {
      s.sections = [{ title: "Mục tiêu", content: [{ target: "ty_le_ngheo" }] }];
    });
    expect(bodyText(model)).toContain(
      "Cuối năm 2024 tỷ lệ hộ nghèo giảm còn 0,43% trên địa bàn phường.",
    );
  });

  it("reports an unknown target and leaves it out", () => {
    const { items, diagnostics } = phrases(["khong_co", "hoc_phi"]);
    expect(items).toEqual(["Học sinh là con em hộ nghèo được miễn, giảm học phí."]);
    expect(diagnostics).toEqual([
      {
        code: "model.unknown-target",
        severity: "error",
        params: { target: "khong_co" },
        path: ["sections", 0, "content", 0, "targets", 0],
      },
    ]);
  });

  it("reports a rate target whose figures are missing", () => {
    const { model, diagnostics } = build(
      (s) => {
        onlySections(s, [{ title: "Mục tiêu", content: [{ target: "ty_le_ngheo" }] }]);
        delete s.appendices;
      },
      { computed: { targets: {} } },
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["model.target-figures-missing"]);
    expect(bodyText(model)).not.toContain(expect.stringContaining("0,43"));
  });
});
