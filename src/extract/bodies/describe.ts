// A body as output: canonical name plus kind and level where the gazetteer knows them.
import type { Body } from '../../schema/index.js';

type Describer = (name: string) => Body;
let describer: Describer | null = null;

export function useDescriber(fn: Describer): void {
  describer = fn;
}

export function describeBody(name: string): Body {
  return describer ? describer(name) : { name };
}
