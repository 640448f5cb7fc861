// Decimal digit strings of binary floats, the raw material of NumPy's Dragon4 printing:
// the exact expansion (for rounding at a cutoff with IEEE half-even ties) and the shortest
// digits that still identify the value at float16, float32 or float64 precision.
import { roundToHalf } from '../../engine/dtypes';

/** |x| = 0.d1d2d3... × 10^(exp+1), i.e. the first digit sits at decimal position `exp`. */
export interface Digits { digits: string; exp: number }

export type FloatWidth = 'float16' | 'float32' | 'float64';

const view = new DataView(new ArrayBuffer(8));

/** Exact decimal expansion of a finite |x| (every double is a finite decimal). */
export function exactDigits(x: number): Digits {
  x = Math.abs(x);
  if (x === 0) return { digits: '0', exp: 0 };
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let binExp: number;
  if (biased === 0) binExp = -1074;
  else { mant |= 1n << 52n; binExp = biased - 1075; }
  let text: string, exp: number;
  if (binExp >= 0) {
    text = (mant << BigInt(binExp)).toString();
    exp = text.length - 1;
  } else {
    // m·2^-k = m·5^k / 10^k
    text = (mant * 5n ** BigInt(-binExp)).toString();
    exp = text.length - 1 + binExp;
  }
  return { digits: stripZeros(text), exp };
}

/** Shortest digits that round back to x at the given width; closest to x among equals. */
export function shortestDigits(x: number, width: FloatWidth): Digits {
  x = Math.abs(x);
  if (x === 0) return { digits: '0', exp: 0 };
  // ECMAScript's Number→string is specified as shortest-then-closest at double precision.
  if (width === 'float64') return parseExponential(x.toExponential());
  const round = width === 'float16' ? roundToHalf : Math.fround;
  const exact = exactDigits(x);
  for (let p = 1; p <= 9; p++) {
    // The nearest p-digit decimal, ties to even as Dragon4 does.
    const nearest = roundAt(exact, exact.exp - p + 1);
    if (round(toNumber(nearest)) === x) return nearest;
    // Just above a power of two the rounding interval is lopsided: the neighbour on the far
    // side may still round back although the nearest candidate does not.
    const unitExp = nearest.exp - p + 1;
    const n = BigInt(nearest.digits.padEnd(p, '0'));
    for (const step of [1n, -1n]) {
      const m = n + step;
      if (m > 0n && round(Number(`${m}e${unitExp}`)) === x) return normalise(m.toString(), unitExp + m.toString().length - 1);
    }
  }
  return parseExponential(x.toExponential(8));
}

/**
 * Round exact digits so that the last kept digit sits at decimal position `lastPos`
 * (e.g. -8 keeps 8 fractional digits). Ties go to the even digit, like Dragon4.
 */
export function roundAt(d: Digits, lastPos: number): Digits {
  if (d.digits === '0') return d;
  const keep = d.exp - lastPos + 1;
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { digits: '0', exp: 0 };
  const kept = d.digits.slice(0, keep);
  const rest = d.digits.slice(keep);
  const lastKeptEven = keep === 0 || Number(kept[keep - 1]) % 2 === 0;
  const roundUp = rest[0] > '5' || (rest[0] === '5' && (rest.length > 1 || !lastKeptEven));
  if (!roundUp) return keep === 0 ? { digits: '0', exp: 0 } : normalise(kept, d.exp);
  const bumped = (BigInt(kept || '0') + 1n).toString();
  const grew = bumped.length > keep ? 1 : 0;
  return normalise(bumped, d.exp + grew);
}

function toNumber(d: Digits): number {
  return Number(`0.${d.digits}e${d.exp + 1}`);
}

function parseExponential(s: string): Digits {
  const [mant, e] = s.split('e');
  return normalise(mant.replace('.', ''), Number(e));
}

function normalise(digits: string, exp: number): Digits {
  const s = stripZeros(digits);
  return s === '0' ? { digits: '0', exp: 0 } : { digits: s, exp };
}

function stripZeros(s: string): string {
  const t = s.replace(/0+$/, '');
  return t === '' ? '0' : t;
}
