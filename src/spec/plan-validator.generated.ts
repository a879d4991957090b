// biome-ignore-all format: generated code
// biome-ignore-all lint: generated code
// @ts-nocheck
// GENERATED from schemas/plan.schema.json by src/spec/schema-codegen.ts (ajv standalone). Do not edit.
// Regenerate: UPDATE=1 npx vitest run test/spec/generated.test.ts
export const validate = validate52;
export default validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:kehoach:plan:1","title":"Kế hoạch (kehoach)","description":"Tệp dữ liệu của một kế hoạch hành chính: thông tin văn bản, số liệu, chỉ tiêu, nội dung, phân công, nơi nhận, chữ ký và phụ lục.","type":"object","properties":{"kehoach":{"description":"Phiên bản định dạng tệp kế hoạch. Luôn ghi 1.","const":1,"errorMessage":"Ghi kehoach: 1 (phiên bản định dạng tệp kế hoạch)."},"document":{"description":"Thông tin chung của văn bản: cơ quan ban hành, số, ký hiệu, địa danh, ngày tháng, trích yếu, căn cứ.","$ref":"#/$defs/document","markdownDescription":"Thông tin chung của văn bản: cơ quan ban hành, số, ký hiệu, địa danh, ngày tháng, trích yếu, căn cứ.\n\n```yaml\ndocument:\n  issuing_body: Ủy ban nhân dân phường Quảng Minh\n  unit_kind: phường\n  locality: Quảng Minh\n  symbol: KH-UBND\n  place: Quảng Minh\n  date: 2024-02-05\n  summary: Thực hiện công tác giảm nghèo năm 2024\n  period: 2024\n```"},"page":{"description":"Trình bày trang: lề (mm) và cỡ chữ, theo Nghị định 30/2020/NĐ-CP.","$ref":"#/$defs/page"},"format":{"description":"Cách viết số đếm và kiểu đánh số đề mục.","$ref":"#/$defs/format"},"statistics":{"description":"Số liệu thống kê theo từng đơn vị (thôn, tổ dân phố, xã, trường…) và/hoặc số tổng: hộ nghèo, hộ cận nghèo, hoặc bất kỳ nhóm nào được đếm trên một tổng số (hộ, người, hồ sơ…).","$ref":"#/$defs/statistics","markdownDescription":"Số liệu thống kê theo từng đơn vị và/hoặc số tổng. Nhập từ Excel: `kehoach import so-lieu.xlsx --into kế-hoạch.yaml`.\n\n```yaml\nstatistics:\n  baseline_year: 2023\n  standard: nd-07-2021\n  unit_label: tổ dân phố\n  units:\n    - name: TDP Khả Lý Thượng\n      households: 1011\n      groups:\n        poor: { households: 7, exits: 1 }\n        near_poor: { households: 15, exits: 4 }\n```"},"targets":{"description":"Các chỉ tiêu của kế hoạch; mỗi chỉ tiêu có mã (id) để dẫn lại trong nội dung.","type":"array","maxItems":500,"items":{"$ref":"#/$defs/target"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Các chỉ tiêu; mỗi chỉ tiêu có mã (`id`) để dẫn lại trong nội dung (`- target: giam-ngheo`).\n\n```yaml\ntargets:\n  - { id: giam-ngheo, type: reduce, group: poor, households: 4 }\n  - { id: ty-le, type: rate_to, group: poor, rate: 0.4 }\n```"},"agencies":{"description":"Các cơ quan, đơn vị được giao nhiệm vụ, khai một lần (mã, tên đầy đủ, tên viết tắt) rồi dẫn bằng mã trong tasks và assignments.","type":"array","maxItems":500,"items":{"$ref":"#/$defs/agency"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Các cơ quan, đơn vị, khai một lần rồi dẫn bằng mã trong `tasks` và `assignments`.\n\n```yaml\nagencies:\n  - { id: vhxh, name: Phòng Văn hóa - Xã hội, short: Phòng VH-XH }\n  - { id: mttq, name: Ủy ban MTTQ phường, directed: false }\n```"},"tasks":{"description":"Các nhiệm vụ của kế hoạch: nội dung, cơ quan chủ trì, phối hợp, thời gian hoàn thành, sản phẩm, kinh phí; có thể chia theo nhóm (lĩnh vực).","type":"array","maxItems":2000,"items":{"$ref":"#/$defs/taskOrGroup"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Các nhiệm vụ: nội dung, chủ trì (`lead`), phối hợp (`support`), thời hạn, sản phẩm, kinh phí.\n\n```yaml\ntasks:\n  - id: ra-soat\n    content: Rà soát hộ nghèo, hộ cận nghèo cuối năm\n    lead: vhxh\n    support: [mttq]\n    deadline: Quý IV/2024\n    output: Quyết định công nhận\n```"},"sections":{"description":"Các phần của kế hoạch (I, II, III…); mỗi phần có tiêu đề, nội dung và các mục con.","type":"array","maxItems":1000,"minItems":1,"items":{"$ref":"#/$defs/section"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Các phần của kế hoạch (I, II, III…), mỗi phần có tiêu đề, nội dung và các mục con.\n\n```yaml\nsections:\n  - title: Mục đích, yêu cầu\n    content:\n      - Triển khai kịp thời, hiệu quả …\n  - title: Nhiệm vụ, giải pháp\n    content:\n      - tasks: all\n```"},"assignments":{"description":"Phân công tổ chức thực hiện: mỗi cơ quan, đơn vị một mục, kèm các nhiệm vụ.","type":"array","maxItems":500,"items":{"$ref":"#/$defs/assignment"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Phân công tổ chức thực hiện, mỗi cơ quan một mục.\n\n```yaml\nassignments:\n  - agency: vhxh\n    role: chu_tri\n    tasks:\n      - Tham mưu UBND phường triển khai kế hoạch.\n```"},"budget":{"description":"Kinh phí thực hiện: các nguồn và số tiền; tổng kinh phí được tính tự động.","$ref":"#/$defs/budget"},"reporting":{"description":"Chế độ báo cáo: thời hạn, nội dung và nơi nhận báo cáo kết quả thực hiện.","$ref":"#/$defs/blocks"},"closing":{"description":"Câu kết thúc kế hoạch; dấu “./.” được tự thêm nếu thiếu.","$ref":"#/$defs/text"},"recipients":{"description":"Nơi nhận, mỗi dòng một nơi. Dòng “Lưu: VT, …” ghi ở khóa archive.","type":"array","maxItems":200,"minItems":1,"items":{"$ref":"#/$defs/recipient"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Nơi nhận, mỗi dòng một nơi; dòng “Lưu: VT, …” ghi ở khóa `archive`.\n\n```yaml\nrecipients:\n  - UBND thành phố (b/c)\n  - Các tổ dân phố\narchive: VT, VHXH\n```"},"archive":{"description":"Nơi lưu văn bản, ví dụ “VT, VHXH” sẽ in thành “- Lưu: VT, VHXH.” (tự thêm “VT, ” nếu thiếu).","$ref":"#/$defs/text"},"signature":{"description":"Thẩm quyền ký, chức vụ và họ tên người ký.","$ref":"#/$defs/signature","markdownDescription":"Thẩm quyền ký, chức vụ và họ tên người ký.\n\n```yaml\nsignature:\n  authority: KT.\n  on_behalf_of: Chủ tịch\n  collective: Ủy ban nhân dân\n  title: Phó Chủ tịch\n  signer: Nguyễn Văn A\n```"},"appendices":{"description":"Các phụ lục (biểu) kèm theo kế hoạch, mỗi phụ lục một bảng.","type":"array","maxItems":100,"items":{"$ref":"#/$defs/appendix"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng).","markdownDescription":"Các phụ lục (biểu) kèm theo kế hoạch, mỗi phụ lục một bảng. `kehoach render --format xlsx` xuất các bảng ra Excel.\n\n```yaml\nappendices:\n  - id: bieu-1\n    title: Kế hoạch giảm nghèo năm 2024\n    table: { generate: poverty }\n```"},"templates":{"description":"Thư mục mẫu câu riêng của kế hoạch này (đường dẫn tính từ thư mục chứa tệp kế hoạch), ví dụ “mau-huyen”: các tệp .hbs và labels.yaml trong đó thay cho mẫu gốc và mẫu của thư mục templates/ cạnh các kế hoạch.","$ref":"#/$defs/text"}},"required":["kehoach","document","sections","closing","recipients","archive","signature"],"additionalProperties":false,"$defs":{"text":{"description":"Một đoạn chữ, không để trống.","type":"string","maxLength":20000,"pattern":"\\S","errorMessage":"Ghi một đoạn chữ, không để trống."},"id":{"description":"Mã dùng để dẫn chiếu, ví dụ: poor, near_poor, tl_ngheo.","type":"string","maxLength":100,"pattern":"\\S","errorMessage":"Ghi một mã, không để trống, ví dụ poor, near_poor."},"count":{"description":"Số đếm: số nguyên, không âm, viết liền không dấu ngăn cách hàng nghìn (ghi 2991, không ghi 2.991 hay 2,991).","type":"integer","maximum":1000000000,"minimum":0,"errorMessage":"Ghi một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy, ví dụ 2991.","markdownDescription":"Số đếm: số nguyên không âm, viết liền: `2991` (không ghi `2.991` hay `2,991`)."},"percent":{"description":"Tỷ lệ phần trăm, từ 0 đến 100 (ghi dấu chấm thập phân: 0.43).","type":"number","minimum":0,"maximum":100,"errorMessage":"Ghi tỷ lệ phần trăm từ 0 đến 100, dấu chấm thập phân, ví dụ 0.43."},"mapKey":{"description":"Mã dùng làm khóa; không dùng các tên dành riêng __proto__, constructor, prototype.","type":"string","maxLength":100,"not":{"enum":["__proto__","constructor","prototype"]}},"countMap":{"description":"Mã → số hộ.","type":"object","maxProperties":100,"propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"$ref":"#/$defs/count"}},"year":{"description":"Năm, từ 1990 đến 2100.","type":"integer","minimum":1990,"maximum":2100,"errorMessage":"Ghi năm bằng bốn chữ số, từ 1990 đến 2100, ví dụ 2024."},"date":{"description":"Ngày dạng “2024-02-22”; bản dự thảo có thể ghi tháng “2024-02” hoặc chỉ năm 2024.","type":["string","integer"],"pattern":"^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$","minimum":1990,"maximum":2100,"errorMessage":"Ghi ngày dạng năm-tháng-ngày, ví dụ 2024-02-22 (bản dự thảo: 2024-02 hoặc 2024)."},"period":{"description":"Năm thực hiện (ví dụ 2024) hoặc giai đoạn nhiều năm (from: 2022, to: 2025).","type":["integer","object"],"minimum":1990,"maximum":2100,"properties":{"from":{"description":"Năm bắt đầu giai đoạn.","$ref":"#/$defs/year"},"to":{"description":"Năm kết thúc giai đoạn.","$ref":"#/$defs/year"}},"required":["from","to"],"additionalProperties":false},"unitKind":{"description":"Loại đơn vị hành chính. Từ ngày 01/07/2025 chính quyền địa phương có hai cấp: huyện, quận, thị xã, thị trấn, thành phố thuộc tỉnh chỉ dùng cho kế hoạch ban hành trước ngày đó (data/administration.yaml).","enum":["xã","phường","đặc khu","thị trấn","tỉnh","thành phố","huyện","quận","thị xã","thành phố thuộc tỉnh"],"errorMessage":"Chọn một trong: xã, phường, đặc khu, thị trấn, tỉnh, thành phố, huyện, quận, thị xã, thành phố thuộc tỉnh."},"numbering":{"description":"Kiểu đánh số: roman (I, II, III), decimal (1, 2, 3), nested (1.1, 1.2), letter (a, b, c); hoặc dấu đầu dòng cho các cấp sâu: dash (-), plus (+), bullet (•).","enum":["roman","decimal","nested","letter","dash","plus","bullet"],"errorMessage":"Chọn một trong: roman, decimal, nested, letter, dash, plus, bullet."},"align":{"description":"Căn lề: left (trái), center (giữa), right (phải).","enum":["left","center","right"],"errorMessage":"Chọn một trong: left, center, right."},"docRef":{"description":"Văn bản được dẫn: viết nguyên câu, hoặc tách thành loại, số, ngày, cơ quan ban hành, trích yếu.","type":["string","object"],"maxLength":20000,"pattern":"\\S","properties":{"kind":{"description":"Loại văn bản: Kế hoạch, Quyết định, Nghị quyết, Nghị định, Công văn, Chỉ thị, Báo cáo…","$ref":"#/$defs/text"},"number":{"description":"Số và ký hiệu văn bản, ví dụ “67/KH-UBND”.","$ref":"#/$defs/text"},"date":{"description":"Ngày ban hành văn bản.","$ref":"#/$defs/date"},"issuer":{"description":"Cơ quan ban hành, ví dụ “UBND thị xã Việt Yên”.","$ref":"#/$defs/text"},"about":{"description":"Trích yếu, viết tiếp sau tên cơ quan, ví dụ “về việc thực hiện công tác giảm nghèo năm 2024”.","$ref":"#/$defs/text"}},"required":["kind"],"additionalProperties":false},"document":{"description":"Thông tin chung của văn bản.","type":"object","properties":{"parent_body":{"description":"Cơ quan chủ quản (nếu có), viết bình thường; khi in sẽ viết hoa và tự xuống dòng giữa các phần của tên, không tách địa danh. Muốn tự chọn chỗ xuống dòng: viết mỗi dòng một hàng (khối YAML “|-”); siêu dữ liệu vẫn ghi tên trên một dòng.","$ref":"#/$defs/text"},"issuing_body":{"description":"Cơ quan ban hành, viết bình thường, ví dụ “Ủy ban nhân dân phường Quảng Minh”; khi in sẽ viết hoa và tự xuống dòng giữa các phần của tên, không tách địa danh (“ỦY BAN NHÂN DÂN” / “PHƯỜNG QUẢNG MINH”; “SỞ NÔNG NGHIỆP” / “VÀ MÔI TRƯỜNG”). Muốn tự chọn chỗ xuống dòng: viết mỗi dòng một hàng trong khối YAML “|-”, ví dụ issuing_body: |- rồi hai dòng “Sở Nông nghiệp” và “và Môi trường”; siêu dữ liệu (tác giả của tệp DOCX, PDF, HTML) vẫn ghi tên trên một dòng.","$ref":"#/$defs/text"},"issuing_body_short":{"description":"Tên viết tắt của cơ quan ban hành, dùng trong nội dung và dòng phụ lục, ví dụ “UBND phường Quảng Minh”.","$ref":"#/$defs/text"},"unit_kind":{"description":"Loại đơn vị hành chính mà cơ quan ban hành quản lý: xã, phường, đặc khu, tỉnh, thành phố (huyện, quận, thị xã, thị trấn chỉ cho kế hoạch ban hành trước ngày 01/07/2025). Bỏ trống khi cơ quan ban hành là Sở, Ban Chỉ đạo, Văn phòng… (khi đó nội dung dùng tên địa phương: “trên địa bàn Bắc Ninh”).","$ref":"#/$defs/unitKind"},"locality":{"description":"Tên địa phương, không kèm loại đơn vị, ví dụ “Quảng Minh”.","$ref":"#/$defs/text"},"number":{"description":"Số văn bản. Bỏ trống khi là dự thảo: văn thư sẽ cấp số.","type":["integer","string"],"maximum":1000000,"maxLength":100,"minimum":1,"pattern":"\\S"},"symbol":{"description":"Ký hiệu văn bản, ghi tự do, ví dụ “KH-UBND”, “KH-SNNMT” (Sở Nông nghiệp và Môi trường), “KH-BCĐ” (Ban Chỉ đạo), “KH-VP”.","$ref":"#/$defs/text"},"place":{"description":"Địa danh ghi ở dòng ngày tháng, ví dụ “Quảng Minh”.","$ref":"#/$defs/text"},"date":{"description":"Ngày ban hành, dạng “2024-02-22”; bản dự thảo có thể ghi “2024-02” hoặc chỉ năm 2024.","$ref":"#/$defs/date"},"summary":{"description":"Trích yếu nội dung, ví dụ “Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024”.","$ref":"#/$defs/text"},"period":{"description":"Năm thực hiện (ví dụ 2024) hoặc giai đoạn (from: 2022, to: 2025).","$ref":"#/$defs/period"},"draft":{"description":"Ghi true nếu là bản dự thảo (để trống số và ngày, có dấu “DỰ THẢO”).","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"legal_bases":{"description":"Các căn cứ pháp lý; mỗi căn cứ in thành một dòng “Căn cứ …;”.","type":"array","maxItems":100,"items":{"$ref":"#/$defs/docRef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"implements":{"description":"Văn bản cấp trên mà kế hoạch này thực hiện (“Thực hiện Kế hoạch số …”).","type":"array","maxItems":100,"items":{"$ref":"#/$defs/docRef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"lead_in":{"description":"Câu mở đầu sau phần căn cứ, ví dụ “Ủy ban nhân dân phường ban hành Kế hoạch … như sau:”.","$ref":"#/$defs/text"}},"required":["issuing_body","locality","symbol","place","date","summary","period"],"additionalProperties":false},"page":{"description":"Trình bày trang.","type":"object","properties":{"margins":{"description":"Lề trang, tính bằng mm.","type":"object","properties":{"top":{"description":"Lề trên (mm), từ 20 đến 25.","type":"number","minimum":20,"maximum":25,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"bottom":{"description":"Lề dưới (mm), từ 20 đến 25.","type":"number","minimum":20,"maximum":25,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"left":{"description":"Lề trái (mm), từ 30 đến 35.","type":"number","minimum":30,"maximum":35,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"right":{"description":"Lề phải (mm), từ 15 đến 20.","type":"number","minimum":15,"maximum":20,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."}},"additionalProperties":false},"font_size":{"description":"Cỡ chữ phần nội dung: 13 hoặc 14.","enum":[13,14],"errorMessage":"Chọn một trong: 13, 14."}},"additionalProperties":false},"format":{"description":"Cách trình bày số và đề mục.","type":"object","properties":{"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03 hộ”). Mặc định: true.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"numbering":{"description":"Kiểu đánh số đề mục cấp 1 đến 6. Mặc định: roman, decimal, letter, dash, plus, bullet (I. / 1. / a) / - / + / •). Danh sách ngắn hơn: cấp 1–3 còn thiếu lặp lại kiểu cuối, cấp 4–6 theo mặc định.","type":"array","maxItems":10,"items":{"$ref":"#/$defs/numbering"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"appendix_numbering":{"description":"Cách đánh số phụ lục khi có nhiều phụ lục: roman (“Phụ lục II”, mặc định) hoặc decimal (“Phụ lục 2”).","enum":["roman","decimal"]},"table_numbering":{"description":"Ghi true để đánh số các bảng trong nội dung kế hoạch (không kể bảng phụ lục): “Biểu 01”, “Biểu 02”… in trên mỗi bảng. Mặc định: false.","type":"boolean"}},"additionalProperties":false},"groupCounts":{"description":"Số liệu của một nhóm hộ (hộ nghèo, hộ cận nghèo…).","type":"object","properties":{"households":{"description":"Số hộ của nhóm đầu kỳ (hoặc số đếm theo statistics.count_unit: người, hồ sơ…).","$ref":"#/$defs/count"},"persons":{"description":"Số nhân khẩu của nhóm đầu kỳ.","$ref":"#/$defs/count"},"exits":{"description":"Số hộ dự kiến ra khỏi nhóm trong kỳ (ví dụ: thoát nghèo).","$ref":"#/$defs/count"},"entries":{"description":"Số hộ dự kiến phát sinh mới trong kỳ.","$ref":"#/$defs/count"},"actual_end":{"description":"Số hộ thực tế cuối kỳ, khi đã có kết quả thực hiện.","$ref":"#/$defs/count"},"breakdowns":{"description":"Số hộ theo từng cách chia: mã cách chia → mã phần → số hộ.","type":"object","maxProperties":100,"propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"description":"Mã phần → số hộ.","$ref":"#/$defs/countMap"}},"deprivation":{"description":"Số hộ thiếu hụt theo từng chỉ số của chuẩn nghèo: mã chỉ số → số hộ.","$ref":"#/$defs/countMap"}},"required":["households"],"additionalProperties":false,"markdownDescription":"Số liệu của một nhóm hộ: số hộ đầu kỳ (`households`), số khẩu (`persons`), dự kiến ra khỏi (`exits`) và phát sinh (`entries`).\n\n```yaml\npoor: { households: 7, persons: 19, exits: 2 }\n```"},"groupsCounts":{"description":"Số liệu theo nhóm; khóa là mã nhóm (poor, near_poor, hoặc mã khai ở statistics.groups).","type":"object","maxProperties":100,"propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"$ref":"#/$defs/groupCounts"}},"unitStats":{"description":"Số liệu của một đơn vị.","type":"object","properties":{"name":{"description":"Tên đơn vị, ví dụ “Tổ dân phố Quảng Biên”.","$ref":"#/$defs/text"},"households":{"description":"Tổng số hộ dân cư của đơn vị (hoặc tổng số theo statistics.count_unit: người, hồ sơ…).","$ref":"#/$defs/count"},"persons":{"description":"Tổng số nhân khẩu của đơn vị.","$ref":"#/$defs/count"},"groups":{"description":"Số liệu theo nhóm; khóa là mã nhóm (poor, near_poor, hoặc mã khai ở statistics.groups).","$ref":"#/$defs/groupsCounts"}},"required":["name","households","groups"],"additionalProperties":false,"defaultSnippets":[{"label":"đơn vị (thôn, tổ dân phố…)","description":"Một đơn vị với tổng số hộ và số hộ nghèo, cận nghèo","body":{"name":"${1:Thôn Đông}","households":"^${2:0}","groups":{"poor":{"households":"^${3:0}","exits":"^${4:0}"},"near_poor":{"households":"^${5:0}","exits":"^${6:0}"}}}}],"markdownDescription":"Số liệu của một đơn vị (thôn, tổ dân phố, xã…).\n\n```yaml\n- name: Thôn Đông\n  households: 320\n  groups:\n    poor: { households: 5, persons: 14 }\n    near_poor: { households: 9 }\n```"},"totals":{"description":"Số liệu tổng của địa phương.","type":"object","properties":{"households":{"description":"Tổng số hộ dân cư (hoặc tổng số theo statistics.count_unit: người, hồ sơ…).","$ref":"#/$defs/count"},"persons":{"description":"Tổng số nhân khẩu.","$ref":"#/$defs/count"},"groups":{"description":"Số liệu theo nhóm; khóa là mã nhóm (poor, near_poor, hoặc mã khai ở statistics.groups).","$ref":"#/$defs/groupsCounts"}},"required":["households","groups"],"additionalProperties":false},"groupDef":{"description":"Một nhóm hộ được thống kê.","type":"object","properties":{"id":{"description":"Mã nhóm, ví dụ poor, near_poor.","$ref":"#/$defs/id"},"name":{"description":"Tên nhóm, ví dụ “hộ nghèo”.","$ref":"#/$defs/text"}},"required":["id","name"],"additionalProperties":false},"breakdownDef":{"description":"Một cách chia nhỏ nhóm hộ (“trong đó …”).","type":"object","properties":{"id":{"description":"Mã cách chia.","$ref":"#/$defs/id"},"group":{"description":"Mã nhóm hộ được chia.","$ref":"#/$defs/id"},"label":{"description":"Nhãn của cách chia, ví dụ “theo khả năng thoát nghèo”.","$ref":"#/$defs/text"},"exhaustive":{"description":"Ghi true nếu các phần bao trùm cả nhóm: tổng các phần phải bằng số hộ của nhóm.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"parts":{"description":"Các phần của cách chia.","type":"array","maxItems":50,"minItems":1,"items":{"description":"Một phần.","type":"object","properties":{"id":{"description":"Mã phần.","$ref":"#/$defs/id"},"label":{"description":"Tên phần, ví dụ “hộ có khả năng thoát nghèo”.","$ref":"#/$defs/text"}},"required":["id","label"],"additionalProperties":false},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"exits":{"description":"Mã phần có số hộ chính là số hộ dự kiến ra khỏi nhóm (exits), ví dụ co_kha_nang: số đó chỉ cần ghi một lần ở phần này; nếu vẫn ghi exits thì hai số phải khớp.","$ref":"#/$defs/id"}},"required":["id","group","label","parts"],"additionalProperties":false},"statistics":{"description":"Số liệu thống kê. Cần ít nhất một trong hai khóa units (theo đơn vị) hoặc totals (số tổng).","type":"object","properties":{"baseline_year":{"description":"Năm của số liệu đầu kỳ, ví dụ 2023.","$ref":"#/$defs/year"},"standard":{"description":"Chuẩn nghèo áp dụng, theo tên trong thư mục data/standards, ví dụ “nd-07-2021”. Bỏ trống khi số liệu không phải số liệu hộ nghèo: khi đó không có chỉ số thiếu hụt và phải tự khai các nhóm (groups).","$ref":"#/$defs/id"},"count_unit":{"description":"Đơn vị tính của số liệu: “hộ” (mặc định), “người”, “hồ sơ”, “trường”…; dùng trong câu chỉ tiêu và tiêu đề bảng. Các khóa households trong số liệu khi đó là số đếm theo đơn vị tính này.","$ref":"#/$defs/text"},"unit_label":{"description":"Tên gọi đơn vị, dùng làm tiêu đề cột trong bảng: “tổ dân phố”, “thôn”, “xã”…","$ref":"#/$defs/text"},"groups":{"description":"Các nhóm được thống kê. Mặc định, khi có chuẩn nghèo (standard): hộ nghèo (poor) và hộ cận nghèo (near_poor); không có chuẩn nghèo thì phải khai.","type":"array","maxItems":20,"minItems":1,"items":{"$ref":"#/$defs/groupDef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"breakdowns":{"description":"Các cách chia nhỏ một nhóm hộ (“trong đó …”).","type":"array","maxItems":20,"items":{"$ref":"#/$defs/breakdownDef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"units":{"description":"Số liệu của từng đơn vị (thôn, tổ dân phố, xã…).","type":"array","maxItems":5000,"minItems":1,"items":{"$ref":"#/$defs/unitStats"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"totals":{"description":"Số liệu tổng. Bắt buộc khi không có units; nếu có units, mỗi số ghi ở đây phải bằng tổng của các đơn vị.","$ref":"#/$defs/totals"},"strict":{"description":"Ghi true để số liệu không khớp nhau (các phần cộng không bằng tổng, dòng tổng khác tổng các đơn vị) là lỗi và không xuất văn bản, như tùy chọn --strict. Mặc định: chỉ cảnh báo, văn bản dùng số kehoach tính, bản dự thảo đánh dấu chỗ không khớp.","type":"boolean"}},"required":["baseline_year"],"anyOf":[{"required":["units"]},{"required":["totals"]}],"additionalProperties":false},"targetId":{"description":"Mã chỉ tiêu, dùng để dẫn lại chỉ tiêu trong nội dung.","$ref":"#/$defs/id"},"targetLead":{"description":"Phần chữ đứng trước chỉ tiêu, ví dụ “Phấn đấu”, “Cuối năm 2024”.","$ref":"#/$defs/text"},"targetTail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/text"},"targetYear":{"description":"Năm của chỉ tiêu trong kế hoạch nhiều năm, ví dụ 2027 (phải thuộc document.period); câu chỉ tiêu bắt đầu bằng “Năm 2027, …”. Trước năm cuối giai đoạn thì phải tự ghi con số (rate, count, households hoặc points).","$ref":"#/$defs/year"},"targetDirection":{"description":"Chiều của chỉ tiêu: down (giảm còn), up (tăng lên), reach (đạt).","enum":["down","up","reach"],"errorMessage":"Chọn một trong: down, up, reach."},"targetSubject":{"description":"Đối tượng của chỉ tiêu khi không lấy từ một nhóm trong statistics, ví dụ “hồ sơ thủ tục hành chính được giải quyết trực tuyến”.","$ref":"#/$defs/text"},"target":{"description":"Một chỉ tiêu. Khóa type chọn loại: rate_to, reduce, reduce_share, coverage, text.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: rate_to (tỷ lệ giảm còn, tăng lên, đạt), count_to (số lượng giảm còn, tăng lên, đạt), reduce (giảm số hộ), increase (tăng số lượng), reduce_share (giảm % số hộ của nhóm), coverage (tỷ lệ bao phủ), text (viết bằng lời).","enum":["rate_to","count_to","reduce","increase","reduce_share","coverage","text"],"errorMessage":"Chọn một trong: rate_to, count_to, reduce, increase, reduce_share, coverage, text."}},"required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/targetRateTo"},{"$ref":"#/$defs/targetCountTo"},{"$ref":"#/$defs/targetReduce"},{"$ref":"#/$defs/targetIncrease"},{"$ref":"#/$defs/targetReduceShare"},{"$ref":"#/$defs/targetCoverage"},{"$ref":"#/$defs/targetText"}]},"targetRateTo":{"description":"Tỷ lệ của một nhóm cuối kỳ (“tỷ lệ hộ nghèo giảm còn 0,43%”, “tỷ lệ … đạt 90%”); được tính từ số liệu, hoặc ghi rate cùng subject khi không có số liệu.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: rate_to (tỷ lệ giảm còn, tăng lên, đạt).","const":"rate_to"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm trong statistics, ví dụ poor.","$ref":"#/$defs/id"},"subject":{"description":"Đối tượng, khi không có group.","$ref":"#/$defs/targetSubject"},"direction":{"description":"down (giảm còn, mặc định), up (tăng lên) hoặc reach (đạt).","$ref":"#/$defs/targetDirection"},"rate":{"description":"Tỷ lệ (%) dự kiến, nếu muốn ghi; sẽ được đối chiếu với số liệu.","$ref":"#/$defs/percent"}},"required":["type","id"],"additionalProperties":false},"targetCountTo":{"description":"Số lượng của một nhóm cuối kỳ (“số hộ nghèo giảm còn 05 hộ”, “đạt 1.200 hồ sơ”); được tính từ số liệu, hoặc ghi count cùng subject khi không có số liệu.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: count_to (số lượng giảm còn, tăng lên, đạt).","const":"count_to"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm trong statistics, ví dụ poor.","$ref":"#/$defs/id"},"subject":{"description":"Đối tượng, khi không có group.","$ref":"#/$defs/targetSubject"},"direction":{"description":"reach (đạt, mặc định), down (giảm còn) hoặc up (tăng lên).","$ref":"#/$defs/targetDirection"},"count":{"description":"Số lượng dự kiến; có group thì được đối chiếu với số liệu.","$ref":"#/$defs/count"},"unit":{"description":"Đơn vị tính in sau con số, ví dụ “hồ sơ”. Mặc định: statistics.count_unit, hoặc “hộ”.","$ref":"#/$defs/text"}},"required":["type","id"],"additionalProperties":false},"targetIncrease":{"description":"Tăng một số lượng và số điểm phần trăm tương ứng (“tăng 1,11%, tương ứng 16 hộ”), ngược với reduce.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: increase (tăng số lượng).","const":"increase"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm trong statistics.","$ref":"#/$defs/id"},"households":{"description":"Số lượng tăng (theo đơn vị tính của số liệu).","$ref":"#/$defs/count"},"points":{"description":"Số điểm phần trăm tăng, so với tổng số.","$ref":"#/$defs/percent"}},"required":["type","id","group"],"additionalProperties":false},"targetReduce":{"description":"Giảm một số hộ và số điểm phần trăm tương ứng (“giảm 1,11%, tương ứng 16 hộ”).","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: reduce (giảm số hộ).","const":"reduce"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm hộ, ví dụ poor.","$ref":"#/$defs/id"},"households":{"description":"Số hộ giảm.","$ref":"#/$defs/count"},"points":{"description":"Số điểm phần trăm giảm, so với tổng số hộ.","$ref":"#/$defs/percent"}},"required":["type","id","group"],"additionalProperties":false},"targetReduceShare":{"description":"Giảm một tỷ lệ (%) số hộ của chính nhóm đó (“giảm 35% số hộ nghèo”).","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: reduce_share (giảm % số hộ của nhóm).","const":"reduce_share"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm hộ, ví dụ poor.","$ref":"#/$defs/id"},"percent":{"description":"Tỷ lệ (%) giảm so với số hộ của nhóm.","$ref":"#/$defs/percent"}},"required":["type","id","group","percent"],"additionalProperties":false},"targetCoverage":{"description":"Tỷ lệ bao phủ (“100% hộ nghèo, hộ cận nghèo được cấp thẻ Bảo hiểm y tế”).","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: coverage (tỷ lệ bao phủ).","const":"coverage"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"percent":{"description":"Tỷ lệ (%) bao phủ.","$ref":"#/$defs/percent"},"subject":{"description":"Đối tượng, ví dụ “hộ nghèo, hộ cận nghèo”.","$ref":"#/$defs/text"},"outcome":{"description":"Kết quả đạt được, ví dụ “được cấp thẻ Bảo hiểm y tế”.","$ref":"#/$defs/text"},"qualifier":{"description":"Từ đứng trước tỷ lệ: “ít nhất”, “trên”, “tối thiểu”…","$ref":"#/$defs/text"}},"required":["type","id","percent","subject","outcome"],"additionalProperties":false},"targetText":{"description":"Chỉ tiêu viết bằng lời, không có số liệu tính toán.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: text (viết bằng lời).","const":"text"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"text":{"description":"Nội dung chỉ tiêu.","$ref":"#/$defs/text"}},"required":["type","id","text"],"additionalProperties":false},"agencyId":{"description":"Mã cơ quan, đơn vị: chữ cái không dấu, chữ số, “-” và “_”, ví dụ vhxh, van-phong.","type":"string","maxLength":100,"pattern":"^[A-Za-z0-9_-]+$","errorMessage":"Ghi mã bằng chữ cái không dấu, chữ số, “-” hoặc “_”, ví dụ vhxh, van-phong."},"agency":{"description":"Một cơ quan, đơn vị.","type":"object","properties":{"id":{"description":"Mã cơ quan để dẫn trong nhiệm vụ và phân công, ví dụ vhxh.","$ref":"#/$defs/agencyId"},"name":{"description":"Tên đầy đủ, như viết trong văn bản, ví dụ “Phòng Văn hóa - Xã hội”.","$ref":"#/$defs/text"},"short":{"description":"Tên viết tắt dùng trong bảng, ví dụ “Phòng VH-XH”. Mặc định: tên đầy đủ.","$ref":"#/$defs/text"},"directed":{"description":"Ghi false với cơ quan không thuộc quyền chỉ đạo của cơ quan ban hành (Ủy ban MTTQ, các đoàn thể, cơ quan cấp khác): phần tổ chức thực hiện ghi “Đề nghị …”. Mặc định true.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."}},"required":["id","name"],"additionalProperties":false,"defaultSnippets":[{"label":"cơ quan, đơn vị","description":"Một cơ quan: mã, tên đầy đủ, tên viết tắt","body":{"id":"${1:vhxh}","name":"${2:Phòng Văn hóa - Xã hội}","short":"${3:Phòng VH-XH}"}},{"label":"cơ quan ngoài quyền chỉ đạo","description":"Ủy ban MTTQ, đoàn thể, cơ quan cấp khác: “Đề nghị …”","body":{"id":"${1:mttq}","name":"${2:Ủy ban MTTQ Việt Nam phường}","directed":"^false"}}],"markdownDescription":"Một cơ quan, đơn vị. `directed: false` với cơ quan ngoài quyền chỉ đạo (phần tổ chức thực hiện ghi “Đề nghị …”).\n\n```yaml\n- { id: vhxh, name: Phòng Văn hóa - Xã hội, short: Phòng VH-XH }\n```"},"deadline":{"description":"Thời gian hoàn thành: ngày “2026-06-30”, tháng “2026-06”, năm 2026, quý “Quý II/2026” (hoặc “Quý 2/2026”), hoặc “thường xuyên”, “hằng tháng”, “hằng quý”, “hằng năm”.","type":["string","integer"],"maxLength":100,"pattern":"\\S","minimum":1990,"maximum":2100,"errorMessage":"Ghi thời gian hoàn thành, ví dụ Quý II/2026, 2026-06-30, 2026 hoặc “thường xuyên”.","examples":["Quý II/2026","2026-06-30","thường xuyên","hằng quý"],"markdownDescription":"Thời gian hoàn thành, ví dụ `Quý II/2026`, `2026-06-30`, `2026-06`, `2026`, `thường xuyên`, `hằng quý`."},"taskOrGroup":{"description":"Một nhiệm vụ, hoặc một nhóm nhiệm vụ cùng lĩnh vực (có khóa group và danh sách tasks).","type":"object","if":{"anyOf":[{"required":["group"]},{"required":["tasks"]}]},"then":{"$ref":"#/$defs/taskGroup"},"else":{"$ref":"#/$defs/task"}},"taskGroup":{"description":"Nhóm nhiệm vụ của một lĩnh vực: một dòng nhóm (I, II …) trong phụ lục nhiệm vụ.","type":"object","properties":{"id":{"description":"Mã nhóm, để đặt cả nhóm vào một mục: { tasks: [mã nhóm] }.","$ref":"#/$defs/agencyId"},"group":{"description":"Tên nhóm, ví dụ “Phát triển chính quyền số”.","$ref":"#/$defs/text"},"tasks":{"description":"Các nhiệm vụ của nhóm.","type":"array","maxItems":1000,"minItems":1,"items":{"$ref":"#/$defs/task"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."}},"required":["group","tasks"],"additionalProperties":false},"task":{"description":"Một nhiệm vụ.","type":"object","properties":{"id":{"description":"Mã nhiệm vụ, không trùng trong kế hoạch, ví dụ dvc-truc-tuyen.","$ref":"#/$defs/agencyId"},"content":{"description":"Nội dung nhiệm vụ (được dùng **đậm**, *nghiêng*).","$ref":"#/$defs/text"},"lead":{"description":"Mã cơ quan chủ trì (khai ở agencies).","$ref":"#/$defs/agencyId"},"support":{"description":"Mã các cơ quan phối hợp (khai ở agencies).","type":"array","maxItems":100,"items":{"$ref":"#/$defs/agencyId"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"deadline":{"description":"Thời gian hoàn thành, ví dụ “Quý II/2026”, “2026-06-30”, “2026-06”, 2026, “thường xuyên”, “hằng quý”.","$ref":"#/$defs/deadline"},"output":{"description":"Sản phẩm dự kiến, ví dụ “Báo cáo kết quả”, “Quyết định phê duyệt”.","$ref":"#/$defs/text"},"cost":{"description":"Kinh phí, theo đơn vị tiền của budget.unit (mặc định đồng).","type":"number","maximum":1000000000000000,"minimum":0,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"source":{"description":"Nguồn kinh phí, ví dụ “Ngân sách xã”.","$ref":"#/$defs/text"}},"required":["id","content","lead","deadline"],"additionalProperties":false,"defaultSnippets":[{"label":"nhiệm vụ","description":"Một nhiệm vụ: nội dung, chủ trì, phối hợp, thời hạn, sản phẩm","body":{"id":"${1:ma-nhiem-vu}","content":"${2:Nội dung nhiệm vụ}","lead":"${3:ma-co-quan}","support":["${4:ma-co-quan-phoi-hop}"],"deadline":"${5:Quý II/2026}","output":"${6:Báo cáo kết quả}"}}],"markdownDescription":"Một nhiệm vụ.\n\n```yaml\n- id: dvc-truc-tuyen\n  content: Đẩy mạnh dịch vụ công trực tuyến\n  lead: vp\n  support: [cong-an]\n  deadline: Quý II/2026\n  output: Báo cáo kết quả\n  cost: 50\n  source: Ngân sách xã\n```"},"blocks":{"description":"Các khối nội dung, lần lượt từ trên xuống.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/block"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"block":{"description":"Một khối nội dung: đoạn văn (chuỗi; “- ” đầu dòng, **đậm**, *nghiêng*), hoặc một nhóm có một trong các khóa bullets, target, targets, template, table, tasks, appendix.","type":["string","object"],"maxLength":20000,"if":{"type":"object"},"then":{"$ref":"#/$defs/blockObject"},"errorMessage":"Ghi một đoạn văn, hoặc một nhóm khóa như { template: tinh-hinh, group: poor }, { table: … }, { tasks: all }."},"blockObject":{"description":"Khối nội dung dạng nhóm khóa; loại khối được chọn theo khóa có mặt: bullets, target, targets, template, table, tasks hoặc appendix.","type":"object","if":{"required":["bullets"]},"then":{"$ref":"#/$defs/blockBullets"},"else":{"if":{"required":["target"]},"then":{"$ref":"#/$defs/blockTarget"},"else":{"if":{"required":["targets"]},"then":{"$ref":"#/$defs/blockTargets"},"else":{"if":{"required":["template"]},"then":{"$ref":"#/$defs/blockTemplate"},"else":{"if":{"required":["table"]},"then":{"$ref":"#/$defs/blockTable"},"else":{"if":{"required":["tasks"]},"then":{"$ref":"#/$defs/blockTasks"},"else":{"if":{"required":["appendix"]},"then":{"$ref":"#/$defs/blockAppendix"},"else":{"$ref":"#/$defs/blockUnknown"}}}}}}}},"blockBullets":{"description":"Danh sách gạch đầu dòng.","type":"object","properties":{"bullets":{"description":"Các dòng gạch đầu dòng (“- ”); mỗi dòng có thể có dòng con (“+ ”).","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/listItem"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."}},"required":["bullets"],"additionalProperties":false},"listItem":{"description":"Một dòng gạch đầu dòng: chuỗi, hoặc text kèm các dòng con bullets.","type":["string","object"],"maxLength":20000,"pattern":"\\S","properties":{"text":{"description":"Nội dung dòng.","$ref":"#/$defs/text"},"bullets":{"description":"Các dòng con (“+ ”).","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/text"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."}},"required":["text"],"additionalProperties":false},"blockTarget":{"description":"Một chỉ tiêu, in thành một đoạn văn.","type":"object","properties":{"target":{"description":"Mã của chỉ tiêu (khai báo ở targets).","$ref":"#/$defs/id"}},"required":["target"],"additionalProperties":false},"blockTargets":{"description":"Nhiều chỉ tiêu, in thành danh sách gạch đầu dòng.","type":"object","properties":{"targets":{"description":"Danh sách mã chỉ tiêu, hoặc “all” để in mọi chỉ tiêu theo thứ tự khai báo.","type":["array","string"],"maxItems":500,"items":{"$ref":"#/$defs/id"},"if":{"type":"string"},"then":{"const":"all"}}},"required":["targets"],"additionalProperties":false},"blockTemplate":{"description":"Một mẫu câu trong thư mục templates/ (hoặc mẫu riêng của địa phương), điền số liệu của kế hoạch.","type":"object","properties":{"template":{"description":"Tên mẫu câu: tinh-hinh, thieu-hut, phan-loai, kinh-phi, chuan-ngheo, hoặc tên một tệp .hbs trong thư mục templates/ của địa phương.","anyOf":[{"description":"Các mẫu câu có sẵn của kehoach.","enum":["tinh-hinh","thieu-hut","phan-loai","kinh-phi","chuan-ngheo"]},{"description":"Mẫu riêng của địa phương (tệp .hbs trong thư mục templates/ cạnh kế hoạch).","$ref":"#/$defs/id"}],"markdownDescription":"Tên mẫu câu: `tinh-hinh`, `thieu-hut`, `phan-loai`, `kinh-phi`, `chuan-ngheo`, hoặc tên một tệp `.hbs` trong thư mục `templates/` của địa phương.\n\nVí dụ: `- { template: tinh-hinh, group: poor }`."},"group":{"description":"Mã nhóm hộ dùng cho mẫu, ví dụ poor.","$ref":"#/$defs/id"},"breakdown":{"description":"Mã cách chia dùng cho mẫu.","$ref":"#/$defs/id"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong đoạn văn của mẫu này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["template"],"additionalProperties":false},"blockTable":{"description":"Một bảng trong nội dung.","type":"object","properties":{"table":{"description":"Bảng: tự ghi các ô, hoặc tự sinh từ số liệu (generate).","$ref":"#/$defs/table"}},"required":["table"],"additionalProperties":false},"blockTasks":{"description":"Các nhiệm vụ (khai ở tasks), in thành danh sách, mỗi nhiệm vụ kèm cơ quan chủ trì, phối hợp, thời gian hoàn thành và sản phẩm.","type":"object","properties":{"tasks":{"description":"Mã các nhiệm vụ hoặc nhóm nhiệm vụ, hoặc “all” để in mọi nhiệm vụ theo thứ tự khai báo.","type":["array","string"],"maxItems":2000,"items":{"$ref":"#/$defs/agencyId"},"if":{"type":"string"},"then":{"const":"all"}},"style":{"description":"Cách trình bày: bullets (gạch đầu dòng “-”, mặc định) hoặc numbered (đánh số 1., 2. …).","enum":["bullets","numbered"],"errorMessage":"Chọn một trong: bullets, numbered."}},"required":["tasks"],"additionalProperties":false},"blockAppendix":{"description":"Câu dẫn tới một phụ lục, ví dụ “(Chi tiết tại Phụ lục I kèm theo Kế hoạch này)”: số phụ lục tự điền theo thứ tự.","type":"object","properties":{"appendix":{"description":"Mã (id) của phụ lục được dẫn, khai báo ở appendices.","$ref":"#/$defs/id"}},"required":["appendix"],"additionalProperties":false},"blockUnknown":{"description":"Nhóm khóa không thuộc loại khối nội dung nào.","type":"object","properties":{"bullets":{"description":"Danh sách gạch đầu dòng."},"target":{"description":"Mã một chỉ tiêu, in thành đoạn văn."},"targets":{"description":"Danh sách mã chỉ tiêu, hoặc “all”."},"template":{"description":"Tên một mẫu câu trong thư mục templates/."},"pad_small_counts":{"description":"Số 0 đứng trước số đếm nhỏ (đi cùng template)."},"table":{"description":"Một bảng."},"tasks":{"description":"Mã các nhiệm vụ, hoặc “all”."},"appendix":{"description":"Mã một phụ lục, in thành câu dẫn tới phụ lục đó."}},"minProperties":1,"additionalProperties":false},"table":{"description":"Bảng: tự ghi tiêu đề và các dòng, hoặc tự sinh từ số liệu (khóa generate).","type":"object","if":{"required":["generate"]},"then":{"$ref":"#/$defs/generatedTable"},"else":{"$ref":"#/$defs/freeTable"}},"cell":{"description":"Một ô: chữ, số (viết liền, thập phân sau dấu chấm: 1250, 1.25; không đặt trong ngoặc kép), để trống (null), hoặc text kèm gộp ô, căn lề, in đậm.","type":["string","number","null","object"],"maxLength":20000,"minimum":-1000000000000000,"maximum":1000000000000000,"properties":{"text":{"description":"Nội dung ô.","type":["string","number"],"maxLength":20000,"minimum":-1000000000000000,"maximum":1000000000000000},"colspan":{"description":"Số cột gộp (từ 1).","type":"integer","minimum":1,"maximum":50,"errorMessage":"Ghi một số nguyên, viết liền, ví dụ 2024."},"rowspan":{"description":"Số dòng gộp (từ 1).","type":"integer","minimum":1,"maximum":5000,"errorMessage":"Ghi một số nguyên, viết liền, ví dụ 2024."},"align":{"description":"Căn lề của ô.","$ref":"#/$defs/align"},"bold":{"description":"Ghi true để in đậm.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."}},"required":["text"],"additionalProperties":false},"row":{"description":"Một dòng của bảng: danh sách các ô.","type":"array","maxItems":50,"items":{"$ref":"#/$defs/cell"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"freeTable":{"description":"Bảng tự ghi: các dòng tiêu đề và các dòng dữ liệu.","type":"object","properties":{"header":{"description":"Các dòng tiêu đề; nhiều dòng để làm tiêu đề nhiều cấp (gộp ô bằng colspan, rowspan).","type":"array","maxItems":10,"minItems":1,"items":{"$ref":"#/$defs/row"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"rows":{"description":"Các dòng dữ liệu.","type":"array","maxItems":5000,"items":{"$ref":"#/$defs/row"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"widths":{"description":"Độ rộng tương đối của từng cột, ví dụ [1, 6, 2, 2].","type":"array","maxItems":50,"items":{"description":"Độ rộng tương đối, lớn hơn 0.","type":"number","exclusiveMinimum":0,"maximum":1000},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"align":{"description":"Căn lề từng cột: left, center, right.","type":"array","maxItems":50,"items":{"$ref":"#/$defs/align"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"index_row":{"description":"Ghi true để thêm dòng đánh số cột (A, B, 1, 2…) dưới tiêu đề.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"total_label":{"description":"Thêm dòng cộng các cột số, với nhãn này, ví dụ “Tổng cộng”.","$ref":"#/$defs/text"}},"required":["header","rows"],"additionalProperties":false},"generatedTable":{"description":"Bảng tự sinh từ số liệu. Khóa generate chọn loại: poverty, deprivation, breakdown, tasks.","type":"object","properties":{"generate":{"description":"Loại bảng tự sinh: poverty (các nhóm theo đơn vị: hộ nghèo, cận nghèo hoặc nhóm bất kỳ), deprivation (thiếu hụt theo chỉ số của chuẩn nghèo), breakdown (theo một cách chia), tasks (danh mục nhiệm vụ).","enum":["poverty","deprivation","breakdown","tasks"],"errorMessage":"Chọn một trong: poverty, deprivation, breakdown, tasks."}},"required":["generate"],"discriminator":{"propertyName":"generate"},"oneOf":[{"$ref":"#/$defs/generatedPoverty"},{"$ref":"#/$defs/generatedDeprivation"},{"$ref":"#/$defs/generatedBreakdown"},{"$ref":"#/$defs/generatedTasks"}]},"generatedPoverty":{"description":"Bảng các nhóm theo đơn vị (hộ nghèo, hộ cận nghèo, hoặc nhóm bất kỳ khai ở statistics.groups): tổng số; đầu kỳ, giảm (hoặc tăng thêm, khi nhóm chỉ tăng), cuối kỳ của từng nhóm, kèm tỷ lệ.","type":"object","properties":{"generate":{"description":"Loại bảng: poverty.","const":"poverty"},"groups":{"description":"Mã các nhóm đưa vào bảng. Mặc định: mọi nhóm.","type":"array","maxItems":20,"minItems":1,"items":{"$ref":"#/$defs/id"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"columns":{"description":"Các cột (hoặc nhóm cột) của bảng, theo thứ tự, sau cột TT và tên đơn vị: { unit: households } (tổng số hộ của đơn vị), { group: mã nhóm } (một nhóm: đầu kỳ, giảm, cuối kỳ…), { breakdown: mã cách chia } (các phần “trong đó”). Khi có columns, groups không dùng nữa. Mặc định: tổng số hộ, rồi mỗi nhóm đầu kỳ, giảm, cuối kỳ với số và tỷ lệ.","maxItems":50,"type":"array","minItems":1,"items":{"$ref":"#/$defs/tableColumn"}},"blank_zero":{"description":"Ghi true để để trống ô có số 0 (và ô tỷ lệ của nó), như nhiều văn bản gốc. Mặc định: false (in 0).","type":"boolean"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03”) trong bảng này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["generate"],"additionalProperties":false},"tableColumn":{"description":"Một cột hoặc nhóm cột của bảng tự sinh: { unit: households }, { group: poor, phases: [start, exits, end], figures: [count, rate] } hoặc { breakdown: kha_nang, parts: […], figures: [count, rate] }.","type":"object","oneOf":[{"description":"Một số của chính đơn vị.","type":"object","properties":{"unit":{"description":"households (tổng số hộ) hoặc persons (tổng số nhân khẩu).","enum":["households","persons"]},"heading":{"description":"Tiêu đề cột.","$ref":"#/$defs/text"}},"required":["unit"],"additionalProperties":false},{"description":"Các số của một nhóm.","type":"object","properties":{"group":{"description":"Mã nhóm.","$ref":"#/$defs/id"},"phases":{"description":"Các thời điểm: start (đầu kỳ), exits (giảm), entries (phát sinh), end (cuối kỳ). Mặc định: start, exits, end với hộ nghèo, hộ cận nghèo và nhóm có số giảm hoặc tăng; chỉ start với nhóm khác (ví dụ hộ dân tộc thiểu số).","maxItems":4,"type":"array","minItems":1,"items":{"enum":["start","exits","entries","end"]}},"figures":{"description":"Số (count) và/hoặc tỷ lệ (rate) của mỗi thời điểm. Mặc định: cả hai.","$ref":"#/$defs/tableFigures"},"rate_base":{"description":"Tỷ lệ tính trên tổng số hộ của đơn vị (unit, mặc định) hoặc số hộ của nhóm đầu kỳ (group).","$ref":"#/$defs/rateBase"},"heading":{"description":"Tiêu đề của nhóm cột; mặc định tên nhóm viết hoa.","$ref":"#/$defs/text"},"headings":{"description":"Đổi tiêu đề từng cột: start, exits, entries, end, count, rate.","$ref":"#/$defs/columnHeadings"}},"required":["group"],"additionalProperties":false},{"description":"Các phần của một cách chia (“trong đó”).","type":"object","properties":{"breakdown":{"description":"Mã cách chia.","$ref":"#/$defs/id"},"parts":{"description":"Mã các phần, theo thứ tự. Mặc định: mọi phần.","maxItems":50,"type":"array","minItems":1,"items":{"$ref":"#/$defs/id"}},"figures":{"description":"Số (count) và/hoặc tỷ lệ (rate) của mỗi phần. Mặc định: cả hai.","$ref":"#/$defs/tableFigures"},"rate_base":{"description":"Tỷ lệ tính trên tổng số hộ của đơn vị (unit, mặc định) hoặc số hộ của nhóm được chia (group).","$ref":"#/$defs/rateBase"},"heading":{"description":"Tiêu đề của nhóm cột; mặc định “Trong đó”.","$ref":"#/$defs/text"},"headings":{"description":"Đổi tiêu đề từng cột: mã phần, count, rate.","$ref":"#/$defs/columnHeadings"}},"required":["breakdown"],"additionalProperties":false}]},"tableFigures":{"description":"Số (count) và/hoặc tỷ lệ (rate). Mặc định: cả hai.","maxItems":2,"type":"array","minItems":1,"items":{"enum":["count","rate"]}},"rateBase":{"description":"Tỷ lệ tính trên: unit (tổng số hộ của đơn vị, mặc định) hoặc group (số hộ của nhóm đầu kỳ).","enum":["unit","group"]},"columnHeadings":{"description":"Đổi tiêu đề từng cột: khóa là start, exits, entries, end, mã phần, count hoặc rate; giá trị là tiêu đề.","maxProperties":100,"type":"object","propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"$ref":"#/$defs/text"}},"generatedDeprivation":{"description":"Bảng số hộ thiếu hụt theo từng chỉ số của một nhóm, theo đơn vị.","type":"object","properties":{"generate":{"description":"Loại bảng: deprivation.","const":"deprivation"},"group":{"description":"Mã nhóm hộ, ví dụ poor.","$ref":"#/$defs/id"},"indicator_headers":{"description":"Tiêu đề cột các chỉ số: names (tên chỉ số, mặc định) hoặc numbers (số thứ tự chỉ số 1, 2…, kèm chú thích tên dưới bảng).","enum":["names","numbers"]},"blank_zero":{"description":"Ghi true để để trống ô có số 0 (và ô tỷ lệ của nó), như nhiều văn bản gốc. Mặc định: false (in 0).","type":"boolean"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03”) trong bảng này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["generate","group"],"additionalProperties":false},"generatedBreakdown":{"description":"Bảng các phần của một cách chia, theo đơn vị.","type":"object","properties":{"generate":{"description":"Loại bảng: breakdown.","const":"breakdown"},"breakdown":{"description":"Mã cách chia.","$ref":"#/$defs/id"},"blank_zero":{"description":"Ghi true để để trống ô có số 0 (và ô tỷ lệ của nó), như nhiều văn bản gốc. Mặc định: false (in 0).","type":"boolean"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03”) trong bảng này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["generate","breakdown"],"additionalProperties":false},"generatedTasks":{"description":"Bảng danh mục nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp, thời gian hoàn thành, sản phẩm (và kinh phí khi có), theo nhóm.","type":"object","properties":{"generate":{"description":"Loại bảng: tasks.","const":"tasks"}},"required":["generate"],"additionalProperties":false},"section":{"description":"Một phần hoặc mục của kế hoạch.","type":"object","properties":{"title":{"description":"Tiêu đề. Bỏ trống thì mục là một đoạn văn có đánh số (“1. Đẩy mạnh …”).","$ref":"#/$defs/text"},"content":{"description":"Nội dung của mục.","$ref":"#/$defs/blocks"},"sections":{"description":"Các mục con.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/section"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"assignments":{"description":"Ghi true để sinh ở đây một mục cho mỗi cơ quan (tổ chức thực hiện): trước hết các cơ quan khai ở agencies có chủ trì, phối hợp nhiệm vụ hoặc được phân công, theo thứ tự khai; sau đó các cơ quan ghi tên ở assignments.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"reporting":{"description":"Ghi true để đặt chế độ báo cáo ở đây, sau nội dung. Ở mục có assignments: true, chế độ báo cáo thành một mục riêng “Chế độ báo cáo” sau các cơ quan.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"numbering":{"description":"Kiểu đánh số các mục con của mục này: roman, decimal, nested, letter, dash, plus, bullet.","$ref":"#/$defs/numbering"}},"additionalProperties":false},"assignment":{"description":"Nhiệm vụ giao cho một cơ quan, đơn vị.","type":"object","properties":{"agency":{"description":"Cơ quan, đơn vị: mã một cơ quan khai ở agencies (ví dụ vhxh), hoặc tên viết đầy đủ, ví dụ “Phòng Văn hóa - Xã hội”, “Ủy ban MTTQ phường và các đoàn thể”.","$ref":"#/$defs/text"},"role":{"description":"Vai trò: chu_tri (chủ trì), phoi_hop (phối hợp), de_nghi (đề nghị, với cơ quan ngoài quyền chỉ đạo như Ủy ban MTTQ, các đoàn thể). Bắt buộc khi agency là tên; khi agency là mã cơ quan đã khai thì có thể bỏ (lấy theo directed).","enum":["chu_tri","phoi_hop","de_nghi"],"errorMessage":"Chọn một trong: chu_tri, phoi_hop, de_nghi."},"tasks":{"description":"Các nhiệm vụ.","$ref":"#/$defs/blocks"}},"required":["agency","tasks"],"additionalProperties":false,"defaultSnippets":[{"label":"phân công","description":"Nhiệm vụ giao cho một cơ quan","body":{"agency":"${1:vhxh}","role":"${2|chu_tri,phoi_hop,de_nghi|}","tasks":["${3:Nhiệm vụ được giao.}"]}}],"markdownDescription":"Nhiệm vụ giao cho một cơ quan, đơn vị: `agency` là mã khai ở `agencies` hoặc tên đầy đủ.\n\n```yaml\n- agency: Ủy ban MTTQ phường và các đoàn thể\n  role: de_nghi\n  tasks:\n    - Tuyên truyền, vận động hội viên tham gia giảm nghèo.\n```"},"budget":{"description":"Kinh phí thực hiện.","type":"object","properties":{"unit":{"description":"Đơn vị tiền của các số ghi ở đây: đồng (mặc định), nghìn đồng, triệu đồng.","enum":["đồng","nghìn đồng","triệu đồng"],"errorMessage":"Chọn một trong: đồng, nghìn đồng, triệu đồng."},"sources":{"description":"Các nguồn kinh phí.","type":"array","maxItems":100,"minItems":1,"items":{"description":"Một nguồn kinh phí.","type":"object","properties":{"name":{"description":"Tên nguồn, ví dụ “Ngân sách phường”.","$ref":"#/$defs/text"},"amount":{"description":"Số tiền, theo đơn vị ở khóa unit; viết liền, phần thập phân sau dấu chấm (ghi 350000000 hoặc 1.25, không ghi 350.000.000).","type":"number","minimum":0,"maximum":1000000000000000,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."}},"required":["name","amount"],"additionalProperties":false},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"note":{"description":"Ghi chú sau dòng tổng kinh phí.","$ref":"#/$defs/text"}},"required":["sources"],"additionalProperties":false},"recipient":{"description":"Một nơi nhận: chuỗi, hoặc text kèm report (B/c) hay execute (T/h).","type":["string","object"],"maxLength":20000,"pattern":"\\S","properties":{"text":{"description":"Tên nơi nhận, ví dụ “UBND thị xã Việt Yên”.","$ref":"#/$defs/text"},"report":{"description":"Ghi true để thêm “(B/c)”: gửi để báo cáo.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"execute":{"description":"Ghi true để thêm “(T/h)”: gửi để thực hiện.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."}},"required":["text"],"additionalProperties":false},"signature":{"description":"Chữ ký.","type":"object","properties":{"authority":{"description":"Thẩm quyền ký: TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền). Bỏ trống khi người đứng đầu ký.","enum":["TM.","KT.","Q.","TL.","TUQ."],"errorMessage":"Chọn một trong: TM., KT., Q., TL., TUQ.."},"on_behalf_of":{"description":"Với TM.: tập thể (“Ủy ban nhân dân”); với KT., Q., TL., TUQ.: người đứng đầu (“Chủ tịch”, “Giám đốc”). Bắt buộc với KT., Q., TL., TUQ.","$ref":"#/$defs/text"},"collective":{"description":"Tập thể mà người ký thay mặt (dòng “TM. …” trên cùng), ví dụ “Ủy ban nhân dân”. Dùng cùng authority: KT. để có ba dòng “TM. ỦY BAN NHÂN DÂN” / “KT. CHỦ TỊCH” / “PHÓ CHỦ TỊCH”; cùng Q. để có “TM. ỦY BAN NHÂN DÂN” / “Q. CHỦ TỊCH”.","$ref":"#/$defs/text"},"title":{"description":"Chức vụ của người ký, ví dụ “Phó Chủ tịch”. Bắt buộc, trừ khi authority là Q. (khi đó chỉ in “Q. CHỦ TỊCH”, không in chức vụ).","$ref":"#/$defs/text"},"signer":{"description":"Họ và tên người ký.","$ref":"#/$defs/text"}},"required":["signer"],"additionalProperties":false},"appendix":{"description":"Một phụ lục kèm theo kế hoạch. Nội dung kế hoạch phải dẫn tới từng phụ lục (ghi “Phụ lục I” trong câu, hoặc dùng khối { appendix: mã }).","type":"object","properties":{"id":{"description":"Mã của phụ lục, để dẫn tới nó bằng khối nội dung { appendix: mã }, ví dụ ho-ngheo.","$ref":"#/$defs/id"},"title":{"description":"Tên phụ lục.","$ref":"#/$defs/text"},"orientation":{"description":"Hướng trang: portrait (đứng) hoặc landscape (ngang, cho bảng rộng).","enum":["portrait","landscape"],"errorMessage":"Chọn một trong: portrait, landscape."},"intro":{"description":"Đoạn văn trước bảng.","$ref":"#/$defs/text"},"table":{"description":"Bảng của phụ lục.","$ref":"#/$defs/table"},"note":{"description":"Ghi chú dưới bảng.","$ref":"#/$defs/text"}},"required":["title","table"],"additionalProperties":false}}};
const func1 = Object.prototype.hasOwnProperty;
const schema20 = {"description":"Thông tin chung của văn bản.","type":"object","properties":{"parent_body":{"description":"Cơ quan chủ quản (nếu có), viết bình thường; khi in sẽ viết hoa và tự xuống dòng giữa các phần của tên, không tách địa danh. Muốn tự chọn chỗ xuống dòng: viết mỗi dòng một hàng (khối YAML “|-”); siêu dữ liệu vẫn ghi tên trên một dòng.","$ref":"#/$defs/text"},"issuing_body":{"description":"Cơ quan ban hành, viết bình thường, ví dụ “Ủy ban nhân dân phường Quảng Minh”; khi in sẽ viết hoa và tự xuống dòng giữa các phần của tên, không tách địa danh (“ỦY BAN NHÂN DÂN” / “PHƯỜNG QUẢNG MINH”; “SỞ NÔNG NGHIỆP” / “VÀ MÔI TRƯỜNG”). Muốn tự chọn chỗ xuống dòng: viết mỗi dòng một hàng trong khối YAML “|-”, ví dụ issuing_body: |- rồi hai dòng “Sở Nông nghiệp” và “và Môi trường”; siêu dữ liệu (tác giả của tệp DOCX, PDF, HTML) vẫn ghi tên trên một dòng.","$ref":"#/$defs/text"},"issuing_body_short":{"description":"Tên viết tắt của cơ quan ban hành, dùng trong nội dung và dòng phụ lục, ví dụ “UBND phường Quảng Minh”.","$ref":"#/$defs/text"},"unit_kind":{"description":"Loại đơn vị hành chính mà cơ quan ban hành quản lý: xã, phường, đặc khu, tỉnh, thành phố (huyện, quận, thị xã, thị trấn chỉ cho kế hoạch ban hành trước ngày 01/07/2025). Bỏ trống khi cơ quan ban hành là Sở, Ban Chỉ đạo, Văn phòng… (khi đó nội dung dùng tên địa phương: “trên địa bàn Bắc Ninh”).","$ref":"#/$defs/unitKind"},"locality":{"description":"Tên địa phương, không kèm loại đơn vị, ví dụ “Quảng Minh”.","$ref":"#/$defs/text"},"number":{"description":"Số văn bản. Bỏ trống khi là dự thảo: văn thư sẽ cấp số.","type":["integer","string"],"maximum":1000000,"maxLength":100,"minimum":1,"pattern":"\\S"},"symbol":{"description":"Ký hiệu văn bản, ghi tự do, ví dụ “KH-UBND”, “KH-SNNMT” (Sở Nông nghiệp và Môi trường), “KH-BCĐ” (Ban Chỉ đạo), “KH-VP”.","$ref":"#/$defs/text"},"place":{"description":"Địa danh ghi ở dòng ngày tháng, ví dụ “Quảng Minh”.","$ref":"#/$defs/text"},"date":{"description":"Ngày ban hành, dạng “2024-02-22”; bản dự thảo có thể ghi “2024-02” hoặc chỉ năm 2024.","$ref":"#/$defs/date"},"summary":{"description":"Trích yếu nội dung, ví dụ “Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024”.","$ref":"#/$defs/text"},"period":{"description":"Năm thực hiện (ví dụ 2024) hoặc giai đoạn (from: 2022, to: 2025).","$ref":"#/$defs/period"},"draft":{"description":"Ghi true nếu là bản dự thảo (để trống số và ngày, có dấu “DỰ THẢO”).","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"legal_bases":{"description":"Các căn cứ pháp lý; mỗi căn cứ in thành một dòng “Căn cứ …;”.","type":"array","maxItems":100,"items":{"$ref":"#/$defs/docRef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"implements":{"description":"Văn bản cấp trên mà kế hoạch này thực hiện (“Thực hiện Kế hoạch số …”).","type":"array","maxItems":100,"items":{"$ref":"#/$defs/docRef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"lead_in":{"description":"Câu mở đầu sau phần căn cứ, ví dụ “Ủy ban nhân dân phường ban hành Kế hoạch … như sau:”.","$ref":"#/$defs/text"}},"required":["issuing_body","locality","symbol","place","date","summary","period"],"additionalProperties":false};
const schema21 = {"description":"Một đoạn chữ, không để trống.","type":"string","maxLength":20000,"pattern":"\\S","errorMessage":"Ghi một đoạn chữ, không để trống."};
const pattern3 = new RegExp("\\S", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 20000){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema22 = {"description":"Loại đơn vị hành chính. Từ ngày 01/07/2025 chính quyền địa phương có hai cấp: huyện, quận, thị xã, thị trấn, thành phố thuộc tỉnh chỉ dùng cho kế hoạch ban hành trước ngày đó (data/administration.yaml).","enum":["xã","phường","đặc khu","thị trấn","tỉnh","thành phố","huyện","quận","thị xã","thành phố thuộc tỉnh"],"errorMessage":"Chọn một trong: xã, phường, đặc khu, thị trấn, tỉnh, thành phố, huyện, quận, thị xã, thành phố thuộc tỉnh."};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((((((((((data === "xã") || (data === "phường")) || (data === "đặc khu")) || (data === "thị trấn")) || (data === "tỉnh")) || (data === "thành phố")) || (data === "huyện")) || (data === "quận")) || (data === "thị xã")) || (data === "thành phố thuộc tỉnh"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"description":"Ngày dạng “2024-02-22”; bản dự thảo có thể ghi tháng “2024-02” hoặc chỉ năm 2024.","type":["string","integer"],"pattern":"^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$","minimum":1990,"maximum":2100,"errorMessage":"Ghi ngày dạng năm-tháng-ngày, ví dụ 2024-02-22 (bản dự thảo: 2024-02 hoặc 2024)."};
const pattern5 = new RegExp("^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$", "u");

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data))))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema23.type},message:"must be string,integer",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 2100 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1990 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1990},message:"must be >= 1990",schema:1990,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data === "string"){
if(!pattern5.test(data)){
const err3 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"},message:"must match pattern \""+"^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"+"\"",schema:"^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$",parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema24 = {"description":"Năm thực hiện (ví dụ 2024) hoặc giai đoạn nhiều năm (from: 2022, to: 2025).","type":["integer","object"],"minimum":1990,"maximum":2100,"properties":{"from":{"description":"Năm bắt đầu giai đoạn.","$ref":"#/$defs/year"},"to":{"description":"Năm kết thúc giai đoạn.","$ref":"#/$defs/year"}},"required":["from","to"],"additionalProperties":false};
const schema25 = {"description":"Năm, từ 1990 đến 2100.","type":"integer","minimum":1990,"maximum":2100,"errorMessage":"Ghi năm bằng bốn chữ số, từ 1990 đến 2100, ví dụ 2024."};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 2100 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1990 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1990},message:"must be >= 1990",schema:1990,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema24.type},message:"must be integer,object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 2100 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1990 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1990},message:"must be >= 1990",schema:1990,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.to === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "from") || (key0 === "to"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.from !== undefined){
if(!(validate67(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.to !== undefined){
if(!(validate67(data.to, {instancePath:instancePath+"/to",parentData:data,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema26 = {"description":"Văn bản được dẫn: viết nguyên câu, hoặc tách thành loại, số, ngày, cơ quan ban hành, trích yếu.","type":["string","object"],"maxLength":20000,"pattern":"\\S","properties":{"kind":{"description":"Loại văn bản: Kế hoạch, Quyết định, Nghị quyết, Nghị định, Công văn, Chỉ thị, Báo cáo…","$ref":"#/$defs/text"},"number":{"description":"Số và ký hiệu văn bản, ví dụ “67/KH-UBND”.","$ref":"#/$defs/text"},"date":{"description":"Ngày ban hành văn bản.","$ref":"#/$defs/date"},"issuer":{"description":"Cơ quan ban hành, ví dụ “UBND thị xã Việt Yên”.","$ref":"#/$defs/text"},"about":{"description":"Trích yếu, viết tiếp sau tên cơ quan, ví dụ “về việc thực hiện công tác giảm nghèo năm 2024”.","$ref":"#/$defs/text"}},"required":["kind"],"additionalProperties":false};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema26.type},message:"must be string,object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(data.length > 20000){
const err1 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern3.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "number")) || (key0 === "date")) || (key0 === "issuer")) || (key0 === "about"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
if(!(validate54(data.kind, {instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.number !== undefined){
if(!(validate54(data.number, {instancePath:instancePath+"/number",parentData:data,parentDataProperty:"number",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate63(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.issuer !== undefined){
if(!(validate54(data.issuer, {instancePath:instancePath+"/issuer",parentData:data,parentDataProperty:"issuer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.about !== undefined){
if(!(validate54(data.about, {instancePath:instancePath+"/about",parentData:data,parentDataProperty:"about",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuing_body === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuing_body"},message:"must have required property '"+"issuing_body"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.locality === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "locality"},message:"must have required property '"+"locality"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.symbol === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "symbol"},message:"must have required property '"+"symbol"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.place === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.date === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.summary === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.period === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema20.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.parent_body !== undefined){
if(!(validate54(data.parent_body, {instancePath:instancePath+"/parent_body",parentData:data,parentDataProperty:"parent_body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.issuing_body !== undefined){
if(!(validate54(data.issuing_body, {instancePath:instancePath+"/issuing_body",parentData:data,parentDataProperty:"issuing_body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.issuing_body_short !== undefined){
if(!(validate54(data.issuing_body_short, {instancePath:instancePath+"/issuing_body_short",parentData:data,parentDataProperty:"issuing_body_short",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.unit_kind !== undefined){
if(!(validate58(data.unit_kind, {instancePath:instancePath+"/unit_kind",parentData:data,parentDataProperty:"unit_kind",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.locality !== undefined){
if(!(validate54(data.locality, {instancePath:instancePath+"/locality",parentData:data,parentDataProperty:"locality",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.number !== undefined){
let data5 = data.number;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
const err8 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: schema20.properties.number.type},message:"must be integer,string",schema:schema20.properties.number.type,parentSchema:schema20.properties.number,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema20.properties.number,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20.properties.number,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data5 === "string"){
if(data5.length > 100){
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema20.properties.number,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern3.test(data5)){
const err12 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema20.properties.number,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.symbol !== undefined){
if(!(validate54(data.symbol, {instancePath:instancePath+"/symbol",parentData:data,parentDataProperty:"symbol",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.place !== undefined){
if(!(validate54(data.place, {instancePath:instancePath+"/place",parentData:data,parentDataProperty:"place",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate63(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.summary !== undefined){
if(!(validate54(data.summary, {instancePath:instancePath+"/summary",parentData:data,parentDataProperty:"summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.period !== undefined){
if(!(validate66(data.period, {instancePath:instancePath+"/period",parentData:data,parentDataProperty:"period",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.draft !== undefined){
let data11 = data.draft;
if(typeof data11 !== "boolean"){
const err13 = {instancePath:instancePath+"/draft",schemaPath:"#/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.draft.type,parentSchema:schema20.properties.draft,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.legal_bases !== undefined){
let data12 = data.legal_bases;
if(Array.isArray(data12)){
if(data12.length > 100){
const err14 = {instancePath:instancePath+"/legal_bases",schemaPath:"#/properties/legal_bases/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema20.properties.legal_bases,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate71(data12[i0], {instancePath:instancePath+"/legal_bases/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/legal_bases",schemaPath:"#/properties/legal_bases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.legal_bases.type,parentSchema:schema20.properties.legal_bases,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.implements !== undefined){
let data14 = data.implements;
if(Array.isArray(data14)){
if(data14.length > 100){
const err16 = {instancePath:instancePath+"/implements",schemaPath:"#/properties/implements/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema20.properties.implements,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate71(data14[i1], {instancePath:instancePath+"/implements/" + i1,parentData:data14,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/implements",schemaPath:"#/properties/implements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.implements.type,parentSchema:schema20.properties.implements,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.lead_in !== undefined){
if(!(validate54(data.lead_in, {instancePath:instancePath+"/lead_in",parentData:data,parentDataProperty:"lead_in",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"description":"Trình bày trang.","type":"object","properties":{"margins":{"description":"Lề trang, tính bằng mm.","type":"object","properties":{"top":{"description":"Lề trên (mm), từ 20 đến 25.","type":"number","minimum":20,"maximum":25,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"bottom":{"description":"Lề dưới (mm), từ 20 đến 25.","type":"number","minimum":20,"maximum":25,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"left":{"description":"Lề trái (mm), từ 30 đến 35.","type":"number","minimum":30,"maximum":35,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"right":{"description":"Lề phải (mm), từ 15 đến 20.","type":"number","minimum":15,"maximum":20,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."}},"additionalProperties":false},"font_size":{"description":"Cỡ chữ phần nội dung: 13 hoặc 14.","enum":[13,14],"errorMessage":"Chọn một trong: 13, 14."}},"additionalProperties":false};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "margins") || (key0 === "font_size"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.margins !== undefined){
let data0 = data.margins;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((((key1 === "top") || (key1 === "bottom")) || (key1 === "left")) || (key1 === "right"))){
const err1 = {instancePath:instancePath+"/margins",schemaPath:"#/properties/margins/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27.properties.margins,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.top !== undefined){
let data1 = data0.top;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 25 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/margins/top",schemaPath:"#/properties/margins/properties/top/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25",schema:25,parentSchema:schema27.properties.margins.properties.top,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < 20 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/margins/top",schemaPath:"#/properties/margins/properties/top/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20",schema:20,parentSchema:schema27.properties.margins.properties.top,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/margins/top",schemaPath:"#/properties/margins/properties/top/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.margins.properties.top.type,parentSchema:schema27.properties.margins.properties.top,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.bottom !== undefined){
let data2 = data0.bottom;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 25 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/margins/bottom",schemaPath:"#/properties/margins/properties/bottom/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25",schema:25,parentSchema:schema27.properties.margins.properties.bottom,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 20 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/margins/bottom",schemaPath:"#/properties/margins/properties/bottom/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20",schema:20,parentSchema:schema27.properties.margins.properties.bottom,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/margins/bottom",schemaPath:"#/properties/margins/properties/bottom/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.margins.properties.bottom.type,parentSchema:schema27.properties.margins.properties.bottom,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.left !== undefined){
let data3 = data0.left;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 35 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/margins/left",schemaPath:"#/properties/margins/properties/left/maximum",keyword:"maximum",params:{comparison: "<=", limit: 35},message:"must be <= 35",schema:35,parentSchema:schema27.properties.margins.properties.left,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 30 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/margins/left",schemaPath:"#/properties/margins/properties/left/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30},message:"must be >= 30",schema:30,parentSchema:schema27.properties.margins.properties.left,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/margins/left",schemaPath:"#/properties/margins/properties/left/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.margins.properties.left.type,parentSchema:schema27.properties.margins.properties.left,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.right !== undefined){
let data4 = data0.right;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 20 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/margins/right",schemaPath:"#/properties/margins/properties/right/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema27.properties.margins.properties.right,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 15 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/margins/right",schemaPath:"#/properties/margins/properties/right/minimum",keyword:"minimum",params:{comparison: ">=", limit: 15},message:"must be >= 15",schema:15,parentSchema:schema27.properties.margins.properties.right,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/margins/right",schemaPath:"#/properties/margins/properties/right/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.margins.properties.right.type,parentSchema:schema27.properties.margins.properties.right,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/margins",schemaPath:"#/properties/margins/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.margins.type,parentSchema:schema27.properties.margins,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.font_size !== undefined){
let data5 = data.font_size;
if(!((data5 === 13) || (data5 === 14))){
const err15 = {instancePath:instancePath+"/font_size",schemaPath:"#/properties/font_size/enum",keyword:"enum",params:{allowedValues: schema27.properties.font_size.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.font_size.enum,parentSchema:schema27.properties.font_size,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema28 = {"description":"Cách trình bày số và đề mục.","type":"object","properties":{"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03 hộ”). Mặc định: true.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"numbering":{"description":"Kiểu đánh số đề mục cấp 1 đến 6. Mặc định: roman, decimal, letter, dash, plus, bullet (I. / 1. / a) / - / + / •). Danh sách ngắn hơn: cấp 1–3 còn thiếu lặp lại kiểu cuối, cấp 4–6 theo mặc định.","type":"array","maxItems":10,"items":{"$ref":"#/$defs/numbering"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"appendix_numbering":{"description":"Cách đánh số phụ lục khi có nhiều phụ lục: roman (“Phụ lục II”, mặc định) hoặc decimal (“Phụ lục 2”).","enum":["roman","decimal"]},"table_numbering":{"description":"Ghi true để đánh số các bảng trong nội dung kế hoạch (không kể bảng phụ lục): “Biểu 01”, “Biểu 02”… in trên mỗi bảng. Mặc định: false.","type":"boolean"}},"additionalProperties":false};
const schema29 = {"description":"Kiểu đánh số: roman (I, II, III), decimal (1, 2, 3), nested (1.1, 1.2), letter (a, b, c); hoặc dấu đầu dòng cho các cấp sâu: dash (-), plus (+), bullet (•).","enum":["roman","decimal","nested","letter","dash","plus","bullet"],"errorMessage":"Chọn một trong: roman, decimal, nested, letter, dash, plus, bullet."};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((((((data === "roman") || (data === "decimal")) || (data === "nested")) || (data === "letter")) || (data === "dash")) || (data === "plus")) || (data === "bullet"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values",schema:schema29.enum,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "pad_small_counts") || (key0 === "numbering")) || (key0 === "appendix_numbering")) || (key0 === "table_numbering"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.pad_small_counts !== undefined){
let data0 = data.pad_small_counts;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.pad_small_counts.type,parentSchema:schema28.properties.pad_small_counts,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.numbering !== undefined){
let data1 = data.numbering;
if(Array.isArray(data1)){
if(data1.length > 10){
const err2 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema28.properties.numbering,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate84(data1[i0], {instancePath:instancePath+"/numbering/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.numbering.type,parentSchema:schema28.properties.numbering,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.appendix_numbering !== undefined){
let data3 = data.appendix_numbering;
if(!((data3 === "roman") || (data3 === "decimal"))){
const err4 = {instancePath:instancePath+"/appendix_numbering",schemaPath:"#/properties/appendix_numbering/enum",keyword:"enum",params:{allowedValues: schema28.properties.appendix_numbering.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.appendix_numbering.enum,parentSchema:schema28.properties.appendix_numbering,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.table_numbering !== undefined){
let data4 = data.table_numbering;
if(typeof data4 !== "boolean"){
const err5 = {instancePath:instancePath+"/table_numbering",schemaPath:"#/properties/table_numbering/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.table_numbering.type,parentSchema:schema28.properties.table_numbering,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema30 = {"description":"Số liệu thống kê. Cần ít nhất một trong hai khóa units (theo đơn vị) hoặc totals (số tổng).","type":"object","properties":{"baseline_year":{"description":"Năm của số liệu đầu kỳ, ví dụ 2023.","$ref":"#/$defs/year"},"standard":{"description":"Chuẩn nghèo áp dụng, theo tên trong thư mục data/standards, ví dụ “nd-07-2021”. Bỏ trống khi số liệu không phải số liệu hộ nghèo: khi đó không có chỉ số thiếu hụt và phải tự khai các nhóm (groups).","$ref":"#/$defs/id"},"count_unit":{"description":"Đơn vị tính của số liệu: “hộ” (mặc định), “người”, “hồ sơ”, “trường”…; dùng trong câu chỉ tiêu và tiêu đề bảng. Các khóa households trong số liệu khi đó là số đếm theo đơn vị tính này.","$ref":"#/$defs/text"},"unit_label":{"description":"Tên gọi đơn vị, dùng làm tiêu đề cột trong bảng: “tổ dân phố”, “thôn”, “xã”…","$ref":"#/$defs/text"},"groups":{"description":"Các nhóm được thống kê. Mặc định, khi có chuẩn nghèo (standard): hộ nghèo (poor) và hộ cận nghèo (near_poor); không có chuẩn nghèo thì phải khai.","type":"array","maxItems":20,"minItems":1,"items":{"$ref":"#/$defs/groupDef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"breakdowns":{"description":"Các cách chia nhỏ một nhóm hộ (“trong đó …”).","type":"array","maxItems":20,"items":{"$ref":"#/$defs/breakdownDef"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"units":{"description":"Số liệu của từng đơn vị (thôn, tổ dân phố, xã…).","type":"array","maxItems":5000,"minItems":1,"items":{"$ref":"#/$defs/unitStats"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"totals":{"description":"Số liệu tổng. Bắt buộc khi không có units; nếu có units, mỗi số ghi ở đây phải bằng tổng của các đơn vị.","$ref":"#/$defs/totals"},"strict":{"description":"Ghi true để số liệu không khớp nhau (các phần cộng không bằng tổng, dòng tổng khác tổng các đơn vị) là lỗi và không xuất văn bản, như tùy chọn --strict. Mặc định: chỉ cảnh báo, văn bản dùng số kehoach tính, bản dự thảo đánh dấu chỗ không khớp.","type":"boolean"}},"required":["baseline_year"],"anyOf":[{"required":["units"]},{"required":["totals"]}],"additionalProperties":false};
const schema31 = {"description":"Mã dùng để dẫn chiếu, ví dụ: poor, near_poor, tl_ngheo.","type":"string","maxLength":100,"pattern":"\\S","errorMessage":"Ghi một mã, không để trống, ví dụ poor, near_poor."};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema32 = {"description":"Một nhóm hộ được thống kê.","type":"object","properties":{"id":{"description":"Mã nhóm, ví dụ poor, near_poor.","$ref":"#/$defs/id"},"name":{"description":"Tên nhóm, ví dụ “hộ nghèo”.","$ref":"#/$defs/text"}},"required":["id","name"],"additionalProperties":false};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "name"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate89(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(!(validate54(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema33 = {"description":"Một cách chia nhỏ nhóm hộ (“trong đó …”).","type":"object","properties":{"id":{"description":"Mã cách chia.","$ref":"#/$defs/id"},"group":{"description":"Mã nhóm hộ được chia.","$ref":"#/$defs/id"},"label":{"description":"Nhãn của cách chia, ví dụ “theo khả năng thoát nghèo”.","$ref":"#/$defs/text"},"exhaustive":{"description":"Ghi true nếu các phần bao trùm cả nhóm: tổng các phần phải bằng số hộ của nhóm.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"parts":{"description":"Các phần của cách chia.","type":"array","maxItems":50,"minItems":1,"items":{"description":"Một phần.","type":"object","properties":{"id":{"description":"Mã phần.","$ref":"#/$defs/id"},"label":{"description":"Tên phần, ví dụ “hộ có khả năng thoát nghèo”.","$ref":"#/$defs/text"}},"required":["id","label"],"additionalProperties":false},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"exits":{"description":"Mã phần có số hộ chính là số hộ dự kiến ra khỏi nhóm (exits), ví dụ co_kha_nang: số đó chỉ cần ghi một lần ở phần này; nếu vẫn ghi exits thì hai số phải khớp.","$ref":"#/$defs/id"}},"required":["id","group","label","parts"],"additionalProperties":false};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.group === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.label === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.parts === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parts"},message:"must have required property '"+"parts"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "group")) || (key0 === "label")) || (key0 === "exhaustive")) || (key0 === "parts")) || (key0 === "exits"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate89(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.label !== undefined){
if(!(validate54(data.label, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.exhaustive !== undefined){
let data3 = data.exhaustive;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/exhaustive",schemaPath:"#/properties/exhaustive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema33.properties.exhaustive.type,parentSchema:schema33.properties.exhaustive,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.parts !== undefined){
let data4 = data.parts;
if(Array.isArray(data4)){
if(data4.length > 50){
const err6 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema33.properties.parts,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.length < 1){
const err7 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.parts,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err8 = {instancePath:instancePath+"/parts/" + i0,schemaPath:"#/properties/parts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema33.properties.parts.items.required,parentSchema:schema33.properties.parts.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.label === undefined){
const err9 = {instancePath:instancePath+"/parts/" + i0,schemaPath:"#/properties/parts/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema33.properties.parts.items.required,parentSchema:schema33.properties.parts.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "id") || (key1 === "label"))){
const err10 = {instancePath:instancePath+"/parts/" + i0,schemaPath:"#/properties/parts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.parts.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.id !== undefined){
if(!(validate89(data5.id, {instancePath:instancePath+"/parts/" + i0+"/id",parentData:data5,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data5.label !== undefined){
if(!(validate54(data5.label, {instancePath:instancePath+"/parts/" + i0+"/label",parentData:data5,parentDataProperty:"label",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/parts/" + i0,schemaPath:"#/properties/parts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.parts.items.type,parentSchema:schema33.properties.parts.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.parts.type,parentSchema:schema33.properties.parts,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.exits !== undefined){
if(!(validate89(data.exits, {instancePath:instancePath+"/exits",parentData:data,parentDataProperty:"exits",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"description":"Số liệu của một đơn vị.","type":"object","properties":{"name":{"description":"Tên đơn vị, ví dụ “Tổ dân phố Quảng Biên”.","$ref":"#/$defs/text"},"households":{"description":"Tổng số hộ dân cư của đơn vị (hoặc tổng số theo statistics.count_unit: người, hồ sơ…).","$ref":"#/$defs/count"},"persons":{"description":"Tổng số nhân khẩu của đơn vị.","$ref":"#/$defs/count"},"groups":{"description":"Số liệu theo nhóm; khóa là mã nhóm (poor, near_poor, hoặc mã khai ở statistics.groups).","$ref":"#/$defs/groupsCounts"}},"required":["name","households","groups"],"additionalProperties":false,"defaultSnippets":[{"label":"đơn vị (thôn, tổ dân phố…)","description":"Một đơn vị với tổng số hộ và số hộ nghèo, cận nghèo","body":{"name":"${1:Thôn Đông}","households":"^${2:0}","groups":{"poor":{"households":"^${3:0}","exits":"^${4:0}"},"near_poor":{"households":"^${5:0}","exits":"^${6:0}"}}}}],"markdownDescription":"Số liệu của một đơn vị (thôn, tổ dân phố, xã…).\n\n```yaml\n- name: Thôn Đông\n  households: 320\n  groups:\n    poor: { households: 5, persons: 14 }\n    near_poor: { households: 9 }\n```"};
const schema35 = {"description":"Số đếm: số nguyên, không âm, viết liền không dấu ngăn cách hàng nghìn (ghi 2991, không ghi 2.991 hay 2,991).","type":"integer","maximum":1000000000,"minimum":0,"errorMessage":"Ghi một số nguyên không âm, viết liền không dấu chấm hay dấu phẩy, ví dụ 2991.","markdownDescription":"Số đếm: số nguyên không âm, viết liền: `2991` (không ghi `2.991` hay `2,991`)."};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 1000000000 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema36 = {"description":"Số liệu theo nhóm; khóa là mã nhóm (poor, near_poor, hoặc mã khai ở statistics.groups).","type":"object","maxProperties":100,"propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"$ref":"#/$defs/groupCounts"}};
const schema37 = {"description":"Mã dùng làm khóa; không dùng các tên dành riêng __proto__, constructor, prototype.","type":"string","maxLength":100,"not":{"enum":["__proto__","constructor","prototype"]}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
if(!(((data === "__proto__") || (data === "constructor")) || (data === "prototype"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema37.not,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(typeof data === "string"){
if(data.length > 100){
const err2 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema38 = {"description":"Số liệu của một nhóm hộ (hộ nghèo, hộ cận nghèo…).","type":"object","properties":{"households":{"description":"Số hộ của nhóm đầu kỳ (hoặc số đếm theo statistics.count_unit: người, hồ sơ…).","$ref":"#/$defs/count"},"persons":{"description":"Số nhân khẩu của nhóm đầu kỳ.","$ref":"#/$defs/count"},"exits":{"description":"Số hộ dự kiến ra khỏi nhóm trong kỳ (ví dụ: thoát nghèo).","$ref":"#/$defs/count"},"entries":{"description":"Số hộ dự kiến phát sinh mới trong kỳ.","$ref":"#/$defs/count"},"actual_end":{"description":"Số hộ thực tế cuối kỳ, khi đã có kết quả thực hiện.","$ref":"#/$defs/count"},"breakdowns":{"description":"Số hộ theo từng cách chia: mã cách chia → mã phần → số hộ.","type":"object","maxProperties":100,"propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"description":"Mã phần → số hộ.","$ref":"#/$defs/countMap"}},"deprivation":{"description":"Số hộ thiếu hụt theo từng chỉ số của chuẩn nghèo: mã chỉ số → số hộ.","$ref":"#/$defs/countMap"}},"required":["households"],"additionalProperties":false,"markdownDescription":"Số liệu của một nhóm hộ: số hộ đầu kỳ (`households`), số khẩu (`persons`), dự kiến ra khỏi (`exits`) và phát sinh (`entries`).\n\n```yaml\npoor: { households: 7, persons: 19, exits: 2 }\n```"};
const schema39 = {"description":"Mã → số hộ.","type":"object","maxProperties":100,"propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"$ref":"#/$defs/count"}};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 100){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(!(validate111(key0, {instancePath,parentData:data,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema39.propertyNames,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(!(validate107(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.households === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "households"},message:"must have required property '"+"households"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "households") || (key0 === "persons")) || (key0 === "exits")) || (key0 === "entries")) || (key0 === "actual_end")) || (key0 === "breakdowns")) || (key0 === "deprivation"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.households !== undefined){
if(!(validate107(data.households, {instancePath:instancePath+"/households",parentData:data,parentDataProperty:"households",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.persons !== undefined){
if(!(validate107(data.persons, {instancePath:instancePath+"/persons",parentData:data,parentDataProperty:"persons",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.exits !== undefined){
if(!(validate107(data.exits, {instancePath:instancePath+"/exits",parentData:data,parentDataProperty:"exits",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.entries !== undefined){
if(!(validate107(data.entries, {instancePath:instancePath+"/entries",parentData:data,parentDataProperty:"entries",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.actual_end !== undefined){
if(!(validate107(data.actual_end, {instancePath:instancePath+"/actual_end",parentData:data,parentDataProperty:"actual_end",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.breakdowns !== undefined){
let data5 = data.breakdowns;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length > 100){
const err2 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema38.properties.breakdowns,data:data5};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data5){
const _errs9 = errors;
if(!(validate111(key1, {instancePath:instancePath+"/breakdowns",parentData:data5,parentDataProperty:"breakdowns",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
const err3 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema38.properties.breakdowns.propertyNames,parentSchema:schema38.properties.breakdowns,data:data5};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key2 in data5){
if(!(validate120(data5[key2], {instancePath:instancePath+"/breakdowns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.breakdowns.type,parentSchema:schema38.properties.breakdowns,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.deprivation !== undefined){
if(!(validate120(data.deprivation, {instancePath:instancePath+"/deprivation",parentData:data,parentDataProperty:"deprivation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 100){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(!(validate111(key0, {instancePath,parentData:data,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema36.propertyNames,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(!(validate113(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.households === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "households"},message:"must have required property '"+"households"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.groups === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "households")) || (key0 === "persons")) || (key0 === "groups"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(!(validate54(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.households !== undefined){
if(!(validate107(data.households, {instancePath:instancePath+"/households",parentData:data,parentDataProperty:"households",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.persons !== undefined){
if(!(validate107(data.persons, {instancePath:instancePath+"/persons",parentData:data,parentDataProperty:"persons",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.groups !== undefined){
if(!(validate110(data.groups, {instancePath:instancePath+"/groups",parentData:data,parentDataProperty:"groups",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"description":"Số liệu tổng của địa phương.","type":"object","properties":{"households":{"description":"Tổng số hộ dân cư (hoặc tổng số theo statistics.count_unit: người, hồ sơ…).","$ref":"#/$defs/count"},"persons":{"description":"Tổng số nhân khẩu.","$ref":"#/$defs/count"},"groups":{"description":"Số liệu theo nhóm; khóa là mã nhóm (poor, near_poor, hoặc mã khai ở statistics.groups).","$ref":"#/$defs/groupsCounts"}},"required":["households","groups"],"additionalProperties":false};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.households === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "households"},message:"must have required property '"+"households"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.groups === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "households") || (key0 === "persons")) || (key0 === "groups"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.households !== undefined){
if(!(validate107(data.households, {instancePath:instancePath+"/households",parentData:data,parentDataProperty:"households",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.persons !== undefined){
if(!(validate107(data.persons, {instancePath:instancePath+"/persons",parentData:data,parentDataProperty:"persons",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.groups !== undefined){
if(!(validate110(data.groups, {instancePath:instancePath+"/groups",parentData:data,parentDataProperty:"groups",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.units === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "units"},message:"must have required property '"+"units"+"'",schema:schema30.anyOf[0].required,parentSchema:schema30.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totals === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "totals"},message:"must have required property '"+"totals"+"'",schema:schema30.anyOf[1].required,parentSchema:schema30.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.anyOf,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.baseline_year === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseline_year"},message:"must have required property '"+"baseline_year"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema30.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.baseline_year !== undefined){
if(!(validate67(data.baseline_year, {instancePath:instancePath+"/baseline_year",parentData:data,parentDataProperty:"baseline_year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.standard !== undefined){
if(!(validate89(data.standard, {instancePath:instancePath+"/standard",parentData:data,parentDataProperty:"standard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.count_unit !== undefined){
if(!(validate54(data.count_unit, {instancePath:instancePath+"/count_unit",parentData:data,parentDataProperty:"count_unit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.unit_label !== undefined){
if(!(validate54(data.unit_label, {instancePath:instancePath+"/unit_label",parentData:data,parentDataProperty:"unit_label",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.groups !== undefined){
let data4 = data.groups;
if(Array.isArray(data4)){
if(data4.length > 20){
const err5 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema30.properties.groups,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4.length < 1){
const err6 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.groups,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate93(data4[i0], {instancePath:instancePath+"/groups/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.groups.type,parentSchema:schema30.properties.groups,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.breakdowns !== undefined){
let data6 = data.breakdowns;
if(Array.isArray(data6)){
if(data6.length > 20){
const err8 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema30.properties.breakdowns,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate97(data6[i1], {instancePath:instancePath+"/breakdowns/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.breakdowns.type,parentSchema:schema30.properties.breakdowns,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.units !== undefined){
let data8 = data.units;
if(Array.isArray(data8)){
if(data8.length > 5000){
const err10 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema30.properties.units,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.length < 1){
const err11 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema30.properties.units,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate105(data8[i2], {instancePath:instancePath+"/units/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.units.type,parentSchema:schema30.properties.units,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.totals !== undefined){
if(!(validate128(data.totals, {instancePath:instancePath+"/totals",parentData:data,parentDataProperty:"totals",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
}
if(data.strict !== undefined){
let data11 = data.strict;
if(typeof data11 !== "boolean"){
const err13 = {instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.strict.type,parentSchema:schema30.properties.strict,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"description":"Một chỉ tiêu. Khóa type chọn loại: rate_to, reduce, reduce_share, coverage, text.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: rate_to (tỷ lệ giảm còn, tăng lên, đạt), count_to (số lượng giảm còn, tăng lên, đạt), reduce (giảm số hộ), increase (tăng số lượng), reduce_share (giảm % số hộ của nhóm), coverage (tỷ lệ bao phủ), text (viết bằng lời).","enum":["rate_to","count_to","reduce","increase","reduce_share","coverage","text"],"errorMessage":"Chọn một trong: rate_to, count_to, reduce, increase, reduce_share, coverage, text."}},"required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/targetRateTo"},{"$ref":"#/$defs/targetCountTo"},{"$ref":"#/$defs/targetReduce"},{"$ref":"#/$defs/targetIncrease"},{"$ref":"#/$defs/targetReduceShare"},{"$ref":"#/$defs/targetCoverage"},{"$ref":"#/$defs/targetText"}]};
const schema42 = {"description":"Tỷ lệ của một nhóm cuối kỳ (“tỷ lệ hộ nghèo giảm còn 0,43%”, “tỷ lệ … đạt 90%”); được tính từ số liệu, hoặc ghi rate cùng subject khi không có số liệu.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: rate_to (tỷ lệ giảm còn, tăng lên, đạt).","const":"rate_to"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm trong statistics, ví dụ poor.","$ref":"#/$defs/id"},"subject":{"description":"Đối tượng, khi không có group.","$ref":"#/$defs/targetSubject"},"direction":{"description":"down (giảm còn, mặc định), up (tăng lên) hoặc reach (đạt).","$ref":"#/$defs/targetDirection"},"rate":{"description":"Tỷ lệ (%) dự kiến, nếu muốn ghi; sẽ được đối chiếu với số liệu.","$ref":"#/$defs/percent"}},"required":["type","id"],"additionalProperties":false};

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate136.errors = vErrors;
return errors === 0;
}
validate136.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate138.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 20000){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}
validate138.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate140.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 20000){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate140.errors = vErrors;
return errors === 0;
}
validate140.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate142(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate142.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 2100 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1990 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1990},message:"must be >= 1990",schema:1990,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
validate142.errors = vErrors;
return errors === 0;
}
validate142.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 20000){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern3.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema48 = {"description":"Chiều của chỉ tiêu: down (giảm còn), up (tăng lên), reach (đạt).","enum":["down","up","reach"],"errorMessage":"Chọn một trong: down, up, reach."};

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((data === "down") || (data === "up")) || (data === "reach"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema49 = {"description":"Tỷ lệ phần trăm, từ 0 đến 100 (ghi dấu chấm thập phân: 0.43).","type":"number","minimum":0,"maximum":100,"errorMessage":"Ghi tỷ lệ phần trăm từ 0 đến 100, dấu chấm thập phân, ví dụ 0.43."};

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate149.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 100 || isNaN(data)){
const err0 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate149.errors = vErrors;
return errors === 0;
}
validate149.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate135.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema42.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("rate_to" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "rate_to"},message:"must be equal to constant",schema:"rate_to",parentSchema:schema42.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err4 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.pad_small_counts.type,parentSchema:schema42.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.subject !== undefined){
if(!(validate145(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
if(data.direction !== undefined){
if(!(validate147(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
if(data.rate !== undefined){
if(!(validate149(data.rate, {instancePath:instancePath+"/rate",parentData:data,parentDataProperty:"rate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate135.errors = vErrors;
return errors === 0;
}
validate135.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"description":"Số lượng của một nhóm cuối kỳ (“số hộ nghèo giảm còn 05 hộ”, “đạt 1.200 hồ sơ”); được tính từ số liệu, hoặc ghi count cùng subject khi không có số liệu.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: count_to (số lượng giảm còn, tăng lên, đạt).","const":"count_to"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm trong statistics, ví dụ poor.","$ref":"#/$defs/id"},"subject":{"description":"Đối tượng, khi không có group.","$ref":"#/$defs/targetSubject"},"direction":{"description":"reach (đạt, mặc định), down (giảm còn) hoặc up (tăng lên).","$ref":"#/$defs/targetDirection"},"count":{"description":"Số lượng dự kiến; có group thì được đối chiếu với số liệu.","$ref":"#/$defs/count"},"unit":{"description":"Đơn vị tính in sau con số, ví dụ “hồ sơ”. Mặc định: statistics.count_unit, hoặc “hộ”.","$ref":"#/$defs/text"}},"required":["type","id"],"additionalProperties":false};

function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema50.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("count_to" !== data0){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "count_to"},message:"must be equal to constant",schema:"count_to",parentSchema:schema50.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err4 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.pad_small_counts.type,parentSchema:schema50.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.subject !== undefined){
if(!(validate145(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
if(data.direction !== undefined){
if(!(validate147(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
if(data.count !== undefined){
if(!(validate107(data.count, {instancePath:instancePath+"/count",parentData:data,parentDataProperty:"count",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.unit !== undefined){
if(!(validate54(data.unit, {instancePath:instancePath+"/unit",parentData:data,parentDataProperty:"unit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}
validate151.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"description":"Giảm một số hộ và số điểm phần trăm tương ứng (“giảm 1,11%, tương ứng 16 hộ”).","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: reduce (giảm số hộ).","const":"reduce"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm hộ, ví dụ poor.","$ref":"#/$defs/id"},"households":{"description":"Số hộ giảm.","$ref":"#/$defs/count"},"points":{"description":"Số điểm phần trăm giảm, so với tổng số hộ.","$ref":"#/$defs/percent"}},"required":["type","id","group"],"additionalProperties":false};

function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate161.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.group === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema51.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("reduce" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "reduce"},message:"must be equal to constant",schema:"reduce",parentSchema:schema51.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err5 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.pad_small_counts.type,parentSchema:schema51.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.households !== undefined){
if(!(validate107(data.households, {instancePath:instancePath+"/households",parentData:data,parentDataProperty:"households",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.points !== undefined){
if(!(validate149(data.points, {instancePath:instancePath+"/points",parentData:data,parentDataProperty:"points",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate161.errors = vErrors;
return errors === 0;
}
validate161.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"description":"Tăng một số lượng và số điểm phần trăm tương ứng (“tăng 1,11%, tương ứng 16 hộ”), ngược với reduce.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: increase (tăng số lượng).","const":"increase"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm trong statistics.","$ref":"#/$defs/id"},"households":{"description":"Số lượng tăng (theo đơn vị tính của số liệu).","$ref":"#/$defs/count"},"points":{"description":"Số điểm phần trăm tăng, so với tổng số.","$ref":"#/$defs/percent"}},"required":["type","id","group"],"additionalProperties":false};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate169.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.group === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema52.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("increase" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "increase"},message:"must be equal to constant",schema:"increase",parentSchema:schema52.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err5 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema52.properties.pad_small_counts.type,parentSchema:schema52.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.households !== undefined){
if(!(validate107(data.households, {instancePath:instancePath+"/households",parentData:data,parentDataProperty:"households",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.points !== undefined){
if(!(validate149(data.points, {instancePath:instancePath+"/points",parentData:data,parentDataProperty:"points",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate169.errors = vErrors;
return errors === 0;
}
validate169.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"description":"Giảm một tỷ lệ (%) số hộ của chính nhóm đó (“giảm 35% số hộ nghèo”).","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: reduce_share (giảm % số hộ của nhóm).","const":"reduce_share"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"group":{"description":"Mã nhóm hộ, ví dụ poor.","$ref":"#/$defs/id"},"percent":{"description":"Tỷ lệ (%) giảm so với số hộ của nhóm.","$ref":"#/$defs/percent"}},"required":["type","id","group","percent"],"additionalProperties":false};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.group === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.percent === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "id")) || (key0 === "lead")) || (key0 === "tail")) || (key0 === "year")) || (key0 === "pad_small_counts")) || (key0 === "group")) || (key0 === "percent"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("reduce_share" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "reduce_share"},message:"must be equal to constant",schema:"reduce_share",parentSchema:schema53.properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err6 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.pad_small_counts.type,parentSchema:schema53.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.percent !== undefined){
if(!(validate149(data.percent, {instancePath:instancePath+"/percent",parentData:data,parentDataProperty:"percent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"description":"Tỷ lệ bao phủ (“100% hộ nghèo, hộ cận nghèo được cấp thẻ Bảo hiểm y tế”).","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: coverage (tỷ lệ bao phủ).","const":"coverage"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"percent":{"description":"Tỷ lệ (%) bao phủ.","$ref":"#/$defs/percent"},"subject":{"description":"Đối tượng, ví dụ “hộ nghèo, hộ cận nghèo”.","$ref":"#/$defs/text"},"outcome":{"description":"Kết quả đạt được, ví dụ “được cấp thẻ Bảo hiểm y tế”.","$ref":"#/$defs/text"},"qualifier":{"description":"Từ đứng trước tỷ lệ: “ít nhất”, “trên”, “tối thiểu”…","$ref":"#/$defs/text"}},"required":["type","id","percent","subject","outcome"],"additionalProperties":false};

function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate184.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.percent === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.outcome === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema54.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("coverage" !== data0){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "coverage"},message:"must be equal to constant",schema:"coverage",parentSchema:schema54.properties.type,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err7 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.pad_small_counts.type,parentSchema:schema54.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.percent !== undefined){
if(!(validate149(data.percent, {instancePath:instancePath+"/percent",parentData:data,parentDataProperty:"percent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
errors = vErrors.length;
}
}
if(data.subject !== undefined){
if(!(validate54(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.outcome !== undefined){
if(!(validate54(data.outcome, {instancePath:instancePath+"/outcome",parentData:data,parentDataProperty:"outcome",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.qualifier !== undefined){
if(!(validate54(data.qualifier, {instancePath:instancePath+"/qualifier",parentData:data,parentDataProperty:"qualifier",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate184.errors = vErrors;
return errors === 0;
}
validate184.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"description":"Chỉ tiêu viết bằng lời, không có số liệu tính toán.","type":"object","properties":{"type":{"description":"Loại chỉ tiêu: text (viết bằng lời).","const":"text"},"id":{"description":"Mã chỉ tiêu.","$ref":"#/$defs/targetId"},"lead":{"description":"Phần chữ đứng trước chỉ tiêu.","$ref":"#/$defs/targetLead"},"tail":{"description":"Phần chữ đứng sau chỉ tiêu.","$ref":"#/$defs/targetTail"},"year":{"description":"Năm của chỉ tiêu (trong kế hoạch nhiều năm).","$ref":"#/$defs/targetYear"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong câu chỉ tiêu này. Mặc định: theo format.pad_small_counts.","type":"boolean"},"text":{"description":"Nội dung chỉ tiêu.","$ref":"#/$defs/text"}},"required":["type","id","text"],"additionalProperties":false};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate193.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "id")) || (key0 === "lead")) || (key0 === "tail")) || (key0 === "year")) || (key0 === "pad_small_counts")) || (key0 === "text"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("text" !== data0){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "text"},message:"must be equal to constant",schema:"text",parentSchema:schema55.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate136(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate138(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data.tail !== undefined){
if(!(validate140(data.tail, {instancePath:instancePath+"/tail",parentData:data,parentDataProperty:"tail",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.year !== undefined){
if(!(validate142(data.year, {instancePath:instancePath+"/year",parentData:data,parentDataProperty:"year",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data5 = data.pad_small_counts;
if(typeof data5 !== "boolean"){
const err5 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.properties.pad_small_counts.type,parentSchema:schema55.properties.pad_small_counts,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate54(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate193.errors = vErrors;
return errors === 0;
}
validate193.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((((((data0 === "rate_to") || (data0 === "count_to")) || (data0 === "reduce")) || (data0 === "increase")) || (data0 === "reduce_share")) || (data0 === "coverage")) || (data0 === "text"))){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.type.enum,parentSchema:schema41.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "rate_to"){
if(!(validate135(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "count_to"){
if(!(validate151(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "reduce"){
if(!(validate161(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "increase"){
if(!(validate169(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "reduce_share"){
if(!(validate177(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "coverage"){
if(!(validate184(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate184.errors : vErrors.concat(validate184.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "text"){
if(!(validate193(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf",schema:schema41.discriminator,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string",schema:schema41.discriminator,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate134.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate134.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema56 = {"description":"Một cơ quan, đơn vị.","type":"object","properties":{"id":{"description":"Mã cơ quan để dẫn trong nhiệm vụ và phân công, ví dụ vhxh.","$ref":"#/$defs/agencyId"},"name":{"description":"Tên đầy đủ, như viết trong văn bản, ví dụ “Phòng Văn hóa - Xã hội”.","$ref":"#/$defs/text"},"short":{"description":"Tên viết tắt dùng trong bảng, ví dụ “Phòng VH-XH”. Mặc định: tên đầy đủ.","$ref":"#/$defs/text"},"directed":{"description":"Ghi false với cơ quan không thuộc quyền chỉ đạo của cơ quan ban hành (Ủy ban MTTQ, các đoàn thể, cơ quan cấp khác): phần tổ chức thực hiện ghi “Đề nghị …”. Mặc định true.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."}},"required":["id","name"],"additionalProperties":false,"defaultSnippets":[{"label":"cơ quan, đơn vị","description":"Một cơ quan: mã, tên đầy đủ, tên viết tắt","body":{"id":"${1:vhxh}","name":"${2:Phòng Văn hóa - Xã hội}","short":"${3:Phòng VH-XH}"}},{"label":"cơ quan ngoài quyền chỉ đạo","description":"Ủy ban MTTQ, đoàn thể, cơ quan cấp khác: “Đề nghị …”","body":{"id":"${1:mttq}","name":"${2:Ủy ban MTTQ Việt Nam phường}","directed":"^false"}}],"markdownDescription":"Một cơ quan, đơn vị. `directed: false` với cơ quan ngoài quyền chỉ đạo (phần tổ chức thực hiện ghi “Đề nghị …”).\n\n```yaml\n- { id: vhxh, name: Phòng Văn hóa - Xã hội, short: Phòng VH-XH }\n```"};
const schema57 = {"description":"Mã cơ quan, đơn vị: chữ cái không dấu, chữ số, “-” và “_”, ví dụ vhxh, van-phong.","type":"string","maxLength":100,"pattern":"^[A-Za-z0-9_-]+$","errorMessage":"Ghi mã bằng chữ cái không dấu, chữ số, “-” hoặc “_”, ví dụ vhxh, van-phong."};
const pattern12 = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate208.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern12.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate208.errors = vErrors;
return errors === 0;
}
validate208.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate207.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "name")) || (key0 === "short")) || (key0 === "directed"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate208(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(!(validate54(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.short !== undefined){
if(!(validate54(data.short, {instancePath:instancePath+"/short",parentData:data,parentDataProperty:"short",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.directed !== undefined){
let data3 = data.directed;
if(typeof data3 !== "boolean"){
const err3 = {instancePath:instancePath+"/directed",schemaPath:"#/properties/directed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema56.properties.directed.type,parentSchema:schema56.properties.directed,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate207.errors = vErrors;
return errors === 0;
}
validate207.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"description":"Một nhiệm vụ, hoặc một nhóm nhiệm vụ cùng lĩnh vực (có khóa group và danh sách tasks).","type":"object","if":{"anyOf":[{"required":["group"]},{"required":["tasks"]}]},"then":{"$ref":"#/$defs/taskGroup"},"else":{"$ref":"#/$defs/task"}};
const schema59 = {"description":"Nhóm nhiệm vụ của một lĩnh vực: một dòng nhóm (I, II …) trong phụ lục nhiệm vụ.","type":"object","properties":{"id":{"description":"Mã nhóm, để đặt cả nhóm vào một mục: { tasks: [mã nhóm] }.","$ref":"#/$defs/agencyId"},"group":{"description":"Tên nhóm, ví dụ “Phát triển chính quyền số”.","$ref":"#/$defs/text"},"tasks":{"description":"Các nhiệm vụ của nhóm.","type":"array","maxItems":1000,"minItems":1,"items":{"$ref":"#/$defs/task"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."}},"required":["group","tasks"],"additionalProperties":false};
const schema60 = {"description":"Một nhiệm vụ.","type":"object","properties":{"id":{"description":"Mã nhiệm vụ, không trùng trong kế hoạch, ví dụ dvc-truc-tuyen.","$ref":"#/$defs/agencyId"},"content":{"description":"Nội dung nhiệm vụ (được dùng **đậm**, *nghiêng*).","$ref":"#/$defs/text"},"lead":{"description":"Mã cơ quan chủ trì (khai ở agencies).","$ref":"#/$defs/agencyId"},"support":{"description":"Mã các cơ quan phối hợp (khai ở agencies).","type":"array","maxItems":100,"items":{"$ref":"#/$defs/agencyId"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"deadline":{"description":"Thời gian hoàn thành, ví dụ “Quý II/2026”, “2026-06-30”, “2026-06”, 2026, “thường xuyên”, “hằng quý”.","$ref":"#/$defs/deadline"},"output":{"description":"Sản phẩm dự kiến, ví dụ “Báo cáo kết quả”, “Quyết định phê duyệt”.","$ref":"#/$defs/text"},"cost":{"description":"Kinh phí, theo đơn vị tiền của budget.unit (mặc định đồng).","type":"number","maximum":1000000000000000,"minimum":0,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."},"source":{"description":"Nguồn kinh phí, ví dụ “Ngân sách xã”.","$ref":"#/$defs/text"}},"required":["id","content","lead","deadline"],"additionalProperties":false,"defaultSnippets":[{"label":"nhiệm vụ","description":"Một nhiệm vụ: nội dung, chủ trì, phối hợp, thời hạn, sản phẩm","body":{"id":"${1:ma-nhiem-vu}","content":"${2:Nội dung nhiệm vụ}","lead":"${3:ma-co-quan}","support":["${4:ma-co-quan-phoi-hop}"],"deadline":"${5:Quý II/2026}","output":"${6:Báo cáo kết quả}"}}],"markdownDescription":"Một nhiệm vụ.\n\n```yaml\n- id: dvc-truc-tuyen\n  content: Đẩy mạnh dịch vụ công trực tuyến\n  lead: vp\n  support: [cong-an]\n  deadline: Quý II/2026\n  output: Báo cáo kết quả\n  cost: 50\n  source: Ngân sách xã\n```"};
const schema61 = {"description":"Thời gian hoàn thành: ngày “2026-06-30”, tháng “2026-06”, năm 2026, quý “Quý II/2026” (hoặc “Quý 2/2026”), hoặc “thường xuyên”, “hằng tháng”, “hằng quý”, “hằng năm”.","type":["string","integer"],"maxLength":100,"pattern":"\\S","minimum":1990,"maximum":2100,"errorMessage":"Ghi thời gian hoàn thành, ví dụ Quý II/2026, 2026-06-30, 2026 hoặc “thường xuyên”.","examples":["Quý II/2026","2026-06-30","thường xuyên","hằng quý"],"markdownDescription":"Thời gian hoàn thành, ví dụ `Quý II/2026`, `2026-06-30`, `2026-06`, `2026`, `thường xuyên`, `hằng quý`."};

function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate222.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data))))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema61.type},message:"must be string,integer",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 2100 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1990 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1990},message:"must be >= 1990",schema:1990,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data === "string"){
if(data.length > 100){
const err3 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern3.test(data)){
const err4 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
validate222.errors = vErrors;
return errors === 0;
}
validate222.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate217.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.content === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.lead === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lead"},message:"must have required property '"+"lead"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.deadline === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deadline"},message:"must have required property '"+"deadline"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "content")) || (key0 === "lead")) || (key0 === "support")) || (key0 === "deadline")) || (key0 === "output")) || (key0 === "cost")) || (key0 === "source"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate208(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
if(data.content !== undefined){
if(!(validate54(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.lead !== undefined){
if(!(validate208(data.lead, {instancePath:instancePath+"/lead",parentData:data,parentDataProperty:"lead",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
if(data.support !== undefined){
let data3 = data.support;
if(Array.isArray(data3)){
if(data3.length > 100){
const err5 = {instancePath:instancePath+"/support",schemaPath:"#/properties/support/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema60.properties.support,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate208(data3[i0], {instancePath:instancePath+"/support/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/support",schemaPath:"#/properties/support/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.support.type,parentSchema:schema60.properties.support,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.deadline !== undefined){
if(!(validate222(data.deadline, {instancePath:instancePath+"/deadline",parentData:data,parentDataProperty:"deadline",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
errors = vErrors.length;
}
}
if(data.output !== undefined){
if(!(validate54(data.output, {instancePath:instancePath+"/output",parentData:data,parentDataProperty:"output",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.cost !== undefined){
let data7 = data.cost;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000000 || isNaN(data7)){
const err7 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema60.properties.cost,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err8 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.cost,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cost",schemaPath:"#/properties/cost/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema60.properties.cost.type,parentSchema:schema60.properties.cost,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate54(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate217.errors = vErrors;
return errors === 0;
}
validate217.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate214.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.group === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tasks === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "group")) || (key0 === "tasks"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate208(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
if(data.group !== undefined){
if(!(validate54(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.tasks !== undefined){
let data2 = data.tasks;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err3 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema59.properties.tasks,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema59.properties.tasks,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate217(data2[i0], {instancePath:instancePath+"/tasks/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.tasks.type,parentSchema:schema59.properties.tasks,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate214.errors = vErrors;
return errors === 0;
}
validate214.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate213.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.group === undefined) && (missing0 = "group")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid1 = _errs4 === errors;
valid1 = valid1 || _valid1;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.tasks === undefined) && (missing1 = "tasks")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid1 = _errs5 === errors;
valid1 = valid1 || _valid1;
if(!valid1){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs6 = errors;
if(!(validate214(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(!(validate217(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema58.if,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate213.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate213.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema62 = {"description":"Một phần hoặc mục của kế hoạch.","type":"object","properties":{"title":{"description":"Tiêu đề. Bỏ trống thì mục là một đoạn văn có đánh số (“1. Đẩy mạnh …”).","$ref":"#/$defs/text"},"content":{"description":"Nội dung của mục.","$ref":"#/$defs/blocks"},"sections":{"description":"Các mục con.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/section"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"assignments":{"description":"Ghi true để sinh ở đây một mục cho mỗi cơ quan (tổ chức thực hiện): trước hết các cơ quan khai ở agencies có chủ trì, phối hợp nhiệm vụ hoặc được phân công, theo thứ tự khai; sau đó các cơ quan ghi tên ở assignments.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"reporting":{"description":"Ghi true để đặt chế độ báo cáo ở đây, sau nội dung. Ở mục có assignments: true, chế độ báo cáo thành một mục riêng “Chế độ báo cáo” sau các cơ quan.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"numbering":{"description":"Kiểu đánh số các mục con của mục này: roman, decimal, nested, letter, dash, plus, bullet.","$ref":"#/$defs/numbering"}},"additionalProperties":false};
const schema63 = {"description":"Các khối nội dung, lần lượt từ trên xuống.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/block"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."};
const schema64 = {"description":"Một khối nội dung: đoạn văn (chuỗi; “- ” đầu dòng, **đậm**, *nghiêng*), hoặc một nhóm có một trong các khóa bullets, target, targets, template, table, tasks, appendix.","type":["string","object"],"maxLength":20000,"if":{"type":"object"},"then":{"$ref":"#/$defs/blockObject"},"errorMessage":"Ghi một đoạn văn, hoặc một nhóm khóa như { template: tinh-hinh, group: poor }, { table: … }, { tasks: all }."};
const schema65 = {"description":"Khối nội dung dạng nhóm khóa; loại khối được chọn theo khóa có mặt: bullets, target, targets, template, table, tasks hoặc appendix.","type":"object","if":{"required":["bullets"]},"then":{"$ref":"#/$defs/blockBullets"},"else":{"if":{"required":["target"]},"then":{"$ref":"#/$defs/blockTarget"},"else":{"if":{"required":["targets"]},"then":{"$ref":"#/$defs/blockTargets"},"else":{"if":{"required":["template"]},"then":{"$ref":"#/$defs/blockTemplate"},"else":{"if":{"required":["table"]},"then":{"$ref":"#/$defs/blockTable"},"else":{"if":{"required":["tasks"]},"then":{"$ref":"#/$defs/blockTasks"},"else":{"if":{"required":["appendix"]},"then":{"$ref":"#/$defs/blockAppendix"},"else":{"$ref":"#/$defs/blockUnknown"}}}}}}}};
const schema66 = {"description":"Danh sách gạch đầu dòng.","type":"object","properties":{"bullets":{"description":"Các dòng gạch đầu dòng (“- ”); mỗi dòng có thể có dòng con (“+ ”).","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/listItem"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."}},"required":["bullets"],"additionalProperties":false};
const schema67 = {"description":"Một dòng gạch đầu dòng: chuỗi, hoặc text kèm các dòng con bullets.","type":["string","object"],"maxLength":20000,"pattern":"\\S","properties":{"text":{"description":"Nội dung dòng.","$ref":"#/$defs/text"},"bullets":{"description":"Các dòng con (“+ ”).","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/text"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."}},"required":["text"],"additionalProperties":false};

function validate236(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate236.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema67.type},message:"must be string,object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(data.length > 20000){
const err1 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern3.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "text") || (key0 === "bullets"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate54(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.bullets !== undefined){
let data1 = data.bullets;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err5 = {instancePath:instancePath+"/bullets",schemaPath:"#/properties/bullets/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema67.properties.bullets,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data1[i0], {instancePath:instancePath+"/bullets/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/bullets",schemaPath:"#/properties/bullets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.bullets.type,parentSchema:schema67.properties.bullets,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate236.errors = vErrors;
return errors === 0;
}
validate236.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate235.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bullets === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bullets"},message:"must have required property '"+"bullets"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "bullets")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.bullets !== undefined){
let data0 = data.bullets;
if(Array.isArray(data0)){
if(data0.length > 1000){
const err2 = {instancePath:instancePath+"/bullets",schemaPath:"#/properties/bullets/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema66.properties.bullets,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate236(data0[i0], {instancePath:instancePath+"/bullets/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate236.errors : vErrors.concat(validate236.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/bullets",schemaPath:"#/properties/bullets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.bullets.type,parentSchema:schema66.properties.bullets,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate235.errors = vErrors;
return errors === 0;
}
validate235.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = {"description":"Một chỉ tiêu, in thành một đoạn văn.","type":"object","properties":{"target":{"description":"Mã của chỉ tiêu (khai báo ở targets).","$ref":"#/$defs/id"}},"required":["target"],"additionalProperties":false};

function validate241(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate241.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "target")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.target !== undefined){
if(!(validate89(data.target, {instancePath:instancePath+"/target",parentData:data,parentDataProperty:"target",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate241.errors = vErrors;
return errors === 0;
}
validate241.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"description":"Nhiều chỉ tiêu, in thành danh sách gạch đầu dòng.","type":"object","properties":{"targets":{"description":"Danh sách mã chỉ tiêu, hoặc “all” để in mọi chỉ tiêu theo thứ tự khai báo.","type":["array","string"],"maxItems":500,"items":{"$ref":"#/$defs/id"},"if":{"type":"string"},"then":{"const":"all"}}},"required":["targets"],"additionalProperties":false};

function validate244(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate244.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.targets === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "targets")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.targets !== undefined){
let data0 = data.targets;
if((!(Array.isArray(data0))) && (typeof data0 !== "string")){
const err2 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: schema69.properties.targets.type},message:"must be array,string",schema:schema69.properties.targets.type,parentSchema:schema69.properties.targets,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data0 !== "string"){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs7 = errors;
if("all" !== data0){
const err4 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/then/const",keyword:"const",params:{allowedValue: "all"},message:"must be equal to constant",schema:"all",parentSchema:schema69.properties.targets.then,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema69.properties.targets.if,parentSchema:schema69.properties.targets,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Array.isArray(data0)){
if(data0.length > 500){
const err6 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema69.properties.targets,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate89(data0[i0], {instancePath:instancePath+"/targets/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate244.errors = vErrors;
return errors === 0;
}
validate244.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"description":"Một mẫu câu trong thư mục templates/ (hoặc mẫu riêng của địa phương), điền số liệu của kế hoạch.","type":"object","properties":{"template":{"description":"Tên mẫu câu: tinh-hinh, thieu-hut, phan-loai, kinh-phi, chuan-ngheo, hoặc tên một tệp .hbs trong thư mục templates/ của địa phương.","anyOf":[{"description":"Các mẫu câu có sẵn của kehoach.","enum":["tinh-hinh","thieu-hut","phan-loai","kinh-phi","chuan-ngheo"]},{"description":"Mẫu riêng của địa phương (tệp .hbs trong thư mục templates/ cạnh kế hoạch).","$ref":"#/$defs/id"}],"markdownDescription":"Tên mẫu câu: `tinh-hinh`, `thieu-hut`, `phan-loai`, `kinh-phi`, `chuan-ngheo`, hoặc tên một tệp `.hbs` trong thư mục `templates/` của địa phương.\n\nVí dụ: `- { template: tinh-hinh, group: poor }`."},"group":{"description":"Mã nhóm hộ dùng cho mẫu, ví dụ poor.","$ref":"#/$defs/id"},"breakdown":{"description":"Mã cách chia dùng cho mẫu.","$ref":"#/$defs/id"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“02 hộ”) trong đoạn văn của mẫu này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["template"],"additionalProperties":false};

function validate247(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate247.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.template === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "template") || (key0 === "group")) || (key0 === "breakdown")) || (key0 === "pad_small_counts"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.template !== undefined){
let data0 = data.template;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(((((data0 === "tinh-hinh") || (data0 === "thieu-hut")) || (data0 === "phan-loai")) || (data0 === "kinh-phi")) || (data0 === "chuan-ngheo"))){
const err2 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema70.properties.template.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema70.properties.template.anyOf[0].enum,parentSchema:schema70.properties.template.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(!(validate89(data0, {instancePath:instancePath+"/template",parentData:data,parentDataProperty:"template",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema70.properties.template.anyOf,parentSchema:schema70.properties.template,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.breakdown !== undefined){
if(!(validate89(data.breakdown, {instancePath:instancePath+"/breakdown",parentData:data,parentDataProperty:"breakdown",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.pad_small_counts !== undefined){
let data3 = data.pad_small_counts;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema70.properties.pad_small_counts.type,parentSchema:schema70.properties.pad_small_counts,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate247.errors = vErrors;
return errors === 0;
}
validate247.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"description":"Một bảng trong nội dung.","type":"object","properties":{"table":{"description":"Bảng: tự ghi các ô, hoặc tự sinh từ số liệu (generate).","$ref":"#/$defs/table"}},"required":["table"],"additionalProperties":false};
const schema72 = {"description":"Bảng: tự ghi tiêu đề và các dòng, hoặc tự sinh từ số liệu (khóa generate).","type":"object","if":{"required":["generate"]},"then":{"$ref":"#/$defs/generatedTable"},"else":{"$ref":"#/$defs/freeTable"}};
const schema73 = {"description":"Bảng tự sinh từ số liệu. Khóa generate chọn loại: poverty, deprivation, breakdown, tasks.","type":"object","properties":{"generate":{"description":"Loại bảng tự sinh: poverty (các nhóm theo đơn vị: hộ nghèo, cận nghèo hoặc nhóm bất kỳ), deprivation (thiếu hụt theo chỉ số của chuẩn nghèo), breakdown (theo một cách chia), tasks (danh mục nhiệm vụ).","enum":["poverty","deprivation","breakdown","tasks"],"errorMessage":"Chọn một trong: poverty, deprivation, breakdown, tasks."}},"required":["generate"],"discriminator":{"propertyName":"generate"},"oneOf":[{"$ref":"#/$defs/generatedPoverty"},{"$ref":"#/$defs/generatedDeprivation"},{"$ref":"#/$defs/generatedBreakdown"},{"$ref":"#/$defs/generatedTasks"}]};
const schema74 = {"description":"Bảng các nhóm theo đơn vị (hộ nghèo, hộ cận nghèo, hoặc nhóm bất kỳ khai ở statistics.groups): tổng số; đầu kỳ, giảm (hoặc tăng thêm, khi nhóm chỉ tăng), cuối kỳ của từng nhóm, kèm tỷ lệ.","type":"object","properties":{"generate":{"description":"Loại bảng: poverty.","const":"poverty"},"groups":{"description":"Mã các nhóm đưa vào bảng. Mặc định: mọi nhóm.","type":"array","maxItems":20,"minItems":1,"items":{"$ref":"#/$defs/id"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"columns":{"description":"Các cột (hoặc nhóm cột) của bảng, theo thứ tự, sau cột TT và tên đơn vị: { unit: households } (tổng số hộ của đơn vị), { group: mã nhóm } (một nhóm: đầu kỳ, giảm, cuối kỳ…), { breakdown: mã cách chia } (các phần “trong đó”). Khi có columns, groups không dùng nữa. Mặc định: tổng số hộ, rồi mỗi nhóm đầu kỳ, giảm, cuối kỳ với số và tỷ lệ.","maxItems":50,"type":"array","minItems":1,"items":{"$ref":"#/$defs/tableColumn"}},"blank_zero":{"description":"Ghi true để để trống ô có số 0 (và ô tỷ lệ của nó), như nhiều văn bản gốc. Mặc định: false (in 0).","type":"boolean"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03”) trong bảng này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["generate"],"additionalProperties":false};
const schema75 = {"description":"Một cột hoặc nhóm cột của bảng tự sinh: { unit: households }, { group: poor, phases: [start, exits, end], figures: [count, rate] } hoặc { breakdown: kha_nang, parts: […], figures: [count, rate] }.","type":"object","oneOf":[{"description":"Một số của chính đơn vị.","type":"object","properties":{"unit":{"description":"households (tổng số hộ) hoặc persons (tổng số nhân khẩu).","enum":["households","persons"]},"heading":{"description":"Tiêu đề cột.","$ref":"#/$defs/text"}},"required":["unit"],"additionalProperties":false},{"description":"Các số của một nhóm.","type":"object","properties":{"group":{"description":"Mã nhóm.","$ref":"#/$defs/id"},"phases":{"description":"Các thời điểm: start (đầu kỳ), exits (giảm), entries (phát sinh), end (cuối kỳ). Mặc định: start, exits, end với hộ nghèo, hộ cận nghèo và nhóm có số giảm hoặc tăng; chỉ start với nhóm khác (ví dụ hộ dân tộc thiểu số).","maxItems":4,"type":"array","minItems":1,"items":{"enum":["start","exits","entries","end"]}},"figures":{"description":"Số (count) và/hoặc tỷ lệ (rate) của mỗi thời điểm. Mặc định: cả hai.","$ref":"#/$defs/tableFigures"},"rate_base":{"description":"Tỷ lệ tính trên tổng số hộ của đơn vị (unit, mặc định) hoặc số hộ của nhóm đầu kỳ (group).","$ref":"#/$defs/rateBase"},"heading":{"description":"Tiêu đề của nhóm cột; mặc định tên nhóm viết hoa.","$ref":"#/$defs/text"},"headings":{"description":"Đổi tiêu đề từng cột: start, exits, entries, end, count, rate.","$ref":"#/$defs/columnHeadings"}},"required":["group"],"additionalProperties":false},{"description":"Các phần của một cách chia (“trong đó”).","type":"object","properties":{"breakdown":{"description":"Mã cách chia.","$ref":"#/$defs/id"},"parts":{"description":"Mã các phần, theo thứ tự. Mặc định: mọi phần.","maxItems":50,"type":"array","minItems":1,"items":{"$ref":"#/$defs/id"}},"figures":{"description":"Số (count) và/hoặc tỷ lệ (rate) của mỗi phần. Mặc định: cả hai.","$ref":"#/$defs/tableFigures"},"rate_base":{"description":"Tỷ lệ tính trên tổng số hộ của đơn vị (unit, mặc định) hoặc số hộ của nhóm được chia (group).","$ref":"#/$defs/rateBase"},"heading":{"description":"Tiêu đề của nhóm cột; mặc định “Trong đó”.","$ref":"#/$defs/text"},"headings":{"description":"Đổi tiêu đề từng cột: mã phần, count, rate.","$ref":"#/$defs/columnHeadings"}},"required":["breakdown"],"additionalProperties":false}]};
const schema76 = {"description":"Số (count) và/hoặc tỷ lệ (rate). Mặc định: cả hai.","maxItems":2,"type":"array","minItems":1,"items":{"enum":["count","rate"]}};

function validate260(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate260.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 2){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!((data0 === "count") || (data0 === "rate"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/enum",keyword:"enum",params:{allowedValues: schema76.items.enum},message:"must be equal to one of the allowed values",schema:schema76.items.enum,parentSchema:schema76.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate260.errors = vErrors;
return errors === 0;
}
validate260.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema77 = {"description":"Tỷ lệ tính trên: unit (tổng số hộ của đơn vị, mặc định) hoặc group (số hộ của nhóm đầu kỳ).","enum":["unit","group"]};

function validate262(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate262.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!((data === "unit") || (data === "group"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema77.enum},message:"must be equal to one of the allowed values",schema:schema77.enum,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate262.errors = vErrors;
return errors === 0;
}
validate262.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema78 = {"description":"Đổi tiêu đề từng cột: khóa là start, exits, entries, end, mã phần, count hoặc rate; giá trị là tiêu đề.","maxProperties":100,"type":"object","propertyNames":{"$ref":"#/$defs/mapKey"},"additionalProperties":{"$ref":"#/$defs/text"}};

function validate265(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate265.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 100){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(!(validate111(key0, {instancePath,parentData:data,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema78.propertyNames,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(!(validate54(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate265.errors = vErrors;
return errors === 0;
}
validate265.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate257(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate257.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unit === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "unit") || (key0 === "heading"))){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.unit !== undefined){
let data0 = data.unit;
if(!((data0 === "households") || (data0 === "persons"))){
const err3 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/0/properties/unit/enum",keyword:"enum",params:{allowedValues: schema75.oneOf[0].properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema75.oneOf[0].properties.unit.enum,parentSchema:schema75.oneOf[0].properties.unit,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.heading !== undefined){
if(!(validate54(data.heading, {instancePath:instancePath+"/heading",parentData:data,parentDataProperty:"heading",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[0].type,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.group === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema75.oneOf[1].required,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data){
if(!((((((key1 === "group") || (key1 === "phases")) || (key1 === "figures")) || (key1 === "rate_base")) || (key1 === "heading")) || (key1 === "headings"))){
const err6 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.phases !== undefined){
let data3 = data.phases;
if(Array.isArray(data3)){
if(data3.length > 4){
const err7 = {instancePath:instancePath+"/phases",schemaPath:"#/oneOf/1/properties/phases/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema75.oneOf[1].properties.phases,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/phases",schemaPath:"#/oneOf/1/properties/phases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema75.oneOf[1].properties.phases,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!((((data4 === "start") || (data4 === "exits")) || (data4 === "entries")) || (data4 === "end"))){
const err9 = {instancePath:instancePath+"/phases/" + i0,schemaPath:"#/oneOf/1/properties/phases/items/enum",keyword:"enum",params:{allowedValues: schema75.oneOf[1].properties.phases.items.enum},message:"must be equal to one of the allowed values",schema:schema75.oneOf[1].properties.phases.items.enum,parentSchema:schema75.oneOf[1].properties.phases.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/phases",schemaPath:"#/oneOf/1/properties/phases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.oneOf[1].properties.phases.type,parentSchema:schema75.oneOf[1].properties.phases,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.figures !== undefined){
if(!(validate260(data.figures, {instancePath:instancePath+"/figures",parentData:data,parentDataProperty:"figures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate260.errors : vErrors.concat(validate260.errors);
errors = vErrors.length;
}
}
if(data.rate_base !== undefined){
if(!(validate262(data.rate_base, {instancePath:instancePath+"/rate_base",parentData:data,parentDataProperty:"rate_base",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
errors = vErrors.length;
}
}
if(data.heading !== undefined){
if(!(validate54(data.heading, {instancePath:instancePath+"/heading",parentData:data,parentDataProperty:"heading",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.headings !== undefined){
if(!(validate265(data.headings, {instancePath:instancePath+"/headings",parentData:data,parentDataProperty:"headings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate265.errors : vErrors.concat(validate265.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[1].type,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.breakdown === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'",schema:schema75.oneOf[2].required,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data){
if(!((((((key2 === "breakdown") || (key2 === "parts")) || (key2 === "figures")) || (key2 === "rate_base")) || (key2 === "heading")) || (key2 === "headings"))){
const err13 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.breakdown !== undefined){
if(!(validate89(data.breakdown, {instancePath:instancePath+"/breakdown",parentData:data,parentDataProperty:"breakdown",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.parts !== undefined){
let data10 = data.parts;
if(Array.isArray(data10)){
if(data10.length > 50){
const err14 = {instancePath:instancePath+"/parts",schemaPath:"#/oneOf/2/properties/parts/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema75.oneOf[2].properties.parts,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data10.length < 1){
const err15 = {instancePath:instancePath+"/parts",schemaPath:"#/oneOf/2/properties/parts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema75.oneOf[2].properties.parts,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate89(data10[i1], {instancePath:instancePath+"/parts/" + i1,parentData:data10,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/parts",schemaPath:"#/oneOf/2/properties/parts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.oneOf[2].properties.parts.type,parentSchema:schema75.oneOf[2].properties.parts,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.figures !== undefined){
if(!(validate260(data.figures, {instancePath:instancePath+"/figures",parentData:data,parentDataProperty:"figures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate260.errors : vErrors.concat(validate260.errors);
errors = vErrors.length;
}
}
if(data.rate_base !== undefined){
if(!(validate262(data.rate_base, {instancePath:instancePath+"/rate_base",parentData:data,parentDataProperty:"rate_base",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
errors = vErrors.length;
}
}
if(data.heading !== undefined){
if(!(validate54(data.heading, {instancePath:instancePath+"/heading",parentData:data,parentDataProperty:"heading",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.headings !== undefined){
if(!(validate265(data.headings, {instancePath:instancePath+"/headings",parentData:data,parentDataProperty:"headings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate265.errors : vErrors.concat(validate265.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[2].type,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid0){
const err18 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema75.oneOf,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate257.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate257.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate255.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generate"},message:"must have required property '"+"generate"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "generate") || (key0 === "groups")) || (key0 === "columns")) || (key0 === "blank_zero")) || (key0 === "pad_small_counts"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.generate !== undefined){
let data0 = data.generate;
if("poverty" !== data0){
const err2 = {instancePath:instancePath+"/generate",schemaPath:"#/properties/generate/const",keyword:"const",params:{allowedValue: "poverty"},message:"must be equal to constant",schema:"poverty",parentSchema:schema74.properties.generate,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.groups !== undefined){
let data1 = data.groups;
if(Array.isArray(data1)){
if(data1.length > 20){
const err3 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema74.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema74.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate89(data1[i0], {instancePath:instancePath+"/groups/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema74.properties.groups.type,parentSchema:schema74.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.columns !== undefined){
let data3 = data.columns;
if(Array.isArray(data3)){
if(data3.length > 50){
const err6 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema74.properties.columns,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema74.properties.columns,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate257(data3[i1], {instancePath:instancePath+"/columns/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate257.errors : vErrors.concat(validate257.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema74.properties.columns.type,parentSchema:schema74.properties.columns,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.blank_zero !== undefined){
let data5 = data.blank_zero;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/blank_zero",schemaPath:"#/properties/blank_zero/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.properties.blank_zero.type,parentSchema:schema74.properties.blank_zero,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.pad_small_counts !== undefined){
let data6 = data.pad_small_counts;
if(typeof data6 !== "boolean"){
const err10 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.properties.pad_small_counts.type,parentSchema:schema74.properties.pad_small_counts,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate255.errors = vErrors;
return errors === 0;
}
validate255.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"description":"Bảng số hộ thiếu hụt theo từng chỉ số của một nhóm, theo đơn vị.","type":"object","properties":{"generate":{"description":"Loại bảng: deprivation.","const":"deprivation"},"group":{"description":"Mã nhóm hộ, ví dụ poor.","$ref":"#/$defs/id"},"indicator_headers":{"description":"Tiêu đề cột các chỉ số: names (tên chỉ số, mặc định) hoặc numbers (số thứ tự chỉ số 1, 2…, kèm chú thích tên dưới bảng).","enum":["names","numbers"]},"blank_zero":{"description":"Ghi true để để trống ô có số 0 (và ô tỷ lệ của nó), như nhiều văn bản gốc. Mặc định: false (in 0).","type":"boolean"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03”) trong bảng này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["generate","group"],"additionalProperties":false};

function validate276(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate276.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generate"},message:"must have required property '"+"generate"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.group === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema79.required,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "generate") || (key0 === "group")) || (key0 === "indicator_headers")) || (key0 === "blank_zero")) || (key0 === "pad_small_counts"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.generate !== undefined){
let data0 = data.generate;
if("deprivation" !== data0){
const err3 = {instancePath:instancePath+"/generate",schemaPath:"#/properties/generate/const",keyword:"const",params:{allowedValue: "deprivation"},message:"must be equal to constant",schema:"deprivation",parentSchema:schema79.properties.generate,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.group !== undefined){
if(!(validate89(data.group, {instancePath:instancePath+"/group",parentData:data,parentDataProperty:"group",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.indicator_headers !== undefined){
let data2 = data.indicator_headers;
if(!((data2 === "names") || (data2 === "numbers"))){
const err4 = {instancePath:instancePath+"/indicator_headers",schemaPath:"#/properties/indicator_headers/enum",keyword:"enum",params:{allowedValues: schema79.properties.indicator_headers.enum},message:"must be equal to one of the allowed values",schema:schema79.properties.indicator_headers.enum,parentSchema:schema79.properties.indicator_headers,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.blank_zero !== undefined){
let data3 = data.blank_zero;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/blank_zero",schemaPath:"#/properties/blank_zero/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema79.properties.blank_zero.type,parentSchema:schema79.properties.blank_zero,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pad_small_counts !== undefined){
let data4 = data.pad_small_counts;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema79.properties.pad_small_counts.type,parentSchema:schema79.properties.pad_small_counts,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate276.errors = vErrors;
return errors === 0;
}
validate276.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = {"description":"Bảng các phần của một cách chia, theo đơn vị.","type":"object","properties":{"generate":{"description":"Loại bảng: breakdown.","const":"breakdown"},"breakdown":{"description":"Mã cách chia.","$ref":"#/$defs/id"},"blank_zero":{"description":"Ghi true để để trống ô có số 0 (và ô tỷ lệ của nó), như nhiều văn bản gốc. Mặc định: false (in 0).","type":"boolean"},"pad_small_counts":{"description":"Viết số đếm nhỏ hơn 10 có số 0 đứng trước (“03”) trong bảng này. Mặc định: theo format.pad_small_counts.","type":"boolean"}},"required":["generate","breakdown"],"additionalProperties":false};

function validate278(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate278.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generate"},message:"must have required property '"+"generate"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.breakdown === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "generate") || (key0 === "breakdown")) || (key0 === "blank_zero")) || (key0 === "pad_small_counts"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.generate !== undefined){
let data0 = data.generate;
if("breakdown" !== data0){
const err3 = {instancePath:instancePath+"/generate",schemaPath:"#/properties/generate/const",keyword:"const",params:{allowedValue: "breakdown"},message:"must be equal to constant",schema:"breakdown",parentSchema:schema80.properties.generate,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.breakdown !== undefined){
if(!(validate89(data.breakdown, {instancePath:instancePath+"/breakdown",parentData:data,parentDataProperty:"breakdown",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.blank_zero !== undefined){
let data2 = data.blank_zero;
if(typeof data2 !== "boolean"){
const err4 = {instancePath:instancePath+"/blank_zero",schemaPath:"#/properties/blank_zero/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema80.properties.blank_zero.type,parentSchema:schema80.properties.blank_zero,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.pad_small_counts !== undefined){
let data3 = data.pad_small_counts;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/pad_small_counts",schemaPath:"#/properties/pad_small_counts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema80.properties.pad_small_counts.type,parentSchema:schema80.properties.pad_small_counts,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate278.errors = vErrors;
return errors === 0;
}
validate278.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"description":"Bảng danh mục nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp, thời gian hoàn thành, sản phẩm (và kinh phí khi có), theo nhóm.","type":"object","properties":{"generate":{"description":"Loại bảng: tasks.","const":"tasks"}},"required":["generate"],"additionalProperties":false};

function validate280(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate280.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generate"},message:"must have required property '"+"generate"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "generate")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.generate !== undefined){
let data0 = data.generate;
if("tasks" !== data0){
const err2 = {instancePath:instancePath+"/generate",schemaPath:"#/properties/generate/const",keyword:"const",params:{allowedValue: "tasks"},message:"must be equal to constant",schema:"tasks",parentSchema:schema81.properties.generate,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate280.errors = vErrors;
return errors === 0;
}
validate280.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate254.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generate === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generate"},message:"must have required property '"+"generate"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.generate !== undefined){
let data0 = data.generate;
if(!((((data0 === "poverty") || (data0 === "deprivation")) || (data0 === "breakdown")) || (data0 === "tasks"))){
const err1 = {instancePath:instancePath+"/generate",schemaPath:"#/properties/generate/enum",keyword:"enum",params:{allowedValues: schema73.properties.generate.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.generate.enum,parentSchema:schema73.properties.generate,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
const tag0 = data.generate;
if(typeof tag0 == "string"){
if(tag0 === "poverty"){
if(!(validate255(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate255.errors : vErrors.concat(validate255.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "deprivation"){
if(!(validate276(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate276.errors : vErrors.concat(validate276.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "breakdown"){
if(!(validate278(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate278.errors : vErrors.concat(validate278.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "tasks"){
if(!(validate280(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err2 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "generate", tagValue: tag0},message:"value of tag \"generate\" must be in oneOf",schema:schema73.discriminator,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "generate", tagValue: tag0},message:"tag \"generate\" must be string",schema:schema73.discriminator,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate254.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate254.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema82 = {"description":"Bảng tự ghi: các dòng tiêu đề và các dòng dữ liệu.","type":"object","properties":{"header":{"description":"Các dòng tiêu đề; nhiều dòng để làm tiêu đề nhiều cấp (gộp ô bằng colspan, rowspan).","type":"array","maxItems":10,"minItems":1,"items":{"$ref":"#/$defs/row"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"rows":{"description":"Các dòng dữ liệu.","type":"array","maxItems":5000,"items":{"$ref":"#/$defs/row"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"widths":{"description":"Độ rộng tương đối của từng cột, ví dụ [1, 6, 2, 2].","type":"array","maxItems":50,"items":{"description":"Độ rộng tương đối, lớn hơn 0.","type":"number","exclusiveMinimum":0,"maximum":1000},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"align":{"description":"Căn lề từng cột: left, center, right.","type":"array","maxItems":50,"items":{"$ref":"#/$defs/align"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"index_row":{"description":"Ghi true để thêm dòng đánh số cột (A, B, 1, 2…) dưới tiêu đề.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"total_label":{"description":"Thêm dòng cộng các cột số, với nhãn này, ví dụ “Tổng cộng”.","$ref":"#/$defs/text"}},"required":["header","rows"],"additionalProperties":false};
const schema83 = {"description":"Một dòng của bảng: danh sách các ô.","type":"array","maxItems":50,"items":{"$ref":"#/$defs/cell"},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."};
const schema84 = {"description":"Một ô: chữ, số (viết liền, thập phân sau dấu chấm: 1250, 1.25; không đặt trong ngoặc kép), để trống (null), hoặc text kèm gộp ô, căn lề, in đậm.","type":["string","number","null","object"],"maxLength":20000,"minimum":-1000000000000000,"maximum":1000000000000000,"properties":{"text":{"description":"Nội dung ô.","type":["string","number"],"maxLength":20000,"minimum":-1000000000000000,"maximum":1000000000000000},"colspan":{"description":"Số cột gộp (từ 1).","type":"integer","minimum":1,"maximum":50,"errorMessage":"Ghi một số nguyên, viết liền, ví dụ 2024."},"rowspan":{"description":"Số dòng gộp (từ 1).","type":"integer","minimum":1,"maximum":5000,"errorMessage":"Ghi một số nguyên, viết liền, ví dụ 2024."},"align":{"description":"Căn lề của ô.","$ref":"#/$defs/align"},"bold":{"description":"Ghi true để in đậm.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."}},"required":["text"],"additionalProperties":false};
const schema85 = {"description":"Căn lề: left (trái), center (giữa), right (phải).","enum":["left","center","right"],"errorMessage":"Chọn một trong: left, center, right."};

function validate289(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate289.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((data === "left") || (data === "center")) || (data === "right"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema85.enum},message:"must be equal to one of the allowed values",schema:schema85.enum,parentSchema:schema85,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate289.errors = vErrors;
return errors === 0;
}
validate289.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate288(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate288.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))) && (data !== null)) && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema84.type},message:"must be string,number,null,object",schema:schema84.type,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 1000000000000000 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < -1000000000000000 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data === "string"){
if(data.length > 20000){
const err3 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema84.required,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "text") || (key0 === "colspan")) || (key0 === "rowspan")) || (key0 === "align")) || (key0 === "bold"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: schema84.properties.text.type},message:"must be string,number",schema:schema84.properties.text.type,parentSchema:schema84.properties.text,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000000000000 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema84.properties.text,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0 < -1000000000000000 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema84.properties.text,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(typeof data0 === "string"){
if(data0.length > 20000){
const err9 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema84.properties.text,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.colspan !== undefined){
let data1 = data.colspan;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err10 = {instancePath:instancePath+"/colspan",schemaPath:"#/properties/colspan/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema84.properties.colspan.type,parentSchema:schema84.properties.colspan,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 50 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/colspan",schemaPath:"#/properties/colspan/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema84.properties.colspan,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/colspan",schemaPath:"#/properties/colspan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema84.properties.colspan,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.rowspan !== undefined){
let data2 = data.rowspan;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/rowspan",schemaPath:"#/properties/rowspan/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema84.properties.rowspan.type,parentSchema:schema84.properties.rowspan,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 5000 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/rowspan",schemaPath:"#/properties/rowspan/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema84.properties.rowspan,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/rowspan",schemaPath:"#/properties/rowspan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema84.properties.rowspan,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.align !== undefined){
if(!(validate289(data.align, {instancePath:instancePath+"/align",parentData:data,parentDataProperty:"align",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate289.errors : vErrors.concat(validate289.errors);
errors = vErrors.length;
}
}
if(data.bold !== undefined){
let data4 = data.bold;
if(typeof data4 !== "boolean"){
const err16 = {instancePath:instancePath+"/bold",schemaPath:"#/properties/bold/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.bold.type,parentSchema:schema84.properties.bold,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
validate288.errors = vErrors;
return errors === 0;
}
validate288.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate287.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 50){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate288(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate288.errors : vErrors.concat(validate288.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate287.errors = vErrors;
return errors === 0;
}
validate287.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate286(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate286.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.header === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rows === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "header") || (key0 === "rows")) || (key0 === "widths")) || (key0 === "align")) || (key0 === "index_row")) || (key0 === "total_label"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.header !== undefined){
let data0 = data.header;
if(Array.isArray(data0)){
if(data0.length > 10){
const err3 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema82.properties.header,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema82.properties.header,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate287(data0[i0], {instancePath:instancePath+"/header/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate287.errors : vErrors.concat(validate287.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.header.type,parentSchema:schema82.properties.header,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rows !== undefined){
let data2 = data.rows;
if(Array.isArray(data2)){
if(data2.length > 5000){
const err6 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema82.properties.rows,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate287(data2[i1], {instancePath:instancePath+"/rows/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate287.errors : vErrors.concat(validate287.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.rows.type,parentSchema:schema82.properties.rows,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.widths !== undefined){
let data4 = data.widths;
if(Array.isArray(data4)){
if(data4.length > 50){
const err8 = {instancePath:instancePath+"/widths",schemaPath:"#/properties/widths/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema82.properties.widths,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/widths/" + i2,schemaPath:"#/properties/widths/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema82.properties.widths.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/widths/" + i2,schemaPath:"#/properties/widths/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema82.properties.widths.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/widths/" + i2,schemaPath:"#/properties/widths/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema82.properties.widths.items.type,parentSchema:schema82.properties.widths.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/widths",schemaPath:"#/properties/widths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.widths.type,parentSchema:schema82.properties.widths,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.align !== undefined){
let data6 = data.align;
if(Array.isArray(data6)){
if(data6.length > 50){
const err13 = {instancePath:instancePath+"/align",schemaPath:"#/properties/align/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema82.properties.align,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate289(data6[i3], {instancePath:instancePath+"/align/" + i3,parentData:data6,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate289.errors : vErrors.concat(validate289.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/align",schemaPath:"#/properties/align/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.align.type,parentSchema:schema82.properties.align,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.index_row !== undefined){
let data8 = data.index_row;
if(typeof data8 !== "boolean"){
const err15 = {instancePath:instancePath+"/index_row",schemaPath:"#/properties/index_row/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema82.properties.index_row.type,parentSchema:schema82.properties.index_row,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.total_label !== undefined){
if(!(validate54(data.total_label, {instancePath:instancePath+"/total_label",parentData:data,parentDataProperty:"total_label",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate286.errors = vErrors;
return errors === 0;
}
validate286.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate253(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate253.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.generate === undefined) && (missing0 = "generate")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate254(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate254.errors : vErrors.concat(validate254.errors);
errors = vErrors.length;
}
else {
var props0 = validate254.evaluated.props;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate286(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate286.errors : vErrors.concat(validate286.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema72.if,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate253.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate253.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate252.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.table === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "table")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.table !== undefined){
if(!(validate253(data.table, {instancePath:instancePath+"/table",parentData:data,parentDataProperty:"table",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate253.errors : vErrors.concat(validate253.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate252.errors = vErrors;
return errors === 0;
}
validate252.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema86 = {"description":"Các nhiệm vụ (khai ở tasks), in thành danh sách, mỗi nhiệm vụ kèm cơ quan chủ trì, phối hợp, thời gian hoàn thành và sản phẩm.","type":"object","properties":{"tasks":{"description":"Mã các nhiệm vụ hoặc nhóm nhiệm vụ, hoặc “all” để in mọi nhiệm vụ theo thứ tự khai báo.","type":["array","string"],"maxItems":2000,"items":{"$ref":"#/$defs/agencyId"},"if":{"type":"string"},"then":{"const":"all"}},"style":{"description":"Cách trình bày: bullets (gạch đầu dòng “-”, mặc định) hoặc numbered (đánh số 1., 2. …).","enum":["bullets","numbered"],"errorMessage":"Chọn một trong: bullets, numbered."}},"required":["tasks"],"additionalProperties":false};

function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate299.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tasks === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema86.required,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "tasks") || (key0 === "style"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tasks !== undefined){
let data0 = data.tasks;
if((!(Array.isArray(data0))) && (typeof data0 !== "string")){
const err2 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: schema86.properties.tasks.type},message:"must be array,string",schema:schema86.properties.tasks.type,parentSchema:schema86.properties.tasks,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs4 = errors;
let valid1 = true;
const _errs5 = errors;
if(typeof data0 !== "string"){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs7 = errors;
if("all" !== data0){
const err4 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/then/const",keyword:"const",params:{allowedValue: "all"},message:"must be equal to constant",schema:"all",parentSchema:schema86.properties.tasks.then,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema86.properties.tasks.if,parentSchema:schema86.properties.tasks,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Array.isArray(data0)){
if(data0.length > 2000){
const err6 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items",schema:2000,parentSchema:schema86.properties.tasks,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate208(data0[i0], {instancePath:instancePath+"/tasks/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
}
}
if(data.style !== undefined){
let data2 = data.style;
if(!((data2 === "bullets") || (data2 === "numbered"))){
const err7 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema86.properties.style.enum},message:"must be equal to one of the allowed values",schema:schema86.properties.style.enum,parentSchema:schema86.properties.style,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate299.errors = vErrors;
return errors === 0;
}
validate299.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema87 = {"description":"Câu dẫn tới một phụ lục, ví dụ “(Chi tiết tại Phụ lục I kèm theo Kế hoạch này)”: số phụ lục tự điền theo thứ tự.","type":"object","properties":{"appendix":{"description":"Mã (id) của phụ lục được dẫn, khai báo ở appendices.","$ref":"#/$defs/id"}},"required":["appendix"],"additionalProperties":false};

function validate302(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate302.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.appendix === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appendix"},message:"must have required property '"+"appendix"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "appendix")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.appendix !== undefined){
if(!(validate89(data.appendix, {instancePath:instancePath+"/appendix",parentData:data,parentDataProperty:"appendix",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate302.errors = vErrors;
return errors === 0;
}
validate302.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"description":"Nhóm khóa không thuộc loại khối nội dung nào.","type":"object","properties":{"bullets":{"description":"Danh sách gạch đầu dòng."},"target":{"description":"Mã một chỉ tiêu, in thành đoạn văn."},"targets":{"description":"Danh sách mã chỉ tiêu, hoặc “all”."},"template":{"description":"Tên một mẫu câu trong thư mục templates/."},"pad_small_counts":{"description":"Số 0 đứng trước số đếm nhỏ (đi cùng template)."},"table":{"description":"Một bảng."},"tasks":{"description":"Mã các nhiệm vụ, hoặc “all”."},"appendix":{"description":"Mã một phụ lục, in thành câu dẫn tới phụ lục đó."}},"minProperties":1,"additionalProperties":false};

function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate305.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "bullets") || (key0 === "target")) || (key0 === "targets")) || (key0 === "template")) || (key0 === "pad_small_counts")) || (key0 === "table")) || (key0 === "tasks")) || (key0 === "appendix"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate305.errors = vErrors;
return errors === 0;
}
validate305.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate234(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate234.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.bullets === undefined) && (missing0 = "bullets")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate235(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate235.errors : vErrors.concat(validate235.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
const _errs5 = errors;
let valid1 = true;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.target === undefined) && (missing1 = "target")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid1 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs7 = errors;
if(!(validate241(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate241.errors : vErrors.concat(validate241.errors);
errors = vErrors.length;
}
var _valid1 = _errs7 === errors;
valid1 = _valid1;
if(valid1){
var props1 = true;
}
ifClause1 = "then";
}
else {
const _errs8 = errors;
const _errs9 = errors;
let valid2 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.targets === undefined) && (missing2 = "targets")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid2 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs11 = errors;
if(!(validate244(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
errors = vErrors.length;
}
var _valid2 = _errs11 === errors;
valid2 = _valid2;
if(valid2){
var props2 = true;
}
ifClause2 = "then";
}
else {
const _errs12 = errors;
const _errs13 = errors;
let valid3 = true;
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.template === undefined) && (missing3 = "template")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid3 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs15 = errors;
if(!(validate247(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate247.errors : vErrors.concat(validate247.errors);
errors = vErrors.length;
}
var _valid3 = _errs15 === errors;
valid3 = _valid3;
if(valid3){
var props3 = true;
}
ifClause3 = "then";
}
else {
const _errs16 = errors;
const _errs17 = errors;
let valid4 = true;
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.table === undefined) && (missing4 = "table")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid4 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid4){
const _errs19 = errors;
if(!(validate252(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
errors = vErrors.length;
}
var _valid4 = _errs19 === errors;
valid4 = _valid4;
if(valid4){
var props4 = true;
}
ifClause4 = "then";
}
else {
const _errs20 = errors;
const _errs21 = errors;
let valid5 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.tasks === undefined) && (missing5 = "tasks")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid5 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid5){
const _errs23 = errors;
if(!(validate299(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
errors = vErrors.length;
}
var _valid5 = _errs23 === errors;
valid5 = _valid5;
if(valid5){
var props5 = true;
}
ifClause5 = "then";
}
else {
const _errs24 = errors;
const _errs25 = errors;
let valid6 = true;
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.appendix === undefined) && (missing6 = "appendix")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid6 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
let ifClause6;
if(_valid6){
const _errs27 = errors;
if(!(validate302(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
errors = vErrors.length;
}
var _valid6 = _errs27 === errors;
valid6 = _valid6;
if(valid6){
var props6 = true;
}
ifClause6 = "then";
}
else {
const _errs28 = errors;
if(!(validate305(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate305.errors : vErrors.concat(validate305.errors);
errors = vErrors.length;
}
var _valid6 = _errs28 === errors;
valid6 = _valid6;
if(valid6){
if(props6 !== true){
props6 = true;
}
}
ifClause6 = "else";
}
if(!valid6){
const err8 = {instancePath,schemaPath:"#/else/else/else/else/else/else/if",keyword:"if",params:{failingKeyword: ifClause6},message:"must match \""+ifClause6+"\" schema",schema:schema65.else.else.else.else.else.else.if,parentSchema:schema65.else.else.else.else.else.else,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid5 = _errs24 === errors;
valid5 = _valid5;
if(valid5){
if(props5 !== true && props6 !== undefined){
if(props6 === true){
props5 = true;
}
else {
props5 = props5 || {};
Object.assign(props5, props6);
}
}
}
ifClause5 = "else";
}
if(!valid5){
const err9 = {instancePath,schemaPath:"#/else/else/else/else/else/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema65.else.else.else.else.else.if,parentSchema:schema65.else.else.else.else.else,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid4 = _errs20 === errors;
valid4 = _valid4;
if(valid4){
if(props4 !== true && props5 !== undefined){
if(props5 === true){
props4 = true;
}
else {
props4 = props4 || {};
Object.assign(props4, props5);
}
}
}
ifClause4 = "else";
}
if(!valid4){
const err10 = {instancePath,schemaPath:"#/else/else/else/else/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema65.else.else.else.else.if,parentSchema:schema65.else.else.else.else,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs16 === errors;
valid3 = _valid3;
if(valid3){
if(props3 !== true && props4 !== undefined){
if(props4 === true){
props3 = true;
}
else {
props3 = props3 || {};
Object.assign(props3, props4);
}
}
}
ifClause3 = "else";
}
if(!valid3){
const err11 = {instancePath,schemaPath:"#/else/else/else/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema65.else.else.else.if,parentSchema:schema65.else.else.else,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs12 === errors;
valid2 = _valid2;
if(valid2){
if(props2 !== true && props3 !== undefined){
if(props3 === true){
props2 = true;
}
else {
props2 = props2 || {};
Object.assign(props2, props3);
}
}
}
ifClause2 = "else";
}
if(!valid2){
const err12 = {instancePath,schemaPath:"#/else/else/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema65.else.else.if,parentSchema:schema65.else.else,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs8 === errors;
valid1 = _valid1;
if(valid1){
if(props1 !== true && props2 !== undefined){
if(props2 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props2);
}
}
}
ifClause1 = "else";
}
if(!valid1){
const err13 = {instancePath,schemaPath:"#/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema65.else.if,parentSchema:schema65.else,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
}
ifClause0 = "else";
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema65.if,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate234.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate234.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate233(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate233.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema64.type},message:"must be string,object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(!(validate234(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate234.errors : vErrors.concat(validate234.errors);
errors = vErrors.length;
}
else {
var props0 = validate234.evaluated.props;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema64.if,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data === "string"){
if(data.length > 20000){
const err3 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate233.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate233.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate232.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 1000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate233(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate232.errors = vErrors;
return errors === 0;
}
validate232.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const wrapper0 = {validate: validate230};

function validate230(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate230.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "title") || (key0 === "content")) || (key0 === "sections")) || (key0 === "assignments")) || (key0 === "reporting")) || (key0 === "numbering"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.title !== undefined){
if(!(validate54(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.content !== undefined){
if(!(validate232(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
if(data.sections !== undefined){
let data2 = data.sections;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err1 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema62.properties.sections,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data2[i0], {instancePath:instancePath+"/sections/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.sections.type,parentSchema:schema62.properties.sections,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.assignments !== undefined){
let data4 = data.assignments;
if(typeof data4 !== "boolean"){
const err3 = {instancePath:instancePath+"/assignments",schemaPath:"#/properties/assignments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.assignments.type,parentSchema:schema62.properties.assignments,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reporting !== undefined){
let data5 = data.reporting;
if(typeof data5 !== "boolean"){
const err4 = {instancePath:instancePath+"/reporting",schemaPath:"#/properties/reporting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.reporting.type,parentSchema:schema62.properties.reporting,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.numbering !== undefined){
if(!(validate84(data.numbering, {instancePath:instancePath+"/numbering",parentData:data,parentDataProperty:"numbering",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate230.errors = vErrors;
return errors === 0;
}
validate230.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"description":"Nhiệm vụ giao cho một cơ quan, đơn vị.","type":"object","properties":{"agency":{"description":"Cơ quan, đơn vị: mã một cơ quan khai ở agencies (ví dụ vhxh), hoặc tên viết đầy đủ, ví dụ “Phòng Văn hóa - Xã hội”, “Ủy ban MTTQ phường và các đoàn thể”.","$ref":"#/$defs/text"},"role":{"description":"Vai trò: chu_tri (chủ trì), phoi_hop (phối hợp), de_nghi (đề nghị, với cơ quan ngoài quyền chỉ đạo như Ủy ban MTTQ, các đoàn thể). Bắt buộc khi agency là tên; khi agency là mã cơ quan đã khai thì có thể bỏ (lấy theo directed).","enum":["chu_tri","phoi_hop","de_nghi"],"errorMessage":"Chọn một trong: chu_tri, phoi_hop, de_nghi."},"tasks":{"description":"Các nhiệm vụ.","$ref":"#/$defs/blocks"}},"required":["agency","tasks"],"additionalProperties":false,"defaultSnippets":[{"label":"phân công","description":"Nhiệm vụ giao cho một cơ quan","body":{"agency":"${1:vhxh}","role":"${2|chu_tri,phoi_hop,de_nghi|}","tasks":["${3:Nhiệm vụ được giao.}"]}}],"markdownDescription":"Nhiệm vụ giao cho một cơ quan, đơn vị: `agency` là mã khai ở `agencies` hoặc tên đầy đủ.\n\n```yaml\n- agency: Ủy ban MTTQ phường và các đoàn thể\n  role: de_nghi\n  tasks:\n    - Tuyên truyền, vận động hội viên tham gia giảm nghèo.\n```"};

function validate312(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate312.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agency === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"},message:"must have required property '"+"agency"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tasks === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema89.required,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "agency") || (key0 === "role")) || (key0 === "tasks"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.agency !== undefined){
if(!(validate54(data.agency, {instancePath:instancePath+"/agency",parentData:data,parentDataProperty:"agency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(!(((data1 === "chu_tri") || (data1 === "phoi_hop")) || (data1 === "de_nghi"))){
const err3 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema89.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.role.enum,parentSchema:schema89.properties.role,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tasks !== undefined){
if(!(validate232(data.tasks, {instancePath:instancePath+"/tasks",parentData:data,parentDataProperty:"tasks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate312.errors = vErrors;
return errors === 0;
}
validate312.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"description":"Kinh phí thực hiện.","type":"object","properties":{"unit":{"description":"Đơn vị tiền của các số ghi ở đây: đồng (mặc định), nghìn đồng, triệu đồng.","enum":["đồng","nghìn đồng","triệu đồng"],"errorMessage":"Chọn một trong: đồng, nghìn đồng, triệu đồng."},"sources":{"description":"Các nguồn kinh phí.","type":"array","maxItems":100,"minItems":1,"items":{"description":"Một nguồn kinh phí.","type":"object","properties":{"name":{"description":"Tên nguồn, ví dụ “Ngân sách phường”.","$ref":"#/$defs/text"},"amount":{"description":"Số tiền, theo đơn vị ở khóa unit; viết liền, phần thập phân sau dấu chấm (ghi 350000000 hoặc 1.25, không ghi 350.000.000).","type":"number","minimum":0,"maximum":1000000000000000,"errorMessage":"Ghi một số, dấu chấm thập phân, không dấu ngăn cách hàng nghìn, ví dụ 1250 hoặc 1.5."}},"required":["name","amount"],"additionalProperties":false},"errorMessage":"Ghi một danh sách: mỗi mục một dòng bắt đầu bằng “- ” (hoặc [a, b] trên một dòng)."},"note":{"description":"Ghi chú sau dòng tổng kinh phí.","$ref":"#/$defs/text"}},"required":["sources"],"additionalProperties":false};

function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate316.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "unit") || (key0 === "sources")) || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.unit !== undefined){
let data0 = data.unit;
if(!(((data0 === "đồng") || (data0 === "nghìn đồng")) || (data0 === "triệu đồng"))){
const err2 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema90.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema90.properties.unit.enum,parentSchema:schema90.properties.unit,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sources !== undefined){
let data1 = data.sources;
if(Array.isArray(data1)){
if(data1.length > 100){
const err3 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema90.properties.sources,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.sources,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err5 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema90.properties.sources.items.required,parentSchema:schema90.properties.sources.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.amount === undefined){
const err6 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema90.properties.sources.items.required,parentSchema:schema90.properties.sources.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "name") || (key1 === "amount"))){
const err7 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.sources.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.name !== undefined){
if(!(validate54(data2.name, {instancePath:instancePath+"/sources/" + i0+"/name",parentData:data2,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data2.amount !== undefined){
let data4 = data2.amount;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000000 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/sources/" + i0+"/amount",schemaPath:"#/properties/sources/items/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema90.properties.sources.items.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/sources/" + i0+"/amount",schemaPath:"#/properties/sources/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema90.properties.sources.items.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/sources/" + i0+"/amount",schemaPath:"#/properties/sources/items/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema90.properties.sources.items.properties.amount.type,parentSchema:schema90.properties.sources.items.properties.amount,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.sources.items.type,parentSchema:schema90.properties.sources.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.sources.type,parentSchema:schema90.properties.sources,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.note !== undefined){
if(!(validate54(data.note, {instancePath:instancePath+"/note",parentData:data,parentDataProperty:"note",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate316.errors = vErrors;
return errors === 0;
}
validate316.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema91 = {"description":"Một nơi nhận: chuỗi, hoặc text kèm report (B/c) hay execute (T/h).","type":["string","object"],"maxLength":20000,"pattern":"\\S","properties":{"text":{"description":"Tên nơi nhận, ví dụ “UBND thị xã Việt Yên”.","$ref":"#/$defs/text"},"report":{"description":"Ghi true để thêm “(B/c)”: gửi để báo cáo.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."},"execute":{"description":"Ghi true để thêm “(T/h)”: gửi để thực hiện.","type":"boolean","errorMessage":"Ghi true (có) hoặc false (không)."}},"required":["text"],"additionalProperties":false};

function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate322.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema91.type},message:"must be string,object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(data.length > 20000){
const err1 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern3.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "report")) || (key0 === "execute"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.text !== undefined){
if(!(validate54(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.report !== undefined){
let data1 = data.report;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema91.properties.report.type,parentSchema:schema91.properties.report,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.execute !== undefined){
let data2 = data.execute;
if(typeof data2 !== "boolean"){
const err6 = {instancePath:instancePath+"/execute",schemaPath:"#/properties/execute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema91.properties.execute.type,parentSchema:schema91.properties.execute,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate322.errors = vErrors;
return errors === 0;
}
validate322.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"description":"Chữ ký.","type":"object","properties":{"authority":{"description":"Thẩm quyền ký: TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền). Bỏ trống khi người đứng đầu ký.","enum":["TM.","KT.","Q.","TL.","TUQ."],"errorMessage":"Chọn một trong: TM., KT., Q., TL., TUQ.."},"on_behalf_of":{"description":"Với TM.: tập thể (“Ủy ban nhân dân”); với KT., Q., TL., TUQ.: người đứng đầu (“Chủ tịch”, “Giám đốc”). Bắt buộc với KT., Q., TL., TUQ.","$ref":"#/$defs/text"},"collective":{"description":"Tập thể mà người ký thay mặt (dòng “TM. …” trên cùng), ví dụ “Ủy ban nhân dân”. Dùng cùng authority: KT. để có ba dòng “TM. ỦY BAN NHÂN DÂN” / “KT. CHỦ TỊCH” / “PHÓ CHỦ TỊCH”; cùng Q. để có “TM. ỦY BAN NHÂN DÂN” / “Q. CHỦ TỊCH”.","$ref":"#/$defs/text"},"title":{"description":"Chức vụ của người ký, ví dụ “Phó Chủ tịch”. Bắt buộc, trừ khi authority là Q. (khi đó chỉ in “Q. CHỦ TỊCH”, không in chức vụ).","$ref":"#/$defs/text"},"signer":{"description":"Họ và tên người ký.","$ref":"#/$defs/text"}},"required":["signer"],"additionalProperties":false};

function validate326(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate326.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signer"},message:"must have required property '"+"signer"+"'",schema:schema92.required,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "authority") || (key0 === "on_behalf_of")) || (key0 === "collective")) || (key0 === "title")) || (key0 === "signer"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.authority !== undefined){
let data0 = data.authority;
if(!(((((data0 === "TM.") || (data0 === "KT.")) || (data0 === "Q.")) || (data0 === "TL.")) || (data0 === "TUQ."))){
const err2 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/enum",keyword:"enum",params:{allowedValues: schema92.properties.authority.enum},message:"must be equal to one of the allowed values",schema:schema92.properties.authority.enum,parentSchema:schema92.properties.authority,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.on_behalf_of !== undefined){
if(!(validate54(data.on_behalf_of, {instancePath:instancePath+"/on_behalf_of",parentData:data,parentDataProperty:"on_behalf_of",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.collective !== undefined){
if(!(validate54(data.collective, {instancePath:instancePath+"/collective",parentData:data,parentDataProperty:"collective",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.title !== undefined){
if(!(validate54(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.signer !== undefined){
if(!(validate54(data.signer, {instancePath:instancePath+"/signer",parentData:data,parentDataProperty:"signer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate326.errors = vErrors;
return errors === 0;
}
validate326.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema93 = {"description":"Một phụ lục kèm theo kế hoạch. Nội dung kế hoạch phải dẫn tới từng phụ lục (ghi “Phụ lục I” trong câu, hoặc dùng khối { appendix: mã }).","type":"object","properties":{"id":{"description":"Mã của phụ lục, để dẫn tới nó bằng khối nội dung { appendix: mã }, ví dụ ho-ngheo.","$ref":"#/$defs/id"},"title":{"description":"Tên phụ lục.","$ref":"#/$defs/text"},"orientation":{"description":"Hướng trang: portrait (đứng) hoặc landscape (ngang, cho bảng rộng).","enum":["portrait","landscape"],"errorMessage":"Chọn một trong: portrait, landscape."},"intro":{"description":"Đoạn văn trước bảng.","$ref":"#/$defs/text"},"table":{"description":"Bảng của phụ lục.","$ref":"#/$defs/table"},"note":{"description":"Ghi chú dưới bảng.","$ref":"#/$defs/text"}},"required":["title","table"],"additionalProperties":false};

function validate332(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate332.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.table === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "title")) || (key0 === "orientation")) || (key0 === "intro")) || (key0 === "table")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate89(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
if(data.title !== undefined){
if(!(validate54(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.orientation !== undefined){
let data2 = data.orientation;
if(!((data2 === "portrait") || (data2 === "landscape"))){
const err3 = {instancePath:instancePath+"/orientation",schemaPath:"#/properties/orientation/enum",keyword:"enum",params:{allowedValues: schema93.properties.orientation.enum},message:"must be equal to one of the allowed values",schema:schema93.properties.orientation.enum,parentSchema:schema93.properties.orientation,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.intro !== undefined){
if(!(validate54(data.intro, {instancePath:instancePath+"/intro",parentData:data,parentDataProperty:"intro",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.table !== undefined){
if(!(validate253(data.table, {instancePath:instancePath+"/table",parentData:data,parentDataProperty:"table",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate253.errors : vErrors.concat(validate253.errors);
errors = vErrors.length;
}
}
if(data.note !== undefined){
if(!(validate54(data.note, {instancePath:instancePath+"/note",parentData:data,parentDataProperty:"note",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate332.errors = vErrors;
return errors === 0;
}
validate332.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:kehoach:plan:1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kehoach === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kehoach"},message:"must have required property '"+"kehoach"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.document === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sections === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.closing === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "closing"},message:"must have required property '"+"closing"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.recipients === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.archive === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "archive"},message:"must have required property '"+"archive"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.signature === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signature"},message:"must have required property '"+"signature"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema19.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kehoach !== undefined){
let data0 = data.kehoach;
if(1 !== data0){
const err8 = {instancePath:instancePath+"/kehoach",schemaPath:"#/properties/kehoach/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema19.properties.kehoach,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.document !== undefined){
if(!(validate53(data.document, {instancePath:instancePath+"/document",parentData:data,parentDataProperty:"document",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.page !== undefined){
if(!(validate81(data.page, {instancePath:instancePath+"/page",parentData:data,parentDataProperty:"page",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.format !== undefined){
if(!(validate83(data.format, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.statistics !== undefined){
if(!(validate87(data.statistics, {instancePath:instancePath+"/statistics",parentData:data,parentDataProperty:"statistics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.targets !== undefined){
let data5 = data.targets;
if(Array.isArray(data5)){
if(data5.length > 500){
const err9 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema19.properties.targets,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate134(data5[i0], {instancePath:instancePath+"/targets/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.targets.type,parentSchema:schema19.properties.targets,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.agencies !== undefined){
let data7 = data.agencies;
if(Array.isArray(data7)){
if(data7.length > 500){
const err11 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema19.properties.agencies,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate207(data7[i1], {instancePath:instancePath+"/agencies/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.agencies.type,parentSchema:schema19.properties.agencies,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.tasks !== undefined){
let data9 = data.tasks;
if(Array.isArray(data9)){
if(data9.length > 2000){
const err13 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items",schema:2000,parentSchema:schema19.properties.tasks,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate213(data9[i2], {instancePath:instancePath+"/tasks/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate213.errors : vErrors.concat(validate213.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.tasks.type,parentSchema:schema19.properties.tasks,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.sections !== undefined){
let data11 = data.sections;
if(Array.isArray(data11)){
if(data11.length > 1000){
const err15 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema19.properties.sections,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data11.length < 1){
const err16 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.sections,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
if(!(validate230(data11[i3], {instancePath:instancePath+"/sections/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate230.errors : vErrors.concat(validate230.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.sections.type,parentSchema:schema19.properties.sections,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.assignments !== undefined){
let data13 = data.assignments;
if(Array.isArray(data13)){
if(data13.length > 500){
const err18 = {instancePath:instancePath+"/assignments",schemaPath:"#/properties/assignments/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema19.properties.assignments,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
if(!(validate312(data13[i4], {instancePath:instancePath+"/assignments/" + i4,parentData:data13,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/assignments",schemaPath:"#/properties/assignments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.assignments.type,parentSchema:schema19.properties.assignments,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.budget !== undefined){
if(!(validate316(data.budget, {instancePath:instancePath+"/budget",parentData:data,parentDataProperty:"budget",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate316.errors : vErrors.concat(validate316.errors);
errors = vErrors.length;
}
}
if(data.reporting !== undefined){
if(!(validate232(data.reporting, {instancePath:instancePath+"/reporting",parentData:data,parentDataProperty:"reporting",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
errors = vErrors.length;
}
}
if(data.closing !== undefined){
if(!(validate54(data.closing, {instancePath:instancePath+"/closing",parentData:data,parentDataProperty:"closing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.recipients !== undefined){
let data18 = data.recipients;
if(Array.isArray(data18)){
if(data18.length > 200){
const err20 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema19.properties.recipients,data:data18};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data18.length < 1){
const err21 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.recipients,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
if(!(validate322(data18[i5], {instancePath:instancePath+"/recipients/" + i5,parentData:data18,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.recipients.type,parentSchema:schema19.properties.recipients,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.archive !== undefined){
if(!(validate54(data.archive, {instancePath:instancePath+"/archive",parentData:data,parentDataProperty:"archive",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.signature !== undefined){
if(!(validate326(data.signature, {instancePath:instancePath+"/signature",parentData:data,parentDataProperty:"signature",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate326.errors : vErrors.concat(validate326.errors);
errors = vErrors.length;
}
}
if(data.appendices !== undefined){
let data22 = data.appendices;
if(Array.isArray(data22)){
if(data22.length > 100){
const err23 = {instancePath:instancePath+"/appendices",schemaPath:"#/properties/appendices/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema19.properties.appendices,data:data22};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len6 = data22.length;
for(let i6=0; i6<len6; i6++){
if(!(validate332(data22[i6], {instancePath:instancePath+"/appendices/" + i6,parentData:data22,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate332.errors : vErrors.concat(validate332.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/appendices",schemaPath:"#/properties/appendices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.appendices.type,parentSchema:schema19.properties.appendices,data:data22};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.templates !== undefined){
if(!(validate54(data.templates, {instancePath:instancePath+"/templates",parentData:data,parentDataProperty:"templates",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
