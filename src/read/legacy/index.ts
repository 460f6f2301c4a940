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
  return text.replace(/\p{L}+/gu, (w) => ((w.match(/[A-Z]/gu)?.length ?? 0) >= 2 && !/[a-z]/u.test(w) && /\p{Ll}/u.test(w) ? w.toUpperCase() : w));
}

/** Windows-1252 punctuation that Word typed into TCVN3 files: … ‘ ’ “ ” • – —. */
const CP1252_PUNCT: Record<number, string> = { 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };
const isLetterByte = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0x80);

/** tcvn3-punct: bytes 0x85 and 0x91-0x97 are capitals with tones in TCVN 5712 (VN1) but Word's
 * quotes and dashes in the ABC (VN3) files most old documents are: a capital inside a word (a
 * letter on both sides) or ending a word in capitals ("BỘ"), punctuation otherwise. */
function decodeTcvn(bytes: Buffer): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const punct = CP1252_PUNCT[b];
    const prev = bytes[i - 1];
    const next = bytes[i + 1];
    const inWord = (isLetterByte(prev) && isLetterByte(next)) || (prev !== undefined && prev >= 0x41 && prev <= 0x5a && !(next !== undefined && next >= 0x61 && next <= 0x7a));
    s += punct !== undefined && !inWord ? punct : TCVN5712_1[b]!;
  }
  return capsWords(s.normalize('NFC'));
}

export const LEGACY: { name: string; decode: (b: Buffer) => string }[] = [
  { name: 'windows-1258', decode: (b) => new TextDecoder('windows-1258').decode(b).normalize('NFC') },
  { name: 'tcvn3', decode: decodeTcvn },
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
