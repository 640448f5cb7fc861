// Text → number the way NumPy's text readers convert a field: surrounding whitespace is
// ignored; floats accept what C's strtod and Python's float() agree on (decimal and exponent
// forms, nan, inf, infinity, any case); ints are an optional sign and digits.

const FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|nan|inf|infinity)$/i;
const INT = /^[+-]?\d+$/;

/** The float a field holds, or null when it is not a number. */
export function parseFloatField(text: string): number | null {
  const t = text.trim();
  if (!FLOAT.test(t)) return null;
  const lower = t.toLowerCase();
  const sign = lower.startsWith('-') ? -1 : 1;
  const body = lower.replace(/^[+-]/, '');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  return Number(t);
}

/** The integer a field holds (exactly, as a double), or null when it is not one. */
export function parseIntField(text: string): number | null {
  const t = text.trim();
  return INT.test(t) ? Number(t) : null;
}
