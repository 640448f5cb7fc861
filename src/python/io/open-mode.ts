// open()'s mode string, validated with CPython's messages.
import { valueError } from '../exceptions';

export interface OpenMode {
  text: string;
  read: boolean;
  write: boolean;
  append: boolean;
  create: boolean;
  truncate: boolean;
  binary: boolean;
}

export function parseMode(mode: string): OpenMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxbt+'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ['r', 'w', 'a', 'x'].filter(c => seen.has(c)).length;
  if (seen.has('b') && seen.has('t')) throw valueError("can't have text and binary mode at once");
  if (kinds !== 1) throw valueError('must have exactly one of create/read/write/append mode');
  const plus = seen.has('+');
  return {
    text: mode,
    read: seen.has('r') || plus,
    write: !seen.has('r') || plus,
    append: seen.has('a'),
    create: seen.has('x'),
    truncate: seen.has('w'),
    binary: seen.has('b'),
  };
}
