// CPython 3.11's call-error texts for builtins written in C. They differ from a Python function's
// (bind/messages.ts) by how the C function parses its arguments; each builtin's table entry picks
// the family it belongs to. Texts checked against CPython 3.11.7.
import type { CallShape, Messages } from '../bind';

const s = (n: number) => (n === 1 ? '' : 's');

/**
 * METH_O (len, abs, repr, hash, chr, ...): `len() takes exactly one argument (0 given)`. A module's
 * functions carry its name: `math.sin() takes exactly one argument (0 given)`.
 */
export function methO(prefix = ''): Partial<Messages> {
  const exactlyOne = (c: CallShape) => `${prefix}${c.fn}() takes exactly one argument (${c.given} given)`;
  const none = (c: CallShape) => `${prefix}${c.fn}() takes no keyword arguments`;
  return { missing: exactlyOne, tooManyPositional: exactlyOne, unexpectedKeyword: none, positionalOnlyAsKeyword: none };
}
export const METH_O = methO();

/**
 * _PyArg_CheckPositional (isinstance, getattr, divmod, iter, next, range, ...):
 * `isinstance expected 2 arguments, got 1`, `getattr expected at least 2 arguments, got 1`.
 */
export function checkPositional(min: number, max: number, qualname?: string): Partial<Messages> {
  // A method names its class when refusing keywords: `str.strip() takes no keyword arguments`.
  const noKeywords = (c: CallShape) => `${qualname ?? c.fn}() takes no keyword arguments`;
  const count = (c: CallShape) => {
    if (min === max) return `${c.fn} expected ${min} argument${s(min)}, got ${c.given}`;
    return c.given < min ? `${c.fn} expected at least ${min} argument${s(min)}, got ${c.given}` : `${c.fn} expected at most ${max} argument${s(max)}, got ${c.given}`;
  };
  return { missing: count, tooManyPositional: count, unexpectedKeyword: noKeywords, positionalOnlyAsKeyword: noKeywords };
}

/**
 * Argument Clinic's keyword parser (round, pow, sum, enumerate, print, zip, min/max's keywords):
 * `round() missing required argument 'number' (pos 1)`, `round() takes at most 2 arguments (3 given)`,
 * `'x' is an invalid keyword argument for round()`.
 */
export function clinic(positions: readonly string[], options: { keywordOnly?: boolean } = {}): Partial<Messages> {
  // With keyword-only parameters Clinic counts positional ones: `to_bytes() takes at most 2
  // positional arguments (3 given)`; with none at all, `sort() takes no positional arguments`.
  const word = options.keywordOnly ? 'positional argument' : 'argument';
  return {
    missing: (c, _kind, names) => {
      const at = positions.indexOf(names[0]);
      return `${c.fn}() missing required argument '${names[0]}'${at >= 0 ? ` (pos ${at + 1})` : ''}`;
    },
    tooManyPositional: (c, min, max) => (max === 0 ? `${c.fn}() takes no positional arguments`
      : `${c.fn}() takes ${min === max ? 'exactly' : 'at most'} ${max} ${word}${s(max)} (${c.given} given)`),
    unexpectedKeyword: (c, name) => `'${name}' is an invalid keyword argument for ${c.fn}()`,
    multipleValues: (c, name) => `argument for ${c.fn}() given by name ('${name}') and position (${positions.indexOf(name) + 1})`,
    // A positional-only name given as a keyword is just an unknown keyword to Clinic.
    positionalOnlyAsKeyword: (c, names) => `'${names[0]}' is an invalid keyword argument for ${c.fn}()`,
  };
}

/** METH_NOARGS (str.upper, list.clear, int.bit_length): `str.upper() takes no arguments (1 given)`. */
export function noArgs(qualname: string): Partial<Messages> {
  const none = () => `${qualname}() takes no keyword arguments`;
  return { tooManyPositional: c => `${qualname}() takes no arguments (${c.given} given)`, unexpectedKeyword: none, positionalOnlyAsKeyword: none };
}

/**
 * PyArg_ParseTuple's "O|OO:find" (str.find/count/index/startswith, bytes' too):
 * `find() takes at least 1 argument (0 given)`, `str.find() takes no keyword arguments`.
 */
export function parseTuple(min: number, max: number, qualname: string): Partial<Messages> {
  const count = (c: CallShape) => (c.given < min
    ? `${c.fn}() takes ${min === max ? 'exactly' : 'at least'} ${min} argument${s(min)} (${c.given} given)`
    : `${c.fn}() takes ${min === max ? 'exactly' : 'at most'} ${max} argument${s(max)} (${c.given} given)`);
  const none = () => `${qualname}() takes no keyword arguments`;
  return { missing: count, tooManyPositional: count, unexpectedKeyword: none, positionalOnlyAsKeyword: none };
}

/** A type slot's wrapper (`'a'.__len__(1)`): `expected 0 arguments, got 1`, `wrapper __len__() takes no keyword arguments`. */
export function slotWrapper(count: number): Partial<Messages> {
  const expected = (c: CallShape) => `expected ${count} argument${s(count)}, got ${c.given}`;
  const none = (c: CallShape) => `wrapper ${c.fn}() takes no keyword arguments`;
  return { missing: expected, tooManyPositional: expected, unexpectedKeyword: none, positionalOnlyAsKeyword: none };
}
