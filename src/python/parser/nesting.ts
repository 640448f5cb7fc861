// The nesting limit of CPython's compiler, checked once per cell before anything recurses over
// the tree: `1+1+...+1` or `a.b.b...b` parse in a loop but make a tree as deep as they are long,
// and scope analysis, compilation and evaluation all recurse over it.
import { MAX_NESTING_DEPTH, NestingTooDeep } from '../lexer/syntax-error';
import type { Module } from './ast';

/** Throws NestingTooDeep when any node lies more than MAX_NESTING_DEPTH nodes deep. */
export function checkNesting(mod: Module): void {
  // An explicit stack of [value, depth of the nearest node above it].
  const stack: [unknown, number][] = [[mod.body, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push([item, depth]);
      continue;
    }
    const node = value as Record<string, unknown>;
    const isNode = typeof node.kind === 'string';
    const d = isNode ? depth + 1 : depth;
    if (d > MAX_NESTING_DEPTH) throw new NestingTooDeep(typeof node.line === 'number' ? node.line : 1);
    for (const key in node) {
      if (key === 'scope') continue;
      const child = node[key];
      if (child !== null && typeof child === 'object') stack.push([child, d]);
    }
  }
}
