// Text that reads like a task but assigns nothing (ANNOTATION: what is not an obligation; issue #9
// item 9): closing formulas and recitals. Each rule is tested on one sentence (a chunk of a unit).
import { defineRule } from '../../core/rule.js';
import { subjectOf, type Subject } from '../facts.js';
import { CLOSING_PREDICATE, COURTESY_CLOSE } from '../patterns.js';

/** The subject of a closing sentence, read past a leading "Trên đây là Kế hoạch …, / …;" summary. */
function closingSubject(t: string): Subject | null {
  if (!/^Trên đây là\s/u.test(t)) return subjectOf(t);
  for (const m of t.matchAll(/[,;]\s+/gu)) {
    const s = subjectOf(t.slice(m.index! + m[0].length));
    if (s) return { bodies: s.bodies, end: m.index! + m[0].length + s.end };
  }
  return null;
}

export const CLOSING_FORMULA = defineRule<ChunkFacts, true>({
  id: 'gate/closing-formula',
  description: 'A closing formula assigns nothing of its own: the addressees asked only to carry out the document ("Đề nghị các đơn vị nghiêm túc thực hiện./.", "Trên đây là Kế hoạch …; các sở … triển khai thực hiện./."), or a courtesy close ("… xin trân trọng thông báo./.", "… trân trọng cảm ơn …"). A sentence of its own; a named task or object ("… thực hiện các nội dung tại Công văn số 12/UBND") is not one.',
  examples: {
    fires: [
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nĐề nghị Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai, thực hiện./.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm túc Kế hoạch này./.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nTrên đây là Kế hoạch cải cách hành chính năm 2026, yêu cầu các sở, ngành khẩn trương tổ chức thực hiện./.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nSở Y tế trân trọng cảm ơn và rất mong các đơn vị phối hợp tuyên truyền rộng rãi.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nYêu cầu các sở, ngành, địa phương nghiêm túc, quyết liệt triển khai thực hiện Chỉ thị này./.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nSở Y tế yêu cầu Thủ trưởng các đơn vị được giao nhiệm vụ tập trung nguồn lực, bảo đảm tiến độ được giao./.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nSở Ngoại vụ xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./.',
    ],
    skips: [
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nĐề nghị các cơ quan, đơn vị nghiêm túc thực hiện các nội dung tại Công văn số 45/UBND-KT.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nĐề nghị các đơn vị triển khai thực hiện, báo cáo kết quả trước ngày 15/12/2025./.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nBộ Y tế trân trọng đề nghị các tỉnh chỉ đạo các cơ sở y tế rà soát danh mục thuốc.',
      '1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã.\n\nYêu cầu các sở, ngành tập trung nguồn lực hoàn thành cải tạo chợ trung tâm trước ngày 30/6/2026./.',
    ],
  },
  apply: ({ t }) => {
    if (COURTESY_CLOSE.test(t)) return true;
    const s = closingSubject(t);
    return s && CLOSING_PREDICATE.test(t.slice(s.end)) ? true : null;
  },
});


/** A past day or period fronted as the sentence's time ("Ngày 16/6/2025,", "Trong tháng 11 năm 2025,",
 * "Vừa qua,"). Groups: day form d, m, y; period form y. */
