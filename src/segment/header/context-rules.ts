// Header rules that read the issuer and type from the text itself when the header is silent: the
// opening sentence, the place a department serves, the code of the number, a self-reference.
import { DOC_TYPES } from '../doctypes.js';
import { isAllCaps } from '../../util/text.js';
import { type HeaderRule, fill, override } from './context.js';
import { bodyOfTitle } from './issuer.js';
import { councilWithPlace } from './footer.js';

/** A body's name in running text: a kind word, then the shortest run of words before the verb
 * (names keep lower-case words: "Sở Y tế", "Bộ Nội vụ"). */
const BODY_IN_TEXT = '(?:Bộ|Sở|Ủy ban nhân dân|Văn phòng|Ban|Tổng cục|Cục|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Đảng ủy)(?:\\s+\\p{L}+){0,8}?';
/** A head's title before the body stands for it ("Chủ tịch Ủy ban nhân dân tỉnh có ý kiến …"). */
const HEAD_TITLE = '((?:Chủ tịch|Bộ trưởng|Giám đốc|Trưởng ban|Bí thư)\\s+)?';
const OPENING = new RegExp(`(?:^|[.;:,]\\s+)${HEAD_TITLE}(${BODY_IN_TEXT})\\s+(?:đề nghị|yêu cầu|hướng dẫn|thông báo|chỉ đạo|ban hành|kết luận|giao|có ý kiến)(?![\\p{L}])`, 'u');
/** A cited basis ("Căn cứ …;", "- Xét …") stands before the opening sentence and never speaks. */
const RECITAL = /^(?:[-+•]\s*)?(?:Căn cứ|Xét)(?![\p{L}])/u;

export const openingSentence: HeaderRule = {
  id: 'header/opening-sentence',
  description: 'no issuer yet: the body that speaks in the opening paragraphs ("…, Sở Y tế đề nghị …")',
  examples: {
    fires: [
      { doc: 'Kính gửi:\n- Các trạm y tế.\n\nĐể chủ động phòng dịch, Sở Y tế đề nghị các đơn vị thực hiện:\n1. Rà soát cơ số thuốc.', field: 'issuer', value: 'Sở Y tế' },
      { doc: 'HƯỚNG DẪN\nCông tác thi đua năm 2026\n- Căn cứ Luật Thi đua, khen thưởng;\n- Căn cứ Quy chế làm việc;\n- Căn cứ Kế hoạch số 3-KH/TU;\n- Căn cứ Quyết định số 9-QĐ/TU;\n- Xét đề nghị của các cơ quan;\nBan Tổ chức Tỉnh ủy hướng dẫn như sau:\n1. Các chi bộ rà soát danh sách.', field: 'issuer', value: 'Ban Tổ chức Tỉnh ủy' },
      { doc: 'Kính gửi:\n- Các sở, ngành tỉnh Lào Cai.\n\nCăn cứ Quyết định số 5/QĐ-UBND;\nChủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n1. Sở Tài chính rà soát.', field: 'issuer', value: 'Ủy ban nhân dân tỉnh Lào Cai' },
    ],
    skips: [
      { doc: 'Kính gửi:\n- Các sở, ngành.\n\nCăn cứ Quyết định số 5/QĐ-UBND;\nChủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n1. Sở Tài chính rà soát.', field: 'issuer' },{ doc: 'Kính gửi:\n- Các trạm y tế.\n\nĐể chủ động phòng dịch, các đơn vị thực hiện:\n1. Rà soát cơ số thuốc.', field: 'issuer' }],
  },
  apply(c) {
    const from = Math.max(c.p0, c.addresseeEnd, c.titleIdx + 1, 0);
    // Four paragraphs after the cited bases, which may be many.
    let left = 4;
    for (let i = from; i < Math.min(c.footerStart, from + 40) && left > 0; i++) {
      const t = c.paras[i]!.text;
      const m = OPENING.exec(t);
      // A head speaking for a council named without its place ("Chủ tịch Ủy ban nhân dân tỉnh yêu
      // cầu") names it only when the text gives the place.
      if (m) return fill(c, 'issuer', m[1] ? councilWithPlace(c, m[2]!) : m[2]!, this.id);
      if (!RECITAL.test(t)) left--;
    }
  },
};

