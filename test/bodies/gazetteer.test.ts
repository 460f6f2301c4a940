// The gazetteer's data: complete where the law fixes the list, and free of conflicting spellings.
import { describe, expect, test } from 'vitest';
import { MINISTRIES, PROVINCES, BODY_TABLES } from '../../src/bodies/gazetteer.js';
import { canonicalBody, gazetteerConflicts, gazetteerStats } from '../../src/bodies/canonical.js';

describe('gazetteer', () => {
  test('no spelling is claimed by two different bodies', () => {
    expect(gazetteerConflicts()).toEqual([]);
  });

  test('14 ministries and 3 ministerial-level agencies (from 1 March 2025)', () => {
    expect(MINISTRIES.filter((m) => m.name.startsWith('Bộ '))).toHaveLength(14);
    expect(MINISTRIES).toHaveLength(17);
  });

  test('34 provinces and cities from 1 July 2025, 63 before', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.city).map((p) => p.name).sort())
      .toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Huế', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
    // before: every current name but Huế (then Thừa Thiên Huế), and every former one
    const before = new Set([...PROVINCES.filter((p) => p.name !== 'Huế').map((p) => p.name), ...PROVINCES.flatMap((p) => p.former.map((f) => f.name))]);
    expect(before.size).toBe(63);
  });

  test('every canonical name and alias resolves to its own entry', () => {
    for (const [, entries] of BODY_TABLES) {
      for (const e of entries) {
        expect(canonicalBody(e.name).name, e.name).toBe(e.name);
        expect(canonicalBody(e.name).kind, e.name).toBe(e.kind);
        for (const a of e.aliases) {
          const truncated = e.name.toLowerCase().startsWith(a.toLowerCase() + ' ');
          if (!truncated) expect(canonicalBody(a).name, a).toBe(e.name);
        }
        for (const f of e.former ?? []) {
          const r = canonicalBody(f.name);
          expect(r.name, f.name).toBe(f.name);
          expect(r.note, f.name).toBeTruthy();
        }
      }
    }
  });

  test('every former province resolves with a note naming its new province', () => {
    for (const p of PROVINCES) {
      for (const f of p.former) {
        const r = canonicalBody(`tỉnh ${f.name}`);
        expect(r.kind).toBe('province');
        expect(r.note, f.name).toContain(p.name);
      }
    }
  });

  test('size', () => {
    const s = gazetteerStats();
    expect(s.entries).toBeGreaterThan(100);
  });
});
