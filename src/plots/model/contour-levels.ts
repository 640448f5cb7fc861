// Contour levels bit for bit as matplotlib computes them: MaxNLocator._raw_ticks with a plain
// MaxNLocator's steps, in float64 with Python's divmod. The axis ticks (ticks.ts) round their
// values for printing; levels must not be rounded, since a layer color is a colormap lookup at
// the midpoint of two levels and a last-bit difference can pick the neighbouring LUT entry.

/** A MaxNLocator made without steps= uses these (AutoLocator, which axes use, has 1, 2, 2.5, 5, 10). */
const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** MaxNLocator._staircase: a decade below and one step above. */
const EXTENDED = [...STEPS.slice(0, -1).map((s) => 0.1 * s), ...STEPS, 10 * STEPS[1]];

/** Python's float divmod (floor division, remainder with the divisor's sign). */
function divmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) { if ((y < 0) !== (mod < 0)) { mod += y; div -= 1; } } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div) { floordiv = Math.floor(div); if (div - floordiv > 0.5) floordiv += 1; } else floordiv = x / y < 0 ? -0 : 0;
  return [floordiv, mod];
}

/** matplotlib.transforms.nonsingular with the locator's expander 1e-13 and tiny 1e-14. */
function nonsingular(vmin: number, vmax: number): [number, number] {
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < 1e-14 || !Number.isFinite(maxabs)) return [-1e-13, 1e-13];
  if (vmax - vmin <= maxabs * 1e-14) {
    if (vmax === 0 && vmin === 0) return [-1e-13, 1e-13];
    return [vmin - 1e-13 * Math.abs(vmin), vmax + 1e-13 * Math.abs(vmax)];
  }
  return [vmin, vmax];
}

/** MaxNLocator(nbins, min_n_ticks).tick_values(vmin, vmax). */
export function maxNTickValues(vmin0: number, vmax0: number, nbins: number, minTicks: number): number[] {
  const [vmin, vmax] = nonsingular(vmin0, vmax0);
  const dv = Math.abs(vmax - vmin), meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < 100 ? 0 : Math.sign(meanv) * 10 ** Math.floor(Math.log10(Math.abs(meanv)));
  const scale = 10 ** Math.floor(Math.log10(dv / nbins));
  const lo = vmin - offset, hi = vmax - offset;
  const raw = (hi - lo) / nbins;
  const steps = EXTENDED.map((s) => s * scale);
  let istep = steps.findIndex((s) => s >= raw);
  if (istep < 0) istep = steps.length - 1;
  let ticks: number[] = [];
  for (; istep >= 0; istep--) {
    const step = steps[istep];
    const best = divmod(lo, step)[0] * step;
    const tol = offset > 0 ? Math.min(0.4999, Math.max(1e-10, 10 ** (Math.log10(offset / step) - 12))) : 1e-10;
    const le = (x: number) => { const [d, m] = divmod(x, step); return Math.abs(m / step - 1) < tol ? d + 1 : d; };
    const ge = (x: number) => { const [d, m] = divmod(x, step); return Math.abs(m / step) < tol ? d : d + 1; };
    ticks = [];
    for (let n = le(lo - best); n <= ge(hi - best); n++) ticks.push(n * step + best);
    if (ticks.filter((t) => t <= hi && t >= lo).length >= minTicks) break;
  }
  return ticks.map((t) => t + offset);
}
