// Issue 12, validate as CI's guard: calendar dates, --strict, NDJSON line by line, non-JSON input,
// paths by obligation id, GitHub annotations and a JSON report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describePath, parseResults } from '../../src/cli/validate.js';
import { githubLine } from '../../src/cli/validate-report.js';
import { run, seed, tmp } from './helpers.js';

let doc: any;
let dir = '';
beforeAll(() => {
  dir = tmp();
  [doc] = JSON.parse(run(['extract', '--format', 'json', seed]).out);
});

const clone = () => JSON.parse(JSON.stringify(doc));
const write = (name: string, v: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof v === 'string' ? v : JSON.stringify(v));
  return p;
};
const dated = (d: any) => d.obligations.find((o: any) => o.deadline?.date);

describe('validate', () => {
  it('rejects impossible calendar dates, naming the obligation by id', () => {
    const d = clone();
    const o = dated(d);
    o.deadline.date = '2025-02-30';
    d.document.date = '2025-13-45';
    const p = write('doc.json', [d]);
    const r = run(['validate', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}: obligations[${o.id}].deadline.date: not a calendar date\n`);
    expect(r.err).toContain(`${p}: document.date: not a calendar date\n`);
    expect(r.err).toMatch(/1 document\(s\) checked, 2 violation\(s\)/u);
    const bad = clone();
    dated(bad).deadline.rrule = 'monthly';
    const q = write('rrule.json', [bad]);
    expect(run(['validate', q]).err).toContain(`${q}: obligations[${dated(bad).id}].deadline.rrule: expected an RFC 5545 RRULE value`);
  });

  it('--strict fails on an empty lead, a missing number or date, duplicate ids; without it they pass', () => {
    const d = clone();
    d.obligations[0].lead = [];
    d.obligations[2].id = d.obligations[1].id;
    d.document.number = null;
    d.document.date = null;
    const p = write('strict.json', d);
    expect(run(['validate', p]).code).toBe(0);
    const r = run(['validate', '--strict', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}: obligations[${d.obligations[0].id}].lead: empty lead (strict)`);
    expect(r.err).toContain(`${p}: obligations[${d.obligations[1].id}].id: duplicate id (strict)`);
    expect(r.err).toContain(`${p}: document.number: missing (strict)`);
    expect(r.err).toContain(`${p}: document.date: missing (strict)`);
    expect(run(['validate', '--strict', write('clean.json', clone())]).code).toBe(0);
  });

  it('checks NDJSON line by line: the broken line named by number, the good lines still checked', () => {
    const bad = clone();
    dated(bad).deadline.date = '2025-02-30';
    const p = write('batch.ndjson', [JSON.stringify(doc), '{"schemaVersion": "1", broken', JSON.stringify(bad), ''].join('\n'));
    const r = run(['validate', p]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${p.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}: line 2: not valid JSON`, 'u'));
    expect(r.err).toContain(`line 3: obligations[${dated(bad).id}].deadline.date: not a calendar date`);
    expect(r.err).toMatch(/2 document\(s\) checked, 2 violation\(s\)/u);
  });

  it('non-JSON input is an error, not a pass', () => {
    const r = run(['validate', '-'], 'hello world\n');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^-: \(root\): not JSON or NDJSON/u);
    expect(run(['validate', write('x.json', 'hello world')]).code).toBe(1);
  });

  it('--format github prints workflow-command annotations on stdout', () => {
    const bad = clone();
    dated(bad).deadline.date = '2025-02-30';
    const p = write('gh.ndjson', [JSON.stringify(doc), JSON.stringify(bad)].join('\n'));
    const r = run(['validate', '--format', 'github', p]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`::error file=${p},line=2,title=nhiemvu validate::line 2: obligations[${dated(bad).id}].deadline.date: not a calendar date\n`);
    expect(githubLine({ file: 'a,b:c.json', path: 'x', message: '50%\nmore' })).toBe('::error file=a%2Cb%3Ac.json,title=nhiemvu validate::x: 50%25%0Amore');
  });

  it('--format json prints a machine-readable report', () => {
    const d = clone();
    dated(d).deadline.date = '2025-13-45';
    const p = write('rep.json', [d]);
    const r = run(['validate', '--format', 'json', p]);
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.out);
    expect(rep).toMatchObject({ ok: false, checked: 1 });
    expect(rep.violations).toEqual([{ file: p, path: `obligations[${dated(d).id}].deadline.date`, message: 'not a calendar date' }]);
    const good = JSON.parse(run(['validate', '--format', 'json', write('ok.json', [doc])]).out);
    expect(good).toEqual({ ok: true, checked: 1, violations: [] });
  });

  it('paths: obligations by id, other arrays by position; a batch array keeps the position of the document', () => {
    const v = { obligations: [{ id: 'III.2.-3', deadline: {} }], warnings: [{}] };
    expect(describePath(v, ['obligations', 0, 'deadline', 'date'])).toBe('obligations[III.2.-3].deadline.date');
    expect(describePath(v, ['warnings', 0, 'code'])).toBe('warnings[0].code');
    expect(describePath({ obligations: [{}] }, ['obligations', 0, 'id'])).toBe('obligations[0].id');
    expect(parseResults('f', JSON.stringify([{}, {}])).docs.map((x) => x.prefix)).toEqual(['[0]', '[1]']);
    expect(parseResults('f', '{"a":1}\n{"b":2}\n').docs.map((x) => x.line)).toEqual([1, 2]);
  });
});
