// repr(float) exactly like CPython: shortest round-trip digits, scientific notation when the
// exponent is < -4 or >= 16, at least two exponent digits, and a trailing '.0' for integers.
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = parseInt(expStr, 10);
  const neg = mant[0] === '-';
  const digits = mant.replace('-', '').replace('.', '');
  return (neg ? '-' : '') + placeDigits(digits, exp, true);
}

/** Formats significant digits d1d2d3... with decimal exponent exp the way repr/str/'g' do. */
export function placeDigits(digits: string, exp: number, forceDot: boolean): string {
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return digits + '0'.repeat(exp + 1 - digits.length) + (forceDot ? '.0' : '');
  return digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}
