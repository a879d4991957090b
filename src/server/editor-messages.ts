// What the workspace (the editor beside the document) and its write routes say, in Vietnamese and
// English. Part of the one table of the preview's words (messages.ts spreads it in).

export const EDITOR_TEXT = {
  "ws.edit": { vi: "Soạn thảo", en: "Edit" },
  "ws.title": { vi: "Soạn {file}", en: "Editing {file}" },
  "ws.view": { vi: "Chỉ xem", en: "View only" },
  "ws.save": { vi: "Lưu (Ctrl+S)", en: "Save (Ctrl+S)" },
  "ws.autosave": { vi: "Tự lưu", en: "Autosave" },
  "ws.saved": { vi: "Đã lưu", en: "Saved" },
  "ws.saving": { vi: "Đang lưu…", en: "Saving…" },
  "ws.unsaved": { vi: "Chưa lưu", en: "Not saved" },
  "ws.save-failed": {
    vi: "Không lưu được: {reason}. Tệp trên đĩa vẫn như cũ; bản đang soạn vẫn còn ở đây.",
    en: "Could not save: {reason}. The file on disk is unchanged; your text is still here.",
  },
  "ws.disk-changed": {
    vi: "Tệp trên đĩa vừa được sửa ở nơi khác; khi lưu, anh/chị sẽ được hỏi giữ bản nào.",
    en: "The file was just changed elsewhere; when you save, you will be asked which version to keep.",
  },
  "ws.loading": { vi: "Đang mở trình soạn thảo…", en: "Opening the editor…" },
  "ws.diagnostics": { vi: "Kết quả kiểm tra", en: "Check results" },
  "ws.no-problem": { vi: "Kế hoạch hợp lệ, không có lưu ý nào.", en: "The plan is valid." },
  "ws.click-to-line": {
    vi: "Bấm vào một mục để đến dòng đó trong tệp.",
    en: "Click an item to go to its line.",
  },
  "ws.stale": {
    vi: "Kế hoạch đang có lỗi: bên phải vẫn là bản hợp lệ gần nhất.",
    en: "The plan has errors: on the right is still the last valid version.",
  },
  "ws.no-rendering": {
    vi: "Chưa có bản hợp lệ nào để hiển thị. Sửa các lỗi bên trái, văn bản sẽ hiện ở đây.",
    en: "No valid version to show yet. Fix the errors on the left and the document shows here.",
  },
  "ws.conflict.title": {
    vi: "Tệp đã bị thay đổi ở nơi khác",
    en: "The file was changed elsewhere",
  },
  "ws.conflict.text": {
    vi: "Từ khi anh/chị mở, tệp {file} trên đĩa đã được sửa bằng chương trình khác. Chọn cách xử lý; không bản nào bị mất.",
    en: "Since you opened it, {file} was changed on disk by another program. Choose what to do; neither version is lost.",
  },
  "ws.conflict.mine": { vi: "Giữ bản của tôi (ghi đè)", en: "Keep mine (overwrite)" },
  "ws.conflict.theirs": {
    vi: "Lấy bản trên đĩa (Ctrl+Z để lấy lại bản của tôi)",
    en: "Take the one on disk (Ctrl+Z brings mine back)",
  },
  "ws.conflict.both": { vi: "Xem cả hai", en: "Show both" },
  "ws.conflict.disk": {
    vi: "Bản trên đĩa (chỉ đọc: chép phần cần lấy sang bên trái, rồi lưu)",
    en: "The version on disk (read only: copy what you need to the left, then save)",
  },
  "ws.conflict.close": { vi: "Đóng", en: "Close" },
  "create.title": { vi: "Tạo kế hoạch mới", en: "New plan" },
  "create.sample": { vi: "Từ kế hoạch mẫu", en: "From the sample" },
  "create.next": { vi: "Kế hoạch năm sau của", en: "Next year's plan of" },
  "create.next-button": { vi: "Tạo", en: "Create" },
  "create.exists": {
    vi: "Đã có tệp {file}: mở tệp đó thay vì tạo lại.",
    en: "{file} exists already: open it instead of making it again.",
  },
  "create.source-invalid": {
    vi: "Kế hoạch {file} đang có lỗi nên chưa tạo được kế hoạch năm sau: {reason}",
    en: "The plan {file} has errors, so next year's plan cannot be made yet: {reason}",
  },
  "write.token": {
    vi: "Yêu cầu ghi bị từ chối: thiếu mã phiên hoặc mã không đúng. Hãy tải lại trang.",
    en: "Write refused: the session code is missing or wrong. Reload the page.",
  },
  "write.origin": {
    vi: "Yêu cầu ghi bị từ chối: chỉ trang của chính máy chủ này mới được ghi tệp.",
    en: "Write refused: only this server's own pages may write files.",
  },
  "write.remote": {
    vi: "Yêu cầu ghi bị từ chối: chỉ ghi được từ chính máy này.",
    en: "Write refused: files can only be written from this computer.",
  },
  "write.type": {
    vi: "Yêu cầu ghi bị từ chối: nội dung phải là JSON.",
    en: "Write refused: the body must be JSON.",
  },
  "write.bad-body": { vi: "Nội dung yêu cầu không đúng.", en: "The request body is not valid." },
  "write.too-large": {
    vi: "Tệp quá lớn (tối đa {max} byte).",
    en: "The file is too large (at most {max} bytes).",
  },
  "write.not-plan": {
    vi: "Chỉ ghi được tệp kế hoạch .yaml nằm trong thư mục đang xem.",
    en: "Only .yaml plan files inside the served folder can be written.",
  },
  "view.pages": { vi: "Xem theo trang", en: "Page view" },
  "view.flow": { vi: "Xem liền mạch", en: "Continuous view" },
  "view.toggle": {
    vi: "Chuyển giữa xem theo trang (như bản PDF) và xem liền mạch",
    en: "Switch between the page view (as the PDF) and the continuous view",
  },
  "view.page-count": { vi: "{n} trang", en: "{n} page(s)" },
  "import.drop": {
    vi: "Thả tệp .xlsx hoặc .csv vào đây để nhập số liệu",
    en: "Drop an .xlsx or .csv file here to import figures",
  },
  "import.title": { vi: "Nhập số liệu từ {file}", en: "Figures imported from {file}" },
  "import.unsaved": {
    vi: "Số liệu đã được đưa vào nội dung đang soạn, chưa lưu: hãy xem lại rồi bấm Lưu.",
    en: "The figures are in the text being edited, not saved: review them, then Save.",
  },
  "import.failed": {
    vi: "Chưa nhập được số liệu từ {file}:",
    en: "The figures of {file} could not be imported:",
  },
  "import.wrong-type": {
    vi: "Chỉ nhập được tệp .xlsx hoặc .csv (tệp thả vào: {file}).",
    en: "Only .xlsx or .csv files can be imported (dropped: {file}).",
  },
  "import.close": { vi: "Đóng", en: "Close" },
} as const satisfies Record<string, { vi: string; en: string }>;
