// The im2col matrix of an NHWC convolution and its transpose: row m = one output position
// (b, oy, ox), column k = one filter tap (di, dj, c) in the filter's [kh, kw, Cin] order. Both
// work on a tile of rows [m0, m1) at `colOff` of `col`, which may be an ordinary array or the
// WebAssembly kernel memory.
import type { NumericArray } from '../../dtypes';
import type { Geometry } from './window';

/** Write rows [m0, m1) of the im2col matrix of `x`, zeros where the window leaves the input. */
export function im2col(x: NumericArray, g: Geometry, m0: number, m1: number, col: NumericArray, colOff: number): void {
  const { inH, inW, channels: C, kh, kw, sh, sw, dh, dw, outH, outW, padTop, padLeft } = g;
  const K = kh * kw * C;
  for (let m = m0, r = colOff; m < m1; m++, r += K) {
    const ox = m % outW, t = (m - ox) / outW, oy = t % outH, b = (t - oy) / outH;
    let dst = r;
    for (let di = 0; di < kh; di++) {
      const iy = oy * sh + di * dh - padTop;
      if (iy < 0 || iy >= inH) { for (let e = dst + kw * C; dst < e; dst++) col[dst] = 0; continue; }
      const rowBase = (b * inH + iy) * inW;
      for (let dj = 0; dj < kw; dj++) {
        const ix = ox * sw + dj * dw - padLeft;
        if (ix < 0 || ix >= inW) { for (let e = dst + C; dst < e; dst++) col[dst] = 0; continue; }
        for (let src = (rowBase + ix) * C, e = dst + C; dst < e; dst++, src++) col[dst] = x[src];
      }
    }
  }
}

/** The transpose of im2col: add rows [m0, m1) of `col` back onto the input positions in `dx`. */
export function col2imAdd(col: NumericArray, colOff: number, g: Geometry, m0: number, m1: number, dx: NumericArray): void {
  const { inH, inW, channels: C, kh, kw, sh, sw, dh, dw, outH, outW, padTop, padLeft } = g;
  const K = kh * kw * C;
  for (let m = m0, r = colOff; m < m1; m++, r += K) {
    const ox = m % outW, t = (m - ox) / outW, oy = t % outH, b = (t - oy) / outH;
    let src = r;
    for (let di = 0; di < kh; di++) {
      const iy = oy * sh + di * dh - padTop;
      if (iy < 0 || iy >= inH) { src += kw * C; continue; }
      const rowBase = (b * inH + iy) * inW;
      for (let dj = 0; dj < kw; dj++) {
        const ix = ox * sw + dj * dw - padLeft;
        if (ix < 0 || ix >= inW) { src += C; continue; }
        for (let dst = (rowBase + ix) * C, e = src + C; src < e; dst++, src++) dx[dst] += col[src];
      }
    }
  }
}
