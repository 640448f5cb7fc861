// TF's string fingerprints (tensorflow/core/platform/fingerprint.h): Fingerprint64 is FarmHash's
// Fingerprint64 (farmhashna::Hash64, seed-free, little-endian reads), and FingerprintCat64 joins
// two fingerprints (sparse crosses fold each feature's value into the running hash with it).
// tf.string_to_hash_bucket_fast, categorical_column_with_hash_bucket and crossed_column all hash
// through these, so a model's bucket ids match real TF's bit for bit. Arithmetic is on unsigned
// 64-bit BigInts (wrapping multiply/add as C++'s uint64 does); strings are byte strings (one char
// per byte, see byte_string.ts).

const MASK = (1n << 64n) - 1n;
const K0 = 0xc3a5c85c97cb3127n;
const K1 = 0xb492b66fbe98f273n;
const K2 = 0x9ae16a3b2f90404fn;

const add = (a: bigint, b: bigint): bigint => (a + b) & MASK;
const mul = (a: bigint, b: bigint): bigint => (a * b) & MASK;
/** Rotate right by `shift` bits (FarmHash's Rotate). */
const rotate = (v: bigint, shift: bigint): bigint => (shift === 0n ? v : ((v >> shift) | (v << (64n - shift))) & MASK);
const shiftMix = (v: bigint): bigint => v ^ (v >> 47n);

