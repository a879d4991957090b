// Messages of the stats stage, by diagnostic code, in Vietnamese and English.
// Placeholders {name} are filled from the diagnostic's params. A figure whose spelling depends on
// the language comes twice: {right} "0,35" for Vietnamese and {rightEn} "0.35" for English (see
// params.ts); likewise {what}/{whatEn} and {kind}/{kindEn}.

import type { MessageTable } from "../diagnostics/types.js";

export const STATS_MESSAGES: MessageTable = {
  // ---------------------------------------------------------------- declarations
  "stats.unknown-standard": {
    vi: 'Không có chuẩn nghèo "{standard}". Các chuẩn nghèo có sẵn: {known}.',
    en: 'Unknown poverty standard "{standard}". Available standards: {known}.',
    hintVi:
      'Ghi statistics.standard bằng một trong các tên trên, ví dụ "nd-07-2021" (Nghị định số 07/2021/NĐ-CP).',
    hintEn:
      'Set statistics.standard to one of the names above, e.g. "nd-07-2021" (Decree 07/2021/NĐ-CP).',
  },
  "stats.standard-period": {
    vi: "Kế hoạch cho năm {planPeriod} nhưng dùng chuẩn nghèo theo {standardName}, áp dụng cho giai đoạn {from}-{to}.",
    en: "The plan covers {planPeriod} but uses the poverty standard of {standardName}, which applies to {from}-{to}.",
    hintVi:
      "Kiểm tra lại statistics.standard: chọn chuẩn nghèo áp dụng cho thời gian thực hiện kế hoạch.",
    hintEn: "Check statistics.standard: choose the standard in force for the plan's period.",
  },
  "stats.sum-inexact": {
    vi: "Không tính được chính xác {what_vi}: kết quả có quá nhiều chữ số (máy chỉ tính chính xác được khoảng 15 chữ số), nên sẽ in ra một số khác với tổng thật.",
    en: "{what_en} cannot be computed exactly: it has too many digits (only about 15 digits are exact), so a number other than the true sum would be printed.",
    hintVi:
      "Kiểm tra các số tiền (có thể bị gõ thừa chữ số); ghi số tiền theo đơn vị lớn hơn (budget.unit: triệu đồng) hoặc làm tròn phần thập phân.",
    hintEn:
      "Check the amounts (a digit may have been typed twice); write them in a larger unit (budget.unit: triệu đồng) or round the decimals.",
  },
  "stats.duplicate-id": {
    vi: 'Mã {kind} "{id}" bị trùng.',
    en: 'Duplicate {kindEn} id "{id}".',
    hintVi: "Mỗi {kind} cần một mã riêng: đổi mã hoặc xóa mục bị trùng.",
    hintEn: "Each {kindEn} needs its own id: rename or remove the duplicate.",
  },
  "stats.reserved-id": {
    vi: 'Không dùng được "{id}" làm mã: đây là tên dành riêng.',
    en: '"{id}" cannot be used as an id: the name is reserved.',
    hintVi: 'Đặt mã khác, ví dụ thêm tiền tố: "nhom_{id}".',
    hintEn: 'Choose another id, e.g. with a prefix: "group_{id}".',
  },
  "stats.no-figures": {
    vi: "Mục số liệu thống kê chưa có số liệu: không có danh sách đơn vị (units) và cũng không có dòng tổng cộng (totals).",
    en: "The statistics have no figures: neither units nor totals are given.",
    hintVi:
      "Ghi số liệu của từng đơn vị trong statistics.units, hoặc ghi số liệu chung trong statistics.totals.",
    hintEn: "Give each unit's figures in statistics.units, or the whole in statistics.totals.",
  },
  "stats.groups-required": {
    vi: "Số liệu thống kê không có chuẩn nghèo (standard) nên phải khai các nhóm được đếm (groups).",
    en: "The statistics name no poverty standard, so the groups they count must be declared (groups).",
    hintVi:
      "Khai statistics.groups, ví dụ: groups: [{ id: truc_tuyen, name: hồ sơ trực tuyến }]; hoặc ghi standard: nd-07-2021 nếu đây là số liệu hộ nghèo (khi đó có sẵn poor và near_poor).",
    hintEn:
      "Declare statistics.groups, e.g. groups: [{ id: online, name: hồ sơ trực tuyến }]; or set standard: nd-07-2021 if these are poverty figures (poor and near_poor then come by default).",
  },
  "stats.deprivation-needs-standard": {
    vi: "Số liệu thiếu hụt ({what}) tính theo các chỉ số của chuẩn nghèo, nhưng statistics không có chuẩn nghèo (standard).",
    en: "Deprivation figures ({whatEn}) follow the indicators of a poverty standard, but the statistics name none (standard).",
    hintVi:
      "Ghi statistics.standard (ví dụ nd-07-2021) nếu đây là số liệu hộ nghèo; nếu không thì bỏ phần thiếu hụt này.",
    hintEn:
      "Set statistics.standard (e.g. nd-07-2021) if these are poverty figures; otherwise remove the deprivation part.",
  },
  "stats.standards-change": {
    vi: "Giai đoạn {planPeriod} trải qua nhiều chuẩn nghèo: {eras}. Văn bản nêu rõ chuẩn nghèo áp dụng cho từng năm ở khối tinh-hinh (hoặc khối chuan-ngheo).",
    en: "The period {planPeriod} spans more than one poverty standard: {eras}. The document states which applies to which year in the tinh-hinh block (or a chuan-ngheo block).",
    hintVi:
      "Không cần sửa. Đặt khối { template: chuan-ngheo } ở chỗ muốn nêu câu này nếu kế hoạch không có khối tinh-hinh.",
    hintEn:
      "Nothing to fix. Put a { template: chuan-ngheo } block where the sentence belongs if the plan has no tinh-hinh block.",
  },

  // ---------------------------------------------------------------- unknown references
  "stats.unknown-group": {
    vi: 'Không có nhóm "{group}". Các nhóm đã khai: {known}.',
    en: 'Unknown group "{group}". Declared groups: {known}.',
    hintVi:
      "Dùng một mã trong statistics.groups, hoặc khai thêm nhóm này ở đó. Kế hoạch có chuẩn nghèo (statistics.standard) mà không khai groups thì có sẵn hai nhóm: poor (hộ nghèo) và near_poor (hộ cận nghèo).",
    hintEn:
      "Use an id from statistics.groups, or declare this group there. A plan with a poverty standard (statistics.standard) and no groups has two: poor and near_poor.",
  },
  "stats.unknown-breakdown": {
    vi: 'Không có cách chia "{breakdown}". Các cách chia đã khai: {known}.',
    en: 'Unknown breakdown "{breakdown}". Declared breakdowns: {known}.',
    hintVi: "Dùng một mã trong statistics.breakdowns, hoặc khai thêm cách chia này ở đó.",
    hintEn: "Use an id from statistics.breakdowns, or declare this breakdown there.",
  },
  "stats.breakdown-wrong-group": {
    vi: 'Cách chia "{breakdown}" dành cho nhóm "{breakdownGroup}", không dùng được cho nhóm "{group}".',
    en: 'Breakdown "{breakdown}" belongs to group "{breakdownGroup}", not to group "{group}".',
    hintVi: "Chuyển số liệu này sang đúng nhóm, hoặc khai một cách chia riêng cho nhóm này.",
    hintEn: "Move these figures under the right group, or declare a breakdown for this group.",
  },
  "stats.unknown-part": {
    vi: 'Cách chia "{breakdown}" không có phần "{part}". Các phần đã khai: {known}.',
    en: 'Breakdown "{breakdown}" has no part "{part}". Declared parts: {known}.',
    hintVi: "Dùng một mã phần trong statistics.breakdowns, hoặc khai thêm phần này ở đó.",
    hintEn: "Use a part id from statistics.breakdowns, or declare this part there.",
  },
  "stats.unknown-indicator": {
    vi: 'Chuẩn nghèo "{standard}" không có chỉ số "{indicator}". Các chỉ số: {known}.',
    en: 'Poverty standard "{standard}" has no indicator "{indicator}". Its indicators: {known}.',
    hintVi: "Sửa mã chỉ số cho đúng với danh sách trên.",
    hintEn: "Correct the indicator id to one of the list above.",
  },
  "stats.unknown-target": {
    vi: 'Không có chỉ tiêu "{target}". Các chỉ tiêu đã khai: {known}.',
    en: 'Unknown target "{target}". Declared targets: {known}.',
    hintVi: "Dùng một mã trong mục targets, hoặc khai thêm chỉ tiêu này ở đó.",
    hintEn: "Use an id from targets, or declare this target there.",
  },
  "stats.needs-statistics": {
    vi: "Bảng này lấy số liệu thống kê, nhưng kế hoạch chưa có mục statistics.",
    en: "This table is generated from the statistics, but the plan has none.",
    hintVi: "Thêm mục statistics với số liệu của các đơn vị, hoặc tự lập bảng (header, rows).",
    hintEn: "Add statistics with the units' figures, or write the table yourself (header, rows).",
  },

  // ---------------------------------------------------------------- agencies and tasks
  "stats.unknown-agency": {
    vi: 'Không có cơ quan mã "{agency}". Các cơ quan đã khai ở agencies: {known}.',
    en: 'Unknown agency "{agency}". Agencies declared in agencies: {known}.',
    hintVi:
      "Dùng một mã ở trên, hoặc khai thêm cơ quan này ở agencies, ví dụ: { id: {agency}, name: Phòng Văn hóa - Xã hội }.",
    hintEn:
      "Use one of the ids above, or declare the agency in agencies, e.g. { id: {agency}, name: … }.",
  },
  "stats.unknown-agency-suggest": {
    vi: 'Không có cơ quan mã "{agency}". Có phải ý bạn là "{suggestion}"?',
    en: 'Unknown agency "{agency}". Did you mean "{suggestion}"?',
    hintVi: 'Sửa thành "{suggestion}". Các cơ quan đã khai ở agencies: {known}.',
    hintEn: 'Change it to "{suggestion}". Agencies declared in agencies: {known}.',
  },
  "stats.unknown-task": {
    vi: 'Không có nhiệm vụ hoặc nhóm nhiệm vụ mã "{task}". Các mã đã khai ở tasks: {known}.',
    en: 'No task or task group has the id "{task}". Ids declared in tasks: {known}.',
    hintVi:
      "Dùng một mã ở trên, hoặc ghi { tasks: all } để in mọi nhiệm vụ. Nhóm nhiệm vụ cần khóa id mới dẫn được.",
    hintEn:
      "Use one of the ids above, or write { tasks: all } for every task. A task group needs an id to be named.",
  },
  "stats.unknown-task-suggest": {
    vi: 'Không có nhiệm vụ hoặc nhóm nhiệm vụ mã "{task}". Có phải ý bạn là "{suggestion}"?',
    en: 'No task or task group has the id "{task}". Did you mean "{suggestion}"?',
    hintVi: 'Sửa thành "{suggestion}". Các mã đã khai ở tasks: {known}.',
    hintEn: 'Change it to "{suggestion}". Ids declared in tasks: {known}.',
  },
  "stats.no-tasks": {
    vi: "Khối này in các nhiệm vụ, nhưng kế hoạch chưa khai nhiệm vụ nào ở tasks.",
    en: "This block prints the plan's tasks, but the plan declares none in tasks.",
    hintVi:
      "Khai các nhiệm vụ ở tasks (nội dung, cơ quan chủ trì, thời gian hoàn thành), hoặc bỏ khối này.",
    hintEn: "Declare the tasks in tasks (content, lead, deadline), or remove this block.",
  },
  "stats.lead-also-supports": {
    vi: 'Nhiệm vụ "{task}": cơ quan "{agency}" đã chủ trì nên không cần ghi lại ở phối hợp.',
    en: 'Task "{task}": agency "{agency}" leads it, so it need not be listed as supporting too.',
    hintVi: "Bỏ mã cơ quan này khỏi support của nhiệm vụ.",
    hintEn: "Remove this agency from the task's support list.",
  },
  "stats.bad-deadline": {
    vi: 'Nhiệm vụ "{task}": không đọc được thời gian hoàn thành "{deadline}".',
    en: 'Task "{task}": the deadline "{deadline}" cannot be read.',
    hintVi:
      'Ghi theo một trong các dạng: ngày "2026-06-30" hoặc "30/6/2026"; tháng "2026-06" hoặc "tháng 6/2026"; quý "Quý II/2026" hoặc "Quý 2/2026"; năm 2026; hoặc "thường xuyên", "hằng tháng", "hằng quý", "hằng năm".',
    hintEn:
      'Write one of: a date "2026-06-30" or "30/6/2026"; a month "2026-06" or "tháng 6/2026"; a quarter "Quý II/2026" or "Quý 2/2026"; a year 2026; or "thường xuyên", "hằng tháng", "hằng quý", "hằng năm".',
  },
  "stats.deadline-outside-period": {
    vi: 'Nhiệm vụ "{task}": thời gian hoàn thành {deadline} nằm ngoài thời gian thực hiện kế hoạch ({period}).',
    en: 'Task "{task}": the deadline {deadline} lies outside the plan\'s period ({period}).',
    hintVi:
      "Kiểm tra lại năm của thời gian hoàn thành, hoặc document.period nếu kế hoạch kéo dài nhiều năm.",
    hintEn: "Check the deadline's year, or document.period if the plan spans several years.",
  },
  "stats.assignment-needs-role": {
    vi: 'Cơ quan "{agency}" không có trong agencies nên phải ghi vai trò (role). Các cơ quan đã khai: {known}.',
    en: 'Agency "{agency}" is not declared in agencies, so its role must be given. Declared agencies: {known}.',
    hintVi:
      "Thêm role: chu_tri, phoi_hop hoặc de_nghi; hoặc ghi agency bằng mã một cơ quan đã khai ở agencies.",
    hintEn:
      "Add role: chu_tri, phoi_hop or de_nghi; or give agency as the id of an agency declared in agencies.",
  },

  // ---------------------------------------------------------------- counts that cannot be true
  "stats.breakdown-sum": {
    vi: 'Tổng các phần của cách chia {group} "{breakdown}" ({sum} {countUnit}) không bằng số {group} của {unit} ({households} {countUnit}).',
    en: 'The parts of the breakdown of "{group}" "{breakdown}" add up to {sum}, but {unit} counts {households} in "{group}".',
    hintVi:
      "Sửa số của các phần hoặc số {group} cho khớp; nếu các phần không bao trùm hết nhóm thì bỏ exhaustive: true. Bản dự thảo (--draft) đánh dấu các số này.",
    hintEn:
      "Correct the parts or the group's count; if the parts do not cover the whole group, remove exhaustive: true. A draft (--draft) marks these figures.",
  },
  "stats.exits-part": {
    vi: 'Số {countUnit} dự kiến ra khỏi {group} của {unit} ghi {exits} (exits), nhưng phần "{part}" (là số ra khỏi diện) ghi {count}; kehoach dùng {exits}.',
    en: 'The expected exits of "{group}" in {unit} are written as {exits} (exits), but the part "{part}" that stands for them gives {count}; kehoach uses {exits}.',
    hintVi:
      "Chỉ cần ghi một lần: bỏ exits để kehoach lấy số của phần đó, hoặc sửa cho hai số khớp nhau.",
    hintEn: "Write the count once: remove exits to use the part's count, or make the two agree.",
  },
  "stats.breakdown-part-exceeds": {
    vi: 'Phần "{part}" ({count} {countUnit}) lớn hơn số {group} của {unit} ({households} {countUnit}).',
    en: 'Part "{part}" ({count}) exceeds the count of "{group}" of {unit} ({households}).',
    hintVi: "Một phần không thể nhiều hơn cả nhóm: kiểm tra lại số liệu.",
    hintEn: "A part cannot exceed its whole group: check the figures.",
  },
  "stats.deprivation-exceeds": {
    vi: "Số {group} thiếu hụt chỉ số {indicator} ({count} hộ) lớn hơn số {group} của {unit} ({households} hộ).",
    en: 'Households in "{group}" deprived in "{indicator}" ({count}) exceed the households in "{group}" of {unit} ({households}).',
    hintVi:
      "Số hộ thiếu hụt một chỉ số chỉ tính trong số hộ của nhóm đó: kiểm tra lại số liệu rà soát.",
    hintEn:
      "Deprived households are counted among the group's households: check the survey figures.",
  },
  "stats.exits-exceed": {
    vi: "Số {countUnit} dự kiến ra khỏi {group} (exits) của {unit} ({exits} {countUnit}) lớn hơn số {group} đầu kỳ ({households} {countUnit}).",
    en: 'The count expected to leave "{group}" in {unit} ({exits}) exceeds its count at the start ({households}).',
    hintVi: "Sửa exits cho không vượt quá households của nhóm.",
    hintEn: "Make exits at most the group's households.",
  },
  "stats.group-exceeds-unit": {
    vi: "Số {group} của {unit} ({households} {countUnit}) lớn hơn tổng số của đơn vị ({total} {countUnit}).",
    en: 'The count of "{group}" in {unit} ({households}) exceeds the unit\'s total ({total}).',
    hintVi: "Kiểm tra lại số của nhóm và tổng số (households) của đơn vị.",
    hintEn: "Check the group's count and the unit's total (households).",
  },

  // ---------------------------------------------------------------- totals
  "stats.total-mismatch": {
    vi: "Dòng tổng cộng ghi {what} là {declared}, nhưng cộng các {unitLabel} được {sum}; kehoach dùng {sum}.",
    en: "The totals give {whatEn} as {declared}, but the units ({unitLabel}) add up to {sum}; kehoach uses {sum}.",
    hintVi:
      "Sửa số ở statistics.totals cho khớp, hoặc bỏ số đó đi để kehoach tự cộng từ các {unitLabel}.",
    hintEn:
      "Correct the figure in statistics.totals, or remove it and let kehoach add up the units.",
  },
  "stats.incomplete-units": {
    vi: "Chỉ {given} trong {count} {unitLabel} có {what}, nên dòng tổng cộng không cộng được từ các {unitLabel}.",
    en: "Only {given} of {count} units ({unitLabel}) give {whatEn}, so the totals cannot add it up from the units.",
    hintVi:
      "Ghi {what} cho mọi {unitLabel} (ghi 0 nếu không có), hoặc chỉ ghi số chung ở statistics.totals.",
    hintEn:
      "Give it for every unit (0 where there is none), or only for the whole in statistics.totals.",
  },

  // ---------------------------------------------------------------- targets
  "stats.target-needs-statistics": {
    vi: 'Chỉ tiêu "{target}" cần số liệu thống kê để tính, nhưng kế hoạch chưa có mục statistics.',
    en: 'Target "{target}" is computed from the statistics, but the plan has none.',
    hintVi:
      "Thêm mục statistics (ít nhất là tổng số và số của nhóm ở statistics.totals); hoặc bỏ group, ghi subject cùng con số (rate, count); hoặc viết chỉ tiêu dưới dạng type: coverage hay type: text.",
    hintEn:
      "Add statistics (at least the total and the group's count in statistics.totals); or drop group and give subject with the figure (rate, count); or write the target as type: coverage or type: text.",
  },
  "stats.target-group-not-counted": {
    vi: 'Chỉ tiêu "{target}" tính từ số {group}, nhưng số liệu thống kê chưa có số {group}.',
    en: 'Target "{target}" is computed from the count of "{group}", but the statistics do not give it.',
    hintVi:
      "Ghi số {group} (households, tính bằng {countUnit}) cho các đơn vị hoặc ở statistics.totals; hoặc tự ghi con số của chỉ tiêu (households, points, rate, count).",
    hintEn:
      "Give the group's count (households) for the units or in statistics.totals, or give the target's figure yourself (households, points, rate, count).",
  },
  "stats.target-no-flows": {
    vi: 'Chỉ tiêu "{target}" tính theo số {group} cuối kỳ, nhưng số liệu thống kê chưa có số dự kiến ra khỏi (exits) hay phát sinh thêm (entries) của {group}, nên số cuối kỳ bằng số đầu kỳ.',
    en: 'Target "{target}" uses the end-of-period count of "{group}", but the statistics give no exits or entries, so the end equals the start.',
    hintVi:
      "Ghi exits (số dự kiến ra khỏi nhóm) và/hoặc entries (số dự kiến phát sinh thêm) cho nhóm này trong statistics.",
    hintEn: "Give exits and/or entries for this group in the statistics.",
  },
  "stats.target-rate-mismatch": {
    vi: 'Chỉ tiêu "{target}" ghi tỷ lệ {group} là {declared}%, nhưng theo số liệu thống kê ({end} trên {total} {countUnit}) tỷ lệ là {right}%.',
    en: 'Target "{target}" declares the rate of "{group}" as {declaredEn}%, but the statistics ({end} of {total}) give {rightEn}%.',
    hintVi:
      "Kế hoạch sẽ in {right}%. Bỏ rate để kehoach tự tính, hoặc sửa số dự kiến ra khỏi (exits) hay phát sinh (entries) trong statistics nếu {declared}% mới là mục tiêu.",
    hintEn:
      "The plan will print {rightEn}%. Remove rate and let kehoach compute it, or correct the exits/entries in the statistics if {declaredEn}% is the goal.",
  },
  "stats.target-points-mismatch": {
    vi: 'Chỉ tiêu "{target}": {households} trên tổng số {total} {countUnit} là {right}%, không phải {declared}% ({declared}% tương ứng {alt} {countUnit}).',
    en: 'Target "{target}": {households} of {total} is {rightEn} percentage points, not {declaredEn} ({declaredEn} points would be {alt}).',
    hintVi: "Sửa points thành {right}, hoặc bỏ points để kehoach tự tính từ households.",
    hintEn: "Set points to {rightEn}, or remove points and let kehoach derive it from households.",
  },
  "stats.target-points-rounded": {
    vi: 'Chỉ tiêu "{target}": {declared}% của {total} {countUnit}, làm tròn thành {households} {countUnit}, tức là {right}%; kế hoạch sẽ in {right}%.',
    en: 'Target "{target}": {declaredEn} points of {total} rounds to {households}, which is {rightEn} points; the plan will print {rightEn}.',
    hintVi: "Ghi households (số {countUnit}) thay cho points để con số là chính xác.",
    hintEn: "Give households instead of points so the figure is exact.",
  },
  "stats.target-exceeds-group": {
    vi: 'Chỉ tiêu "{target}" giảm {households} {countUnit}, nhiều hơn số {group} hiện có ({groupHouseholds} {countUnit}).',
    en: 'Target "{target}" reduces by {households}, more than the {groupHouseholds} counted in "{group}".',
    hintVi: "Kiểm tra lại con số của chỉ tiêu và số {group} trong statistics.",
    hintEn: "Check the target's figure and the group's count in the statistics.",
  },
  "stats.target-contradicts": {
    vi: 'Chỉ tiêu "{target}" giảm {households} {countUnit}, nhưng số liệu thống kê cho thấy {group} giảm {expected} {countUnit} ({exits} dự kiến ra khỏi, {entries} phát sinh thêm).',
    en: 'Target "{target}" reduces by {households}, but the statistics show "{group}" falling by {expected} ({exits} leaving, {entries} entering).',
    hintVi:
      "Sửa con số của chỉ tiêu, hoặc sửa exits/entries trong statistics cho khớp; bỏ households và points thì kehoach tự lấy từ số liệu thống kê.",
    hintEn:
      "Correct the target, or the exits/entries in the statistics; without households and points kehoach takes the figure from the statistics.",
  },
  "stats.target-increase-contradicts": {
    vi: 'Chỉ tiêu "{target}" tăng {households} {countUnit}, nhưng số liệu thống kê cho thấy {group} tăng {expected} {countUnit} ({entries} phát sinh thêm, {exits} ra khỏi).',
    en: 'Target "{target}" rises by {households}, but the statistics show "{group}" rising by {expected} ({entries} entering, {exits} leaving).',
    hintVi:
      "Sửa con số của chỉ tiêu, hoặc sửa entries/exits trong statistics cho khớp; bỏ households và points thì kehoach tự lấy từ số liệu thống kê.",
    hintEn:
      "Correct the target, or the entries/exits in the statistics; without households and points kehoach takes the figure from the statistics.",
  },
  "stats.target-count-mismatch": {
    vi: 'Chỉ tiêu "{target}" ghi số {group} cuối kỳ là {declared} {countUnit}, nhưng theo số liệu thống kê là {computed} {countUnit} ({start} đầu kỳ, {exits} ra khỏi, {entries} phát sinh thêm).',
    en: 'Target "{target}" declares the end-of-period count of "{group}" as {declared}, but the statistics give {computed} ({start} at the start, {exits} leaving, {entries} entering).',
    hintVi:
      "Kế hoạch sẽ in {computed} {countUnit}. Bỏ count để kehoach tự tính, hoặc sửa exits/entries trong statistics nếu {declared} mới là mục tiêu.",
    hintEn:
      "The plan will print {computed}. Remove count and let kehoach compute it, or correct the exits/entries in the statistics if {declared} is the goal.",
  },
  "stats.target-direction": {
    vi: 'Chỉ tiêu "{target}" ghi "{phrase}" (direction: {direction}), nhưng theo số liệu thống kê {group} đi theo chiều ngược lại: từ {start} đến {end} {countUnit}.',
    en: 'Target "{target}" has direction {direction}, but the statistics show "{group}" moving the other way: from {start} to {end}.',
    hintVi:
      "Kiểm tra direction (down: giảm còn, up: tăng lên, reach: đạt) hoặc exits/entries của nhóm trong statistics.",
    hintEn: "Check direction (down, up, reach) or the group's exits/entries in the statistics.",
  },
  "stats.target-year-outside": {
    vi: 'Chỉ tiêu "{target}" ghi năm {year}, nằm ngoài thời gian thực hiện kế hoạch ({planPeriod}).',
    en: 'Target "{target}" is for {year}, outside the plan\'s period ({planPeriod}).',
    hintVi: "Sửa year thành một năm trong document.period, hoặc bỏ year nếu chỉ tiêu cho cả kỳ.",
    hintEn:
      "Set year to a year within document.period, or remove it for a target of the whole period.",
  },
  "stats.target-year-needs-figure": {
    vi: 'Chỉ tiêu "{target}" cho năm {year}, trước năm cuối của kế hoạch ({planPeriod}): số liệu thống kê chỉ cho số cuối kỳ, nên phải tự ghi con số của năm đó.',
    en: 'Target "{target}" is for {year}, before the end of the plan\'s period ({planPeriod}): the statistics give only the end of the period, so the figure for that year must be given.',
    hintVi: "Ghi {field} của chỉ tiêu cho năm {year}.",
    hintEn: "Give the target's {field} for {year}.",
  },
  "stats.target-subject-ignored": {
    vi: 'Chỉ tiêu "{target}" có cả group ("{group}") và subject: câu chỉ tiêu gọi tên theo nhóm "{group}", subject không được dùng.',
    en: 'Target "{target}" gives both group ("{group}") and subject: the phrase names the group, and subject is not used.',
    hintVi:
      "Bỏ subject (tên nhóm lấy từ statistics.groups), hoặc bỏ group nếu con số không tính từ số liệu thống kê.",
    hintEn:
      "Remove subject (the name comes from statistics.groups), or remove group if the figure is not computed from the statistics.",
  },
  "stats.target-needs-subject": {
    vi: 'Chỉ tiêu "{target}" không có group nên cần subject (đối tượng) và {field} (con số).',
    en: 'Target "{target}" names no group, so it needs subject and {field}.',
    hintVi:
      'Ghi group (mã nhóm trong statistics) để kehoach tự tính; hoặc ghi subject, ví dụ "hồ sơ thủ tục hành chính được giải quyết trực tuyến", cùng {field}.',
    hintEn:
      'Give group (a group of the statistics) to have the figure computed, or give subject, e.g. "hồ sơ thủ tục hành chính được giải quyết trực tuyến", with {field}.',
  },
};
