// TCVN3 and VNI (issue 15, point 2): text in the old encodings found and read back, Unicode Vietnamese
// and foreign words never taken for them. The samples are built here, from tables written out again
// independently of src/format/legacy-encodings.ts (two transcriptions of the encodings must agree).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  convertLegacyText,
  decodeLegacyWord,
  findLegacyText,
} from "../../src/format/legacy-encodings.js";
import { isVietnameseSyllable } from "../../src/format/syllable.js";

const ROOT = new URL("../..", import.meta.url);

// TCVN3 (ABC, .VnTime): the codes of these letters, in this order.
const TCVN3_UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
const TCVN3_CODES =
  "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦";

function toTcvn3(text: string): string {
  const table = new Map([...TCVN3_UNICODE].map((c, i) => [c, [...TCVN3_CODES][i] ?? c]));
  return [...text.normalize("NFC")].map((c) => table.get(c) ?? c).join("");
}

// VNI-Windows: a vowel and its mark code (sắc ù, huyền ø, hỏi û, ngã õ, nặng ï; â á à å ã ä for
// the circumflex; ê é è ú ü ë for the breve), ô for ơ, ö for ư, ñ for đ, single codes for i and ỵ.
const VNI_MARKS: Record<string, string> = {
  "\u0301": "ù",
  "\u0300": "ø",
  "\u0309": "û",
  "\u0303": "õ",
  "\u0323": "ï",
};
const VNI_CIRCUMFLEX: Record<string, string> = {
  "": "â",
  "\u0301": "á",
  "\u0300": "à",
  "\u0309": "å",
  "\u0303": "ã",
  "\u0323": "ä",
};
const VNI_BREVE: Record<string, string> = {
  "": "ê",
  "\u0301": "é",
  "\u0300": "è",
  "\u0309": "ú",
  "\u0303": "ü",
  "\u0323": "ë",
};
const VNI_I: Record<string, string> = {
  "\u0301": "í",
  "\u0300": "ì",
  "\u0309": "æ",
  "\u0303": "ó",
  "\u0323": "ò",
};

function vniLetter(c: string): string {
  const lower = c.toLowerCase();
  const [base = "", ...marks] = [...lower.normalize("NFD")];
  const shape = marks.find((m) => "\u0302\u0306\u031b".includes(m));
  const tone = marks.find((m) => !"\u0302\u0306\u031b".includes(m)) ?? "";
  let out: string;
  if (lower === "đ") out = "ñ";
  else if (shape === "\u0302") out = base + (VNI_CIRCUMFLEX[tone] ?? "");
  else if (shape === "\u0306") out = base + (VNI_BREVE[tone] ?? "");
  else if (shape === "\u031b") out = (base === "o" ? "ô" : "ö") + (VNI_MARKS[tone] ?? "");
  else if (base === "i" && tone) out = VNI_I[tone] ?? "";
  else if (base === "y" && tone === "\u0323") out = "î";
  else out = base + (VNI_MARKS[tone] ?? "");
  return c === lower ? out : out.toUpperCase();
}

function toVni(text: string): string {
  return [...text.normalize("NFC")]
    .map((c) => ((c.codePointAt(0) ?? 0) > 0x7f ? vniLetter(c) : c))
    .join("");
}

function repoPlans(): string[] {
  const out = execFileSync("git", ["ls-files", "*.yaml", "*.yml"], { cwd: ROOT, encoding: "utf8" });
  return out.trim().split("\n");
}

describe("the samples of the issue", () => {
  it("TCVN3 as it prints: “ChuyÓn ®æi sè n¨m 2026”", () => {
    expect(toTcvn3("chuyển đổi số năm 2026")).toBe("chuyÓn ®æi sè n¨m 2026");
    const found = findLegacyText("title: ChuyÓn ®æi sè n¨m 2026\n");
    expect(found).toEqual({
      encoding: "TCVN3",
      offset: 7,
      word: "ChuyÓn",
      decoded: "Chuyển",
      words: 3,
    });
    expect(convertLegacyText("title: ChuyÓn ®æi sè n¨m 2026\n", "TCVN3", false)).toEqual({
      text: "title: Chuyển đổi số năm 2026\n",
      lines: [
        {
          line: 1,
          before: "title: ChuyÓn ®æi sè n¨m 2026",
          after: "title: Chuyển đổi số năm 2026",
        },
      ],
    });
  });

  it("VNI: “Chuyeån ñoåi soá naêm 2026”", () => {
    expect(toVni("Chuyển đổi số năm 2026")).toBe("Chuyeån ñoåi soá naêm 2026");
    expect(findLegacyText("title: Chuyeån ñoåi soá naêm 2026")).toMatchObject({
      encoding: "VNI",
      word: "Chuyeån",
      decoded: "Chuyển",
    });
  });
});

