// NumPy's FloatingFormat with the print options' precision and suppress (floatmode 'maxprec',
// sign '-'): one pass over the finite values picks positional or scientific
// notation and the common paddings, then every element is printed to that layout.
import { FloatWidth } from './decimal_digits';
import { formatPositional, formatScientific, TrimMode } from './dragon4';
import { printOptions } from './print_options';

// legacy='1.25' (NumPy 1.x) switches to scientific at 1e8 for every float width.
const EXP_CUTOFF_MAX = 1e8;

export function makeFloatFormatter(values: ArrayLike<number>, width: FloatWidth): (x: number) => string {
  const precisionOption = printOptions.precision;
  const finite: number[] = [];
  let hasNegInf = false, nonFinite = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite.push(v);
    else { nonFinite = true; if (v === -Infinity) hasNegInf = true; }
  }
  let expFormat = false;
  let maxAbs = 0, minAbs = Infinity;
  for (const v of finite) {
    const a = Math.abs(v);
    if (a === 0) continue;
    if (a > maxAbs) maxAbs = a;
    if (a < minAbs) minAbs = a;
  }
  // suppress=True keeps positional notation for small values (they round to 0.) but not past 1e8.
  if (maxAbs > 0 && (maxAbs >= EXP_CUTOFF_MAX || (!printOptions.suppress && (minAbs < 0.0001 || maxAbs / minAbs > 1000)))) expFormat = true;

  let padLeft = 0, padRight = 0, precision: number | undefined = precisionOption, minDigits: number | undefined;
  let trim: TrimMode = '.', expSize = -1;
  if (finite.length === 0) {
    // nothing to measure
  } else if (expFormat) {
    let maxFrac = 0, maxExp = 0;
    for (const v of finite) {
      const s = formatScientific(v, { width, precision: precisionOption, trim: '.' });
      const [mant, exp] = s.split('e');
      const [ip, fp] = mant.split('.');
      maxFrac = Math.max(maxFrac, fp.length);
      maxExp = Math.max(maxExp, exp.length);
      padLeft = Math.max(padLeft, ip.length);
    }
    expSize = maxExp - 1;
    trim = 'k';
    precision = maxFrac;
    minDigits = maxFrac;
    padRight = expSize + 2 + precision;
  } else {
    for (const v of finite) {
      const s = formatPositional(v, { width, precision: precisionOption, trim: '.' });
      const [ip, fp] = s.split('.');
      padLeft = Math.max(padLeft, ip.length);
      padRight = Math.max(padRight, fp.length);
    }
  }
  if (nonFinite) {
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (hasNegInf ? 1 : 0) - offset);
  }
  const total = padLeft + padRight + 1;
  return (x: number) => {
    if (Number.isNaN(x)) return 'nan'.padStart(total, ' ');
    if (!Number.isFinite(x)) return (x < 0 ? '-inf' : 'inf').padStart(total, ' ');
    if (expFormat) return formatScientific(x, { width, precision, minDigits, trim, padLeft, expDigits: expSize });
    return formatPositional(x, { width, precision, minDigits: 0, trim, padLeft, padRight });
  };
}

/** repr/str of a NumPy float scalar (NumPy 1.x style: `0.5`, `1.0`, `1e-05`, `1e+16`). */
export function formatFloatScalar(x: number, width: FloatWidth): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const a = Math.abs(x);
  if (a === 0 || (a < 1e16 && a >= 1e-4)) return formatPositional(x, { width, trim: '0' });
  return formatScientific(x, { width, trim: '-' });
}
