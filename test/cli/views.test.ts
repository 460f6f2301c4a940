// Issue 12, filters and views, summary, progress, the library, the table through the CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFilters, bodyMatcher, compareIds, fold } from '../../src/cli/filters.js';
import { makeProgress, progressLine } from '../../src/cli/progress.js';
import { summarize } from '../../src/cli/summary.js';
import { ob, result } from '../emit/make.js';
import { hasScript, onTerminal, root, run, seed, seeds, tmp } from './helpers.js';

const dl = (date: string | null, rrule: string | null = null, next: string | null = null) => ({ text: 'x', date, recurrence: rrule ? ('monthly' as const) : null, rrule, next });
const r = result([
  ob('2', { deadline: dl('2025-12-31') }),
  ob('1.10', { lead: [{ name: 'Bộ Tài chính' }], support: [], deadline: dl('2025-09-30') }),
  ob('1.9', { lead: [{ name: 'Văn phòng Chính phủ' }], support: [], deadline: null }),
  ob('3', { lead: [{ name: 'Bộ Tài chính' }], support: [], deadline: dl(null, 'FREQ=MONTHLY;BYMONTHDAY=25', '2025-11-25') }),
]);
const ids = (x: typeof r) => x.obligations.map((o) => o.id);

describe('filters', () => {
  it('--body: accents and case ignored, lead or support, abbreviations understood', () => {
    expect(fold('Bộ Nội Vụ')).toBe('bo noi vu');
    expect(ids(applyFilters(r, { body: 'bo noi vu' }, '2025-10-01'))).toEqual(['2']);
    expect(ids(applyFilters(r, { body: 'UBND tỉnh Nghệ An' }, '2025-10-01'))).toEqual(['2']); // support
    expect(ids(applyFilters(r, { body: 'VPCP' }, '2025-10-01'))).toEqual(['1.9']);
    expect(ids(applyFilters(r, { body: 'BỘ TÀI CHÍNH' }, '2025-10-01'))).toEqual(['1.10', '3']);
    expect(bodyMatcher('bộ y tế')(r.obligations[0]!)).toBe(false);
  });
  it('--due-before / --due-after include the day; a recurring duty counts by its next day; undated dropped', () => {
    expect(ids(applyFilters(r, { dueBefore: '2025-11-25' }, '2025-10-01'))).toEqual(['1.10', '3']);
    expect(ids(applyFilters(r, { dueAfter: '2025-11-25' }, '2025-10-01'))).toEqual(['2', '3']);
    expect(ids(applyFilters(r, { dueAfter: '2025-10-01', dueBefore: '2025-12-30' }, '2025-10-01'))).toEqual(['3']);
  });
  it('--overdue counts from --today (else the clock); recurring duties are never overdue', () => {
    expect(ids(applyFilters(r, { overdue: true, today: '2025-10-01' }, '2000-01-01'))).toEqual(['1.10']);
    expect(ids(applyFilters(r, { overdue: true }, '2026-01-01'))).toEqual(['2', '1.10']);
  });
  it('--sort id (numbers as numbers) and --sort deadline (undated last)', () => {
    expect(ids(applyFilters(r, { sort: 'id' }, '2025-10-01'))).toEqual(['1.9', '1.10', '2', '3']);
    expect(ids(applyFilters(r, { sort: 'deadline' }, '2025-10-01'))).toEqual(['1.10', '3', '2', '1.9']);
    expect(compareIds('III.2.-3', 'III.2.-3#2')).toBeLessThan(0);
    expect(compareIds('II', 'III')).toBeLessThan(0);
  });
  it('apply to every format through the CLI', () => {
    const all = JSON.parse(run(['extract', '-f', 'json', seed]).out)[0].obligations;
    const bnv = JSON.parse(run(['extract', '-f', 'json', '--body', 'bo noi vu', seed]).out)[0].obligations;
    expect(bnv.length).toBeGreaterThan(0);
    expect(bnv.length).toBeLessThan(all.length);
    for (const o of bnv) expect([...o.lead, ...o.support].some((b: { name: string }) => b.name === 'Bộ Nội vụ')).toBe(true);
    const csv = run(['extract', '-f', 'csv', '--due-before', '2025-09-30', seed]).out.trim().split('\r\n');
    const dated = all.filter((o: any) => o.deadline?.date && o.deadline.date <= '2025-09-30');
    expect(csv.length - 1).toBe(dated.length);
  });
});