const PLACE = /(?:^|\s)((?:tỉnh|Tỉnh|thành phố|Thành phố)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u;

export const departmentPlace: HeaderRule = {
  id: 'header/department-place',
  description: 'a department named without its province ("Sở Nội vụ") takes the province the text serves ("trên địa bàn tỉnh X", or the table\'s "Nơi ban hành")',
  examples: {
    fires: [{ doc: 'Kính gửi:\n- Các doanh nghiệp trên địa bàn tỉnh Tây Ninh.\n\nSở Công Thương đề nghị các doanh nghiệp thực hiện:\n1. Rà soát kho hàng.', field: 'issuer', value: 'Sở Công Thương tỉnh Tây Ninh' }],
    skips: [{ doc: 'Kính gửi:\n- Các doanh nghiệp.\n\nSở Công Thương đề nghị các doanh nghiệp thực hiện:\n1. Rà soát kho hàng.', field: 'issuer' }],
  },
  apply(c) {
    const iss = c.h.issuer;
    if (!iss || !/^Sở\s/u.test(iss) || /(?:tỉnh|thành phố)\s/iu.test(iss)) return;
    const kvPlace = PLACE.exec(' ' + (c.kv?.values.get('Nơi ban hành') ?? ''));
    const texts = c.paras.slice(0, Math.min(c.footerStart, c.p0 + 40)).map((p) => p.text);
    const served = texts.map((t) => /trên địa bàn\s+((?:tỉnh|thành phố|Thành phố)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u.exec(t)).find(Boolean);
    const place = kvPlace?.[1] ?? served?.[1];
    if (place) override(c, 'issuer', `${iss} ${place}`, this.id);
  },
};

export const codePlace: HeaderRule = {
  id: 'header/code-place',
  description: 'no issuer yet: the code of the number ("…/KH-UBND") and the table\'s place ("Tỉnh X") give "Ủy ban nhân dân tỉnh X"',
  examples: {
    fires: [{ doc: 'Số hiệu:\n|\n3/KH-UBND\n|\nNơi ban hành:\n|\nTỉnh Lai Châu\n|\nKính gửi: các sở', field: 'issuer', value: 'Ủy ban nhân dân tỉnh Lai Châu' }],
    skips: [{ doc: 'Số hiệu:\n|\n3/KH-SYT\n|\nNơi ban hành:\n|\nTỉnh Lai Châu\n|\nKính gửi: các sở', field: 'issuer' }],
  },
  apply(c) {
    const place = PLACE.exec(' ' + (c.kv?.values.get('Nơi ban hành') ?? ''));
    const code = /[-/](UBND|HĐND)(?:[-/]|$)/u.exec(c.h.number ?? '');
    if (!place || !code) return;
    const kind = code[1] === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân';
    fill(c, 'issuer', `${kind} ${place[1]!.replace(/^T/u, 't')}`, this.id);
  },
};

const SELF_REF = /(?<![\p{L}])(Kế hoạch|Quyết định|Chỉ thị|Kết luận|Nghị quyết|Công điện|Thông báo|Hướng dẫn|Công văn|Chương trình) này(?![\p{L}])/gu;

export const selfReference: HeaderRule = {
  id: 'header/self-reference',
  description: 'no type yet: what the text calls itself most often ("… triển khai Kết luận này")',
  examples: {
    fires: [{ doc: 'Các sở triển khai Kết luận này.\nVăn phòng theo dõi việc thực hiện Kết luận này.', field: 'type', value: 'ket-luan' }],
    skips: [{ doc: 'Các sở triển khai Kết luận số 5-KL/TU.\nVăn phòng theo dõi việc thực hiện.', field: 'type' }],
  },
  apply(c) {
    if (c.h.type) return;
    const count = new Map<string, number>();
    for (const p of c.paras.slice(0, c.footerStart)) for (const m of p.text.matchAll(SELF_REF)) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
    const best = [...count].sort((a, b) => b[1] - a[1])[0];
    if (best) fill(c, 'type', DOC_TYPES.find((d) => d.title.test(best[0].toUpperCase()))?.slug ?? null, this.id);
  },
};

/** Codes of central issuers in the số và ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
const ISSUER_CODES: Record<string, string> = {
  TTg: 'Thủ tướng Chính phủ', CP: 'Chính phủ', VPCP: 'Văn phòng Chính phủ', BTC: 'Bộ Tài chính', BYT: 'Bộ Y tế',
  BXD: 'Bộ Xây dựng', BNV: 'Bộ Nội vụ', BCA: 'Bộ Công an', BQP: 'Bộ Quốc phòng', BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BKHCN: 'Bộ Khoa học và Công nghệ', BNNMT: 'Bộ Nông nghiệp và Môi trường', BCT: 'Bộ Công Thương', BTP: 'Bộ Tư pháp',
  BNG: 'Bộ Ngoại giao', BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch', NHNN: 'Ngân hàng Nhà nước Việt Nam',
  TTCP: 'Thanh tra Chính phủ', KTNN: 'Kiểm toán nhà nước', BDTTG: 'Bộ Dân tộc và Tôn giáo',
};
const TYPE_CODE = /^(?:QĐ|NQ|CT|KH|TB|CĐ|KL|HD|BC|TTr|NĐ|TT|QC|CTr|CV|QĐi)$/u;

export const numberCodeIssuer: HeaderRule = {
  id: 'header/number-code-issuer',
  description: 'still no issuer: the issuer\'s code in the number ("12/QĐ-BYT", "45/BTC-NSNN") names a central body',
  examples: {
    fires: [{ doc: 'Số: 45/BXD-KTXD\nV/v kiểm tra an toàn công trình\nKính gửi: các sở', field: 'issuer', value: 'Bộ Xây dựng' }],
    skips: [{ doc: 'Số: 45/UBND-KT\nV/v kiểm tra an toàn công trình\nKính gửi: các sở', field: 'issuer' }],
  },
  apply(c) {
    const suffix = /^[\d.]+\/(?:\d{4}\/)?(.+)$/u.exec(c.h.number ?? '')?.[1];
    if (!suffix) return;
    const parts = suffix.split('-');
    const code = TYPE_CODE.test(parts[0]!) ? parts[1] : parts[0];
    if (code) fill(c, 'issuer', ISSUER_CODES[code] ?? null, this.id);
  },
};

export const telegramSender: HeaderRule = {
  id: 'header/telegram-sender',
  description: 'a công điện\'s address line names who sends it ("THỦ TƯỚNG CHÍNH PHỦ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X điện:"), a title standing for its body',
  examples: {
    fires: [{ doc: 'CÔNG ĐIỆN\nVề ứng phó bão số 3\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:\n- Ủy ban nhân dân các tỉnh ven biển.\nĐể chủ động ứng phó, yêu cầu các địa phương:', field: 'issuer', value: 'Bộ Nông nghiệp và Môi trường' }],
    skips: [{ doc: 'CÔNG ĐIỆN\nVề ứng phó bão số 3\nKính gửi:\n- Ủy ban nhân dân các tỉnh ven biển.\nĐể chủ động ứng phó, yêu cầu các địa phương:', field: 'issuer' }],
  },
  apply(c) {
    // Lines, not paragraphs: the trích yếu above may be joined to it.
    for (const l of c.n.lines.slice(0, 60)) {
      const m = /(?<!\s)\s+điện\s*:$/u.exec(l.text);
      const who = m ? l.text.slice(0, m.index) : '';
      if (who && isAllCaps(who)) return fill(c, 'issuer', bodyOfTitle(who), this.id);
    }
  },
};
