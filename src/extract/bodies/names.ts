// The canonical spelling of a body's name. The gazetteer (canonical.ts) decides for the bodies it
// knows; this is the fallback for the ones it does not: NFC, modern tone marks, abbreviations
// spelled out, no "đồng chí", a capital first letter.
import { modernTones } from '../../normalize/tones.js';

const ABBREV: [RegExp, string][] = [
  [/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân'],
  [/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'Hội đồng nhân dân'],
  [/(?<![\p{L}])VPCP(?![\p{L}])/gu, 'Văn phòng Chính phủ'],
  [/(?<![\p{L}])TTgCP(?![\p{L}])/gu, 'Thủ tướng Chính phủ'],
  [/(?<![\p{L}])KH&CN(?![\p{L}])/gu, 'Khoa học và Công nghệ'],
  [/(?<![\p{L}])MTTQ(?![\p{L}])/gu, 'Mặt trận Tổ quốc'],
  [/(?<![\p{L}])NHNN(?![\p{L}])/gu, 'Ngân hàng Nhà nước Việt Nam'],
];

export function fallbackName(s: string): string {
  let t = modernTones(s.normalize('NFC')).replace(/\s+/gu, ' ').trim();
  t = t.replace(/^(?:các\s+)?đồng chí\s+/iu, '').replace(/[\s,;:.]+$/u, '');
  for (const [re, rep] of ABBREV) t = t.replace(re, rep);
  // The collective "bộ, ngành" is written with a comma and in lower case: "các Bộ ngành liên quan",
  // "Bộ, ngành, địa phương" → "Các bộ, ngành …".
  t = t.replace(/^(?:(các)\s+)?(?:Bộ|bộ),?\s+ngành/iu, (_m, cac?: string) => `${cac ? 'các ' : 'các '}bộ, ngành`);
  return t.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

type Canon = (matched: string) => { name: string };
let gazetteer: Canon | null = null;

/** Lets the gazetteer take over naming once loaded (it is data-heavy, so it is optional here). */
export function useGazetteer(fn: Canon): void {
  gazetteer = fn;
}

export function canonicalName(s: string): string {
  const base = fallbackName(s);
  return gazetteer ? gazetteer(base).name : base;
}
