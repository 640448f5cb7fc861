// The rich-comparison dunders of str, bytes, bytearray, int and float (`'bb'.__eq__('a')`,
// `(1).__lt__(2)`): the builtin comparison when the other operand is of a type the method knows,
// NotImplemented otherwise, as CPython's tp_richcompare slots answer (`'a'.__eq__(1)`,
// `(1).__eq__(1.0)` and `b'a'.__eq__('a')` are NotImplemented).
import { PyValue } from '../objects/core';
import { NotImplemented } from '../objects/singletons';
import { CompareOpName } from '../host';
import { richCompare } from '../runtime/compare';
import { cm, CMethod } from './native_methods';
import { unwrapScalar } from '../objects/scalar-sub';

const OPS: readonly [CompareOpName, string, string][] = [
  ['<', '__lt__', 'Return self<value.'], ['<=', '__le__', 'Return self<=value.'], ['==', '__eq__', 'Return self==value.'],
  ['!=', '__ne__', 'Return self!=value.'], ['>', '__gt__', 'Return self>value.'], ['>=', '__ge__', 'Return self>=value.'],
];

/** The six slot wrappers `__lt__` ... `__ge__` comparing self with values `accepts` allows. */
export function comparisonMethods<S extends PyValue>(accepts: (other: PyValue) => boolean, value: (self: S) => PyValue = s => s): CMethod<S>[] {
  return OPS.map(([op, name, doc]) => cm<S>('wrapper', name, '(value, /)', doc,
    (self, a) => (accepts(unwrapScalar(a.value!)) ? richCompare(op, value(self), a.value!) : NotImplemented)));
}
