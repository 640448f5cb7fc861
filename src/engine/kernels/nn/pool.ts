// Max and average pooling over NHWC windows, and their backprops, as library loops the pooling
// op definitions (ops/nn/pooling.ts) call. Windows only see cells inside the input: padding
// never wins a max and is not counted in an average. Max ties go to the first maximum in
// row-major window order.
import type { NumericArray } from '../../dtypes';
import type { Geometry } from './window';

/** Window bounds per output row and column, clipped to the input (padding is outside). */
interface Bounds { y0: Int32Array; y1: Int32Array; x0: Int32Array; x1: Int32Array }
function windowBounds(g: Geometry): Bounds {
  const b: Bounds = { y0: new Int32Array(g.outH), y1: new Int32Array(g.outH), x0: new Int32Array(g.outW), x1: new Int32Array(g.outW) };
  for (let oy = 0; oy < g.outH; oy++) { const s = oy * g.sh - g.padTop; b.y0[oy] = Math.max(s, 0); b.y1[oy] = Math.min(s + g.kh, g.inH); }
  for (let ox = 0; ox < g.outW; ox++) { const s = ox * g.sw - g.padLeft; b.x0[ox] = Math.max(s, 0); b.x1[ox] = Math.min(s + g.kw, g.inW); }
  return b;
}

export const pooledShape = (g: Geometry): number[] => [g.batch, g.outH, g.outW, g.channels];

export function maxPoolForward(x: NumericArray, o: NumericArray, g: Geometry): void {
  const C = g.channels, rowStride = g.inW * C, { y0, y1, x0, x1 } = windowBounds(g);
  // One channel's whole window at a time, its running max in a local: each output is
  // written once instead of read and rewritten for every window cell.
  for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++, oOff += C) {
        const first = ((bt * g.inH + y0[oy]) * g.inW + x0[ox]) * C;
        const rows = y1[oy] - y0[oy], cols = x1[ox] - x0[ox];
        if (rows === 2 && cols === 2) {
          // The 2x2 window of most nets, unrolled (same order: NaN never wins).
          for (let c = 0, p = first; c < C; c++, p++) {
            let best = -Infinity, v = x[p];
            if (v > best) best = v;
            v = x[p + C]; if (v > best) best = v;
            v = x[p + rowStride]; if (v > best) best = v;
            v = x[p + rowStride + C]; if (v > best) best = v;
            o[oOff + c] = best;
          }
          continue;
        }
        for (let c = 0; c < C; c++) {
          let best = -Infinity;
          for (let r = 0, p = first + c; r < rows; r++, p += rowStride) {
            for (let q = 0, i = p; q < cols; q++, i += C) { const v = x[i]; if (v > best) best = v; }
          }
          o[oOff + c] = best;
        }
      }
    }
  }
}

/**
 * For every output cell and channel, the flat NHWC input index of its window's first maximum
 * (the first cell when nothing beats it), written into `index`.
 */
export function maxPoolArgmax(x: NumericArray, index: Int32Array | Float64Array, g: Geometry): void {
  const C = g.channels, rowStride = g.inW * C, { y0, y1, x0, x1 } = windowBounds(g);
  for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++, oOff += C) {
        const first = ((bt * g.inH + y0[oy]) * g.inW + x0[ox]) * C;
        const rows = y1[oy] - y0[oy], cols = x1[ox] - x0[ox];
        for (let c = 0; c < C; c++) {
          let best = x[first + c], at = first + c;
          for (let r = 0, p = first + c; r < rows; r++, p += rowStride) {
            for (let q = 0, i = p; q < cols; q++, i += C) { const v = x[i]; if (v > best) { best = v; at = i; } }
          }
          index[oOff + c] = at;
        }
      }
    }
  }
}

/** dx[argmax of each window] += dy: MaxPoolGrad, the argmax found in locals per window. */
export function maxPoolBackward(x: NumericArray, dy: NumericArray, dx: NumericArray, g: Geometry): void {
  const C = g.channels, rowStride = g.inW * C, { y0, y1, x0, x1 } = windowBounds(g);
  dx.fill(0);
  for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++, oOff += C) {
        const first = ((bt * g.inH + y0[oy]) * g.inW + x0[ox]) * C;
        const rows = y1[oy] - y0[oy], cols = x1[ox] - x0[ox];
        if (rows === 2 && cols === 2) {
          for (let c = 0, p = first; c < C; c++, p++) {
            let best = x[p], at = p, v = x[p + C];
            if (v > best) { best = v; at = p + C; }
            v = x[p + rowStride]; if (v > best) { best = v; at = p + rowStride; }
            v = x[p + rowStride + C]; if (v > best) { best = v; at = p + rowStride + C; }
            dx[at] += dy[oOff + c];
          }
          continue;
        }
        for (let c = 0; c < C; c++) {
          let best = x[first + c], at = first + c;
          for (let r = 0, p = first + c; r < rows; r++, p += rowStride) {
            for (let q = 0, i = p; q < cols; q++, i += C) { const v = x[i]; if (v > best) { best = v; at = i; } }
          }
          dx[at] += dy[oOff + c];
        }
      }
    }
  }
}

export function avgPoolForward(x: NumericArray, o: NumericArray, g: Geometry): void {
  const C = g.channels, { y0, y1, x0, x1 } = windowBounds(g);
  for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++, oOff += C) {
        for (let c = 0; c < C; c++) o[oOff + c] = 0;
        for (let iy = y0[oy]; iy < y1[oy]; iy++) {
          for (let ix = x0[ox], iOff = ((bt * g.inH + iy) * g.inW + ix) * C; ix < x1[ox]; ix++) {
            for (let c = 0; c < C; c++, iOff++) o[oOff + c] += x[iOff];
          }
        }
        const count = (y1[oy] - y0[oy]) * (x1[ox] - x0[ox]);
        for (let c = 0; c < C; c++) o[oOff + c] /= count;
      }
    }
  }
}

/** Each output cell's dy / (valid cells in its window) added to each valid input cell. */
export function avgPoolBackward(dy: NumericArray, dx: NumericArray, g: Geometry): void {
  const C = g.channels, { y0, y1, x0, x1 } = windowBounds(g);
  dx.fill(0);
  for (let bt = 0, oOff = 0; bt < g.batch; bt++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++, oOff += C) {
        const scale = 1 / ((y1[oy] - y0[oy]) * (x1[ox] - x0[ox]));
        for (let iy = y0[oy]; iy < y1[oy]; iy++) {
          for (let ix = x0[ox], iOff = ((bt * g.inH + iy) * g.inW + ix) * C; ix < x1[ox]; ix++) {
            for (let c = 0; c < C; c++, iOff++) dx[iOff] += dy[oOff + c] * scale;
          }
        }
      }
    }
  }
}