function fetch64(s: string, at: number): bigint {
  let lo = 0, hi = 0;
  for (let i = 3; i >= 0; i--) lo = lo * 256 + (s.charCodeAt(at + i) & 0xff);
  for (let i = 7; i >= 4; i--) hi = hi * 256 + (s.charCodeAt(at + i) & 0xff);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function fetch32(s: string, at: number): bigint {
  let v = 0;
  for (let i = 3; i >= 0; i--) v = v * 256 + (s.charCodeAt(at + i) & 0xff);
  return BigInt(v);
}

function hashLen16(u: bigint, v: bigint, m: bigint): bigint {
  let a = mul(u ^ v, m);
  a ^= a >> 47n;
  let b = mul(v ^ a, m);
  b ^= b >> 47n;
  return mul(b, m);
}

function hashLen0to16(s: string): bigint {
  const len = s.length, n = BigInt(len);
  if (len >= 8) {
    const m = add(K2, n * 2n);
    const a = add(fetch64(s, 0), K2);
    const b = fetch64(s, len - 8);
    const c = add(mul(rotate(b, 37n), m), a);
    const d = mul(add(rotate(a, 25n), b), m);
    return hashLen16(c, d, m);
  }
  if (len >= 4) {
    const m = add(K2, n * 2n);
    const a = fetch32(s, 0);
    return hashLen16(add(n, a << 3n), fetch32(s, len - 4), m);
  }
  if (len > 0) {
    const a = BigInt(s.charCodeAt(0) & 0xff), b = BigInt(s.charCodeAt(len >> 1) & 0xff), c = BigInt(s.charCodeAt(len - 1) & 0xff);
    // uint32 arithmetic, then widened to uint64 for the multiplies.
    const y = (a + (b << 8n)) & 0xffffffffn;
    const z = (n + (c << 2n)) & 0xffffffffn;
    return mul(shiftMix(mul(y, K2) ^ mul(z, K0)), K2);
  }
  return K2;
}

function hashLen17to32(s: string): bigint {
  const len = s.length, m = add(K2, BigInt(len) * 2n);
  const a = mul(fetch64(s, 0), K1);
  const b = fetch64(s, 8);
  const c = mul(fetch64(s, len - 8), m);
  const d = mul(fetch64(s, len - 16), K2);
  return hashLen16(add(add(rotate(add(a, b), 43n), rotate(c, 30n)), d), add(add(a, rotate(add(b, K2), 18n)), c), m);
}

function hashLen33to64(s: string): bigint {
  const len = s.length, m = add(K2, BigInt(len) * 2n);
  const a = mul(fetch64(s, 0), K2);
  const b = fetch64(s, 8);
  const c = mul(fetch64(s, len - 8), m);
  const d = mul(fetch64(s, len - 16), K2);
  const y = add(add(rotate(add(a, b), 43n), rotate(c, 30n)), d);
  const z = hashLen16(y, add(add(a, rotate(add(b, K2), 18n)), c), m);
  const e = mul(fetch64(s, 16), m);
  const f = fetch64(s, 24);
  const g = mul(add(y, fetch64(s, len - 32)), m);
  const h = mul(add(z, fetch64(s, len - 24)), m);
  return hashLen16(add(add(rotate(add(e, f), 43n), rotate(g, 30n)), h), add(add(e, rotate(add(f, a), 18n)), g), m);
}

/** FarmHash's WeakHashLen32WithSeeds over the 32 bytes at `at`, seeded with a and b. */
function weak32(s: string, at: number, a0: bigint, b0: bigint): [bigint, bigint] {
  const w = fetch64(s, at), x = fetch64(s, at + 8), y = fetch64(s, at + 16), z = fetch64(s, at + 24);
  let a = add(a0, w);
  let b = rotate(add(add(b0, a), z), 21n);
  const c = a;
  a = add(add(a, x), y);
  b = add(b, rotate(a, 44n));
  return [add(a, z), add(b, c)];
}

/** Strings over 64 bytes: 64-byte blocks through two 32-byte weak hashes, then the last 64 bytes. */
function hashLong(s: string): bigint {
  const len = s.length, seed = 81n;
  let x = seed;
  let y = add(mul(seed, K1), 113n);
  let z = mul(shiftMix(add(mul(y, K2), 113n)), K2);
  let v: [bigint, bigint] = [0n, 0n], w: [bigint, bigint] = [0n, 0n];
  x = add(mul(x, K2), fetch64(s, 0));
  const end = Math.floor((len - 1) / 64) * 64;
  const last64 = end + ((len - 1) & 63) - 63;
  let p = 0;
  do {
    x = mul(rotate(add(add(add(x, y), v[0]), fetch64(s, p + 8)), 37n), K1);
    y = mul(rotate(add(add(y, v[1]), fetch64(s, p + 48)), 42n), K1);
    x ^= w[1];
    y = add(y, add(v[0], fetch64(s, p + 40)));
    z = mul(rotate(add(z, w[0]), 33n), K1);
    v = weak32(s, p, mul(v[1], K1), add(x, w[0]));
    w = weak32(s, p + 32, add(z, w[1]), add(y, fetch64(s, p + 16)));
    [z, x] = [x, z];
    p += 64;
  } while (p !== end);
  const m = add(K1, (z & 0xffn) << 1n);
  p = last64;
  w[0] = add(w[0], BigInt((len - 1) & 63));
  v[0] = add(v[0], w[0]);
  w[0] = add(w[0], v[0]);
  x = mul(rotate(add(add(add(x, y), v[0]), fetch64(s, p + 8)), 37n), m);
  y = mul(rotate(add(add(y, v[1]), fetch64(s, p + 48)), 42n), m);
  x ^= mul(w[1], 9n);
  y = add(y, add(mul(v[0], 9n), fetch64(s, p + 40)));
  z = mul(rotate(add(z, w[0]), 33n), m);
  v = weak32(s, p, mul(v[1], m), add(x, w[0]));
  w = weak32(s, p + 32, add(z, w[1]), add(y, fetch64(s, p + 16)));
  [z, x] = [x, z];
  return hashLen16(add(add(hashLen16(v[0], w[0], m), mul(shiftMix(y), K0)), z), add(hashLen16(v[1], w[1], m), x), m);
}

/** TF's Fingerprint64 of a byte string, as an unsigned 64-bit BigInt. */
export function fingerprint64(s: string): bigint {
  const len = s.length;
  if (len <= 16) return hashLen0to16(s);
  if (len <= 32) return hashLen17to32(s);
  if (len <= 64) return hashLen33to64(s);
  return hashLong(s);
}

const CAT_MUL = 0xc6a4a7935bd1e995n;

/** TF's FingerprintCat64(fp1, fp2): not commutative; unsigned 64-bit in and out. */
export function fingerprintCat64(fp1: bigint, fp2: bigint): bigint {
  let result = (fp1 & MASK) ^ CAT_MUL;
  result ^= mul(shiftMix(mul(fp2 & MASK, CAT_MUL)), CAT_MUL);
  result = mul(result, CAT_MUL);
  result = mul(shiftMix(result), CAT_MUL);
  return shiftMix(result);
}

/** An int64 value (exact in a double) as the uint64 bits C++'s static_cast gives. */
export const uint64OfInt64 = (v: number): bigint => BigInt.asUintN(64, BigInt(v));
