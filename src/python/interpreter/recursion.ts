// CPython's recursion limit, shared by Python calls and the builtins that recurse into values
// (repr, comparison, hashing of nested containers): each level counts one against
// `sys.getrecursionlimit()`, so deep data ends in RecursionError with CPython's text long before
// the JavaScript stack runs out.
import { E, pyException, valueError } from '../exceptions';
import { state } from './frame';

/** Suffixes CPython adds to "maximum recursion depth exceeded". */
export const WHILE_REPR = ' while getting the repr of an object';
export const IN_COMPARISON = ' in comparison';
export const WHILE_CALLING = ' while calling a Python object';

export function enterRecursiveCall(where = ''): void {
  if (++state.depth > state.maxDepth) {
    state.depth--;
    throw pyException(E.RecursionError, 'maximum recursion depth exceeded' + where);
  }
}

export function leaveRecursiveCall(): void { state.depth--; }

/** Runs `f` one recursion level deeper. */
export function recursing<T>(where: string, f: () => T): T {
  enterRecursiveCall(where);
  try { return f(); } finally { state.depth--; }
}

export function getRecursionLimit(): number { return state.maxDepth; }

/**
 * sys.setrecursionlimit(n) with CPython's checks. A limit deeper than the JavaScript stack still
 * ends in RecursionError: the stack overflow is turned into one (interpreter/errors.ts).
 */
export function setRecursionLimit(n: number): void {
  if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
  // CPython counts the call of setrecursionlimit itself.
  const depth = state.depth + 1;
  if (n <= depth) {
    throw pyException(E.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  }
  state.maxDepth = n;
}
