// VNI-Windows: a font encoding, not a character set. A letter is written as its base letter followed
// by one byte for its marks, where the byte is a Latin-1 letter the VNI fonts draw as the mark
// ("Vieät" = Việt: e + ä = circumflex and dot below); ơ ư đ and five forms of i/y have a byte of
// their own. Capitals use the capital Latin-1 byte (0x20 lower). Table from the VNI font layout as
// published by VNI Software and used by Vietnamese keyboard drivers (cross-checked against the VNI
// table of xvnkb, vni.h, by Dao Hai Lam, 2002); tested by round trips of every letter and tone.

/** Tone order in every row: none, sắc, huyền, hỏi, ngã, nặng. */
const TONE_MARKS = ['', '\u00f9', '\u00f8', '\u00fb', '\u00f5', '\u00ef'];
const CIRCUMFLEX = ['\u00e2', '\u00e1', '\u00e0', '\u00e5', '\u00e3', '\u00e4'];
const BREVE = ['\u00ea', '\u00e9', '\u00e8', '\u00fa', '\u00fc', '\u00eb'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** [Unicode letter (NFC), VNI bytes as Latin-1 text], lower case. */
function lowerPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  const row = (base: string, vniBase: string, marks: string[], diacritic = '') =>
    marks.forEach((m, t) => pairs.push([(base + diacritic + TONES[t]).normalize('NFC'), vniBase + m]));
  for (const v of ['a', 'e', 'o', 'u', 'y']) row(v, v, TONE_MARKS);
  row('a', 'a', CIRCUMFLEX, '\u0302');
  row('e', 'e', CIRCUMFLEX, '\u0302');
  row('o', 'o', CIRCUMFLEX, '\u0302');
  row('a', 'a', BREVE, '\u0306');
  row('o', '\u00f4', TONE_MARKS, '\u031b'); // ơ = ô
  row('u', '\u00f6', TONE_MARKS, '\u031b'); // ư = ö
  // i has single bytes for its tones, and ỵ too.
  ['i', '\u00ed', '\u00ec', '\u00e6', '\u00f3', '\u00f2'].forEach((b, t) => pairs.push([('i' + TONES[t]).normalize('NFC'), b]));
  pairs.splice(pairs.findIndex(([u]) => u === 'ỵ'), 1, ['ỵ', '\u00ee']);
  pairs.push(['đ', '\u00f1']);
  return pairs;
}

const upperByte = (s: string) => [...s].map((c) => (c.charCodeAt(0) >= 0xe0 ? String.fromCharCode(c.charCodeAt(0) - 0x20) : c.toUpperCase())).join('');

/** Every letter with its VNI bytes, both cases; plain a, e, o … are left out (they are themselves). */
export const VNI_PAIRS: [string, string][] = lowerPairs()
  .filter(([u, v]) => u !== v)
  .flatMap(([u, v]) => [[u, v], [u.toUpperCase(), upperByte(v)]] as [string, string][]);

const DECODE = new Map(VNI_PAIRS.map(([u, v]) => [v, u]));
// A capital base with a lower-case mark byte ("Aù") is common in typed text: read it too.
for (const [u, v] of lowerPairs()) if (v.length === 2 && u !== v) DECODE.set(v[0]!.toUpperCase() + v[1], u.toUpperCase());

/** VNI-Windows bytes → text (other bytes as Windows-1252). */
export function decodeVni(bytes: Buffer): string {
  const s = new TextDecoder('windows-1252').decode(bytes);
  let out = '';
  for (let i = 0; i < s.length; ) {
    const two = DECODE.get(s.slice(i, i + 2));
    if (two) {
      out += two;
      i += 2;
      continue;
    }
    out += DECODE.get(s[i]!) ?? s[i]!;
    i++;
  }
  return out;
}

export function encodeVni(text: string): Buffer {
  const enc = new Map(VNI_PAIRS);
  return Buffer.from([...text.normalize('NFC')].map((c) => enc.get(c) ?? c).join(''), 'latin1');
}
