// Vietnamese text in the 8-bit encodings of the 1990s and 2000s: TCVN3 (ABC), VNI-Windows, VISCII,
// Windows-1258. Which one a file uses is not written anywhere: every candidate decodes the bytes,
// and the one whose text reads as Vietnamese wins (rule legacy-detect: the share of words that are
// common Vietnamese words with diacritics; at least 5%, and every other candidate lower).
import { TCVN5712_1, VISCII } from './tables.js';
import { decodeVni } from './vni.js';

const byTable = (table: string) => (bytes: Buffer) => {
  let s = '';
  for (const b of bytes) s += table[b]!;
  return s.normalize('NFC'); // TCVN 5712 has combining tone marks after the vowel
};

/** tcvn3-caps: ABC "H" fonts draw lower-case codes as capitals, so a word in capitals comes back with
 * lower-case toned letters ("NHâN"): a word with two or more capitals and no lower-case a-z is set in capitals ("Sở" stays). */
export function capsWords(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => (/[A-Z].*[A-Z]/u.test(w) && !/[a-z]/u.test(w) && /\p{Ll}/u.test(w) ? w.toUpperCase() : w));
}

export const LEGACY: { name: string; decode: (b: Buffer) => string }[] = [
  { name: 'windows-1258', decode: (b) => new TextDecoder('windows-1258').decode(b).normalize('NFC') },
  { name: 'tcvn3', decode: (b) => capsWords(byTable(TCVN5712_1)(b)) },
  { name: 'vni-windows', decode: decodeVni },
  { name: 'viscii', decode: byTable(VISCII) },
];

const COMMON = new Set(
  ('của và các được người những với này thực hiện công tác năm để việc về có không một phát triển nhân dân tỉnh quản lý ' +
    'ủy sở báo cáo trước ngày tháng phối hợp chủ trì nhiệm vụ đồng thời tổ chức trên địa bàn đơn vị cơ quan thành phố ' +
    'xã hội kế hoạch quyết định đề nghị triển khai bảo đảm tăng cường chỉ đạo kiểm tra theo dõi thông tin trách liên quan ' +
    'số điều dự án hướng dẫn tài chính môi trường giáo dục đào tạo văn bản thủ tục hành chính rà soát đến từ các xã ' +
    'nước nội cấp chính phủ quốc gia hoàn thành nghiêm túc kịp thời yêu cầu nội dung trường học sinh ý kiến cuộc họp')
    .split(' ')
    .filter((w) => /[^a-z]/u.test(w)),
);

export function vietnameseScore(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 10) return 0;
  return words.filter((w) => COMMON.has(w)).length / words.length;
}

/** The legacy encoding that makes the bytes read as Vietnamese, or null. */
export function detectLegacy(bytes: Buffer): { text: string; encoding: string } | null {
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const { name, decode } of LEGACY) {
    const text = decode(bytes);
    const score = vietnameseScore(text);
    if (score >= 0.05 && (!best || score > best.score)) best = { text, encoding: name, score };
  }
  return best && { text: best.text, encoding: best.encoding };
}
