// hash() with CPython's values for numbers and tuples of numbers. CPython reduces every number
// modulo the Mersenne prime P = 2**61 - 1 so that equal ints, floats and bools hash alike:
// hash(2**64) == 8, hash(0.5) == 2**60, hash(-1) == -2 (-1 is reserved for errors in C).
// Strings are salted per process in CPython, so only their consistency is promised here.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PySet, PyTuple } from '../objects/containers';
import { isHost } from '../host';
import { typeError } from '../exceptions';
import { typeName } from './type-name';
import { callMethodIfDefined } from './attributes';
import { hashKey, objectId } from './hashing';
import { PyInt, absBig, intFromFloat, normBig } from './ints';
import { PyScalarSub } from '../objects/scalar-sub';

const P = (1n << 61n) - 1n;
const INF_HASH = 314159;
/** hash(None) is address-based in CPython 3.11: constant within a run. */
const NONE_TOKEN = {};

export function intHash(v: PyInt): PyInt {
  if (typeof v === 'number') return v === -1 ? -2 : v; // |v| < 2**53 < P
  const h = absBig(v) % P;
  const signed = v < 0n ? -h : h;
  return signed === -1n ? -2 : normBig(signed);
}

/** x = M * 2**E exactly; 2**61 ≡ 1 (mod P), so 2**E ≡ 2**(E mod 61). */
export function floatHash(x: number, owner: object): PyInt {
  if (x !== x) return objectId(owner);
  if (x === Infinity) return INF_HASH;
  if (x === -Infinity) return -INF_HASH;
  let m = Math.abs(x), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  const mant = BigInt(m) % P;
  const exp = ((e % 61) + 61) % 61;
  let h = (mant << BigInt(exp)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2 : normBig(h);
}

// xxHash-style tuple hash of CPython 3.8+ (Objects/tupleobject.c), in unsigned 64-bit.
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const U64 = (x: bigint) => BigInt.asUintN(64, x);

function tupleHash(t: PyTuple): PyInt {
  let acc = XXPRIME_5;
  for (const item of t.items) {
    const lane = U64(BigInt(pyHash(item)));
    acc = U64(acc + lane * XXPRIME_2);
    acc = U64((acc << 31n) | (acc >> 33n));
    acc = U64(acc * XXPRIME_1);
  }
  acc = U64(acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === U64(-1n)) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
}

function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h === -1 ? -2 : h;
}

/** hash(v) as Python computes it. */
export function pyHash(v: PyValue): PyInt {
  switch (typeof v) {
    case 'number': case 'bigint': return intHash(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': return stringHash(v);
  }
  if (v === null) return objectId(NONE_TOKEN);
  if (v instanceof PyFloat) return floatHash(v.v, v);
  if (v instanceof PyTuple) return tupleHash(v);
  if (v instanceof PyInstance) {
    const custom = v.cls.lookup('__hash__') === null ? null : callMethodIfDefined(v, '__hash__');
    if (custom === null) throw typeError(`unhashable type: '${typeName(v)}'`);
    if (custom !== undefined) {
      if (typeof custom === 'boolean') return custom ? 1 : 0;
      if (typeof custom !== 'number' && typeof custom !== 'bigint') throw typeError('__hash__ method should return an integer');
      // CPython keeps a result that fits Py_hash_t and hashes a bigger one again.
      return typeof custom === 'bigint' && BigInt.asIntN(64, custom) !== custom ? intHash(custom) : custom === -1 ? -2 : custom;
    }
    if (v instanceof PyScalarSub) return pyHash(v.value);
    return objectId(v);
  }
  if (v instanceof PySet && v.frozen) return stringHash(String(hashKey(v)));
  const key = hashKey(v); // raises for unhashable values
  // Host scalars (numpy numbers) key as the number they equal, so they hash like it.
  if (typeof key === 'number') return Number.isInteger(key) ? intHash(intFromFloat(key)) : floatHash(key, v as object);
  if (typeof key === 'bigint') return intHash(key);
  if (isHost(v) && typeof key === 'string') return stringHash(key);
  return objectId(key !== null && typeof key === 'object' ? key : v as object);
}