describe('summary', () => {
  it('per lead body: count and nearest deadline on or after today', () => {
    expect(summarize([r], '2025-10-01')).toEqual([
      { body: 'Bộ Tài chính', obligations: 2, nearest: '2025-11-25', overdue: 1 },
      { body: 'Bộ Nội vụ', obligations: 1, nearest: '2025-12-31', overdue: 0 },
      { body: 'Văn phòng Chính phủ', obligations: 1, nearest: null, overdue: 0 },
    ]);
  });
  it('nhiemvu summary FILES… as a table and as JSON', () => {
    const j = run(['summary', '-f', 'json', '--today', '2025-09-01', ...seeds]);
    expect(j.code).toBe(0);
    const rows = JSON.parse(j.out);
    const vpcp = rows.find((x: { body: string }) => x.body === 'Văn phòng Chính phủ');
    expect(vpcp.obligations).toBeGreaterThan(1);
    expect(vpcp.nearest).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const t = run(['summary', '-f', 'table', '--lang', 'vi', seed]);
    expect(t.out.split('\n')[0]).toMatch(/^Cơ quan chủ trì\s+Số nhiệm vụ\s+Thời hạn gần nhất\s+Quá hạn$/u);
    expect(t.out).toMatch(/^Bộ Tư pháp\s+\d+\s+(?:\d{4}-\d{2}-\d{2}|—)\s+\d+$/mu);
  });
});

describe('progress and the batch line', () => {
  it('progress writes only when enabled (a terminal), and clears its line', () => {
    const out: string[] = [];
    const stream = { write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
    const off = makeProgress(3, false, stream);
    off.tick(false);
    off.done();
    expect(out).toEqual([]);
    const on = makeProgress(2, true, stream);
    on.tick(false);
    on.tick(true);
    on.done();
    expect(out.join('')).toContain('2/2 files, 1 failed');
    expect(out[out.length - 1]).toBe('\r\x1b[K');
    expect(progressLine(10, 20, 1, 2)).toBe('10/20 files, 1 failed, 5.0 files/s');
  });
  it('never in a pipe: stderr stays empty for a batch', () => {
    const r2 = run(['extract', '-f', 'ndjson', ...seeds]);
    expect(r2.code).toBe(0);
    expect(r2.err).toBe('');
  });
  it.skipIf(!hasScript)('on a terminal, with output to a file, progress and the batch line go to stderr', () => {
    const d = tmp();
    const t = onTerminal(['extract', '-o', join(d, 'x.json'), ...seeds]);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/4\/4 files, 0 failed/u);
    expect(t.out).toMatch(/4 files, \d+ obligations, \d+ with a deadline, 0 failed/u);
  });
  it('the table ends with one line for the batch, and fits COLUMNS in a pipe', () => {
    const bad = join(tmp(), 'empty.txt');
    writeFileSync(bad, '');
    const t = run(['extract', '-f', 'table', seed, bad], undefined, { COLUMNS: '70' });
    expect(t.code).toBe(1);
    const lines = t.out.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^2 files, \d+ obligations, \d+ with a deadline, 1 failed$/u);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(70);
    const vi = run(['extract', '-f', 'table', seed], undefined, { LANG: 'vi_VN.UTF-8' });
    expect(vi.out).toMatch(/^Mã\s+Chủ trì \(phối hợp\)\s+Thời hạn\s+Nhiệm vụ$/mu);
  });
});

describe('library', () => {
  it("import { extractText, extractFile } from 'nhiemvu' gives one element of the JSON output", async () => {
    const code = `import { extractText, extractFile } from 'nhiemvu';
const t = await extractText('Bộ Y tế báo cáo trước ngày 25 hằng tháng.', { referenceDate: '2025-10-28' });
const f = await extractFile(${JSON.stringify(seed)});
console.log(JSON.stringify([t, f]));`;
    const { spawnSync } = await import('node:child_process');
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(p.stderr).toBe('');
    const [t, f] = JSON.parse(p.stdout);
    const cli = JSON.parse(run(['extract', '-f', 'json', '-r', '2025-10-28', '-'], 'Bộ Y tế báo cáo trước ngày 25 hằng tháng.').out)[0];
    expect(t).toEqual(cli);
    expect(t.obligations[0].deadline).toEqual({ text: 'trước ngày 25 hằng tháng', date: null, recurrence: 'monthly', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', next: '2025-11-25' });
    expect(f).toEqual(JSON.parse(run(['extract', '-f', 'json', seed]).out)[0]);
  });
});
