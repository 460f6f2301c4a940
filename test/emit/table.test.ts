// Issue 12, the table a clerk reads: never cut silently, fits the width, ids aligned, warnings
// grouped, Vietnamese headings.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { batchLine, columnWidths, renderTable } from '../../src/emit/table.js';
import { clip, wrap } from '../../src/emit/layout.js';
import { warningCounts, warningLines } from '../../src/emit/warnings.js';
import { langFromEnv } from '../../src/emit/i18n.js';
import { deadlineLabel } from '../../src/emit/labels.js';
import { LONG, sample } from './make.js';

const plain = new Chalk({ level: 0 });
const cps = (s: string) => [...s].length;
const words = (s: string) => s.split(/\s+/u).filter(Boolean);

describe('layout', () => {
  it('wraps every word, breaking one longer than the column', () => {
    const lines = wrap('một hai ba bốnnămsáubảy', 6);
    expect(lines).toEqual(['một', 'hai ba', 'bốnnăm', 'sáubảy']);
    expect(lines.every((l) => cps(l) <= 6)).toBe(true);
  });
  it('clips with … only when text is dropped', () => {
    expect(clip(['a', 'b'], 2, 5)).toEqual(['a', 'b']);
    expect(clip(['aaaaa', 'bbbbb', 'c'], 2, 5)).toEqual(['aaaaa', 'bbbb…']);
  });
});

describe('the table', () => {
  it('shows the whole text by default, every word, no …', () => {
    const t = renderTable(sample(), plain, { lang: 'en', columns: 80 });
    const body = t.split('\n').map((l) => l.slice(columnWidths(sample(), { lang: 'en', columns: 80 }).id + 2));
    expect(t).not.toContain('…');
    expect(t).toContain('CUỐITỪ'); // the last word of the long task
    for (const w of words(LONG)) expect(body.join(' ')).toContain(w);
  });

  it('--compact shortens to two lines with …', () => {
    const t = renderTable(sample(), plain, { lang: 'en', columns: 80, compact: true });
    expect(t).toContain('…');
    expect(t).not.toContain('CUỐITỪ');
    const rowLines = t.split('\n').filter((l) => /^(?:1 |\s{4,}\S)/u.test(l));
    expect(rowLines.length).toBeLessThanOrEqual(3);
  });

  it.each([50, 60, 80, 120, 160])('fits %i columns', (columns) => {
    const t = renderTable(sample(), plain, { lang: 'vi', columns, allWarnings: true });
    for (const l of t.split('\n')) expect(cps(l)).toBeLessThanOrEqual(columns);
  });

  it('keeps ids aligned: the second column starts at the same place on every row, long ids included', () => {
    const r = sample();
    const w = columnWidths(r, { lang: 'en', columns: 100 });
    expect(w.id).toBe('IV.1.1.1.-1'.length);
    const t = renderTable(r, plain, { lang: 'en', columns: 100 });
    const rows = t.split('\n').filter((l) => /^(?:1|IV\.1\.1\.1\.-1|2#2|Id)\s/u.test(l));
    expect(rows).toHaveLength(4);
    const starts = rows.map((l) => l.length - l.slice(w.id).trimStart().length);
    expect(new Set(starts).size).toBe(1);
  });

  it('groups warnings by code with counts; noise once per kind; --warnings lists them', () => {
    const r = sample();
    expect(warningCounts(r.warnings)).toBe('1315 noise-removed (1300 separator, 15 header-line), 1 no-lead');
    const t = renderTable(r, plain, { lang: 'en', columns: 120 });
    expect(t).toContain('3 obligations; 1316 warnings: 1315 noise-removed (1300 separator, 15 header-line), 1 no-lead (--warnings lists them)');
    const all = warningLines(r.warnings, 'line');
    expect(all).toEqual([
      'line 40: no-lead: obligation 2#2 names no lead body',
      'noise-removed: 1300 separator (line 1, 2, 3, 4, 5, 6, 7, 8, …)',
      'noise-removed: 15 header-line (line 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, …)',
    ]);
    const full = renderTable(r, plain, { lang: 'en', columns: 120, allWarnings: true });
    expect(full).toContain('  line 40: no-lead: obligation 2#2 names no lead body');
    expect(full.split('\n').filter((l) => l.includes('separator'))).toHaveLength(1);
  });

  it('speaks Vietnamese: headings, recurrences, counts', () => {
    const t = renderTable(sample(), plain, { lang: 'vi', columns: 160 });
    expect(t.split('\n')[4]).toMatch(/^Mã\s+Chủ trì \(phối hợp\)\s+Thời hạn\s+Nhiệm vụ$/u);
    expect(t).toMatch(/^2#2\s+\?\s+hằng tháng, kỳ tới 2025-11-25\s+báo cáo$/mu);
    expect(deadlineLabel(sample().obligations[2]!.deadline, 'vi')).toBe('hằng tháng, kỳ tới 2025-11-25');
    expect(t).toContain('3 nhiệm vụ; 1316 cảnh báo');
    expect(batchLine({ files: 2, obligations: 3, withDeadline: 2, failed: 1 }, 'vi')).toBe('2 tệp, 3 nhiệm vụ, 2 có thời hạn, 1 lỗi');
    expect(batchLine({ files: 2, obligations: 3, withDeadline: 2, failed: 1 }, 'en')).toBe('2 files, 3 obligations, 2 with a deadline, 1 failed');
    expect(deadlineLabel({ text: 'hằng quý', date: null, recurrence: 'quarterly' }, 'vi')).toBe('hằng quý');
    expect(deadlineLabel({ text: 'hằng quý', date: null, recurrence: 'monthly' }, 'en')).toBe('monthly');
  });

  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(langFromEnv({ LANG: 'vi' })).toBe('vi');
    expect(langFromEnv({ LANG: 'vi_VN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'vi_VN', LANG: 'C' })).toBe('vi');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'vie' })).toBe('en');
  });
});
