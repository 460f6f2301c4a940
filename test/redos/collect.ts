// Every regular expression of src/: the literals, read from the syntax tree of each source file, and
// the ones built at run time (new RegExp(…) from word lists), found by walking what each compiled
// module exports. The ReDoS test checks them all.
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FoundRegex {
  /** Where it was found: "src/file.ts:line" for a literal, "dist/module.js export NAME" for a built one. */
  where: string;
  source: string;
  flags: string;
}

const root = join(import.meta.dirname, '../..');

const walk = (dir: string, ext: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });

export function literalRegexes(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of walk(join(root, 'src'), '.ts')) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${relative(root, file)}:${line}`, source: text.slice(1, cut), flags: text.slice(cut + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** RegExps reachable from the exports of every compiled module (arrays, plain objects, Maps, Sets). */
export async function exportedRegexes(): Promise<FoundRegex[]> {
  const out: FoundRegex[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, where: string, depth: number): void => {
    if (v instanceof RegExp) {
      out.push({ where, source: v.source, flags: v.flags });
      return;
    }
    if (!v || typeof v !== 'object' || seen.has(v) || depth > 4) return;
    seen.add(v);
    const items = v instanceof Map ? [...v.values()] : v instanceof Set ? [...v] : Array.isArray(v) ? v : Object.values(v);
    items.forEach((x) => visit(x, where, depth + 1));
  };
  for (const file of walk(join(root, 'dist'), '.js')) {
    // The CLI builds no rules and importing it parses argv; a worker's entry runs only in a worker thread;
    // dist/bundle/ is the same modules again, bundled by esbuild (scripts/bundle.mjs).
    if (file.includes('/cli/') || file.endsWith('/pipeline/worker.js') || file.includes('/dist/bundle/')) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) visit(v, `${relative(root, file)} export ${name}`, 0);
  }
  return out;
}

/** Both lists, one entry per distinct (source, flags). */
export async function allRegexes(): Promise<FoundRegex[]> {
  const byKey = new Map<string, FoundRegex>();
  for (const r of [...literalRegexes(), ...(await exportedRegexes())]) {
    const flags = r.flags.replace(/[gy]/gu, ''); // g and y change where a search starts, not its cost
    const key = `/${r.source}/${flags}`;
    if (!byKey.has(key)) byKey.set(key, { ...r, flags });
  }
  return [...byKey.values()];
}
