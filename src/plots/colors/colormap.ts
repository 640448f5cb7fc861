// A colormap is a lookup table of N RGBA entries, as in matplotlib: a value x in [0, 1] picks entry
// floor(x * N) (x == 1 picks the last); below 0 and above 1 pick the under/over colors, NaN the bad one.
import { RGBA } from './parse';

/** Segment data as matplotlib's LinearSegmentedColormap: per channel, rows (x, value_left, value_right). */
export type Segments = readonly (readonly [number, number, number])[];

export class Colormap {
  private underColor?: RGBA;
  private overColor?: RGBA;
  private badColor: RGBA = [0, 0, 0, 0];

  /** `lut` holds N RGBA rows of floats in [0, 1]. */
  constructor(readonly name: string, readonly lut: Float64Array, readonly N = lut.length / 4) {}

  entry(i: number): RGBA {
    const o = i * 4;
    return [this.lut[o], this.lut[o + 1], this.lut[o + 2], this.lut[o + 3]];
  }

  /** The lookup-table index of a normalized value; -1 under, N over, -2 bad. */
  index(x: number): number {
    if (Number.isNaN(x)) return -2;
    if (x < 0) return -1;
    if (x > 1) return this.N;
    return x === 1 ? this.N - 1 : Math.floor(x * this.N);
  }

  /** `cmap(x)` for one normalized value. */
  call(x: number, alpha?: number | null): RGBA {
    const i = this.index(x);
    const c = i === -2 ? this.badColor : i === -1 ? this.underColor ?? this.entry(0)
      : i === this.N ? this.overColor ?? this.entry(this.N - 1) : this.entry(i);
    return alpha === undefined || alpha === null ? c : [c[0], c[1], c[2], i === -2 ? c[3] : alpha];
  }

  /** Colors normalized values into 8-bit RGBA, the form images are encoded from. */
  mapToBytes(values: ArrayLike<number>, out: Uint8Array, alpha?: number | null): void {
    const bytes = new Uint8Array(this.N * 4);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(this.lut[i] * 255);
    const special = (c: RGBA) => c.map((v) => Math.round(v * 255));
    const under = special(this.call(-1)), over = special(this.call(2)), bad = special(this.badColor);
    const a = alpha === undefined || alpha === null ? -1 : Math.round(alpha * 255);
    for (let p = 0; p < values.length; p++) {
      const i = this.index(values[p]);
      const o = p * 4;
      if (i >= 0 && i < this.N) {
        const s = i * 4;
        out[o] = bytes[s]; out[o + 1] = bytes[s + 1]; out[o + 2] = bytes[s + 2]; out[o + 3] = bytes[s + 3];
      } else {
        const c = i === -2 ? bad : i === -1 ? under : over;
        out[o] = c[0]; out[o + 1] = c[1]; out[o + 2] = c[2]; out[o + 3] = c[3];
      }
      if (a >= 0 && i !== -2) out[o + 3] = a;
    }
  }

  reversed(name = this.name.endsWith('_r') ? this.name.slice(0, -2) : `${this.name}_r`): Colormap {
    const lut = new Float64Array(this.lut.length);
    for (let i = 0; i < this.N; i++) lut.set(this.lut.subarray((this.N - 1 - i) * 4, (this.N - i) * 4), i * 4);
    const r = new Colormap(name, lut, this.N);
    r.underColor = this.overColor; r.overColor = this.underColor; r.badColor = this.badColor;
    return r;
  }

  copy(): Colormap {
    const c = new Colormap(this.name, this.lut.slice(), this.N);
    c.underColor = this.underColor; c.overColor = this.overColor; c.badColor = this.badColor;
    return c;
  }

  setUnder(c: RGBA): void { this.underColor = c; }
  setOver(c: RGBA): void { this.overColor = c; }
  setBad(c: RGBA): void { this.badColor = c; }
  getBad(): RGBA { return this.badColor; }
}

/** matplotlib's LinearSegmentedColormap lookup table: channel values sampled at i / (N - 1). */
export function fromSegments(name: string, channels: readonly [Segments, Segments, Segments], N = 256): Colormap {
  const lut = new Float64Array(N * 4);
  channels.forEach((rows, ch) => {
    for (let i = 0; i < N; i++) lut[i * 4 + ch] = sampleSegments(rows, N === 1 ? 0 : i / (N - 1));
  });
  for (let i = 0; i < N; i++) lut[i * 4 + 3] = 1;
  return new Colormap(name, lut, N);
}

function sampleSegments(rows: Segments, x: number): number {
  if (rows.length === 1) return rows[0][1];
  let k = 1;
  while (k < rows.length - 1 && rows[k][0] < x) k++;
  const [x0, , right0] = rows[k - 1];
  const [x1, left1] = rows[k];
  const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
  return right0 + Math.min(1, Math.max(0, t)) * (left1 - right0);
}

/** LinearSegmentedColormap.from_list: the colors evenly spaced over [0, 1]. */
export function fromList(name: string, colors: readonly RGBA[], N = 256): Colormap {
  const xs = colors.map((_, i) => (colors.length === 1 ? 0 : i / (colors.length - 1)));
  const channel = (c: number): Segments => colors.map((col, i) => [xs[i], col[c], col[c]] as const);
  const cmap = fromSegments(name, [channel(0), channel(1), channel(2)], N);
  for (let i = 0; i < N; i++) cmap.lut[i * 4 + 3] = sampleSegments(channel(3), N === 1 ? 0 : i / (N - 1));
  return cmap;
}

/** ListedColormap: exactly these colors, one table entry each. */
export function listed(name: string, colors: readonly RGBA[]): Colormap {
  const lut = new Float64Array(colors.length * 4);
  colors.forEach((c, i) => lut.set(c, i * 4));
  return new Colormap(name, lut, colors.length);
}
