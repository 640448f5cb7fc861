// The numeric core of DepthwiseConv2dNative and its backprops (NHWC): input channel c,
// multiplier q writes output channel c * M + q, from filter [kh, kw, C, M]. Direct loops: the
// depthwise convolutions of TF1 programs (MobileNet-style blocks) are small.
import type { NumericArray } from '../../dtypes';
import type { Geometry } from './window';

/** Calls visit(inputIndex, outputBase, filterBase) for every in-bounds tap of every output cell. */
function forEachTap(g: Geometry, mult: number, visit: (xi: number, oBase: number, fBase: number) => void): void {
  const C = g.channels, outC = C * mult;
  for (let b = 0; b < g.batch; b++) {
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++) {
        const oRow = ((b * g.outH + oy) * g.outW + ox) * outC;
        for (let di = 0; di < g.kh; di++) {
          const iy = oy * g.sh + di * g.dh - g.padTop;
          if (iy < 0 || iy >= g.inH) continue;
          for (let dj = 0; dj < g.kw; dj++) {
            const ix = ox * g.sw + dj * g.dw - g.padLeft;
            if (ix < 0 || ix >= g.inW) continue;
            const xRow = ((b * g.inH + iy) * g.inW + ix) * C, fRow = (di * g.kw + dj) * C * mult;
            for (let c = 0; c < C; c++) visit(xRow + c, oRow + c * mult, fRow + c * mult);
          }
        }
      }
    }
  }
}

export function depthwiseForward(x: NumericArray, f: NumericArray, out: NumericArray, g: Geometry, mult: number): void {
  out.fill(0);
  forEachTap(g, mult, (xi, o, fb) => { const v = x[xi]; for (let q = 0; q < mult; q++) out[o + q] += v * f[fb + q]; });
}

export function depthwiseInputGrad(f: NumericArray, dy: NumericArray, dx: NumericArray, g: Geometry, mult: number): void {
  dx.fill(0);
  forEachTap(g, mult, (xi, o, fb) => { let s = 0; for (let q = 0; q < mult; q++) s += dy[o + q] * f[fb + q]; dx[xi] += s; });
}

export function depthwiseFilterGrad(x: NumericArray, dy: NumericArray, df: NumericArray, g: Geometry, mult: number): void {
  df.fill(0);
  forEachTap(g, mult, (xi, o, fb) => { const v = x[xi]; for (let q = 0; q < mult; q++) df[fb + q] += v * dy[o + q]; });
}
