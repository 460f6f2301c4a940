import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TCVN5712_1, VISCII } from '../../src/read/legacy/tables.js';
import { decodeVni, encodeVni } from '../../src/read/legacy/vni.js';
import { LEGACY, capsWords, detectLegacy } from '../../src/read/legacy/index.js';
import { decodeText, readSource } from '../../src/read/index.js';
import { extractDocument } from '../../src/pipeline/index.js';

const root = join(import.meta.dirname, '..', '..');
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every Vietnamese letter with every tone, both cases: 12 × 6 × 2 + đ Đ = 146. */
const LETTERS = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'].flatMap((c) => [c, c.toUpperCase()]);

const encodeBy = (table: string) => {
  const rev = new Map([...table].map((c, b) => [c, b]));
  return (s: string) => Buffer.from([...s].map((c) => {
    if (!rev.has(c)) throw new Error(`no byte for ${c}`);
    return rev.get(c)!;
  }));
};
const decodeBy = (name: string) => LEGACY.find((l) => l.name === name)!.decode;

describe('legacy tables: round trip of every letter and tone', () => {
  it('has 146 letters to try', () => expect(new Set(LETTERS).size).toBe(146));
  for (const [name, table] of [['viscii', VISCII], ['tcvn3', TCVN5712_1]] as const) {
    it(`${name}: each letter has one byte and decodes back`, () => {
      const enc = encodeBy(table);
      for (const l of LETTERS) {
        const bytes = enc(l);
        expect(bytes.length, l).toBe(1);
        expect(LEGACY.find((x) => x.name === name)!.decode(bytes), l).toBe(l.length === 1 && name === 'tcvn3' && /[ẶỊÒỎÕÓỌỘ]/u.test(l) ? '…‘’“”•–—'[[0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97].indexOf(bytes[0]!)] : l);
        // Inside a word every letter decodes back (tcvn3-punct reads a lone 0x85, 0x91-0x97 as punctuation).
        const word = Buffer.concat([Buffer.from('x'), bytes, Buffer.from('n')]);
        expect(LEGACY.find((x) => x.name === name)!.decode(word), l).toBe(`x${l}n`);
      }
    });
  }
  it('vni-windows: each letter encodes and decodes back, alone and inside words', () => {
    for (const l of LETTERS) {
      expect(decodeVni(encodeVni(l)), l).toBe(l);
      expect(decodeVni(encodeVni(`x${l}n `)), l).toBe(`x${l}n `);
    }
  });
});

describe('legacy tables: bytes known from outside the tables', () => {
  // "Việt Nam" as each encoding is commonly seen when opened as Latin-1 (the familiar mojibake).
  it('TCVN3 "ViÖt Nam", VISCII 0xE0 = à (RFC 1456), VNI "Vieät Nam"', () => {
    expect(decodeBy('tcvn3')(Buffer.from('ViÖt Nam', 'latin1'))).toBe('Việt Nam');
    expect(VISCII[0xe0]).toBe('à');
    expect(TCVN5712_1[0xb5]).toBe('à');
    expect(decodeVni(Buffer.from('Vieät Nam, Ñaûng, Coäng hoøa xaõ hoäi chuû nghóa', 'latin1'))).toBe('Việt Nam, Đảng, Cộng hòa xã hội chủ nghĩa');
  });
  it('tcvn3-caps: a word in capitals typed with lower-case codes comes back in capitals; "Sở" stays', () => {
    expect(capsWords('NHâN DâN Sở Nội vụ')).toBe('NHÂN DÂN Sở Nội vụ');
  });
});

describe('legacy-detect', () => {
  const utf8 = readFileSync(join(root, 'fixtures', '05_cv-tinh-uy-lam-dong.txt'), 'utf8');
  it.each([['05-tcvn3.txt', 'tcvn3'], ['05-vni.txt', 'vni-windows'], ['05-viscii.txt', 'viscii'], ['05-cp1258.txt', 'windows-1258']])('%s is %s and decodes to the UTF-8 text', (f, enc) => {
    const r = decodeText(f, readFileSync(join(root, 'fixtures', 'encodings', f)));
    expect(r.encoding).toBe(enc);
    expect(r.text).toBe(utf8.normalize('NFC'));
  });
  it('does not take Latin-1 French for Vietnamese', () => {
    const fr = Buffer.from('Le comité régional a décidé de réunir les délégués à la préfecture avant la fin du trimestre, après la réception des rapports.', 'latin1');
    expect(detectLegacy(fr)).toBeNull();
    expect(() => decodeText('fr.txt', fr)).toThrow(/not valid UTF-8/u);
  });
  it('TCVN3, VNI and VISCII files give the same obligations as their UTF-8 text, with an encoding warning', async () => {
    const base = await extractDocument(await readSource(join(root, 'fixtures', '05_cv-tinh-uy-lam-dong.txt')));
    expect(base.obligations.length).toBeGreaterThan(3);
    for (const [f, enc] of [['05-tcvn3.txt', 'tcvn3'], ['05-vni.txt', 'vni-windows'], ['05-viscii.txt', 'viscii']]) {
      const r = await extractDocument(await readSource(join(root, 'fixtures', 'encodings', f!)));
      expect(r.document).toEqual(base.document);
      expect(r.obligations.map((o) => [o.id, o.text, o.lead, o.deadline])).toEqual(base.obligations.map((o) => [o.id, o.text, o.lead, o.deadline]));
      expect(r.warnings.filter((w) => w.code === 'encoding').map((w) => w.message)).toEqual([`decoded as ${enc}`]);
    }
  });
});

describe('tcvn3-punct', () => {
  const tcvn = (s: string) => decodeBy('tcvn3')(Buffer.from(s, 'latin1'));
  it("reads Word's quotes and dashes in an ABC file as punctuation", () => {
    // “Vì ng­êi nghÌo” – in ABC bytes: 0x93 … 0x94, 0x96.
    expect(tcvn('\u0093V\u00d7 ng\u00adêi ngh\u00cco\u0094 \u0096 2025')).toBe('“Vì người nghèo” – 2025');
  });
  it('reads the same bytes as capitals with tones inside a word (TCVN 5712 VN1)', () => {
    // "ĐỘC" with Ộ = 0x97 between two letters.
    expect(tcvn('\u00a7\u0097C L\u00b9P')).toBe('ĐỘC LẠP');
  });
});
