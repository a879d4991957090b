import { describe, expect, it } from "vitest";
import type { SignOff } from "../../src/document/types.js";
import { archiveText } from "../../src/model/signoff.js";
import { body, build, line } from "./helpers.js";

function signoff(model: ReturnType<typeof build>["model"]): SignOff {
  const s = body(model).find((b): b is SignOff => b.type === "signoff");
  if (!s) throw new Error("no sign-off");
  return s;
}

describe("closing and sign-off", () => {
  it("ends the closing sentence with ./. once, just before the sign-off", () => {
    const { model } = build((s) => {
      s.closing = "Trên đây là Kế hoạch …, đề nghị các ngành nghiêm túc triển khai thực hiện./.";
    });
    const blocks = body(model);
    expect(blocks.at(-1)?.type).toBe("signoff");
    expect(line(blocks.at(-2) as never)).toBe(
      "Trên đây là Kế hoạch …, đề nghị các ngành nghiêm túc triển khai thực hiện./.",
    );
  });

  it("writes recipients as - X; with (B/c) and (T/h), and the archive line last", () => {
    const s = signoff(build().model);
    expect(s.recipients).toEqual({
      heading: "Nơi nhận:",
      lines: [
        "- Phòng Lao động - TB&XH (B/c);",
        "- Thường trực Đảng ủy, HĐND phường (B/c);",
        "- Các ngành liên quan;",
        "- Các tổ dân phố (T/h);",
        "- Lưu: VT, LĐ.",
      ],
    });
  });

  it.each([
    ["LĐ", "VT, LĐ"],
    ["VT, LĐ", "VT, LĐ"],
    ["VT,TH (VX).", "VT,TH (VX)"],
    ["VHXH", "VT, VHXH"],
  ])("archive %s → %s", (input, out) => {
    expect(archiveText(input)).toBe(out);
  });

  it.each([
    [
      { authority: "KT." as const, on_behalf_of: "Chủ tịch", title: "Phó Chủ tịch" },
      ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ],
    [
      { authority: "TM." as const, on_behalf_of: "Ủy ban nhân dân", title: "Chủ tịch" },
      ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    ],
    [{ title: "Chủ tịch" }, ["CHỦ TỊCH"]],
    [{ authority: "Q." as const, title: "Chủ tịch" }, ["Q. CHỦ TỊCH"]],
  ])("signature %j", (sig, lines) => {
    const { model } = build((s) => {
      s.signature = { ...sig, signer: "Nguyễn Thị Hương" };
    });
    expect(signoff(model).signature).toEqual({ lines, signer: "Nguyễn Thị Hương" });
  });
});
