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
  "stats.duplicate-unit": {
    vi: 'Tên "{unit}" xuất hiện nhiều lần trong danh sách {unitLabel}.',
    en: 'The name "{unit}" appears more than once in the list of units ({unitLabel}).',
    hintVi: "Gộp số liệu của đơn vị này vào một dòng, hoặc sửa lại tên cho đúng.",
    hintEn: "Merge this unit's figures into one entry, or correct its name.",
  },
  "stats.no-figures": {
    vi: "Mục số liệu thống kê chưa có số liệu: không có danh sách đơn vị (units) và cũng không có dòng tổng cộng (totals).",
    en: "The statistics have no figures: neither units nor totals are given.",
    hintVi:
      "Ghi số hộ của từng đơn vị trong statistics.units, hoặc ghi số liệu chung trong statistics.totals.",
    hintEn: "Give each unit's households in statistics.units, or the whole in statistics.totals.",
  },

  // ---------------------------------------------------------------- unknown references
  "stats.unknown-group": {
    vi: 'Không có nhóm hộ "{group}". Các nhóm hộ đã khai: {known}.',
    en: 'Unknown household group "{group}". Declared groups: {known}.',
    hintVi:
      "Dùng một mã trong statistics.groups (mặc định: poor là hộ nghèo, near_poor là hộ cận nghèo), hoặc khai thêm nhóm hộ này.",
    hintEn:
      "Use an id from statistics.groups (by default poor and near_poor), or declare this group.",
  },
  "stats.unknown-breakdown": {
    vi: 'Không có cách chia "{breakdown}". Các cách chia đã khai: {known}.',
    en: 'Unknown breakdown "{breakdown}". Declared breakdowns: {known}.',
    hintVi: "Dùng một mã trong statistics.breakdowns, hoặc khai thêm cách chia này ở đó.",
    hintEn: "Use an id from statistics.breakdowns, or declare this breakdown there.",
  },
  "stats.breakdown-wrong-group": {
    vi: 'Cách chia "{breakdown}" dành cho nhóm hộ "{breakdownGroup}", không dùng được cho nhóm hộ "{group}".',
    en: 'Breakdown "{breakdown}" belongs to group "{breakdownGroup}", not to group "{group}".',
    hintVi: "Chuyển số liệu này sang đúng nhóm hộ, hoặc khai một cách chia riêng cho nhóm hộ này.",
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
    hintVi: "Thêm mục statistics với số hộ của các đơn vị, hoặc tự lập bảng (header, rows).",
    hintEn:
      "Add statistics with the units' households, or write the table yourself (header, rows).",
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
    vi: 'Tổng các phần của cách chia {group} "{breakdown}" ({sum} hộ) không bằng số {group} của {unit} ({households} hộ).',
    en: 'The parts of the breakdown of "{group}" "{breakdown}" add up to {sum} households, but {unit} has {households} households in "{group}".',
    hintVi:
      "Sửa số hộ của các phần hoặc số {group} cho khớp; nếu các phần không bao trùm hết nhóm hộ thì bỏ exhaustive: true.",
    hintEn:
      "Correct the parts or the group's households; if the parts do not cover the whole group, remove exhaustive: true.",
  },
  "stats.breakdown-part-exceeds": {
    vi: 'Phần "{part}" ({count} hộ) lớn hơn số {group} của {unit} ({households} hộ).',
    en: 'Part "{part}" ({count} households) exceeds the households in "{group}" of {unit} ({households}).',
    hintVi: "Một phần không thể nhiều hơn cả nhóm hộ: kiểm tra lại số liệu.",
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
    vi: "Số hộ dự kiến ra khỏi diện {group} của {unit} ({exits} hộ) lớn hơn số {group} đầu kỳ ({households} hộ).",
    en: 'The households expected to leave "{group}" in {unit} ({exits}) exceed its households at the start ({households}).',
    hintVi: "Sửa exits cho không vượt quá households của nhóm hộ.",
    hintEn: "Make exits at most the group's households.",
  },
  "stats.group-exceeds-unit": {
    vi: "Số {group} của {unit} ({households} hộ) lớn hơn tổng số hộ dân cư ({total} hộ).",
    en: 'The households in "{group}" of {unit} ({households}) exceed its total households ({total}).',
    hintVi: "Kiểm tra lại số hộ của nhóm hộ và tổng số hộ của đơn vị.",
    hintEn: "Check the group's households and the unit's total households.",
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
      "Thêm mục statistics (ít nhất là tổng số hộ và số hộ của nhóm ở statistics.totals), hoặc viết chỉ tiêu dưới dạng type: text.",
    hintEn:
      "Add statistics (at least total households and the group's households in statistics.totals), or write the target as type: text.",
  },
  "stats.target-group-not-counted": {
    vi: 'Chỉ tiêu "{target}" tính từ số {group}, nhưng số liệu thống kê chưa có số {group}.',
    en: 'Target "{target}" is computed from the households in "{group}", but the statistics do not count them.',
    hintVi:
      "Ghi số {group} (households) cho các đơn vị hoặc ở statistics.totals; với chỉ tiêu giảm (reduce) có thể ghi thẳng số hộ phải giảm (households).",
    hintEn:
      "Give the group's households for the units or in statistics.totals; a reduce target can give its households directly.",
  },
  "stats.target-no-flows": {
    vi: 'Chỉ tiêu "{target}" tính theo số {group} cuối kỳ, nhưng số liệu thống kê chưa có số hộ dự kiến ra khỏi diện {group}, nên số cuối kỳ bằng số đầu kỳ.',
    en: 'Target "{target}" uses the end-of-period households in "{group}", but the statistics give no exits, so the end equals the start.',
    hintVi:
      "Ghi exits (số hộ dự kiến ra khỏi diện) và nếu có entries (số hộ phát sinh) cho nhóm hộ này trong statistics.",
    hintEn: "Give exits (and entries if any) for this group in the statistics.",
  },
  "stats.target-rate-mismatch": {
    vi: 'Chỉ tiêu "{target}" ghi tỷ lệ {group} còn {declared}%, nhưng theo số liệu thống kê ({end} hộ trên {total} hộ) tỷ lệ là {right}%.',
    en: 'Target "{target}" declares the rate of "{group}" as {declaredEn}%, but the statistics ({end} of {total} households) give {rightEn}%.',
    hintVi:
      "Kế hoạch sẽ in {right}%. Bỏ rate để kehoach tự tính, hoặc sửa số hộ dự kiến ra khỏi diện trong statistics nếu {declared}% mới là mục tiêu.",
    hintEn:
      "The plan will print {rightEn}%. Remove rate and let kehoach compute it, or correct the exits in the statistics if {declaredEn}% is the goal.",
  },
  "stats.target-points-mismatch": {
    vi: 'Chỉ tiêu "{target}": giảm {households} hộ trên tổng số {total} hộ là giảm {right}%, không phải {declared}% (mức giảm {declared}% tương ứng {alt} hộ).',
    en: 'Target "{target}": {households} of {total} households is {rightEn} percentage points, not {declaredEn} ({declaredEn} points would be {alt} households).',
    hintVi: "Sửa points thành {right}, hoặc bỏ points để kehoach tự tính từ số hộ.",
    hintEn: "Set points to {rightEn}, or remove points and let kehoach derive it from households.",
  },
  "stats.target-points-rounded": {
    vi: 'Chỉ tiêu "{target}": giảm {declared}% của {total} hộ, làm tròn thành {households} hộ, tức là giảm {right}%; kế hoạch sẽ in {right}%.',
    en: 'Target "{target}": {declaredEn} points of {total} households rounds to {households} households, which is {rightEn} points; the plan will print {rightEn}.',
    hintVi: "Ghi households (số hộ phải giảm) thay cho points để con số là chính xác.",
    hintEn: "Give households instead of points so the figure is exact.",
  },
  "stats.target-exceeds-group": {
    vi: 'Chỉ tiêu "{target}" giảm {households} hộ, nhiều hơn số {group} hiện có ({groupHouseholds} hộ).',
    en: 'Target "{target}" reduces {households} households, more than the {groupHouseholds} households in "{group}".',
    hintVi: "Kiểm tra lại số hộ phải giảm của chỉ tiêu và số {group} trong statistics.",
    hintEn: "Check the target's households and the group's households in the statistics.",
  },
  "stats.target-contradicts": {
    vi: 'Chỉ tiêu "{target}" giảm {households} hộ, nhưng số liệu thống kê cho thấy {group} giảm {expected} hộ ({exits} hộ dự kiến ra khỏi diện, {entries} hộ phát sinh).',
    en: 'Target "{target}" reduces {households} households, but the statistics show "{group}" falling by {expected} ({exits} leaving, {entries} entering).',
    hintVi:
      "Sửa số hộ của chỉ tiêu, hoặc sửa exits/entries trong statistics cho khớp; bỏ households và points thì kehoach tự lấy từ số liệu thống kê.",
    hintEn:
      "Correct the target, or the exits/entries in the statistics; without households and points kehoach takes the figure from the statistics.",
  },
};
