// Norms map data values into [0, 1] before a colormap looks them up (matplotlib.colors.Normalize
// and LogNorm). Unset limits are taken from the first data the norm sees, as autoscale_None does.
import { valueError } from '../errors';
import { finiteRange } from '../data';

export class Normalize {
  constructor(public vmin: number | null = null, public vmax: number | null = null, public clip = false) {}

  /** Fills unset limits from the data's finite range. */
  autoscaleNone(values: ArrayLike<number>): void {
    if (this.vmin !== null && this.vmax !== null) return;
    const [lo, hi] = this.dataRange(values);
    if (this.vmin === null) this.vmin = Number.isFinite(lo) ? lo : 0;
    if (this.vmax === null) this.vmax = Number.isFinite(hi) ? hi : 1;
  }

  protected dataRange(values: ArrayLike<number>): [number, number] { return finiteRange(values); }

  /** `norm(value)`; with vmin == vmax every value maps to 0, as matplotlib does. */
  call(value: number): number {
    const vmin = this.vmin ?? 0, vmax = this.vmax ?? 1;
    if (vmin > vmax) throw valueError('minvalue must be less than or equal to maxvalue');
    if (vmin === vmax) return Number.isNaN(value) ? NaN : 0;
    let v = this.clip ? Math.min(vmax, Math.max(vmin, value)) : value;
    v = this.forward(v);
    const lo = this.forward(vmin), hi = this.forward(vmax);
    return (v - lo) / (hi - lo);
  }

  /** Value at a normalized position (colorbar ticks and gradients). */
  inverse(t: number): number {
    const lo = this.forward(this.vmin ?? 0), hi = this.forward(this.vmax ?? 1);
    return this.backward(lo + t * (hi - lo));
  }

  protected forward(v: number): number { return v; }
  protected backward(v: number): number { return v; }

  mapAll(values: ArrayLike<number>): Float64Array {
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = this.call(values[i]);
    return out;
  }

  get scale(): 'linear' | 'log' { return 'linear'; }
}

export class LogNorm extends Normalize {
  protected dataRange(values: ArrayLike<number>): [number, number] {
    const positive: number[] = [];
    for (let i = 0; i < values.length; i++) if (values[i] > 0) positive.push(values[i]);
    return finiteRange(positive);
  }
  call(value: number): number {
    if ((this.vmin ?? 1) <= 0) throw valueError('Invalid vmin or vmax');
    return value <= 0 ? NaN : super.call(value);
  }
  protected forward(v: number): number { return Math.log10(v); }
  protected backward(v: number): number { return 10 ** v; }
  get scale(): 'linear' | 'log' { return 'log'; }
}
