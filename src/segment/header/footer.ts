// Header rules for the addressees and the footer: "Kính gửi", "Nơi nhận", the signature block and
// the closing formula.
import { isAllCaps } from '../../util/text.js';
import type { DocumentMeta } from '../../schema/index.js';
import { AUTHORITY, type HeaderCtx, type HeaderRule, PERSON_NAME, SIGN_TITLE, boldContinuations, expandAbbrev, fill, override } from './context.js';
import { decap } from './issuer.js';

export const congVanForm: HeaderRule = {
  id: 'header/cong-van-form',
  description: 'a "V/v …" trích yếu or a "Kính gửi" line makes an untitled text a công văn; "V/v" gives the subject',
  examples: {
    fires: [{ doc: 'Số: 9/UBND-KT\nV/v rà soát hồ sơ đất đai\nKính gửi: Sở Tài chính', field: 'type', value: 'cong-van' }],
    skips: [{ doc: 'KẾ HOẠCH\nRà soát hồ sơ đất đai\nKính gửi: Sở Tài chính', field: 'type' }],
  },
  apply(c) {
    const top = c.paras.slice(c.p0, c.p0 + 40);
    const vv = top.find((p) => /^V\/v\s/u.test(p.text));
    if (vv) fill(c, 'subject', vv.text.replace(/^V\/v\s*/u, ''), this.id);
    // The addressees: "Kính gửi:", "Đồng kính gửi:", or the telegram form "THỦ TƯỚNG CHÍNH PHỦ điện:".
    c.kinhGui = c.paras.findIndex((p, i) => i < c.p0 + 40 && (/^(?:Kính gửi|Đồng kính gửi)/u.test(p.text) || /(?:^|\s)điện\s*:$/u.test(p.text)));
    if (vv || (c.kinhGui >= 0 && /^Kính gửi/u.test(c.paras[c.kinhGui]!.text))) fill(c, 'type', 'cong-van', this.id);
  },
};

/** The bullets (or the rest of the line) after "Kính gửi:"; "Đồng kính gửi" recipients are skipped. */
export function readAddressees(c: HeaderCtx): void {
  const { paras, kinhGui } = c;
  if (kinhGui < 0) return;
  const own = /điện\s*:$/u.test(paras[kinhGui]!.text) ? '' : paras[kinhGui]!.text.replace(/^(?:Đồng )?[Kk]ính gửi\s*:?\s*/u, '');
  if (own) c.addressees.push(own);
  let i = kinhGui + 1;
  for (; i < paras.length && /^[-+•]\s*/u.test(paras[i]!.text); i++) c.addressees.push(paras[i]!.text.replace(/^[-+•]\s*/u, ''));
  if (/^Đồng kính gửi/u.test(paras[i]?.text ?? '')) {
    i++;
    while (i < paras.length && (/^[-+•]\s*/u.test(paras[i]!.text) || /để (?:lãnh đạo, )?chỉ đạo|để biết/u.test(paras[i]!.text))) i++;
  }
  c.addresseeEnd = i;
}

/** "Nơi nhận", else the first capitalised authority line ("TM. ỦY BAN NHÂN DÂN"), starts the footer. */
export function findFooter(c: HeaderCtx): void {
  const { paras } = c;
  let f = paras.findIndex((p) => /^Nơi nhận\s*:?/u.test(p.text));
  if (f < 0) f = paras.findIndex((p, i) => i > 3 && AUTHORITY.test(p.text) && isAllCaps(p.text));
  c.footerStart = f < 0 ? paras.length : f;
}

/** Keep the authority marks as written ("TM. Chính phủ KT. Thủ tướng"), the rest in sentence case. */
const authorityCase = (a: string): string => decap(a)
  .replace(/(^|\s)(tm|t\/m|kt|k\/t|tl|tuq|q)\.?(?=\s)/giu, (_m, sp: string, x: string) => `${sp}${x.toUpperCase()}${x.includes('/') ? '' : '.'}`)
  .replace(/(\.|\/[A-Z]) (\p{Ll})/gu, (_m, d: string, ch: string) => `${d} ${ch.toUpperCase()}`);

