// Methods and attributes of int (bool inherits them): bit_length, bit_count, to_bytes,
// int.from_bytes, as_integer_ratio, real/imag/numerator/denominator and the conversion dunders.
import { repr } from '../runtime/repr';
import { PyFloat, PyValue, Kwargs } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { readOnlyProperty } from '../bind/objects';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { E, pyException, typeError, valueError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { toArray } from '../runtime/iteration';
import { truthy } from '../runtime/truth';
import { indexValue } from '../runtime/numbers';
import { pyHash } from '../runtime/numeric-hash';
import { PyInt, SSIZE_MAX, absBig, bitLength, intOf, intToFloat, normBig, toBig } from '../runtime/ints';
import { intAbs, intNegate } from '../runtime/int-arith';
import { PyBytes } from '../runtime/bytes';
import { cm, CArgs, CMethod, installCMethods } from './native_methods';
import { comparisonMethods } from './compare-methods';

const self = (v: PyValue): PyInt => intOf(v)!;

function byteOrder(order: PyValue): 'big' | 'little' {
  if (typeof order !== 'string') throw typeError(`to_bytes() argument 'byteorder' must be str, not ${typeOf(order).name}`);
  if (order !== 'big' && order !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
  return order;
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) (3.11 defaults). */
function toBytes(selfValue: PyValue, a: CArgs): PyBytes {
  const length = toBig(indexValue(a.length!));
  const order = byteOrder(a.byteorder!);
  const signed = truthy(a.signed!);
  if (length < 0n) throw valueError('length argument must be non-negative');
  if (length > SSIZE_MAX) throw pyException(E.OverflowError, 'Python int too large to convert to C ssize_t');
  const n = toBig(self(selfValue));
  if (n < 0n && !signed) throw pyException(E.OverflowError, "can't convert negative int to unsigned");
  // Signed values need a sign bit: n fits when the bits of n (or of ~n when negative) are fewer.
  const needed = n === 0n ? 0 : signed ? bitLength(normBig(n < 0n ? -n - 1n : n)) + 1 : bitLength(normBig(n));
  if (BigInt(needed) > length * 8n) throw pyException(E.OverflowError, 'int too big to convert');
  if (length > 2n ** 28n) throw pyException(E.MemoryError);
  const out = new Uint8Array(Number(length));
  let x = BigInt.asUintN(Number(length) * 8, n);
  for (let i = 0; i < out.length; i++) { out[order === 'big' ? out.length - 1 - i : i] = Number(x & 0xffn); x >>= 8n; }
  return new PyBytes(out);
}

/** The bytes of a bytes object, of a list/iterable of ints, or of a b'...' literal (a str here). */
function byteValues(v: PyValue): number[] {
  if (v instanceof PyBytes) return [...v.data];
  if (typeof v === 'string') {
    const codes = [...v].map(ch => ch.codePointAt(0)!);
    if (codes.some(c => c > 255)) throw typeError("cannot convert 'str' object to bytes");
    return codes;
  }
  if (!(v instanceof PyList || v instanceof PyTuple) && (typeof v !== 'object' || v === null)) {
    throw typeError(`cannot convert '${typeOf(v).name}' object to bytes`);
  }
  return toArray(v).map(x => {
    const i = indexValue(x);
    if (i < 0 || i > 255) throw valueError('bytes must be in range(0, 256)');
    return Number(i);
  });
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False). */
function fromBytes(cls: PyValue, a: CArgs): PyValue {
  const bytes = byteValues(a.bytes!);
  if (byteOrder(a.byteorder!) === 'little') bytes.reverse();
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (truthy(a.signed!) && bytes.length && bytes[0] >= 128) n -= 1n << BigInt(bytes.length * 8);
  const value = normBig(n);
  return cls === T.bool ? value !== 0 : value;
}

function bitCount(v: PyInt): number {
  const digits = typeof v === 'number' ? Math.abs(v).toString(2) : absBig(v).toString(2);
  let count = 0;
  for (let i = 0; i < digits.length; i++) if (digits.charCodeAt(i) === 49) count++;
  return count;
}

const NOARGS = '()';
const BYTES_OPTIONS = "byteorder='big', *, signed=False)";

/** int's methods (bool inherits them), CPython 3.11's signatures and parsers. */
export const INT_METHODS: readonly CMethod<PyValue>[] = [
  cm('noargs', 'bit_length', NOARGS, 'Number of bits necessary to represent self in binary.', v => bitLength(self(v))),
  cm('noargs', 'bit_count', NOARGS, 'Number of ones in the binary representation of the absolute value of self.', v => bitCount(self(v))),
  cm('clinic', 'to_bytes', `(length=1, ${BYTES_OPTIONS}`, 'Return an array of bytes representing an integer.', toBytes),
  cm('clinic', 'from_bytes', `(bytes, ${BYTES_OPTIONS}`, 'Return the integer represented by the given array of bytes.', fromBytes, { classMethod: true }),
  cm('noargs', 'as_integer_ratio', NOARGS, 'Return integer ratio: (self, 1).', v => new PyTuple([self(v), 1])),
  cm('noargs', 'conjugate', NOARGS, 'Returns self, the complex conjugate of any int.', v => self(v)),
  // Python 3.12 added int.is_integer; kept because programs written for newer Pythons call it.
  cm('noargs', 'is_integer', NOARGS, 'Returns True (an int is always integral).', () => true),
  ...(['__index__', '__int__'] as const).map(n => cm('wrapper', n, NOARGS, `Return self as an int (${n}).`, v => self(v))),
  ...(['__trunc__', '__floor__', '__ceil__'] as const).map(n => cm('noargs', n, NOARGS, `Rounding an int returns itself (${n}).`, v => self(v))),
  cm('wrapper', '__float__', NOARGS, 'float(self)', v => new PyFloat(intToFloat(self(v)))),
  cm('wrapper', '__abs__', NOARGS, 'abs(self)', v => intAbs(self(v))),
  cm('wrapper', '__neg__', NOARGS, '-self', v => intNegate(self(v))),
  cm('wrapper', '__pos__', NOARGS, '+self', v => self(v)),
  cm('wrapper', '__bool__', NOARGS, 'True if self else False', v => self(v) !== 0),
  cm('wrapper', '__hash__', NOARGS, 'Return hash(self).', v => pyHash(self(v))),
  cm('wrapper', '__repr__', NOARGS, 'Return repr(self).', v => repr(v)),
  // int compares with ints and bools only: (1).__eq__(1.0) is NotImplemented (float answers).
  ...comparisonMethods<PyValue>(v => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean', self),
];

const ATTRIBUTES: Record<string, (v: PyInt) => PyValue> = {
  real: v => v, imag: () => 0, numerator: v => v, denominator: () => 1,
};

export function installIntMethods(): void {
  const cls: PyClass = T.int;
  installCMethods(cls, INT_METHODS);
  for (const [name, get] of Object.entries(ATTRIBUTES)) {
    cls.dict.set(name, readOnlyProperty(name, v => get(self(v))));
  }
}
