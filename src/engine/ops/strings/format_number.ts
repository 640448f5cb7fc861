// AsString's printf formatting (TF builds a C format from its attrs: "%<fill><width>.<precision>f",
// "e" when scientific, "g" when shortest, "%d" for integers, "true"/"false" for bools).
import type { DType } from '../../dtypes';
import { isFloat } from '../../dtypes';

export interface NumberFormat { precision: number; scientific: boolean; shortest: boolean; width: number; fill: string }

export function formatNumber(v: number, dtype: DType, f: NumberFormat): string {
  let s: string;
  if (dtype === 'bool') s = v ? 'true' : 'false';
  else if (!isFloat(dtype)) s = String(Math.trunc(v));
  else if (!Number.isFinite(v)) s = Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  else if (f.scientific) s = expForm(v, f.precision < 0 ? 6 : f.precision);
  else if (f.shortest) s = gForm(v, f.precision < 0 ? 6 : f.precision);
  else s = v.toFixed(f.precision < 0 ? 6 : f.precision);
  if (f.width > s.length) {
    const zero = f.fill === '0' && dtype !== 'bool';
    const sign = zero && s.startsWith('-') ? '-' : '';
    const body = sign ? s.slice(1) : s;
    s = sign + (zero ? '0' : ' ').repeat(f.width - s.length) + body;
  }
  return s;
}

/** C's %e: mantissa with `p` decimals, exponent with a sign and at least two digits. */
function expForm(v: number, p: number): string {
  const [m, e] = v.toExponential(p).split('e');
  const n = Number(e);
  return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
}

/** C's %g: %e when the exponent is < -4 or >= precision, else %f; trailing zeros removed. */
function gForm(v: number, p: number): string {
  const P = p === 0 ? 1 : p;
  if (v === 0) return '0';
  const exp = Number(v.toExponential(P - 1).split('e')[1]);
  const strip = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  if (exp < -4 || exp >= P) {
    const [m, e] = expForm(v, P - 1).split('e');
    return `${strip(m)}e${e}`;
  }
  return strip(v.toFixed(Math.max(0, P - 1 - exp)));
}
