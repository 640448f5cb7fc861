// TF's shape Merge for static inference, with the texts its shape functions use.
import { ShapeError } from './registry';
import { StaticShape, formatShapeCpp } from '../shape';

/** The most specific shape compatible with both, or a ShapeError in TF's words. */
export function mergeShapeOrThrow(a: StaticShape, b: StaticShape): StaticShape {
  if (a === null) return b === null ? null : b.slice();
  if (b === null) return a.slice();
  if (a.length !== b.length) throw new ShapeError(`Shapes must be equal rank, but are ${a.length} and ${b.length}`);
  return a.map((d, i) => {
    const e = b[i];
    if (d !== null && e !== null && d !== e) {
      throw new ShapeError(`Dimension ${i} in both shapes must be equal, but are ${d} and ${e}. Shapes are ${formatShapeCpp(a)} and ${formatShapeCpp(b)}.`);
    }
    return d ?? e;
  });
}
