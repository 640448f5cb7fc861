// NumPy's legacy binomial sampler (RandomState.binomial): inversion when the mean of the
// smaller tail is at most 30, else Kachitvichyanukul & Schmeiser's BTPE. RandomState keeps the
// "original" branch: no shortcut for n == 0 or p == 0, so those still draw one double each,
// and the seeded stream stays NumPy's.
import { preciseLog } from './precise_log';

export type NextDouble = () => number;

/**
 * Draws Binomial(n, p), keeping the inversion constants of the last (n, p) as NumPy's
 * binomial_t does: q^n needs a correctly rounded log (slow), and a mask array repeats one
 * (n, p) for every element. The constants are a pure function of (n, p), so caching them
 * leaves the stream unchanged.
 */
export class BinomialSampler {
  private n = NaN;
  private p = NaN;
  private qn = 0;
  private bound = 0;

  /** One draw for 0 <= p <= 1, n >= 0 (checked by the caller). */
  draw(next: NextDouble, n: number, p: number): number {
    if (p <= 0.5) return p * n <= 30 ? this.inversion(next, n, p) : btpe(next, n, p);
    const q = 1 - p;
    return n - (q * n <= 30 ? this.inversion(next, n, q) : btpe(next, n, q));
  }

  /** Walk the pmf from 0 until the uniform is used up; restart past a bound far in the tail. */
  private inversion(next: NextDouble, n: number, p: number): number {
    const q = 1 - p;
    if (n !== this.n || p !== this.p) {
      this.n = n; this.p = p;
      this.qn = Math.exp(n * preciseLog(q));
      const mean = n * p;
      this.bound = Math.trunc(Math.min(n, mean + 10 * Math.sqrt(mean * q + 1)));
    }
    const qn = this.qn, bound = this.bound;
    let x = 0, px = qn, u = next();
    while (u > px) {
      x++;
      if (x > bound) {
        x = 0; px = qn; u = next();
      } else {
        u -= px;
        px = ((n - x + 1) * p * px) / (x * q);
      }
    }
    return x;
  }
}

/** BTPE (p <= 0.5): a triangle, two parallelograms and exponential tails under the pmf. */
function btpe(next: NextDouble, n: number, p: number): number {
  const r = Math.min(p, 1 - p), q = 1 - r;
  const fm = n * r + r, m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5, xl = xm - p1, xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
  const nrq = n * r * q;
  for (;;) {
    const u = next() * p4;
    let v = next();
    let y: number;
    if (u <= p1) {
      // Triangle: accept at once.
      y = Math.floor(xm - p1 * v + u);
      return p > 0.5 ? n - y : y;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + preciseLog(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - preciseLog(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    if (accepts(y, v, n, m, r, q, xm, nrq)) return p > 0.5 ? n - y : y;
  }
}

/** The acceptance test of BTPE's step 50: explicit pmf ratio near the mode, else Stirling bounds. */
function accepts(y: number, v: number, n: number, m: number, r: number, q: number, xm: number, nrq: number): boolean {
  const k = Math.abs(y - m);
  if (!(k > 20 && k < nrq / 2 - 1)) {
    const s = r / q, a = s * (n + 1);
    let f = 1;
    if (m < y) for (let i = m + 1; i <= y; i++) f *= a / i - s;
    else if (m > y) for (let i = y + 1; i <= m; i++) f /= a / i - s;
    return v <= f;
  }
  const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
  const t = -k * k / (2 * nrq);
  const logV = preciseLog(v);
  if (logV < t - rho) return true;
  if (logV > t + rho) return false;
  const x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
  const stirling = (x: number) => { const x2 = x * x; return (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320; };
  const bound = xm * preciseLog(f1 / x1) + (n - m + 0.5) * preciseLog(z / w) + (y - m) * preciseLog(w * r / (x1 * q))
    + stirling(f1) + stirling(z) + stirling(x1) + stirling(w);
  return logV <= bound;
}
