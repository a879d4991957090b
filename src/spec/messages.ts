// Messages of the spec stage, by diagnostic code, in Vietnamese and English.
// Placeholders {name} are filled from the diagnostic's params. Where the wording itself depends on the
// language (a type name, a value's description), the params carry both forms: {want_vi} / {want_en}.

import type { MessageTable } from "../diagnostics/types.js";
import { TEXT_MESSAGES } from "./text-messages.js";

export const SPEC_MESSAGES: MessageTable = {
  // ------------------------------------------------------------------ the file
  "spec.file-not-found": {
    vi: 'Không tìm thấy tệp "{file}".',
    en: 'File "{file}" not found.',
    hintVi: "Kiểm tra lại đường dẫn và tên tệp (kể cả phần mở rộng .yaml).",
    hintEn: "Check the path and the file name (including the .yaml extension).",
  },
  "spec.file-unreadable": {
    vi: 'Không đọc được tệp "{file}" ({reason}).',
    en: 'Cannot read file "{file}" ({reason}).',
    hintVi: "Kiểm tra quyền đọc tệp và chắc chắn đó là một tệp, không phải thư mục.",
    hintEn: "Check that you may read the file and that it is a file, not a folder.",
  },
  "spec.file-too-large": {
    vi: 'Tệp "{file}" quá lớn: {size} byte, giới hạn là {limit} byte ({mib} MiB).',
    en: 'File "{file}" is too large: {size} bytes, the limit is {limit} bytes ({mib} MiB).',
    hintVi:
      "Một kế hoạch thường chỉ vài chục KB. Kiểm tra xem có chọn nhầm tệp không, hoặc bỏ bớt số liệu thừa.",
    hintEn: "A plan is usually a few tens of KB. Check that this is the right file.",
  },
  "spec.file-encoding": {
    vi: "Tệp không được lưu theo bảng mã UTF-8 ({detail}).",
    en: "The file is not UTF-8 text ({detail}).",
    hintVi:
      "Chuyển tệp sang UTF-8 bằng lệnh: kehoach fix-encoding {file} (bản gốc được giữ lại trong tệp .bak), hoặc mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode). Không dùng TCVN3, VNI hay Windows-1258.",
    hintEn:
      "Convert the file to UTF-8 with: kehoach fix-encoding {file} (the original is kept in a .bak file), or open it in an editor and save it again as UTF-8.",
  },
  ...TEXT_MESSAGES,

  // ------------------------------------------------------------------ YAML syntax
  "spec.empty": {
    vi: "Tệp kế hoạch không có nội dung.",
    en: "The plan file is empty.",
    hintVi: "Bắt đầu từ một kế hoạch mẫu trong thư mục plans/, dòng đầu tiên là “kehoach: 1”.",
    hintEn: "Start from an example plan in plans/; the first line is “kehoach: 1”.",
  },
  "spec.not-a-plan": {
    vi: "Tệp không phải một kế hoạch: cần các khóa “kehoach: 1”, “document:”, “sections:”… ở đầu dòng, nhận được {got_vi}.",
    en: "The file is not a plan: it needs keys “kehoach: 1”, “document:”, “sections:”… at the start of lines, got {got_en}.",
    hintVi: "Bắt đầu từ một kế hoạch mẫu trong thư mục plans/.",
    hintEn: "Start from an example plan in plans/.",
  },
  "spec.yaml-syntax": {
    vi: "Lỗi cú pháp YAML: {what_vi}.",
    en: "YAML syntax error: {what_en}.",
    hintVi:
      "Kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm và dấu cách sau mỗi khóa, các dấu ngoặc và ngoặc kép đã được đóng.",
    hintEn:
      "Check the indentation (spaces only), a colon and a space after each key, and that quotes and brackets are closed.",
  },
  "spec.yaml-tab": {
    vi: "Dùng ký tự Tab để thụt lề.",
    en: "A tab is used for indentation.",
    hintVi:
      "YAML chỉ chấp nhận dấu cách để thụt lề: thay các ký tự Tab bằng dấu cách, thẳng cột với các dòng cùng cấp: {fixed}",
    hintEn:
      "YAML accepts only spaces for indentation: replace the tabs with spaces, in line with the lines of the same level: {fixed}",
  },
  "spec.yaml-indent": {
    vi: "Thụt lề không đúng: {what_vi}.",
    en: "Wrong indentation: {what_en}.",
    hintVi:
      "Các khóa cùng cấp phải thẳng cột với nhau; khóa con và các dòng “- ” thụt vào sâu hơn khóa cha.",
    hintEn:
      "Keys of the same level must line up; child keys and “- ” items are indented more than their parent.",
  },
  "spec.yaml-unclosed": {
    vi: "Thiếu dấu đóng hoặc dấu phân cách: {what_vi}.",
    en: "A closing or separating character is missing: {what_en}.",
    hintVi:
      'Kiểm tra các dấu ngoặc kép ", ngoặc vuông ], ngoặc nhọn } đã được đóng đủ, và thụt lề của dòng này so với các dòng cùng cấp.',
    hintEn:
      "Check that every \", ] and } is closed, and this line's indentation against its siblings.",
  },
  "spec.yaml-indent-less": {
    vi: "Dòng này thụt lề {have} dấu cách, ít hơn các dòng cùng cấp ({want} dấu cách, như dòng {refLine}), nên bị hiểu sai cấp.",
    en: "This line is indented {have} space(s), less than the lines of its level ({want} spaces, as on line {refLine}), so it is read at the wrong level.",
    hintVi:
      "Thụt lề đúng {want} dấu cách cho thẳng cột với dòng {refLine}. Các dòng cùng cấp phải thẳng cột với nhau; mục con thụt vào sâu hơn mục cha.",
    hintEn:
      "Indent it by {want} spaces to line up with line {refLine}. Lines of one level line up; children are indented more than their parent.",
  },
  "spec.yaml-indent-more": {
    vi: "Dòng này thụt lề {have} dấu cách, sâu hơn các dòng cùng cấp ({want} dấu cách, như dòng {refLine}), mà dòng trên nó không mở ra mục con nào.",
    en: "This line is indented {have} space(s), more than the lines of its level ({want} spaces, as on line {refLine}), though the line above opens nothing under it.",
    hintVi:
      "Thụt lề đúng {want} dấu cách cho thẳng cột với dòng {refLine}. Chỉ thụt sâu hơn khi dòng trên kết thúc bằng “khóa:” (không có giá trị) hoặc là một dòng “- ”.",
    hintEn:
      "Indent it by {want} spaces to line up with line {refLine}. Indent more only under a line ending with “key:” (no value) or a “- ” line.",
  },
  "spec.yaml-continued-item": {
    vi: "Dòng “- ” này thụt lề sâu hơn mục ở dòng {refLine}, nên bị nối vào chữ của mục đó thay vì thành một mục mới.",
    en: "This “- ” line is indented more than the item on line {refLine}, so it is joined to that item's text instead of being a new item.",
    hintVi:
      "Thụt lề {want} dấu cách, thẳng cột với dấu “-” của dòng {refLine}: {fixed}. Nếu đây đúng là phần tiếp của chữ, đặt cả đoạn trong ngoặc kép.",
    hintEn:
      "Indent it by {want} spaces, in line with the “-” of line {refLine}: {fixed}. If it does continue the text, put the whole text in double quotes.",
  },
  "spec.yaml-continued-text": {
    vi: "Dòng “- ” này nằm dưới một giá trị chữ (dòng {refLine}), nên bị nối vào chữ đó, kể cả dấu “-”, chứ không thành một mục danh sách.",
    en: "This “- ” line stands under a text value (line {refLine}), so it is joined to that text, dash and all, instead of being a list item.",
    hintVi:
      "Nếu đây là phần tiếp của chữ, bỏ dấu “-”: {fixed}. Nếu muốn giữ dấu gạch trong chữ, đặt cả đoạn trong ngoặc kép; nếu cần một danh sách, viết mỗi mục một dòng “- ” dưới một khóa không có giá trị.",
    hintEn:
      "If it continues the text, drop the dash: {fixed}. To keep the dash in the text, put the whole text in double quotes; for a list, write one “- ” line per item under a key with no value.",
  },
  "spec.yaml-odd-space-indent": {
    vi: "Đầu dòng có một ký tự trông như dấu cách nhưng không phải dấu cách thường ({char}, hay gặp khi dán từ Word, Zalo, trang web), nên thụt lề của dòng bị hiểu sai.",
    en: "The indentation holds a character that looks like a space but is not a plain space ({char}, common in text pasted from Word, Zalo or web pages), so the line's level is misread.",
    hintVi: "Xóa các khoảng trắng ở đầu dòng và gõ lại bằng phím cách: {fixed}",
    hintEn:
      "Delete the blanks at the start of the line and type them again with the space bar: {fixed}",
  },
  "spec.yaml-odd-space-dash": {
    vi: "Sau dấu “-” có một ký tự trông như dấu cách nhưng không phải dấu cách thường ({char}, hay gặp khi dán từ Word, Zalo, trang web), nên dòng không được hiểu là một mục của danh sách.",
    en: "After the “-” stands a character that looks like a space but is not a plain space ({char}, common in text pasted from Word, Zalo or web pages), so the line is not read as a list item.",
    hintVi: "Xóa khoảng trắng sau dấu “-” và gõ lại bằng phím cách: {fixed}",
    hintEn: "Delete the blank after the “-” and type it again with the space bar: {fixed}",
  },
  "spec.yaml-odd-space-colon": {
    vi: "Sau dấu hai chấm của khóa có một ký tự trông như dấu cách nhưng không phải dấu cách thường ({char}, hay gặp khi dán từ Word, Zalo, trang web), nên dòng không được hiểu là “khóa: giá trị”.",
    en: "After the key's colon stands a character that looks like a space but is not a plain space ({char}, common in text pasted from Word, Zalo or web pages), so the line is not read as “key: value”.",
    hintVi: "Xóa khoảng trắng sau dấu hai chấm và gõ lại bằng phím cách: {fixed}",
    hintEn: "Delete the blank after the colon and type it again with the space bar: {fixed}",
  },
  "spec.yaml-curly-quotes": {
    vi: 'Giá trị được đặt trong ngoặc kép cong “ ” (kiểu Word); YAML chỉ hiểu ngoặc kép thẳng ", nên ngoặc cong bị in ra như chữ hoặc làm hỏng dòng.',
    en: 'The value is in curly quotes “ ” (as Word types them); YAML only knows straight quotes ", so the curly ones are printed as text or break the line.',
    hintVi:
      'Thay bằng ngoặc kép thẳng: {fixed}. Nếu muốn in cả ngoặc cong, đặt cả giá trị trong ngoặc kép thẳng bên ngoài: "“…”".',
    hintEn:
      'Use straight quotes: {fixed}. To print the curly quotes themselves, put the whole value inside straight quotes: "“…”".',
  },
  "spec.yaml-anchor": {
    vi: "Giá trị bắt đầu bằng “&{anchor}”: trong YAML, “&” ở đầu giá trị là một neo (anchor) và bị bỏ khỏi chữ, nên “&{anchor}” sẽ không được in ra.",
    en: "The value starts with “&{anchor}”: in YAML a “&” at the start of a value is an anchor and is dropped from the text, so “&{anchor}” would not be printed.",
    hintVi:
      "Đặt cả giá trị trong ngoặc kép: {fixed}. (Neo & và bí danh * là công cụ của người lập trình; kế hoạch chỉ chấp nhận neo khi có bí danh * dùng đến nó.)",
    hintEn:
      "Put the whole value in double quotes: {fixed}. (Anchors & and aliases * are a programmer's tool; a plan accepts an anchor only when an alias * uses it.)",
  },
  "spec.yaml-colon-in-value": {
    vi: "Giá trị có dấu hai chấm (“: ” ở giữa hoặc “:” ở cuối dòng) nên bị hiểu nhầm là một khóa mới.",
    en: "The value contains a colon (“: ” inside or “:” at the end) and is read as a new key.",
    hintVi: "Đặt cả giá trị trong ngoặc kép: {fixed}",
    hintEn: "Put the whole value in double quotes: {fixed}",
  },
  "spec.yaml-missing-colon": {
    vi: "Dòng này không phải “khóa: giá trị”: thiếu dấu hai chấm, hoặc thiếu dấu cách sau dấu hai chấm.",
    en: "This line is not “key: value”: the colon, or the space after it, is missing.",
    hintVi:
      "Viết khóa, dấu hai chấm, một dấu cách rồi giá trị, ví dụ “households: 17”. Nếu dòng này là phần tiếp của dòng trên, hãy thụt lề sâu hơn hoặc nối lại thành một dòng.",
    hintEn:
      "Write the key, a colon, a space and the value, e.g. “households: 17”. If the line continues the one above, indent it more or join the two.",
  },
  "spec.yaml-needs-quotes": {
    vi: "Giá trị bắt đầu bằng ký tự “{char}” phải được đặt trong ngoặc kép.",
    en: "A value starting with “{char}” must be put in double quotes.",
    hintVi:
      "Trong YAML, “{char}” ở đầu giá trị có nghĩa riêng. Đặt cả giá trị trong ngoặc kép: {fixed} (chữ đậm, nghiêng vẫn giữ nguyên).",
    hintEn:
      "In YAML “{char}” at the start of a value has a meaning of its own. Quote the whole value: {fixed} (bold and italics are kept).",
  },
  "spec.yaml-multiple-docs": {
    vi: "Tệp chứa nhiều tài liệu YAML (có dòng “---” ở giữa tệp).",
    en: "The file holds several YAML documents (a “---” line in the middle).",
    hintVi: "Mỗi tệp chỉ chứa một kế hoạch: xóa dòng “---” thừa, hoặc tách thành hai tệp.",
    hintEn: "One plan per file: remove the extra “---” line or split the file.",
  },
  "spec.yaml-too-deep": {
    vi: "Dữ liệu lồng nhau quá sâu (quá {limit} cấp).",
    en: "The data is nested too deeply (more than {limit} levels).",
    hintVi: "Kiểm tra thụt lề: một kế hoạch không cần lồng nhiều cấp như vậy.",
    hintEn: "Check the indentation: a plan never needs that many levels.",
  },
  "spec.yaml-alias-unknown": {
    vi: "Bí danh *{alias} chưa được khai báo bằng &{alias} ở phía trên.",
    en: "Alias *{alias} has no anchor &{alias} before it.",
    hintVi:
      "Nếu đây là chữ (kể cả chữ đậm, nghiêng *…*), đặt cả giá trị trong ngoặc kép: {fixed}. Nếu đúng là bí danh, khai báo &{alias} ở phía trên trước khi dùng.",
    hintEn:
      "If this is text (bold or italic *…* included), put the whole value in double quotes: {fixed}. If it is an alias, declare &{alias} above it first.",
  },
  "spec.yaml-alias-limit": {
    vi: "Các bí danh (*…) được mở rộng thành quá nhiều dữ liệu (quá {limit} nút).",
    en: "Aliases (*…) expand to too much data (more than {limit} nodes).",
    hintVi: "Bỏ bớt các bí danh * và neo &, viết thẳng giá trị.",
    hintEn: "Use fewer aliases (*) and anchors (&); write the values out.",
  },
  "spec.yaml-alias-cycle": {
    vi: "Bí danh *{alias} tham chiếu vòng tới chính nó.",
    en: "Alias *{alias} refers to itself.",
    hintVi: "Một neo &{alias} không được chứa bí danh *{alias} của chính nó.",
    hintEn: "An anchor &{alias} must not contain its own alias *{alias}.",
  },
  "spec.yaml-complex-key": {
    vi: "Khóa phải là một từ, không được là danh sách hay nhóm khóa.",
    en: "A key must be a plain word, not a list or a mapping.",
    hintVi: "Viết khóa dạng “ten_khoa: giá trị”.",
    hintEn: "Write keys as “key_name: value”.",
  },
  "spec.yaml-tag": {
    vi: "Thẻ YAML {tag} không được hỗ trợ; giá trị được đọc như văn bản thường.",
    en: "YAML tag {tag} is not supported; the value is read as plain text.",
    hintVi: "Xóa thẻ {tag}.",
    hintEn: "Remove the tag {tag}.",
  },
  "spec.yaml-warning": {
    vi: "Cảnh báo YAML: {what_vi}.",
    en: "YAML warning: {what_en}.",
  },
  "spec.duplicate-key": {
    vi: 'Khóa "{key}" bị lặp lại (đã có ở dòng {firstLine}).',
    en: 'Key "{key}" appears twice (first on line {firstLine}).',
    hintVi: "Mỗi khóa chỉ được ghi một lần trong cùng một nhóm: gộp hai chỗ lại hoặc xóa một chỗ.",
    hintEn: "A key may appear only once in the same mapping: merge the two or delete one.",
  },

  // ------------------------------------------------------------------ keys
  "spec.unknown-key": {
    vi: 'Khóa "{key}" không hợp lệ ở đây.',
    en: 'Key "{key}" is not allowed here.',
    hintVi: "Các khóa được phép ở đây: {allowed}.",
    hintEn: "Allowed keys here: {allowed}.",
  },
  "spec.unknown-key-suggest": {
    vi: 'Khóa "{key}" không hợp lệ ở đây. Có phải ý bạn là "{suggestion}"?',
    en: 'Key "{key}" is not allowed here. Did you mean "{suggestion}"?',
    hintVi: 'Sửa thành "{suggestion}". Các khóa được phép ở đây: {allowed}.',
    hintEn: 'Change it to "{suggestion}". Allowed keys here: {allowed}.',
  },
  "spec.unknown-key-written": {
    vi: 'Khóa "{key}" không hợp lệ ở đây. Có phải ý bạn là "{suggestion}"? Khóa "{suggestion}" đã có ở dòng {line}.',
    en: 'Key "{key}" is not allowed here. Did you mean "{suggestion}"? Key "{suggestion}" is already written on line {line}.',
    hintVi:
      'Mỗi khóa chỉ ghi một lần: xóa dòng này nếu thừa, hoặc gộp nội dung vào "{suggestion}" ở dòng {line}.',
    hintEn:
      'A key is written once: delete this line if it is a leftover, or merge it into "{suggestion}" on line {line}.',
  },
  "spec.unknown-key-elsewhere": {
    vi: 'Khóa "{key}" không hợp lệ ở đây. Có phải ý bạn là "{suggestion}"? Khóa "{suggestion}" thuộc mục "{owner}", không đặt ở cấp ngoài cùng.',
    en: 'Key "{key}" is not allowed here. Did you mean "{suggestion}"? Key "{suggestion}" belongs in "{owner}", not at the top level.',
    hintVi:
      'Chuyển dòng này vào trong mục {owner} (thụt lề thẳng cột với các khóa khác của {owner}) và ghi khóa là "{suggestion}".',
    hintEn:
      'Move this line into {owner} (indented like the other keys of {owner}) and write the key as "{suggestion}".',
  },
  "spec.key-misplaced": {
    vi: 'Khóa "{key}" thuộc mục "{owner}", không đặt ở cấp ngoài cùng.',
    en: 'Key "{key}" belongs in "{owner}", not at the top level.',
    hintVi:
      "Chuyển dòng này vào trong mục {owner} (thụt lề thẳng cột với các khóa khác của {owner}).",
    hintEn: "Move this line into {owner} (indented like the other keys of {owner}).",
  },
  "spec.vietnamese-key": {
    vi: 'Khóa "{key}" là tên tiếng Việt của khóa "{suggestion}": trong tệp kế hoạch, các khóa viết bằng tiếng Anh.',
    en: 'Key "{key}" is the Vietnamese name of the key "{suggestion}": a plan file writes its keys in English.',
    hintVi: "Sửa thành: {fixed}",
    hintEn: "Change it to: {fixed}",
  },
  "spec.colon-in-text": {
    vi: 'Dòng này là chữ có dấu hai chấm, nên bị hiểu là khóa "{key}" với một giá trị.',
    en: 'This line is text with a colon in it, so it is read as a key "{key}" with a value.',
    hintVi: "Đặt cả dòng chữ trong ngoặc kép: {fixed}",
    hintEn: "Put the whole text in double quotes: {fixed}",
  },
  "spec.archive-in-recipients": {
    vi: "Dòng “Lưu: …” của nơi nhận không ghi trong recipients: kehoach tự in dòng này từ khóa archive.",
    en: "The “Lưu: …” line of the recipients is not written in recipients: kehoach prints it from the key archive.",
    hintVi: "Xóa dòng này khỏi recipients và ghi ở cấp ngoài cùng: {fixed} (in ra “- Lưu: …”).",
    hintEn:
      "Delete this line from recipients and write at the top level: {fixed} (printed “- Lưu: …”).",
  },
  "spec.comma-in-flow": {
    vi: 'Trong cặp ngoặc { }, dấu phẩy ngăn cách các khóa, nên chữ "{key}" sau dấu phẩy bị hiểu là một khóa mới.',
    en: 'Inside { } a comma separates keys, so the text "{key}" after the comma is read as a new key.',
    hintVi: "Đặt cả giá trị có dấu phẩy trong ngoặc kép: {fixed}",
    hintEn: "Put the whole value with its commas in double quotes: {fixed}",
  },
  "spec.number-comma-in-flow": {
    vi: "Trong cặp ngoặc { }, dấu phẩy ngăn cách các khóa, nên số {value} bị cắt làm nhiều phần.",
    en: "Inside { } a comma separates keys, so the number {value} is cut into pieces.",
    hintVi:
      "Ghi số liền, không có dấu phẩy hay dấu chấm ngăn cách hàng nghìn: {fixed}. Khi in, kehoach tự viết theo kiểu Việt Nam.",
    hintEn:
      "Write the number without thousands separators: {fixed}. kehoach prints it the Vietnamese way.",
  },
  "spec.reserved-key": {
    vi: 'Không dùng được "{key}" làm mã: đây là tên dành riêng.',
    en: '"{key}" cannot be used as an id: the name is reserved.',
    hintVi: "Đặt mã khác, ví dụ thêm tiền tố: “chi_so_{key}”.",
    hintEn: "Choose another id, for example with a prefix: “id_{key}”.",
  },
  "spec.missing-key": {
    vi: 'Thiếu khóa bắt buộc "{key}".',
    en: 'Required key "{key}" is missing.',
    hintVi: 'Thêm dòng "{key}: …" vào nhóm này.{description}',
    hintEn: 'Add a line "{key}: …" to this mapping.',
  },
  "spec.missing-one-of": {
    vi: "Cần ít nhất một trong các khóa: {keys}.",
    en: "At least one of these keys is required: {keys}.",
    hintVi: "Thêm một trong các khóa {keys} (có thể ghi cả hai).",
    hintEn: "Add one of {keys} (or both).",
  },
  "spec.block-kind": {
    vi: "Khối nội dung này không có loại: cần một trong các khóa bullets, target, targets, template, table, tasks, appendix.",
    en: "This content block has no kind: it needs one of the keys bullets, target, targets, template, table, tasks, appendix.",
    hintVi:
      "Viết đoạn văn thành chuỗi (“- Nội dung …”), hoặc dùng một khóa: bullets (gạch đầu dòng), target / targets (chỉ tiêu), template (mẫu câu), table (bảng), tasks (nhiệm vụ), appendix (câu dẫn tới phụ lục).",
    hintEn:
      "Write a paragraph as a string, or use one key: bullets, target / targets, template, table, tasks, appendix.",
  },
  "spec.block-mixed": {
    vi: 'Một khối nội dung chỉ có một loại, nhưng ở đây có cả "{other}" và "{key}".',
    en: 'A content block has only one kind, but this one has both "{other}" and "{key}".',
    hintVi: "Tách thành hai khối, mỗi khối là một dòng “- ” riêng.",
    hintEn: "Split it into two blocks, each its own “- ” item.",
  },

  // ------------------------------------------------------------------ values
  "spec.type": {
    vi: 'Giá trị của "{field}" không đúng kiểu: cần {want_vi}, nhận được {got_vi}.',
    en: 'Wrong type for "{field}": expected {want_en}, got {got_en}.',
    hintVi: "Sửa giá trị thành {want_vi}.",
    hintEn: "Change the value to {want_en}.",
  },
  "spec.not-integer": {
    vi: '"{field}" phải là số nguyên, nhận được {value}.',
    en: '"{field}" must be a whole number, got {value}.',
    hintVi:
      "Số đếm không có phần thập phân. Không dùng dấu chấm phân cách hàng nghìn: ghi 2991, không ghi 2.991.",
    hintEn:
      "Counts have no decimals. Do not use a dot as thousands separator: write 2991, not 2.991.",
  },
  "spec.decimal-comma": {
    vi: '"{field}" cần một số, nhận được chuỗi "{value}" (dùng dấu phẩy thập phân).',
    en: '"{field}" needs a number, got the text "{value}" (with a decimal comma).',
    hintVi:
      "Trong tệp kế hoạch, số thập phân viết bằng dấu chấm: ghi {suggestion}. Khi in sẽ tự đổi thành dấu phẩy.",
    hintEn: "Write decimals with a dot: {suggestion}. The printed plan uses the Vietnamese comma.",
  },
  "spec.number-quoted": {
    vi: '"{field}" cần một số, nhận được chuỗi "{value}": số đặt trong dấu ngoặc kép là chữ, không phải số.',
    en: '"{field}" needs a number, got the text "{value}": a number in quotes is text, not a number.',
    hintVi: "Bỏ dấu ngoặc kép, ghi {fix}.",
    hintEn: "Remove the quotes: write {fix}.",
  },
  "spec.number-percent": {
    vi: '"{field}" cần một số, nhận được chuỗi "{value}": không ghi dấu % sau số.',
    en: '"{field}" needs a number, got the text "{value}": no % sign after the number.',
    hintVi: "Bỏ dấu %, ghi {fix}: số ở đây đã là tỷ lệ phần trăm, khi in kehoach tự thêm dấu %.",
    hintEn:
      "Drop the % sign: write {fix}. The number here is already a percentage; kehoach adds the % when printing.",
  },
  "spec.count-percent": {
    vi: '"{field}" là số đếm (số nguyên), không phải tỷ lệ, nhưng nhận được "{value}".',
    en: '"{field}" is a count (a whole number), not a rate, but got "{value}".',
    hintVi:
      "Bỏ dấu %: {fixed} nếu {count} là số lượng đếm được (ví dụ số hộ). Nếu {value} là tỷ lệ, ghi số lượng thay cho tỷ lệ: kehoach tự tính tỷ lệ phần trăm từ các số đếm.",
    hintEn:
      "Drop the % sign: {fixed} if {count} is the count itself (e.g. households). If {value} is a rate, write the count instead: kehoach computes the rates from the counts.",
  },
  "spec.number-ambiguous": {
    vi: 'Số {value} ở "{field}" có hai cách hiểu: {whole_vi} (dấu “{sep}” ngăn cách hàng nghìn) hoặc {decimal_vi} (số thập phân).',
    en: 'The number {value} in "{field}" reads two ways: {whole_en} (“{sep}” separating thousands) or {decimal_en} (a decimal).',
    hintVi:
      "Ghi {whole} nếu là {words_vi} (in ra “{whole_vi}”), hoặc {decimal} nếu là số thập phân (in ra “{decimal_vi}”). Trong tệp kế hoạch, số viết liền, không có dấu ngăn cách hàng nghìn, phần thập phân đứng sau dấu chấm; khi in, kehoach tự viết theo kiểu Việt Nam.",
    hintEn:
      "Write {whole} if you mean {words_en} (printed “{whole_vi}”), or {decimal} if you mean the decimal (printed “{decimal_vi}”). A plan file writes numbers without thousands separators, with a decimal point; kehoach prints them the Vietnamese way.",
  },
  "spec.count-thousands": {
    vi: '"{field}" là số nguyên (số đếm), nên {value} chỉ có thể là {words_vi} viết có dấu ngăn cách hàng nghìn: trong tệp kế hoạch phải ghi {whole}.',
    en: '"{field}" is a whole number (a count), so {value} can only mean {words_en}, written with a thousands separator: the plan file needs {whole}.',
    hintVi:
      "Ghi {whole}, viết liền, không có dấu chấm hay dấu phẩy: {fixed}. Khi in, kehoach tự viết “{whole_vi}”.",
    hintEn: "Write {whole}, without a dot or a comma: {fixed}. kehoach prints “{whole_vi}”.",
  },
  "spec.number-grouped": {
    vi: 'Số {value} ở "{field}" được viết có dấu ngăn cách hàng nghìn, nên được đọc là chữ, không phải số.',
    en: 'The number {value} in "{field}" is written with thousands separators, so it is read as text, not a number.',
    hintVi:
      "Ghi {fix}: trong tệp kế hoạch, số viết liền, phần thập phân (nếu có) đứng sau dấu chấm; khi in, kehoach tự viết “{fix_vi}”.",
    hintEn:
      "Write {fix}: a plan file writes numbers without separators, decimals (if any) after a dot; kehoach prints “{fix_vi}”.",
  },
  "spec.duplicate-unit": {
    vi: 'Đơn vị "{unit}" đã có ở {file}:{firstLine}:{firstCol}: mỗi đơn vị chỉ được ghi một lần trong danh sách units.',
    en: 'Unit "{unit}" is already listed at {file}:{firstLine}:{firstCol}: each unit may appear only once in units.',
    hintVi:
      "Gộp số liệu của hai dòng vào một (dòng {firstLine}), hoặc sửa tên cho đúng nếu đây là một đơn vị khác.",
    hintEn:
      "Merge the two entries' figures into one (line {firstLine}), or correct the name if this is another unit.",
  },
  "spec.enum": {
    vi: 'Giá trị {value} không hợp lệ cho "{field}".',
    en: 'Value {value} is not allowed for "{field}".',
    hintVi: "Chọn một trong các giá trị: {allowed}.",
    hintEn: "Use one of: {allowed}.",
  },
  "spec.enum-suggest": {
    vi: 'Giá trị {value} không hợp lệ cho "{field}". Có phải ý bạn là "{suggestion}"?',
    en: 'Value {value} is not allowed for "{field}". Did you mean "{suggestion}"?',
    hintVi: "Chọn một trong các giá trị: {allowed}.",
    hintEn: "Use one of: {allowed}.",
  },
  "spec.version": {
    vi: "Phiên bản định dạng không được hỗ trợ: kehoach: {value}.",
    en: "Unsupported format version: kehoach: {value}.",
    hintVi: "Ghi “kehoach: 1” ở dòng đầu tệp.",
    hintEn: "Write “kehoach: 1” on the first line.",
  },
  "spec.range": {
    vi: '"{field}" phải từ {min} đến {max}, nhận được {value}.',
    en: '"{field}" must be between {min} and {max}, got {value}.',
    hintVi: "Sửa thành một số từ {min} đến {max}.",
    hintEn: "Use a number from {min} to {max}.",
  },
  "spec.minimum": {
    vi: '"{field}" không được nhỏ hơn {min}, nhận được {value}.',
    en: '"{field}" must be at least {min}, got {value}.',
    hintVi: "Sửa thành một số từ {min} trở lên.",
    hintEn: "Use a number of at least {min}.",
  },
  "spec.maximum": {
    vi: '"{field}" không được lớn hơn {max}, nhận được {value}.',
    en: '"{field}" must be at most {max}, got {value}.',
    hintVi: "Sửa thành một số không quá {max}.",
    hintEn: "Use a number of at most {max}.",
  },
  "spec.above": {
    vi: '"{field}" phải lớn hơn {min}, nhận được {value}.',
    en: '"{field}" must be greater than {min}, got {value}.',
    hintVi: "Sửa thành một số lớn hơn {min}.",
    hintEn: "Use a number greater than {min}.",
  },
  "spec.number-inexact": {
    vi: 'Số {value} của "{field}" có quá nhiều chữ số: máy chỉ đọc chính xác được khoảng 15 chữ số, số này sẽ bị đọc sai thành một số khác.',
    en: 'The number {value} of "{field}" has too many digits: only about 15 digits are read exactly, so it would be read as a different number.',
    hintVi:
      "Kiểm tra lại con số (có thể bị gõ thừa chữ số); ghi số đã làm tròn, hoặc đặt trong ngoặc kép nếu đó là một mã chứ không phải con số.",
    hintEn:
      "Check the figure (a digit may have been typed twice); write it rounded, or in quotes if it is a code rather than a figure.",
  },
  "spec.number-notation": {
    vi: 'Số {value} của "{field}" được viết theo cách của lập trình viên (hệ 16, hệ 8, hệ 60), nên được đọc thành {read}.',
    en: 'The number {value} of "{field}" is written in a programmer\'s notation (hexadecimal, octal, base 60), so it is read as {read}.',
    hintVi:
      "Ghi số bằng các chữ số thông thường, viết liền, không có số 0 ở đầu, ví dụ {read} nếu đúng là số đó.",
    hintEn:
      "Write the number in plain decimal digits, without leading zeros, e.g. {read} if that is the number meant.",
  },
  "spec.number-not-finite": {
    vi: '"{field}" ghi {value}, không phải là một con số cụ thể.',
    en: '"{field}" is {value}, which is not a definite number.',
    hintVi: "Ghi một con số cụ thể, viết liền, ví dụ 2991 hoặc 0.43.",
    hintEn: "Write a definite number, without separators, e.g. 2991 or 0.43.",
  },
  "spec.table-too-wide": {
    vi: "Bảng rộng hơn {max} cột (tính cả các ô gộp bằng colspan và các ô bị rowspan của dòng trên đẩy sang phải).",
    en: "The table is wider than {max} columns (counting cells merged with colspan and cells pushed right by a rowspan above).",
    hintVi:
      "Kiểm tra colspan và rowspan của các ô: mỗi dòng chỉ ghi các ô chưa bị ô gộp của dòng trên chiếm chỗ. Bảng quá rộng thì tách thành nhiều bảng.",
    hintEn:
      "Check the cells' colspan and rowspan: each row lists only the cells not covered by a merged cell above. Split a table that is too wide.",
  },
  "spec.table-too-large": {
    vi: "Bảng có {rows} dòng × {columns} cột = {cells} ô, vượt giới hạn {max} ô của một bảng.",
    en: "The table has {rows} rows × {columns} columns = {cells} cells, more than the limit of {max} for one table.",
    hintVi:
      "Kiểm tra colspan và rowspan của các ô; nếu bảng thật sự lớn như vậy, tách thành nhiều phụ lục.",
    hintEn:
      "Check the cells' colspan and rowspan; if the table really is that large, split it into several appendices.",
  },
  "spec.too-many": {
    vi: 'Danh sách "{field}" có {count} mục, vượt giới hạn {max} mục của kehoach.',
    en: 'The list "{field}" has {count} items, more than kehoach\'s limit of {max}.',
    hintVi:
      "Không kế hoạch nào cần nhiều như vậy: kiểm tra xem có đoạn nào bị dán lặp lại nhiều lần không; nếu thật sự cần, tách thành nhiều kế hoạch hoặc nhiều phụ lục.",
    hintEn:
      "No plan needs that many: check whether a part was pasted over and over; if it is really needed, split it into several plans or appendices.",
  },
  "spec.too-many-keys": {
    vi: '"{field}" có {count} mã, vượt giới hạn {max} mã của kehoach.',
    en: '"{field}" has {count} keys, more than kehoach\'s limit of {max}.',
    hintVi:
      "Không kế hoạch nào cần nhiều như vậy: kiểm tra xem có đoạn nào bị dán lặp lại nhiều lần không.",
    hintEn: "No plan needs that many: check whether a part was pasted over and over.",
  },
  "spec.too-long": {
    vi: '"{field}" dài {length} ký tự, vượt giới hạn {max} ký tự của một đoạn chữ.',
    en: '"{field}" is {length} characters long, more than the limit of {max} for one text.',
    hintVi:
      "Tách thành nhiều đoạn (mỗi đoạn một dòng “- ” trong content), hoặc kiểm tra xem có đoạn nào bị dán lặp lại không.",
    hintEn:
      "Split it into several paragraphs (one “- ” line each under content), or check whether something was pasted twice.",
  },
  "spec.empty-text": {
    vi: '"{field}" không được để trống.',
    en: '"{field}" must not be empty.',
    hintVi: "Ghi nội dung, hoặc xóa hẳn dòng này nếu khóa không bắt buộc.",
    hintEn: "Write the text, or delete the line if the key is optional.",
  },
  "spec.empty-list": {
    vi: 'Danh sách "{field}" cần ít nhất {min} mục.',
    en: 'The list "{field}" needs at least {min} item(s).',
    hintVi: "Thêm các mục, mỗi mục một dòng bắt đầu bằng “- ”.",
    hintEn: "Add items, one per line starting with “- ”.",
  },
  "spec.bad-date": {
    vi: 'Ngày "{value}" không đúng dạng.',
    en: 'Date "{value}" is not in the expected form.',
    hintVi:
      "Ghi ngày dạng năm-tháng-ngày, ví dụ 2024-02-22 (năm từ 1990 đến 2100); bản dự thảo có thể ghi 2024-02 hoặc 2024.",
    hintEn:
      "Write dates as year-month-day, e.g. 2024-02-22 (years 1990 to 2100); a draft may use 2024-02 or 2024.",
  },
  "spec.bad-date-dmy": {
    vi: 'Ngày "{value}" được viết theo kiểu ngày/tháng/năm.',
    en: 'Date "{value}" is written day/month/year.',
    hintVi:
      "Trong tệp kế hoạch, ngày viết theo kiểu năm-tháng-ngày: ghi {suggestion}. Khi in sẽ tự đổi thành “ngày … tháng … năm …”.",
    hintEn:
      "In the plan file dates are written year-month-day: {suggestion}. The printed plan spells them out.",
  },
  "spec.date-invalid": {
    vi: "Ngày {value} không có trên lịch.",
    en: "Date {value} does not exist.",
    hintVi:
      "Kiểm tra lại ngày và tháng: tháng 2 có 28 ngày (29 ngày vào năm nhuận); tháng 4, 6, 9, 11 có 30 ngày.",
    hintEn:
      "Check the day and month: February has 28 days (29 in leap years); April, June, September, November have 30.",
  },
  "spec.period-order": {
    vi: "Giai đoạn không hợp lệ: năm bắt đầu {from} sau năm kết thúc {to}.",
    en: "Invalid period: the start year {from} is after the end year {to}.",
    hintVi: "Ghi from là năm bắt đầu, to là năm kết thúc, ví dụ from: 2022, to: 2025.",
    hintEn: "from is the first year and to the last, e.g. from: 2022, to: 2025.",
  },
  "spec.bad-id": {
    vi: 'Mã "{value}" của "{field}" không hợp lệ: mã chỉ gồm chữ cái không dấu, chữ số, dấu "-" và "_", không có dấu cách.',
    en: 'The id "{value}" of "{field}" is not valid: an id holds only unaccented letters, digits, "-" and "_", without spaces.',
    hintVi: "Ví dụ: ghi {suggestion}, và dẫn đúng mã này ở những chỗ khác.",
    hintEn: "For example, write {suggestion}, and refer to it by this id elsewhere.",
  },
  "spec.schema": {
    vi: 'Giá trị của "{field}" không hợp lệ ({detail}).',
    en: 'Invalid value for "{field}": {detail}.',
    hintVi: "Đối chiếu với mô tả của khóa này trong schemas/plan.schema.json.",
    hintEn: "See the description of this key in schemas/plan.schema.json.",
  },
  "spec.internal": {
    vi: "Lỗi nội bộ khi đọc kế hoạch ({detail}).",
    en: "Internal error while reading the plan: {detail}.",
    hintVi: "Đây là lỗi của chương trình kehoach: xin gửi tệp kế hoạch cho người phụ trách.",
    hintEn: "This is a bug in kehoach: please report it with the plan file.",
  },

  // ------------------------------------------------------------------ signature
  "spec.signature-needs-behalf": {
    vi: "Ký “{authority}” mà không ghi ký thay cho ai: dòng ký sẽ thiếu người đứng đầu (“{authority} CHỦ TỊCH”).",
    en: "The signature uses “{authority}” without saying for whom: the line naming the head (“{authority} CHỦ TỊCH”) would be missing.",
    hintVi:
      "Thêm on_behalf_of: {example} (hoặc Giám đốc…) vào mục signature; title là chức vụ của người ký, ví dụ Phó Chủ tịch.",
    hintEn:
      "Add on_behalf_of: {example} (or Giám đốc…) under signature; title is the signer's own title, e.g. Phó Chủ tịch.",
  },
  "spec.signature-tm-needs-body": {
    vi: "Ký “TM.” mà không ghi thay mặt tập thể nào.",
    en: "The signature uses “TM.” without naming the collective.",
    hintVi: "Thêm on_behalf_of: Ủy ban nhân dân (tập thể mà người ký thay mặt).",
    hintEn: "Add on_behalf_of: Ủy ban nhân dân (the collective the signer acts for).",
  },
  "spec.signature-collective-ignored": {
    vi: "Với TM., dòng “TM.” lấy on_behalf_of (“{behalf}”); collective (“{collective}”) không được in.",
    en: "With TM., the “TM.” line takes on_behalf_of (“{behalf}”); collective (“{collective}”) is not printed.",
    hintVi:
      "Bỏ collective, hoặc nếu cấp phó ký thay thì ghi authority: KT., on_behalf_of: Chủ tịch, collective: Ủy ban nhân dân.",
    hintEn:
      "Remove collective, or for a deputy write authority: KT., on_behalf_of: Chủ tịch, collective: Ủy ban nhân dân.",
  },
  "spec.signature-acting-title": {
    vi: "Người ký quyền (Q.) chỉ ghi “Q. {head}”; chức vụ “{title}” không được in.",
    en: "An acting head signs “Q. {head}” only; the title “{title}” is not printed.",
    hintVi: "Theo thể thức Nghị định 30/2020, bỏ dòng title khi authority là Q.",
    hintEn: "As Nghị định 30/2020 sets it out, remove title when the authority is Q.",
  },
  "spec.signature-needs-title": {
    vi: "Chữ ký thiếu chức vụ của người ký (title).",
    en: "The signature has no title for the signer.",
    hintVi: "Thêm title: Chủ tịch (hoặc Phó Chủ tịch, Giám đốc…) vào mục signature.",
    hintEn: "Add title: Chủ tịch (or Phó Chủ tịch, Giám đốc…) under signature.",
  },

  // ------------------------------------------------------------------ eras of the administration
  "spec.unit-kind-abolished": {
    vi: "Kế hoạch ban hành từ ngày {from} mà loại đơn vị là “{kind}”: từ ngày đó là {era}, không còn {kind}.",
    en: "The plan is dated on or after {from} but its unit kind is “{kind}”: since that day the state has {era}, and there is no {kind}.",
    hintVi:
      "Ghi unit_kind là xã, phường, đặc khu, tỉnh hoặc thành phố; bỏ unit_kind nếu cơ quan ban hành không phải chính quyền một địa phương (Sở, Ban Chỉ đạo). Nếu kế hoạch ban hành trước ngày {from}, sửa lại document.date. (Căn cứ: {basis}.)",
    hintEn:
      "Write unit_kind xã, phường, đặc khu, tỉnh or thành phố; leave unit_kind out if the issuer is not a locality's government (a Sở, a steering committee). If the plan was issued before {from}, correct document.date. (Basis: {basis}.)",
  },
  "spec.body-level-abolished": {
    vi: "Kế hoạch ban hành từ ngày {from} mà tên cơ quan “{name}” còn nhắc cấp “{level}”: từ ngày đó là {era}.",
    en: "The plan is dated on or after {from} but the body “{name}” names the level “{level}”: since that day the state has {era}.",
    hintVi:
      "Kiểm tra lại tên cơ quan (ví dụ cơ quan cấp trên nay là UBND tỉnh hoặc UBND xã, phường), hoặc ngày ban hành (document.date).",
    hintEn:
      "Check the body's name (the level above is now the province or the commune), or the date of issue (document.date).",
  },
};