describe("every letter, every tone", () => {
  const letters = [..."aăâeêioôơuưy"].flatMap((v) =>
    ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"].map((t) => `${v}${t}`.normalize("NFC")),
  );

  it("TCVN3 codes read back as the letter", () => {
    for (const l of [...letters, "đ"]) expect(decodeLegacyWord(toTcvn3(l), "TCVN3"), l).toBe(l);
    for (const l of "ĂÂĐÊÔƠƯ") expect(decodeLegacyWord(toTcvn3(l), "TCVN3"), l).toBe(l);
  });

  it("VNI spellings read back as the letter, small and capital", () => {
    for (const l of [...letters, "đ"]) {
      expect(decodeLegacyWord(toVni(l), "VNI"), l).toBe(l);
      expect(decodeLegacyWord(toVni(l.toUpperCase()), "VNI"), l).toBe(l.toUpperCase());
    }
  });

  it("TCVN3 capitals (the .VnTimeH fonts: small codes) come back as capitals", () => {
    // the codes stay small; only the Latin letters are capitals
    const caps = (s: string) => toTcvn3(s).replace(/[a-z]/g, (c) => c.toUpperCase());
    expect(decodeLegacyWord(caps("hoạch"), "TCVN3")).toBe("HOẠCH");
    const line = `title: ${caps("kế hoạch thực hiện")}`;
    expect(line).toBe("title: KÕ HO¹CH THùC HIÖN");
    expect(convertLegacyText(line, "TCVN3", false).text).toBe("title: KẾ HOẠCH THỰC HIỆN");
    // a word starting with a capital stays so
    expect(convertLegacyText("Hµ Néi", "TCVN3", true).text).toBe("Hà Nội");
  });
});

describe("every plan of the repository, and the test fixtures", () => {
  const files = repoPlans();

  it("are many", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("in Unicode: no old encoding found", () => {
    for (const f of files) {
      const text = readFileSync(new URL(f, ROOT), "utf8").normalize("NFC");
      expect(findLegacyText(text), f).toBeUndefined();
    }
  });

  it("in TCVN3 (a file saved so): found, and converted back word for word", () => {
    for (const f of files) {
      // TCVN3 has no capitals with tones: the plan in small letters
      const text = readFileSync(new URL(f, ROOT), "utf8").normalize("NFC").toLowerCase();
      const legacy = toTcvn3(text);
      if (legacy === text) continue;
      expect(findLegacyText(legacy)?.encoding, f).toBe("TCVN3");
      expect(convertLegacyText(legacy, "TCVN3", true).text, f).toBe(text);
    }
  });

  it("in VNI (a file saved so): found, and converted back word for word", () => {
    for (const f of files) {
      const text = readFileSync(new URL(f, ROOT), "utf8").normalize("NFC");
      const legacy = toVni(text);
      if (legacy === text) continue;
      expect(findLegacyText(legacy)?.encoding, f).toBe("VNI");
      expect(convertLegacyText(legacy, "VNI", true).text, f).toBe(text);
    }
  });
});

describe("never taken for an old encoding", () => {
  it.each([
    ["foreign names", "Hợp tác với Müller GmbH, François và Zürich; café, naïve, Straße"],
    ["signs", "Khổ giấy 210 × 297 mm; § 3; ½ số hộ; © 2024; «trích»; 5 µg; 90°"],
    ["old-style tone placement", "hoá, hoà, thuý, khoẻ, uỷ ban, toà án, quý"],
    ["capitals", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — ĐỘC LẬP, TỰ DO, HẠNH PHÚC"],
  ])("%s", (_name, text) => {
    expect(findLegacyText(text)).toBeUndefined();
  });

  it("one stray word is not enough", () => {
    expect(findLegacyText("Chuyển đổi số n¨m 2026")).toBeUndefined();
  });
});

describe("a pasted line in a Unicode file", () => {
  it("only the lines holding the old encoding are converted; their Unicode words are kept", () => {
    const text =
      "title: Kế hoạch\nsummary: Kế hoạch ChuyÓn ®æi sè n¨m 2026 ở đây\nclosing: Quảng Minh có và là\n";
    const r = convertLegacyText(text, "TCVN3", false);
    expect(r.text).toBe(
      "title: Kế hoạch\nsummary: Kế hoạch Chuyển đổi số năm 2026 ở đây\nclosing: Quảng Minh có và là\n",
    );
    expect(r.lines.map((l) => l.line)).toEqual([2]);
  });
});

describe("syllables", () => {
  it.each(["nghiêng", "khuyến", "người", "giữa", "quốc", "hoạch", "Chuyển", "ở", "ĐỔI"])(
    "%s is one",
    (w) => expect(isVietnameseSyllable(w)).toBe(true),
  );
  it.each(["müller", "chuyón", "naêm", "néi", "ấá", "straße", "bbb"])("%s is none", (w) =>
    expect(isVietnameseSyllable(w)).toBe(false),
  );
});
