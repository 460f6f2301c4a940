// Bad input never lies: each bad file of a batch is one line on stderr naming it and the reason,
// the exit code is 1, and the good files of the batch are still read. Run with a PATH holding only
// node: no outside program (pdftotext, unzip) is needed for .pdf or .docx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmapped } from '../../src/read/pdf.js';
import { storedZip } from './zip-helper.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'nhiemvu.js');
const formats = join(root, 'fixtures', 'formats');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, timeout: 120_000, env: { PATH: dirname(process.execPath) } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('bad input in a batch', () => {
  it('names each bad file once, exits 1, and still reads the good .pdf and .docx', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nhiemvu-bad-'));
    const f = (name: string, bytes: Buffer | string) => (writeFileSync(join(tmp, name), bytes), join(tmp, name));
    const pdf = readFileSync(join(formats, 'cv-4240-ho-chi-minh-csdl-can-bo.pdf'));
    const docx = readFileSync(join(formats, 'cv-4240-ho-chi-minh-csdl-can-bo.docx'));
    mkdirSync(join(tmp, 'folder'));
    const inputs = [
      f('empty.txt', ''),
      f('blob.bin', Buffer.from([0, 1, 2, 255, 0, 16])),
      f('cut.docx', docx.subarray(0, docx.length >> 1)),
      f('cut.pdf', pdf.subarray(0, pdf.length >> 1)),
      join(tmp, 'folder'),
      join(tmp, 'missing.pdf'),
      join(formats, 'bad', 'scan-no-text.pdf'),
      f('old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])),
      f('letter.rtf', '{\\rtf1\\ansi Kính gửi}'),
      f('blank.docx', storedZip([['word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>']])),
      join(formats, 'cv-4240-ho-chi-minh-csdl-can-bo.pdf'),
      join(formats, 'tb-659-vpcp-nghi-quyet-66.docx'),
    ];
    const r = run(['extract', '--format', 'json', ...inputs]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n').filter((l) => !/warning:/u.test(l));
    expect(lines).toEqual([
      `nhiemvu: ${inputs[0]}: empty file`,
      expect.stringMatching(/blob\.bin: binary file/u),
      expect.stringMatching(/cut\.docx: broken \.docx \(truncated or not a zip/u),
      expect.stringMatching(/cut\.pdf: broken PDF \(truncated/u),
      expect.stringMatching(/folder: is a directory/u),
      expect.stringMatching(/missing\.pdf: no such file/u),
      expect.stringMatching(/scan-no-text\.pdf: no text layer .*ocrmypdf -l vie/u),
      expect.stringMatching(/old\.doc: old Word \.doc .*save it as \.docx/u),
      expect.stringMatching(/letter\.rtf: RTF file/u),
      expect.stringMatching(/blank\.docx: empty Word document/u),
    ]);
    expect(r.err).not.toMatch(/\n\s+at /u);
    const docs = JSON.parse(r.out) as { document: { number: string } }[];
    expect(docs.map((d) => d.document.number)).toEqual(['4240/UBND-VX', '659/TB-VPCP']);
  });
});

describe('pdf text made of unmapped glyphs', () => {
  it('is refused; Vietnamese text is not', () => {
    expect(unmapped('\uFFFD\uFFFD\uFFFD \uE001\uE002\uE003 \uFFFD')).toBe(true);
    expect(unmapped('!"# $%& ()*+ ,-./ 0123')).toBe(true);
    expect(unmapped('Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện trước ngày 30/6/2026.')).toBe(false);
  });
});
