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
export function slotWrapper(count: number, unpack = false): Partial<Messages> {
  // A wrapper that unpacks with PyArg_UnpackTuple(args, "", ...) (object.__setattr__) prints its
  // empty name before the text: ` expected 2 arguments, got 1`.
  const expected = (c: CallShape) => `${unpack ? ' ' : ''}expected ${count} argument${s(count)}, got ${c.given}`;
  const none = (c: CallShape) => `wrapper ${c.fn}() takes no keyword arguments`;
  return { missing: expected, tooManyPositional: expected, unexpectedKeyword: none, positionalOnlyAsKeyword: none };
}

/**
 * Argument Clinic's _PyArg_UnpackKeywords (CPython 3.11's Python/getargs.c), in its order: the total
 * count (`prod() takes at most 2 arguments (3 given)`), the positional count, the positional-only
 * ones, then each parameter in turn (`isclose() missing required argument 'a' (pos 1)` even when an
 * unknown keyword was given too), and only then a name given twice or an unknown keyword. Used
 * where that order shows: functions mixing positional-only or keyword-only parameters with others.
 */
export function unpackKeywords(params: readonly { name: string; kind?: 'positional' | 'keyword'; default?: unknown }[]): Partial<Messages> {
  const posonly = params.filter(p => p.kind === 'positional').length;
  const positional = params.filter(p => p.kind !== 'keyword');
  const maxpos = positional.length, maxargs = params.length;
  const minpos = positional.filter(p => !('default' in p)).length;
  const minkw = params.filter(p => p.kind === 'keyword' && !('default' in p)).length;
  const reqlimit = minkw ? maxpos + minkw : minpos;
  const byName = new Map(params.map((p, i) => [p.name, i] as const));
  const preflight = (c: CallShape, keywords: readonly string[]): string | undefined => {
    const nargs = c.given;
    let nkw = keywords.length;
    if (nargs + nkw > maxargs) {
      return `${c.fn}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + nkw} given)`;
    }
    if (nargs > maxpos) {
      return maxpos === 0 ? `${c.fn}() takes no positional arguments`
        : `${c.fn}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`;
    }
    if (nargs < posonly && nargs < minpos) {
      return `${c.fn}() takes ${minpos < maxpos ? 'at least' : 'exactly'} ${minpos} positional argument${s(minpos)} (${nargs} given)`;
    }
    for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
      if (!nkw && i >= reqlimit) break;
      const found = nkw > 0 && keywords.includes(params[i].name);
      if (found) nkw--;
      else if (i < minpos || (maxpos <= i && i < reqlimit)) return `${c.fn}() missing required argument '${params[i].name}' (pos ${i + 1})`;
    }
    if (nkw > 0) {
      for (let i = posonly; i < nargs; i++) {
        if (keywords.includes(params[i].name)) return `argument for ${c.fn}() given by name ('${params[i].name}') and position (${i + 1})`;
      }
      const unknown = keywords.find(k => { const i = byName.get(k); return i === undefined || i < posonly; });
      if (unknown !== undefined) return `'${unknown}' is an invalid keyword argument for ${c.fn}()`;
    }
    return undefined;
  };
  return { ...clinic(params.map(p => p.name)), preflight };
}
