// matplotlib.ticker's common locators and formatters, as plain objects an Axis holds.
import { format as d3format } from 'd3-format';
import { valueError } from '../errors';

export type Locator =
  | { kind: 'auto' }
  | { kind: 'maxn'; nbins: number | 'auto'; integer: boolean; steps: number[] | null }
  | { kind: 'multiple'; base: number }
  | { kind: 'fixed'; locs: number[] }
  | { kind: 'null' };

export type Formatter =
  | { kind: 'scalar' }
  | { kind: 'fixed'; labels: string[] }
  | { kind: 'null' }
  | { kind: 'func'; fn: (x: number, pos: number) => string }
  | { kind: 'str'; fmt: string };

export const AutoLocator = (): Locator => ({ kind: 'auto' });
export function MaxNLocator(nbins: number | 'auto' = 10, kw: { integer?: boolean; steps?: number[] | null } = {}): Locator {
  return { kind: 'maxn', nbins, integer: Boolean(kw.integer), steps: kw.steps ?? null };
}
export function MultipleLocator(base = 1): Locator {
  if (!(base > 0)) throw valueError("'base' must be positive");
  return { kind: 'multiple', base };
}
export const FixedLocator = (locs: ArrayLike<number>): Locator => ({ kind: 'fixed', locs: Array.from(locs, Number) });
export const NullLocator = (): Locator => ({ kind: 'null' });
export const ScalarFormatter = (): Formatter => ({ kind: 'scalar' });
export const NullFormatter = (): Formatter => ({ kind: 'null' });
export const FixedFormatter = (labels: readonly unknown[]): Formatter => ({ kind: 'fixed', labels: labels.map(String) });
export const FuncFormatter = (fn: (x: number, pos: number) => string): Formatter => ({ kind: 'func', fn });
export const FormatStrFormatter = (fmt: string): Formatter => ({ kind: 'str', fmt });

/** Python %-formatting of one number: %d, %i, %f, %.Nf, %e, %.Ne, %g, %s, %%, with literal text around. */
export function percentFormat(fmt: string, x: number): string {
  return fmt.replace(/%([-+ 0]*)(\d*)(?:\.(\d+))?([difeEgGs%])/g, (_m, flags: string, width: string, prec: string, type: string) => {
    if (type === '%') return '%';
    const p = prec === undefined ? undefined : Number(prec);
    let s: string;
    if (type === 'd' || type === 'i') s = d3format('d')(Math.trunc(x));
    else if (type === 'f') s = d3format(`.${p ?? 6}f`)(x);
    else if (type === 'e' || type === 'E') s = x.toExponential(p ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
    else if (type === 'g' || type === 'G') s = String(Number(x.toPrecision(p || 6)));
    else s = String(x);
    s = s.replace('−', '-');
    if (flags.includes('+') && x >= 0) s = `+${s}`;
    if (type === 'E') s = s.toUpperCase();
    return width ? s.padStart(Number(width), flags.includes('0') ? '0' : ' ') : s;
  });
}
