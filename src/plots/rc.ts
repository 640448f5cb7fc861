// rcParams: matplotlib's global defaults, read when an artist is created (as matplotlib does).
import { keyError, notImplemented, valueError } from './errors';
import { FONT_SCALINGS, PropCycle, RC_DEFAULTS, RcValue } from './rc-defaults';
import { MATPLOTLIB_RC_KEYS } from './rc-keys';

export type { RcValue, PropCycle };

export class RcParams {
  private values = new Map<string, RcValue>(Object.entries(RC_DEFAULTS));

  keys(): string[] { return [...this.values.keys()].sort(); }
  has(key: string): boolean { return this.values.has(key); }

  get(key: string): RcValue {
    if (!this.values.has(key)) throw this.missing(key);
    return this.values.get(key)!;
  }

  /** `rcParams[key] = value`: numbers where the default is a number, lists where it is a list. */
  set(key: string, value: RcValue): void {
    const current = this.get(key);
    if (typeof current === 'number' && typeof value !== 'number') {
      if (typeof value === 'string' && key !== 'savefig.dpi' && !Number.isFinite(Number(value))) {
        throw valueError(`Key ${key}: Could not convert '${value}' to float`);
      }
      if (typeof value === 'string' && Number.isFinite(Number(value))) value = Number(value);
    }
    if (Array.isArray(current) && !Array.isArray(value) && typeof value !== 'string') {
      throw valueError(`Key ${key}: Expected a list, got ${JSON.stringify(value)}`);
    }
    if (key === 'text.usetex' && value) throw notImplemented('rcParams', 'text.usetex');
    this.values.set(key, value);
  }

  update(entries: Record<string, RcValue>): void {
    for (const [k, v] of Object.entries(entries)) this.set(k, v);
  }

  /** matplotlib.rcdefaults() / plt.rcdefaults(). */
  reset(): void { this.values = new Map(Object.entries(RC_DEFAULTS)); }

  number(key: string): number { return Number(this.get(key)); }
  string(key: string): string { return String(this.get(key)); }
  bool(key: string): boolean { return Boolean(this.get(key)); }
  pair(key: string): [number, number] { const v = this.get(key) as number[]; return [Number(v[0]), Number(v[1])]; }
  cycle(): PropCycle { return this.get('axes.prop_cycle') as PropCycle; }

  /** A font size key ('axes.titlesize') or a value (12, 'large') in points. */
  fontSize(keyOrValue: string | number): number {
    const raw = typeof keyOrValue === 'string' && this.values.has(keyOrValue) ? this.get(keyOrValue) : keyOrValue;
    return resolveFontSize(raw as string | number, this.number('font.size'));
  }

  private missing(key: string) {
    if (MATPLOTLIB_RC_KEYS.has(key)) return notImplemented('rcParams', key);
    return keyError(`'${key} is not a valid rc parameter (see rcParams.keys() for a list of valid parameters)'`);
  }
}

/** 'large' → 12 with font.size 10; numbers pass through. */
export function resolveFontSize(size: string | number, base: number): number {
  if (typeof size === 'number') return size;
  if (size in FONT_SCALINGS) return FONT_SCALINGS[size] * base;
  const n = Number(size);
  if (Number.isFinite(n)) return n;
  throw valueError(`${size} is not a valid font size. Valid font sizes are ${Object.keys(FONT_SCALINGS).join(', ')}.`);
}
