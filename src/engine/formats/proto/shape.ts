// TensorShapeProto ↔ Gradbook static shapes: unknown rank is `unknown_rank: true`, an unknown
// dim is size -1, a zero dim is a Dim with its size omitted, a scalar is an empty (set) message.
import type { StaticShape } from '../../shape';
import { int64ToNumber, Int64 } from './root';

export interface DimProto { size?: Int64; name?: string }
export interface ShapeProto { dim?: DimProto[]; unknown_rank?: boolean }

export function shapeToProto(shape: StaticShape): ShapeProto {
  if (shape === null) return { unknown_rank: true };
  return { dim: shape.map(d => (d === null ? { size: -1 } : d === 0 ? {} : { size: d })) };
}

export function shapeFromProto(p: ShapeProto | null | undefined): StaticShape {
  if (!p || p.unknown_rank) return p ? null : [];
  return (p.dim ?? []).map(d => {
    const n = int64ToNumber(d.size);
    return n < 0 ? null : n;
  });
}
