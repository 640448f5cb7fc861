// How TF's logging ops spell a tensor's value in a message: Assert and tf.Print use the C++
// SummarizeValue (the first `summarize` elements, space separated, nested brackets for rank > 1,
// "..." when cut short); tf.print uses NumPy-like text (`[1 2 3 ... 8 9 10]`, one row per line).
import type { NDArray } from '../ndarray';

/** One element as TF's C++ StrCat spells it: shortest round-trip digits, bools as 1/0. */
export function elementText(v: NDArray, i: number): string {
  if (v.dtype === 'string') return (v.data as string[])[i];
  const x = Number(v.numeric[i]);
  if (v.dtype === 'bool') return x ? '1' : '0';
  if (Number.isNaN(x)) return v.dtype === 'float64' ? 'nan' : 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Number.isInteger(x) || v.dtype !== 'float32') return String(x);
  // float32: the shortest decimal that reads back as the same float32 (StrCat's FloatToBuffer).
  for (let digits = 6; digits <= 9; digits++) {
    const s = Number(x.toPrecision(digits));
    if (Math.fround(s) === x) return String(s);
  }
  return String(x);
}

/** TF's Tensor::SummarizeValue(summarize): `1 2 3...`, `[[1 2][3 4]]`; summarize < 0 prints all. */
export function summarizeValue(v: NDArray, summarize: number): string {
  const size = v.size;
  const limit = summarize < 0 ? size : Math.min(summarize, size);
  if (v.shape.length <= 1) {
    const parts: string[] = [];
    for (let i = 0; i < limit; i++) parts.push(elementText(v, i));
    return parts.join(' ') + (limit < size ? '...' : '');
  }
  let printed = 0;
  const dims = v.shape;
  const dim = (level: number, offset: number, stride: number): string => {
    const n = dims[level], inner = stride / n;
    let out = '[';
    for (let k = 0; k < n; k++) {
      if (printed >= limit) { out += '...'; break; }
      if (level === dims.length - 1) { out += (k > 0 ? ' ' : '') + elementText(v, offset + k); printed++; }
      else out += dim(level + 1, offset + k * inner, inner);
    }
    return out + ']';
  };
  return dim(0, 0, size);
}

/** tf.print's NumPy-like text: `[1 2 3]`, `[1 2 3 ... 8 9 10]` past 2·summarize, rows on lines. */
export function printValue(v: NDArray, summarize: number): string {
  const dims = v.shape;
  if (dims.length === 0) return elementText(v, 0);
  const quote = (i: number) => (v.dtype === 'string' ? JSON.stringify(elementText(v, i)) : elementText(v, i));
  const all = summarize < 0;
  const dim = (level: number, offset: number, stride: number): string => {
    const n = dims[level], inner = stride / n;
    const cut = !all && n > 2 * summarize;
    const indices = cut ? [...range(0, summarize), -1, ...range(n - summarize, n)] : range(0, n);
    const parts = indices.map(k => (k < 0 ? '...' : level === dims.length - 1 ? quote(offset + k) : dim(level + 1, offset + k * inner, inner)));
    const sep = level === dims.length - 1 ? ' ' : `\n${' '.repeat(level + 1)}`;
    return `[${parts.join(sep)}]`;
  };
  return dim(0, 0, v.size);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
