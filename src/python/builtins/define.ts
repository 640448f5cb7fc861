import { PyValue, Kwargs } from '../objects/core';
import { PyMethodDescr } from '../objects/callables';
import { PyClass } from '../objects/pyclass';

/** Attaches native methods to a builtin class. */
export function defineMethods<S>(cls: PyClass, methods: Record<string, (self: S, args: PyValue[], kw: Kwargs) => PyValue>): void {
  for (const [name, fn] of Object.entries(methods)) cls.dict.set(name, new PyMethodDescr(name, fn, cls));
}
