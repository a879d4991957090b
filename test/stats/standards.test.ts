import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { loadStandards, STANDARDS_DIR } from "../../src/data/standards.js";
import { UNIT_LABELS } from "../../src/data/unit-labels.js";

const IDS = [
  "viec_lam",
  "nguoi_phu_thuoc",
  "dinh_duong",
  "bao_hiem_y_te",
  "trinh_do_giao_duc",
  "tinh_trang_di_hoc",
  "chat_luong_nha_o",
  "dien_tich_nha_o",
  "nguon_nuoc",
  "nha_tieu",
  "vien_thong",
  "tiep_can_thong_tin",
];

describe("poverty standards", () => {
  const registry = loadStandards();

  it("loads both decrees from data/standards", () => {
    expect([...registry.keys()]).toEqual(["nd-07-2021", "nd-351-2025"]);
    expect(STANDARDS_DIR.endsWith(`${join("data", "standards")}/`)).toBe(true);
  });

  it("Nghị định 07/2021/NĐ-CP", () => {
    const s = registry.get("nd-07-2021");
    expect(s).toMatchObject({
      name: "Nghị định số 07/2021/NĐ-CP",
      title: "chuẩn nghèo đa chiều giai đoạn 2022-2025",
      period: { from: 2022, to: 2026 },
      thresholds: { rural: 1_500_000, urban: 2_000_000 },
      poorMinDeprivations: 3,
    });
    expect(s?.indicators.map((i) => i.id)).toEqual(IDS);
    expect(s?.indicators.map((i) => i.name)).toEqual([
      "việc làm",
      "người phụ thuộc trong hộ gia đình",
      "dinh dưỡng",
      "bảo hiểm y tế",
      "trình độ giáo dục của người lớn",
      "tình trạng đi học của trẻ em",
      "chất lượng nhà ở",
      "diện tích nhà ở bình quân đầu người",
      "nguồn nước sinh hoạt",
      "nhà tiêu hợp vệ sinh",
      "sử dụng dịch vụ viễn thông",
      "phương tiện phục vụ tiếp cận thông tin",
    ]);
    expect(s?.dimensions.map((d) => d.name)).toEqual([
      "Việc làm",
      "Y tế",
      "Giáo dục",
      "Nhà ở",
      "Nước sinh hoạt và vệ sinh",
      "Thông tin",
    ]);
    expect(s?.indicators.filter((i) => i.dimension === "y_te").map((i) => i.id)).toEqual([
      "dinh_duong",
      "bao_hiem_y_te",
    ]);
  });

  it("Nghị định 351/2025/NĐ-CP", () => {
    expect(registry.get("nd-351-2025")).toMatchObject({
      period: { from: 2027, to: 2030 },
      thresholds: { rural: 2_200_000, urban: 2_800_000 },
      poorMinDeprivations: 3,
    });
    expect(registry.get("nd-351-2025")?.indicators.map((i) => i.id)).toEqual(IDS);
  });

  it("is cached", () => {
    expect(loadStandards()).toBe(registry);
  });

  it("throws on a broken data file", () => {
    const dirs: string[] = [];
    onTestFinished(() => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    });
    const bad = (name: string, text: string) => {
      const dir = mkdtempSync(join(tmpdir(), "kehoach-standards-"));
      dirs.push(dir);
      writeFileSync(join(dir, name), text);
      return () => loadStandards(dir);
    };
    const ok = (id: string) =>
      `id: ${id}\nname: N\ntitle: T\nperiod: { from: 2022, to: 2025 }\nthresholds: { rural: 1, urban: 2 }\npoor_min_deprivations: 3\ndimensions:\n  - id: d\n    name: D\n    indicators:\n      - { id: i, name: I }\n`;
    expect(bad("x.yaml", ok("x"))).not.toThrow();
    expect(bad("x.yaml", ok("y"))).toThrow(/differs from the file name/);
    expect(bad("x.yaml", ok("x").replace("rural: 1", "rural: -1"))).toThrow(/thresholds.rural/);
    expect(bad("x.yaml", `${ok("x")}extra: 1\n`)).toThrow(/unknown key "extra"/);
    expect(bad("x.yaml", ok("x").replace("{ id: i, name: I }", "{ id: i }"))).toThrow(
      /indicators\[0\].name/,
    );
    expect(bad("x.yaml", "- 1\n")).toThrow(/mapping/);
  });
});

describe("unit labels", () => {
  it("maps every kind of locality", () => {
    expect(UNIT_LABELS.phường).toBe("tổ dân phố");
    expect(UNIT_LABELS.xã).toBe("thôn");
    expect(UNIT_LABELS["thành phố"]).toBe("xã, phường");
  });
});
