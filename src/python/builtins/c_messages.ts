// CPython 3.11's call-error texts for builtins written in C. They differ from a Python function's
// (bind/messages.ts) by how the C function parses its arguments; each builtin's table entry picks
// the family it belongs to. Texts checked against CPython 3.11.7.
import type { CallShape, Messages } from '../bind';

const s = (n: number) => (n === 1 ? '' : 's');
const noKeywords = (c: CallShape) => `${c.fn}() takes no keyword arguments`;

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
export function checkPositional(min: number, max: number): Partial<Messages> {
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
export function clinic(positions: readonly string[]): Partial<Messages> {
  return {
    missing: (c, _kind, names) => {
      const at = positions.indexOf(names[0]);
      return `${c.fn}() missing required argument '${names[0]}'${at >= 0 ? ` (pos ${at + 1})` : ''}`;
    },
    tooManyPositional: (c, min, max) => `${c.fn}() takes ${min === max ? 'exactly' : 'at most'} ${max} argument${s(max)} (${c.given} given)`,
    unexpectedKeyword: (c, name) => `'${name}' is an invalid keyword argument for ${c.fn}()`,
    multipleValues: (c, name) => `argument for ${c.fn}() given by name ('${name}') and position (${positions.indexOf(name) + 1})`,
  };
}
