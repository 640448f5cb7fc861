// Python's float spellings, which TF's text-format files use: `str(x)` of a double (shortest
// round-trip digits; exponent form below 1e-4 or from 1e16 on) and protobuf's ToShortestFloat for
// float32 fields (fewest digits from 6 up that still round to the same float32).

/** Python 3 `repr(x)` / `str(x)` of a double. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  const negative = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac || '0'}`;
}

/** protobuf's `str(ToShortestFloat(v))` for a float32 field. */
export function pythonFloat32Repr(v: number): string {
  if (!Number.isFinite(v) || v === 0) return pythonFloatRepr(v);
  for (let p = 6; p <= 9; p++) {
    const rounded = Number(v.toPrecision(p));
    if (Math.fround(rounded) === v) return pythonFloatRepr(rounded);
  }
  return pythonFloatRepr(v);
}
