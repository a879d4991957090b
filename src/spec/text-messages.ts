// Messages of the text the plan is written in: old encodings (read-file.ts, load.ts) and the
// cleaning of pasted text (clean-text.ts), in Vietnamese and English. Part of SPEC_MESSAGES.

import type { MessageTable } from "../diagnostics/types.js";

export const TEXT_MESSAGES: MessageTable = {
  "spec.legacy-encoding": {
    vi: "Chữ được gõ theo bảng mã cũ {encoding}, không phải Unicode: “{word}” là “{decoded}”.",
    en: "The text is in the old {encoding} encoding, not Unicode: “{word}” stands for “{decoded}”.",
    hintVi:
      "Chuyển cả tệp sang Unicode bằng lệnh: kehoach fix-encoding {file} (bản gốc được giữ lại trong tệp .bak). Sau đó đọc lại các dòng đã đổi mà lệnh liệt kê.",
    hintEn:
      "Convert the whole file to Unicode with: kehoach fix-encoding {file} (the original is kept in a .bak file). Then read again the lines it lists as changed.",
  },
  "spec.clean-nfc": {
    vi: "Chữ có dấu được lưu ở dạng tổ hợp (chữ cái và dấu tách rời, thường do máy Mac hoặc trang web) và đã được đưa về dạng dựng sẵn (Unicode NFC).",
    en: "Letters with diacritics are stored decomposed (letter and marks apart, as a Mac or a web page may save them) and were composed (Unicode NFC).",
    hintVi:
      "Không cần sửa: văn bản in ra vẫn đúng. Lưu tệp bằng trình soạn thảo dùng Unicode dựng sẵn để thông báo này không còn.",
    hintEn:
      "Nothing to fix: the documents are right. Saving the file with precomposed Unicode makes this note go away.",
  },
  "spec.clean-control": {
    vi: "Ký tự điều khiển {char} (không nhìn thấy, không phải chữ) đã được bỏ đi; {count} chỗ trong tệp.",
    en: "The control character {char} (invisible, not text) was removed; {count} place(s) in the file.",
    hintVi: "Xóa ký tự đó khỏi tệp (thường lẫn vào khi dán từ chương trình khác).",
    hintEn:
      "Delete that character from the file (it usually comes with text pasted from another program).",
  },
  "spec.clean-invisible": {
    vi: "Ký tự vô hình {char} (khoảng trắng độ rộng 0, dấu nối ẩn hoặc dấu chiều viết) đã được bỏ đi; {count} chỗ trong tệp.",
    en: "The invisible character {char} (zero-width space, hidden joiner or direction mark) was removed; {count} place(s) in the file.",
    hintVi:
      "Không cần sửa. Ký tự này thường lẫn vào khi dán từ Zalo, trang web hoặc Word; có thể xóa nó khỏi tệp.",
    hintEn:
      "Nothing to fix. It usually comes with text pasted from Zalo, a web page or Word; it may be deleted from the file.",
  },
  "spec.clean-soft-hyphen": {
    vi: "Dấu gạch nối ẩn (U+00AD, do Word ngắt từ) đã được bỏ đi để không in ra thành dấu “-”; {count} chỗ trong tệp.",
    en: "A soft hyphen (U+00AD, Word's hyphenation point) was removed, so that it does not print as a “-”; {count} place(s) in the file.",
    hintVi: "Không cần sửa: kehoach tự xuống dòng. Có thể xóa ký tự này khỏi tệp.",
    hintEn:
      "Nothing to fix: kehoach breaks lines itself. The character may be deleted from the file.",
  },
  "spec.clean-space": {
    vi: "Khoảng trắng đặc biệt {char} (khoảng trắng không ngắt, thường do dán từ Word) đã được thay bằng dấu cách thường; {count} chỗ trong tệp.",
    en: "The special space {char} (a no-break space, often pasted from Word) was replaced by a plain space; {count} place(s) in the file.",
    hintVi:
      "Không cần sửa: kehoach tự đặt khoảng trắng không ngắt ở những chỗ cần. Có thể thay nó bằng dấu cách thường trong tệp.",
    hintEn:
      "Nothing to fix: kehoach puts no-break spaces itself where they are needed. It may be replaced by a plain space in the file.",
  },
  "spec.clean-trim": {
    vi: "Dấu cách ở đầu hoặc cuối đoạn chữ đã được bỏ đi; {count} chỗ trong tệp.",
    en: "Spaces at the start or end of a text were removed; {count} place(s) in the file.",
    hintVi: "Không cần sửa. Có thể xóa các dấu cách thừa đó trong tệp.",
    hintEn: "Nothing to fix. The extra spaces may be deleted from the file.",
  },
};
