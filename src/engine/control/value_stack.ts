// What a while loop records for its gradient: one value per iteration of an inner tensor, read
// back in reverse by the backward loop. A ValueStack rides in an ordinary value slot (an NDArray
// with no elements of its own) from the forward While op to the backward one.
//
// Recording copies each value (the inner op reuses its output buffer next iteration). Values of
// one size go into one growing arena per recorded tensor, kept across runs, so a training step
// allocates only when a longer sequence than before arrives.
import { NDArray } from '../ndarray';
import type { DType, NumericArray } from '../dtypes';
import { allocData } from '../dtypes';

export class ValueStack extends NDArray {
  constructor(readonly items: readonly NDArray[]) { super('int32', [0], new Int32Array(0)); }
  /** A deep copy (an outer loop records an inner loop's stacks, whose arenas the inner op reuses). */
  deepClone(): ValueStack { return new ValueStack(this.items.map(copyValue)); }
}

/** A copy of a recorded value that later runs of its producer cannot change. */
export function copyValue(v: NDArray): NDArray {
  return v instanceof ValueStack ? v.deepClone() : v.clone();
}

/** Records one tensor's value per iteration during one run of a loop. */
export class Accumulator {
  private arena: NumericArray | null = null;
  private dtype: DType | null = null;
  private elementSize = -1;
  private shapes: number[][] = [];
  /** Values that do not fit the arena (other dtype or size, stacks, strings): kept as copies. */
  private loose: (NDArray | null)[] = [];
  private count = 0;

  reset(): void { this.count = 0; this.shapes.length = 0; this.loose.length = 0; }

  push(v: NDArray): void {
    const i = this.count++;
    if (!(v instanceof ValueStack) && !Array.isArray(v.data) && this.fitsArena(v)) {
      const need = (i + 1) * this.elementSize;
      if (this.arena!.length < need) this.grow(need);
      this.arena!.set(v.data as NumericArray, i * this.elementSize);
      this.shapes[i] = v.shape as number[];
      this.loose[i] = null;
    } else {
      this.loose[i] = copyValue(v);
    }
  }

  /** The recorded values, oldest first (views into the arena until the next run). */
  finish(): ValueStack {
    const items: NDArray[] = [];
    for (let i = 0; i < this.count; i++) {
      const l = this.loose[i];
      if (l) { items.push(l); continue; }
      const data = this.arena!.subarray(i * this.elementSize, (i + 1) * this.elementSize);
      items.push(new NDArray(this.dtype!, this.shapes[i].slice(), data));
    }
    return new ValueStack(items);
  }

  /** The first value fixes the arena's dtype and element size for this run. */
  private fitsArena(v: NDArray): boolean {
    if (this.count === 1 || this.dtype === null) {
      if (this.dtype !== v.dtype || this.elementSize !== v.size) {
        this.dtype = v.dtype;
        this.elementSize = v.size;
        this.arena = null;
      }
      if (this.arena === null) this.arena = allocData(v.dtype, Math.max(1, v.size) * 8) as NumericArray;
      return true;
    }
    return v.dtype === this.dtype && v.size === this.elementSize;
  }

  private grow(need: number): void {
    const bigger = allocData(this.dtype!, Math.max(need, this.arena!.length * 2)) as NumericArray;
    bigger.set(this.arena!);
    this.arena = bigger;
  }
}