/** The footer's lines, a bold wrap inside a title ("T/M BỘ CHÍNH⏎TRỊ") or a name joined to its line. */
function footerLines(c: HeaderCtx): { text: string; column?: 'left' | 'right' }[] {
  const footerLine = c.footerStart < c.paras.length ? c.paras[c.footerStart]!.line : Infinity;
  const bold = boldContinuations(c.n);
  const out: { text: string; column?: 'left' | 'right' }[] = [];
  for (const l of c.n.lines) {
    if (l.noise || l.srcLine < footerLine) continue;
    const prev = out[out.length - 1];
    const joins = prev && bold.has(l.srcLine) && isAllCaps(l.text) && isAllCaps(prev.text) && !AUTHORITY.test(l.text) && !SIGN_TITLE.test(l.text);
    // A bold name wrapped after its family name ("**Trần⏎Văn An**") is one name.
    const nameWraps = prev && bold.has(l.srcLine) && PERSON_NAME.test(`${prev.text} ${l.text}`);
    if (joins || nameWraps) prev.text += ' ' + l.text;
    else out.push({ text: l.text, column: l.column });
  }
  return out;
}

export const signatureBlock: HeaderRule = {
  id: 'header/signature',
  description: 'the signature block: authority marks, the signer\'s title, then the name',
  examples: {
    fires: [{ doc: 'Nơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình', field: 'signer', value: { name: 'Trần Văn Bình', title: 'Phó chủ tịch', authority: 'TM. Ủy ban nhân dân KT. Chủ tịch' } }],
    skips: [{ doc: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', field: 'signer' }],
  },
  apply(c) {
    const tail = footerLines(c);
    for (let i = 0; i < tail.length; i++) {
      const t = tail[i]!.text;
      if (!((AUTHORITY.test(t) || SIGN_TITLE.test(t)) && isAllCaps(t))) continue;
      const block: string[] = [];
      let j = i;
      for (; j < tail.length && isAllCaps(tail[j]!.text) && !PERSON_NAME.test(tail[j]!.text); j++) block.push(tail[j]!.text);
      // In two columns the name stands some lines below the title, beside the list of recipients.
      const nameLine = tail.slice(j, j + 15).find((l) => PERSON_NAME.test(l.text) && l.column !== 'left');
      // The last capitalised line is the signer's title; what stands before it is the authority.
      const title = block.length ? block[block.length - 1]! : null;
      const authority = block.length > 1 ? block.slice(0, -1).join(' ') : null;
      const seal = authority ? /^(?:TM\.|T\/M)\s*(.+?)(?:\s+(?:KT\.|K\/T|TL\.|TUQ\.).*)?$/u.exec(authority) : null;
      if (seal) c.sealBody = decap(expandAbbrev(seal[1]!));
      // A signature block whose name line is missing names nobody: the signer is a person.
      if (nameLine) fill(c, 'signer', { name: nameLine.text, title: title ? decap(title) : null, authority: authority ? authorityCase(authority) : null }, this.id);
      return;
    }
  },
};

export const signerNameLine: HeaderRule = {
  id: 'header/signer-name-line',
  description: 'no signature block (web copies): a lone name line after "Nơi nhận" names the signer',
  examples: {
    fires: [{ doc: 'Nơi nhận:\n- Như trên;\nNguyễn Thị Hoa', field: 'signer', value: { name: 'Nguyễn Thị Hoa', title: null, authority: null } }],
    skips: [{ doc: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', field: 'signer' }],
  },
  apply(c) {
    const last = c.paras.slice(c.footerStart).reverse().find((p) => PERSON_NAME.test(p.text));
    if (last) fill(c, 'signer', { name: last.text, title: null, authority: null } as DocumentMeta['signer'], this.id);
  },
};

export const closingFormulaIssuer: HeaderRule = {
  id: 'header/closing-formula-issuer',
  description: 'no issuer in the header: the closing formula names it ("Văn phòng X thông báo để …")',
  examples: {
    fires: [{ doc: 'Các sở thực hiện.\nSở Tài chính thông báo để các đơn vị biết, thực hiện.\nNơi nhận:\n- Như trên;', field: 'issuer', value: 'Sở Tài chính' }],
    skips: [{ doc: 'Các sở thực hiện.\nĐề nghị các đơn vị thực hiện.\nNơi nhận:\n- Như trên;', field: 'issuer' }],
  },
  apply(c) {
    for (let i = c.footerStart - 1; i >= Math.max(0, c.footerStart - 4); i--) {
      const m = /^((?:Văn phòng|Ủy ban nhân dân|UBND|Bộ|Sở|Ban|Đảng ủy|Tỉnh ủy|Thành ủy)[^,.;:]{0,60}?)\s+(?:xin\s+)?(?:thông báo|yêu cầu|đề nghị)(?![\p{L}])/u.exec(c.paras[i]?.text ?? '');
      if (m) return fill(c, 'issuer', m[1]!.replace(/^UBND/u, 'Ủy ban nhân dân'), this.id);
    }
  },
};

export const sealIssuer: HeaderRule = {
  id: 'header/seal-issuer',
  description: 'still no issuer: the body the signer signs for ("TM. ỦY BAN NHÂN DÂN")',
  examples: {
    fires: [{ doc: 'Các sở thực hiện.\nNơi nhận:\n- Như trên;\nTM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tám', field: 'issuer', value: 'Hội đồng nhân dân' }],
    skips: [{ doc: 'Các sở thực hiện.\nNơi nhận:\n- Như trên;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Tám', field: 'issuer' }],
  },
  apply(c) {
    fill(c, 'issuer', c.sealBody, this.id);
  },
};

/** "tỉnh X" / "thành phố X" in the text: the capitalised words after it, cut before a body's head. */
const PLACE_MENTION = /(?<![\p{L}])([Tt]ỉnh|[Tt]hành phố)\s(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3})/gu;
const NOT_PLACE_WORD = /^(?:Sở|Ban|Ủy|UBND|Bộ|Cục|Công|Văn|Trung|Các|Chi|Hội|Phòng|Đội|Tổ|Chủ|Giám|Phó|Bí|Thủ|Trưởng|Tổng|Kế|Quyết|Nghị|Chỉ|Thông|Luật)$/u;
/** The six cities under the central government: a council that calls itself "Ủy ban nhân dân Thành
 * phố" is one of them, and the city's name may stand alone in its text ("khu vực Hà Nội"). */
const CENTRAL_CITY = /(?<![\p{L}])(Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)(?![\p{L}])/gu;
/** A council named without its place: "Ủy ban nhân dân", "Ủy ban nhân dân tỉnh", "UBND Thành phố";
 * lower-case words after the kind are no name (a place's name is capitalised). */
const BARE_COUNCIL = /^(Ủy ban nhân dân|Hội đồng nhân dân)(?:\s+([Tt]ỉnh|[Tt]hành phố)(?:\s+\p{Ll}+)*)?$/u;

/** The distinct places of the given kind the text names ("tỉnh X", "thành phố Y"). */
function placesNamed(texts: string[], kind: string | null): Set<string> {
  const seen = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(PLACE_MENTION)) {
      const k = m[1]!.toLowerCase();
      if (kind && k !== kind) continue;
      const words = m[2]!.split(' ');
      const cut = words.findIndex((w) => NOT_PLACE_WORD.test(w));
      const name = (cut < 0 ? words : words.slice(0, cut)).join(' ');
      if (name) seen.add(`${k} ${name}`);
    }
  }
  if (seen.size || kind !== 'thành phố') return seen;
  for (const t of texts) for (const m of t.matchAll(CENTRAL_CITY)) seen.add(`thành phố ${m[1]}`);
  return seen;
}

/** A council's name completed by the one place of its kind the text names; a name that is not a
 * bare council comes back as it is, a bare one with no single place as null. */
export function councilWithPlace(c: HeaderCtx, name: string): string | null {
  const bare = BARE_COUNCIL.exec(name);
  if (!bare) return name;
  const kind = bare[2]?.toLowerCase() ?? null;
  const seen = placesNamed(c.paras.slice(c.p0, c.footerStart).map((p) => p.text), kind);
  return seen.size === 1 ? `${bare[1]} ${[...seen][0]}` : null;
}

export const councilPlace: HeaderRule = {
  id: 'header/council-place',
  description: 'the issuer is a council without its place ("TM. ỦY BAN NHÂN DÂN", "UBND Thành phố yêu cầu …"): the one province or city of that kind the text speaks of completes it; two different ones leave it bare',
  examples: {
    fires: [
      { doc: 'Các sở trên địa bàn tỉnh Hòa Bình rà soát hồ sơ.\nCác xã thuộc tỉnh Hòa Bình báo cáo kết quả.\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tám', field: 'issuer', value: 'Ủy ban nhân dân tỉnh Hòa Bình' },
      { doc: 'Kính gửi:\n- Các sở, ngành.\n\nTrước diễn biến mưa lớn tại Đà Nẵng, các sở rà soát các hồ chứa.\nUBND Thành phố yêu cầu các đơn vị thực hiện nghiêm.\nNơi nhận:\n- Như trên;', field: 'issuer', value: 'Ủy ban nhân dân thành phố Đà Nẵng' },
    ],
    skips: [
      { doc: 'Sở Y tế tỉnh Hòa Bình phối hợp với Sở Y tế tỉnh Sơn La rà soát hồ sơ.\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tám', field: 'issuer' },
      { doc: 'Các sở rà soát hồ sơ.\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tám', field: 'issuer' },
    ],
  },
  apply(c) {
    const full = c.h.issuer && BARE_COUNCIL.test(c.h.issuer) ? councilWithPlace(c, c.h.issuer) : null;
    if (full) override(c, 'issuer', full, this.id);
  },
};
