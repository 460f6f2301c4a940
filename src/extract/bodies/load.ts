// Wires the gazetteer into naming once, on first use.
import { useGazetteer } from './names.js';
import { useDescriber } from './describe.js';
import { canonicalBody } from './canonical.js';

let loaded = false;

export function loadGazetteer(): void {
  if (loaded) return;
  loaded = true;
  // Names repeat across a document and a batch; the lookup runs ~80 patterns, so remember answers.
  const memo = new Map<string, ReturnType<typeof canonicalBody>>();
  const canon = (s: string) => {
    let c = memo.get(s);
    if (!c) {
      if (memo.size > 50_000) memo.clear();
      c = canonicalBody(s);
      memo.set(s, c);
    }
    return c;
  };
  useGazetteer((s) => canon(s));
  useDescriber((name) => {
    const c = canon(name);
    return { name: c.name, kind: c.kind, level: c.level, matched: name, ...(c.note ? { note: c.note } : {}) };
  });
}
