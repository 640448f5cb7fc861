// Every builtin function, bound from signature tables by the one binder (src/python/bind). C builtins
// word some call errors differently from Python functions; each entry overrides only those texts,
// as CPython 3.11 prints them (c_messages.ts). print and sorted live here; the rest in functions.ts,
// numeric-functions.ts and interpreter/eval-exec.ts (eval, exec, globals).
import type { PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { typeError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { toArray } from '../runtime/iteration';
import { entry, TableEntry } from '../bind';
import { printValues } from './io';
import { FUNCTION_TABLE, sortValues } from './functions';
import { NUMERIC_TABLE } from './numeric-functions';
import { EVAL_EXEC_TABLE } from '../interpreter/eval-exec';

/** print's sep and end: None means the default. */
function textOption(name: string, v: PyValue, dflt: string): string {
  if (v === null) return dflt;
  if (typeof v !== 'string') throw typeError(`${name} must be None or a string, not ${typeOf(v).name}`);
  return v;
}

export const BUILTINS_TABLE: readonly TableEntry[] = [
  entry({
    name: 'print', doc: 'Prints the values to a stream, or to sys.stdout by default.', varargs: 'args',
    params: [
      { name: 'sep', default: ' ', kind: 'keyword', doc: 'string inserted between values' },
      { name: 'end', default: '\n', kind: 'keyword', doc: 'string appended after the last value' },
      { name: 'file', default: null, kind: 'keyword', doc: 'a file-like object (stream)' },
      { name: 'flush', default: false, kind: 'keyword', type: 'flag', doc: 'output is never buffered, so always flushed' },
    ],
  }, a => {
    printValues(a.args as PyValue[], textOption('sep', a.sep as PyValue, ' '), textOption('end', a.end as PyValue, '\n'), a.file as PyValue);
    return null;
  }, { messages: { unexpectedKeyword: (_c, name) => `'${name}' is an invalid keyword argument for print()` } }),
  entry({
    name: 'sorted', doc: 'Return a new list containing all items from the iterable in ascending order.',
    params: [
      { name: 'iterable', kind: 'positional' },
      { name: 'key', default: null, kind: 'keyword' },
      { name: 'reverse', default: false, kind: 'keyword', type: 'int' },
    ],
  }, a => new PyList(sortValues([...toArray(a.iterable as PyValue)], a.key as PyValue, a.reverse !== 0)), {
    messages: {
      missing: c => `sorted expected 1 argument, got ${c.given}`,
      tooManyPositional: c => `sorted expected 1 argument, got ${c.given}`,
      positionalOnlyAsKeyword: c => `sorted expected 1 argument, got ${c.given}`,
      // The keywords go on to list.sort, which reports them under its own name.
      unexpectedKeyword: (_c, name) => `sort() got an unexpected keyword argument '${name}'`,
    },
  }),
  ...FUNCTION_TABLE,
  ...NUMERIC_TABLE,
  ...EVAL_EXEC_TABLE,
];
