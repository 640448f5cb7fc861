// A correctly rounded natural log. NumPy's normals call C's log(), which glibc computes to
// within 0.52 ulp (almost always the correctly rounded value); V8's Math.log is sometimes one
// ulp off that, which would make randn() differ from NumPy in the last digit. So we evaluate
// log in double-double arithmetic (~100 bits) and round once.

type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1, for Dekker's exact product
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

function twoSum(a: number, b: number): DD {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a; const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b; const bh = t - (t - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}
function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return twoSum(s, e + x[1] + y[1]);
}
function mul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return twoSum(p, e + x[0] * y[1] + x[1] * y[0]);
}
function div(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = add(x, mul(y, [-q1, 0]));
  const q2 = r[0] / y[0];
  const r2 = add(r, mul(y, [-q2, 0]));
  const q3 = r2[0] / y[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

export function preciseLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  // x = 2^k · m with m in [√½, √2)
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  while (m >= 2) { m /= 2; k++; }
  while (m < 1) { m *= 2; k--; }
  if (m > Math.SQRT2) { m /= 2; k++; }
  // log m = 2·atanh(s), s = (m−1)/(m+1); the series converges fast for |s| < 0.172
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let term = s;
  let sum: DD = s;
  for (let n = 3; n < 80; n += 2) {
    term = mul(term, s2);
    const piece = div(term, [n, 0]);
    sum = add(sum, piece);
    if (Math.abs(piece[0]) < 1e-34 * Math.abs(sum[0])) break;
  }
  const logM = mul(sum, [2, 0]);
  const result = add(mul(LN2, [k, 0]), logM);
  return result[0] + result[1];
}
