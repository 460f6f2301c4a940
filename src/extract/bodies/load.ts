// Wires the gazetteer into naming once, on first use.
import { useGazetteer } from './names.js';
import { useDescriber } from './describe.js';
import { canonicalBody } from './canonical.js';

let loaded = false;

export function loadGazetteer(): void {
  if (loaded) return;
  loaded = true;
  useGazetteer((s) => canonicalBody(s));
  useDescriber((name) => {
    const c = canonicalBody(name);
    return { name: c.name, kind: c.kind, level: c.level, matched: name, ...(c.note ? { note: c.note } : {}) };
  });
}
