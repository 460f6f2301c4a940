// Two conventions exist for where the tone mark sits in the syllable-final pairs oa, oe, uy:
// `hoá`, `khoẻ`, `Uỷ` (mark on the second vowel) and `hóa`, `khỏe`, `Ủy` (mark on the first).
// NFC keeps them apart; our canonical form, like the scorer's, is `hóa`/`Ủy`.
// Only a syllable-final pair moves: `hoàn`, `toàn`, `khoảng` keep their mark (a letter follows),
// and `quý` keeps it (in `qu` the u is part of the consonant).

const TONE_OF: Record<string, [tone: string, base: string]> = {
  'à': ['\u0300', 'a'], 'á': ['\u0301', 'a'], 'ả': ['\u0309', 'a'], 'ã': ['\u0303', 'a'], 'ạ': ['\u0323', 'a'],
  'è': ['\u0300', 'e'], 'é': ['\u0301', 'e'], 'ẻ': ['\u0309', 'e'], 'ẽ': ['\u0303', 'e'], 'ẹ': ['\u0323', 'e'],
  'ỳ': ['\u0300', 'y'], 'ý': ['\u0301', 'y'], 'ỷ': ['\u0309', 'y'], 'ỹ': ['\u0303', 'y'], 'ỵ': ['\u0323', 'y'],
};

function move(first: string, second: string): string {
  const lower = second.toLowerCase();
  const [tone, base] = TONE_OF[lower]!;
  const baseCased = second === lower ? base : base.toUpperCase();
  return (first + tone).normalize('NFC') + baseCased;
}

/** Rewrites `oá/oè/uỷ`-style tone placement to `óa/òe/ủy`; length is preserved (NFC input). */
export function modernTones(s: string): string {
  return s
    .replace(/([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![\p{L}\p{M}])/gu, (_m, o: string, v: string) => move(o, v))
    .replace(/(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu, (_m, u: string, v: string) => move(u, v));
}