const DAY_OPENER = /^(?:\d{1,2}\.\s*)?Ngày\s+(\d{1,2})(?:\s*[/-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(\d{4})\s*,/u;
const PERIOD_OPENER = /^(?:\d{1,2}\.\s*)?(?:Trong\s+|Từ đầu\s+|Đầu\s+|Cuối\s+)?(?:(?:tháng|quý)\s+[\dIVX]{1,4}(?:\s*\/\s*|\s+năm\s+)|năm\s+)(\d{4})\s*,/iu;
const PAST_OPENER = /^(?:\d{1,2}\.\s*)?(?:Thời gian|Trong thời gian|Năm|Tháng)?\s?(?:vừa\s+)?qua\s*,/iu;
/** A directive in a later sentence of the same unit ("… Đề nghị các sở …", "Ủy ban nhân dân tỉnh yêu cầu …"),
 * not a cited or passive one ("đã giao", "được giao"). */
const LATER_CUE = /(?<!(?:đã|được|vừa)\s)(?<![\p{L}])(?:giao|đề nghị|yêu cầu|Giao|Đề nghị|Yêu cầu)\s(?:\p{Lu}|các\s|mọi\s|toàn\s)/u;
const PAST_MARK = /(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u;

export const DATED_RECITAL = defineRule<ChunkFacts, true>({
  id: 'gate/dated-recital',
  description: 'A text that opens with a past day ("Ngày 16/6/2025, Quốc hội thông qua …", before the document\'s date) or a past period with a past predicate ("Trong tháng 11 năm 2025, … đã xảy ra …", "Thời gian qua, …") recounts what happened: it assigns nothing, unless a later sentence of it directs ("… Đề nghị các sở …").',
  examples: {
    fires: [
      '1. Sở Nông nghiệp và Môi trường rà soát các giấy phép.\n2. Ngày 10/6/2025, Quốc hội đã thông qua Luật Địa chất và Khoáng sản sửa đổi.',
      '1. Ủy ban nhân dân các tỉnh:\n- Trong tháng 8 năm 2025, các địa phương đã tổ chức sơ tán 1.200 hộ dân khỏi vùng nguy hiểm.\n- Rà soát các điểm có nguy cơ sạt lở.',
    ],
    skips: [
      '1. Sở Nông nghiệp và Môi trường rà soát các giấy phép.\n2. Trong năm 2026, Sở Xây dựng tổ chức kiểm tra các công trình trên địa bàn.',
      '1. Sở Nông nghiệp và Môi trường rà soát các giấy phép.\n2. Ngày 15/10/2025, Sở Xây dựng tổ chức hội nghị tập huấn cho các xã.',
      '1. Sở Nông nghiệp và Môi trường rà soát các giấy phép.\n2. Ngày 10/6/2025, Quốc hội đã thông qua Luật Địa chất và Khoáng sản sửa đổi. Để triển khai, đề nghị các sở rà soát các giấy phép đã cấp.',
    ],
  },
  apply: ({ t, ref }) => {
    const first = t.split(/(?<=[.;])\s+(?=\p{Lu})/u)[0]!;
    if (LATER_CUE.test(t.slice(first.length))) return null;
    const day = DAY_OPENER.exec(t);
    if (day) {
      const iso = `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
      return (ref && iso < ref) || PAST_MARK.test(first) ? true : null;
    }
    if (PAST_OPENER.test(t)) return true;
    return PERIOD_OPENER.test(t) && PAST_MARK.test(first) ? true : null;
  },
});

/** "thực hiện (tương tự) theo / tại / như (nội dung) điểm 2 khoản 3 Mục I Hướng dẫn số 01-HD/…": the
 * predicate only points at a provision of another text. After the reference, only more provisions
 * ("và Mục II …") or the text's name and number may follow: no comma, semicolon or second verb
 * (SECOND_VERB). One open tail, so the text is read one way only. */
const PROVISION = '(?:điểm|khoản|tiết|Mục|mục|Điều|Phần|phần|Chương|Phụ lục)';
const CROSS_REFERENCE = new RegExp(
  String.raw`^(?:(?:Về|Đối với)\s[^:]{1,200}:\s*)?(?:Thực hiện|thực hiện)\s+(?:tương tự\s+)?(?:như\s+)?(?:theo\s+|tại\s+)?(?:nội dung\s+|quy định\s+(?:tại\s+)?)?${PROVISION}\s` +
    String.raw`[^,;:]*$`,
  'u',
);
const SECOND_VERB = /(?<![\p{L}])(?:và|đồng thời)\s+(?!(?:điểm|khoản|tiết|Mục|mục|Điều|Phần|phần|Chương|Phụ lục)\s)\p{Ll}/u;

export const CROSS_REFERENCE_ONLY = defineRule<ChunkFacts, true>({
  id: 'gate/cross-reference-only',
  description: 'A text whose whole predicate points at a provision of another document ("Về hồ sơ đề nghị: thực hiện theo khoản 2 Điều 7 Thông tư số 12/2025/TT-BNV.") says which procedure applies; it assigns no task of its own. A reference to a whole document ("Thực hiện theo Kế hoạch số 45/KH-UBND") is not caught, nor a reference followed by a task ("… và gửi báo cáo về Sở Nội vụ").',
  examples: {
    fires: ['1. Sở Nội vụ hướng dẫn các xã thực hiện.\n2. Ủy ban nhân dân các xã:\n- Về hồ sơ đề nghị: thực hiện theo khoản 2 Điều 7 Thông tư số 12/2025/TT-BNV.\n- Về thời gian: thực hiện tương tự như nội dung điểm 3 Mục II Hướng dẫn số 05-HD/BTC.'],
    skips: ['1. Sở Nội vụ hướng dẫn các xã thực hiện.\n2. Ủy ban nhân dân các xã:\n- Về hồ sơ đề nghị: thực hiện theo khoản 2 Điều 7 Thông tư số 12/2025/TT-BNV và gửi về Sở Nội vụ trước ngày 15/12/2025.\n- Tổ chức xét chọn theo Kế hoạch số 45/KH-UBND.'],
  },
  apply: ({ t }) => (CROSS_REFERENCE.test(t) && !SECOND_VERB.test(t.slice(t.search(/thực hiện/iu))) ? true : null),
});

/** "Quyết định này có hiệu lực (thi hành) kể từ ngày ký", "Hướng dẫn này, các phụ lục kèm theo có hiệu lực từ
 * ngày 01/12/2025 và thay thế …": the text names itself (SELF_DOC … này) and only says when it applies. */
const ENTRY_INTO_FORCE = /^(?:(?:Điều|Mục)\s+\d+\.?\s*)?(?:Quyết định|Chỉ thị|Hướng dẫn|Quy chế|Quy định|Nghị quyết|Kế hoạch|Thông báo|Công văn|Văn bản|Công điện)\s+này(?![\p{L}])[^.;:]{0,120}?(?<![\p{L}])có hiệu lực(?![\p{L}])/u;

export const ENTRY_INTO_FORCE_CLAUSE = defineRule<ChunkFacts, true>({
  id: 'gate/entry-into-force',
  description: 'The clause that puts the text itself into force ("Quyết định này có hiệu lực thi hành kể từ ngày ký.", "Hướng dẫn này, các phụ lục kèm theo có hiệu lực từ ngày 01/12/2025 và thay thế Hướng dẫn số 5-HD/TU.") says when the text applies; it assigns nothing. A clause about another text\'s force ("… trước khi Luật có hiệu lực") is not one.',
  examples: {
    fires: ['QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ.\n\nĐiều 2. Giám đốc Sở Công Thương, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này.\n\nQuyết định này có hiệu lực thi hành kể từ ngày ký./.', 'I. NHIỆM VỤ\n\n1. Ban Tổ chức Tỉnh ủy rà soát hồ sơ cán bộ.\n\nHướng dẫn này, các phụ lục kèm theo có hiệu lực từ ngày ký và thay thế Hướng dẫn số 5-HD/BTCTU.'],
    skips: ['I. NHIỆM VỤ\n1. Sở Tư pháp rà soát các văn bản trước khi Luật Hộ tịch sửa đổi có hiệu lực.\n2. Sở Nội vụ hướng dẫn các xã thực hiện Quyết định này kể từ ngày có hiệu lực.'],
  },
  apply: ({ t }) => (ENTRY_INTO_FORCE.test(t) ? true : null),
});

/** A part of a unit after the split, and the document's date (for what is past). */
export interface ChunkFacts { t: string; ref: string | null }

/** The gate on each part after the split: the first rule that answers drops the part. */
export const CHUNK_GATE = [CLOSING_FORMULA, ENTRY_INTO_FORCE_CLAUSE, CROSS_REFERENCE_ONLY, DATED_RECITAL] as const;
