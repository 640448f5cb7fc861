// Gradbook dtypes ↔ TF's DataType enum (types.proto) and their byte layout in tensor bundles.
import type { DType } from '../../dtypes';
import { notImplemented } from '../errors';

const TO_TF: Record<DType, number> = { float32: 1, float64: 2, int32: 3, uint8: 4, int16: 5, int8: 6, string: 7, int64: 9, bool: 10, uint16: 17, float16: 19 };
const FROM_TF = new Map<number, DType>(Object.entries(TO_TF).map(([k, v]) => [v, k as DType]));

/** TF's names, for error messages about dtypes Gradbook does not have. */
const TF_NAMES: Record<number, string> = {
  0: 'invalid', 5: 'int16', 6: 'int8', 8: 'complex64', 11: 'qint8', 12: 'quint8', 13: 'qint32', 14: 'bfloat16',
  15: 'qint16', 16: 'quint16', 17: 'uint16', 18: 'complex128', 19: 'half', 20: 'resource', 21: 'variant',
  22: 'uint32', 23: 'uint64',
};

export function dtypeToTf(d: DType): number { return TO_TF[d]; }

/** A base DataType (refs map to their base, as in graphs) as a Gradbook dtype. */
export function dtypeFromTf(code: number, where: string): DType {
  const base = code > 100 ? code - 100 : code;
  const d = FROM_TF.get(base);
  if (!d) throw notImplemented(`${where}: dtype ${TF_NAMES[base] ?? base} is not supported by Gradbook`);
  return d;
}

export function tfDtypeName(code: number): string {
  const base = code > 100 ? code - 100 : code;
  const d = FROM_TF.get(base);
  const name = d === 'float32' ? 'float' : d === 'float64' ? 'double' : d === 'float16' ? 'half' : d ?? TF_NAMES[base] ?? String(base);
  return code > 100 ? `${name}_ref` : name;
}

/** Bytes per element in a bundle's data file (0 for strings, which are length-prefixed). */
export function elementSize(d: DType): number {
  switch (d) {
    case 'float64': case 'int64': return 8;
    case 'float32': case 'int32': return 4;
    case 'float16': case 'int16': case 'uint16': return 2;
    case 'int8': case 'uint8': case 'bool': return 1;
    case 'string': return 0;
  }
}
