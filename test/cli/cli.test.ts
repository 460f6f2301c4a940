// The command line as users run it: the compiled CLI (npm install builds it), real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'nhiemvu.js');
const seed = join(root, 'seeds', '001_23ebfd9ff675fd02.txt');
const seeds = ['000_0cd370b62ee31cb2.txt', '001_23ebfd9ff675fd02.txt', '003_e6bd0147ff71d7ac.txt', '004_dfb016a19d2361ee.txt'].map((f) => join(root, 'seeds', f));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'nhiemvu-cli-'));
});

describe('extract', () => {
  it('stops quietly when the reader closes the pipe early (| head)', () => {
    // the shell pipe is the realistic case: head reads two lines and exits while we still write
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" extract --format json ${seeds.map((s) => `"${s}"`).join(' ')} | head -c 10 >/dev/null; exit 0`], {
      encoding: 'utf8', cwd: root, timeout: 60_000,
    });
    expect(r.stderr).toBe('');
  });

  it('prints a table with the header and the tasks when asked for one', () => {
    const r = run(['extract', '--format', 'table', '--no-color', seed]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('nghi-quyet · 268/NQ-CP · Chính phủ · 2025-08-31');
    expect(r.out).toMatch(/III\.2\.-4\s+Bộ Tư pháp/u);
    expect(r.out).toMatch(/\d+ obligations/u);
  });

  it('writes JSON when piped, one element per input in input order', () => {
    const r = run(['extract', seeds[1]!, seeds[0]!]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.out);
    expect(docs.map((d: { source: { path: string } }) => d.source.path)).toEqual([seeds[1], seeds[0]]);
    expect(docs[0].obligations.length).toBeGreaterThan(30);
  });

  it('holds the same obligations in json, ndjson and csv', () => {
    const json = JSON.parse(run(['extract', '--format', 'json', ...seeds]).out);
    const ndjson = run(['extract', '--format', 'ndjson', ...seeds]).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(ndjson).toEqual(json);
    const csv = run(['extract', '--format', 'csv', ...seeds]).out;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = csv.slice(1).split('\r\n')[0]!;
    for (const col of ['file', 'doc_number', 'doc_type', 'doc_date', 'id', 'lead', 'support', 'action', 'deadline_text', 'deadline_date', 'recurrence', 'text']) {
      expect(header.split(',')).toContain(col);
    }
    // Count records, not lines: a cell may hold quoted line breaks.
    const records = csv.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/u).filter(Boolean).length - 1;
    const total = json.reduce((n: number, d: { obligations: unknown[] }) => n + d.obligations.length, 0);
    expect(records).toBe(total);
  });

  it('reads a sentence from stdin with a reference date', () => {
    const r = run(['extract', '--format', 'json', '--reference-date', '2025-08-01', '-'], 'Bộ Y tế hoàn thành trong quý IV năm 2025.');
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.out);
    expect(doc.obligations).toHaveLength(1);
    expect(doc.obligations[0].lead.map((b: { name: string }) => b.name)).toEqual(['Bộ Y tế']);
    expect(doc.obligations[0].deadline).toMatchObject({ date: '2025-12-31', recurrence: null });
  });

  it('never guesses a relative deadline from the clock: date null and a warning without a reference date', () => {
    const sentence = 'Sở Tư pháp hoàn thành trong thời hạn 30 ngày kể từ ngày ký.';
    const bare = run(['extract', '--format', 'json', '-'], sentence);
    expect(bare.code).toBe(0);
    const [doc] = JSON.parse(bare.out);
    expect(doc.obligations[0].deadline).toMatchObject({ text: 'trong thời hạn 30 ngày kể từ ngày ký', date: null });
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain('no-reference-date');
    expect(bare.err).toMatch(/no date and --reference-date was not given/u);
    // Civil-code counting: day 1 is the day after the reference date.
    const dated = JSON.parse(run(['extract', '--format', 'json', '--reference-date', '2026-01-10', '-'], sentence).out);
    expect(dated[0].obligations[0].deadline.date).toBe('2026-02-09');
  });

  it('writes to --out', () => {
    const out = join(tmp, 'out.json');
    expect(run(['extract', '--format', 'json', '--out', out, seed]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].document.number).toBe('268/NQ-CP');
  });

  it('reports each bad input on one line, exits 1, and still processes the others', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(tmp, 'blob.bin');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const latin = join(tmp, 'bad.txt');
    writeFileSync(latin, Buffer.from([0x41, 0xc3, 0x28, 0x41]));
    const dir = join(tmp, 'adir');
    mkdirSync(dir, { recursive: true });
    const pdf = join(tmp, 'broken.pdf');
    writeFileSync(pdf, '%PDF-1.4 this is not really a pdf');
    const r = run(['extract', '--format', 'json', empty, binary, latin, dir, join(tmp, 'missing.txt'), pdf, seed]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(`nhiemvu: ${empty}: empty file`);
    expect(lines[1]).toMatch(/blob\.bin: binary file/u);
    expect(lines[2]).toMatch(/bad\.txt: not valid UTF-8/u);
    expect(lines[3]).toMatch(/adir: is a directory/u);
    expect(lines[4]).toMatch(/missing\.txt: no such file/u);
    expect(lines[5]).toMatch(/broken\.pdf: (?:broken PDF|PDF needs pdftotext)/u);
    expect(r.err).not.toMatch(/\n\s+at /u); // no stack traces
    const docs = JSON.parse(r.out);
    expect(docs).toHaveLength(1);
    expect(docs[0].document.number).toBe('268/NQ-CP');
  });

  it('reads a Word .docx, and names a broken one', () => {
    const r = run(['extract', '--format', 'json', join(root, 'fixtures', '17_cv-ha-tinh-chay-rung.docx')]);
    expect(r.code).toBe(0);
    const [doc] = JSON.parse(r.out);
    expect(doc.document).toMatchObject({ type: 'cong-van', number: '215/UBND-NL', date: '2026-05-12' });
    // Item 2's recurring report has a deadline the rest of the item does not share: its own obligation.
    expect(doc.obligations.map((o: { id: string; lead: { name: string }[] }) => [o.id, o.lead[0]!.name])).toEqual([
      ['1', 'Sở Nông nghiệp và Môi trường'],
      ['2', 'Ủy ban nhân dân các xã, phường'],
      ['2#2', 'Ủy ban nhân dân các xã, phường'],
    ]);
    expect(doc.obligations[0].deadline).toMatchObject({ date: '2026-06-30' });
    expect(doc.obligations[1].deadline).toBeNull();
    expect(doc.obligations[2].deadline).toMatchObject({ date: null, recurrence: 'monthly' });
    const broken = join(tmp, 'broken.docx');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a zip at all')]));
    const b = run(['extract', broken]);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/broken\.docx: (?:broken \.docx|not a Word \.docx)/u);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['extract', '--format', 'xml', seed]).code).toBe(2);
    expect(run(['extract', '--reference-date', '2025-13-45', seed]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('teaches in --help', () => {
    const r = run(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--out', '--reference-date', '--no-color', '--quiet', 'Exit codes']) expect(r.out).toContain(opt);
  });
});

describe('validate and schema', () => {
  it('accepts what extract writes, from stdin, as JSON and NDJSON', () => {
    const json = run(['extract', '--format', 'json', ...seeds]).out;
    expect(run(['validate', '-'], json).code).toBe(0);
    const nd = run(['extract', '--format', 'ndjson', ...seeds]).out;
    expect(run(['validate', '-'], nd).code).toBe(0);
  });

  it('names every violation with file, path and reason', () => {
    const [doc] = JSON.parse(run(['extract', '--format', 'json', seed]).out);
    const k = doc.obligations.findIndex((o: { deadline: unknown }) => o.deadline);
    doc.obligations[k].deadline.date = '31/12/2025';
    delete doc.document.number;
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify([doc]));
    const r = run(['validate', bad]);
    expect(r.code).toBe(1);
    // One document in the array: no position prefix; obligations named by id, not by position.
    expect(r.err).toContain(`${bad}: obligations[${doc.obligations[k].id}].deadline.date: expected an ISO date YYYY-MM-DD`);
    expect(r.err).toMatch(/bad\.json: document\.number: /u);
  });

  it('extracts and checks source documents; --strict fails on obligations without a lead', () => {
    expect(run(['validate', seed]).code).toBe(0);
    const noLead = join(tmp, 'nolead.json');
    const [doc] = JSON.parse(run(['extract', '--format', 'json', seed]).out);
    doc.warnings.push({ code: 'no-lead', message: 'obligation X names no lead body', span: null });
    writeFileSync(noLead, JSON.stringify(doc));
    expect(run(['validate', noLead]).code).toBe(0);
    const strict = run(['validate', '--strict', noLead]);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('no-lead');
  });

  it('--strict fails on text it could not place in the structure', () => {
    const frag = join(tmp, 'frag.txt');
    writeFileSync(frag, 'Sở Y tế rà soát danh mục thuốc thiết yếu.\n\nmột đoạn bị cắt rời khỏi câu của nó.\n');
    expect(run(['validate', frag]).code).toBe(0);
    const strict = run(['validate', '--strict', frag]);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/unplaced-text: text outside the structure/u);
  });

  it('prints a JSON Schema generated from the zod schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.$schema).toMatch(/json-schema\.org/u);
    expect(schema.type).toBe('array');
    expect(JSON.stringify(schema)).toContain('"obligations"');
  });
});
