// An instance of a user subclass of int, float or str (`class Mode(str)`, `class Seconds(float)`).
// Python ints, floats and strs are JS primitives (or a boxed PyFloat), which cannot carry a class,
// so such an instance is a PyInstance (its own class and __dict__) that holds the builtin value it
// stands for. The runtime's protocols (runtime/scalar-subclass.ts) call the subclass's own dunders
// first and otherwise work on the held value, as CPython's int/float/str slots do.
import { PyInstance, PyValue } from './core';
import type { PyClass } from './pyclass';
import { T } from './types';

export class PyScalarSub extends PyInstance {
  constructor(cls: PyClass, readonly value: PyValue) { super(cls); }
}

/** The builtin value behind a scalar subclass instance; every other value as it is. */
export function unwrapScalar(v: PyValue): PyValue {
  return v instanceof PyScalarSub ? v.value : v;
}

/** The self a builtin method gets: the held value for int, float and str methods. */
export function descriptorSelf(owner: PyClass, self: PyValue): PyValue {
  return self instanceof PyScalarSub && (owner === T.int || owner === T.float || owner === T.str) ? self.value : self;
}
