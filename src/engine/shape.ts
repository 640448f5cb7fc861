// Static (graph-time) shapes: a dim may be unknown (null, printed '?'), and the rank may be
// unknown (the whole shape is null, printed '<unknown>').
import { valueError } from './errors';
export type Dim = number | null;
export type StaticShape = Dim[] | null;

/** Python str(TensorShape): (?, 784), (10,), (), <unknown>. */
export function formatShapePy(s: StaticShape): string {
  if (s === null) return '<unknown>';
  const parts = s.map(d => (d === null ? '?' : String(d)));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

/** C++ shape-inference spelling: [?,784], [], ?. */
export function formatShapeCpp(s: StaticShape): string {
  if (s === null) return '?';
  return `[${s.map(d => (d === null ? '?' : String(d))).join(',')}]`;
}

export function isFullyDefined(s: StaticShape): s is number[] {
  return s !== null && s.every(d => d !== null);
}

export function isCompatible(a: StaticShape, b: StaticShape): boolean {
  if (a === null || b === null) return true;
  if (a.length !== b.length) return false;
  return a.every((d, i) => d === null || b[i] === null || d === b[i]);
}

/** The most specific shape compatible with both, or an error text. */
export function mergeShapes(a: StaticShape, b: StaticShape): StaticShape {
  if (a === null) return b === null ? null : b.slice();
  if (b === null) return a.slice();
  if (a.length !== b.length) throw valueError(`Shapes ${formatShapePy(a)} and ${formatShapePy(b)} are incompatible`);
  return a.map((d, i) => {
    const e = b[i];
    if (d !== null && e !== null && d !== e) throw valueError(`Shapes ${formatShapePy(a)} and ${formatShapePy(b)} are incompatible`);
    return d ?? e;
  });
}

/** Numpy-style broadcast of static shapes (tf1-semantics §3.2); returns an error message on conflict. */
export function broadcastStatic(x: StaticShape, y: StaticShape): StaticShape | { error: [number, number] } {
  if (x === null || y === null) return null;
  const rank = Math.max(x.length, y.length);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const a = i - (rank - x.length) >= 0 ? x[i - (rank - x.length)] : 1;
    const b = i - (rank - y.length) >= 0 ? y[i - (rank - y.length)] : 1;
    if (a === null || b === null) {
      if (a !== null && a > 1) out.push(a);
      else if (b !== null && b > 1) out.push(b);
      else if (a === 1) out.push(b);
      else if (b === 1) out.push(a);
      else out.push(null);
    } else if (a === 1) out.push(b);
    else if (b === 1) out.push(a);
    else if (a === b) out.push(a);
    else return { error: [a, b] };
  }
  return out;
}
