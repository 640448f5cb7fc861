// Decode the arrays the Python fixture generators wrote (see gen/common.py).
import * as fs from 'fs';
import * as path from 'path';
import { NDArray } from '../../../src/engine/ndarray';
import { DType } from '../../../src/engine/dtypes';

export interface EncodedArray { dtype: string; shape: number[]; data: (string | number | boolean)[] }

export function loadFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8')) as T;
}

export function decodeValue(v: string | number | boolean): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return Number(v);
}

export function decodeArray(e: EncodedArray): NDArray {
  const a = NDArray.zeros(e.dtype as DType, e.shape);
  const d = a.data as Float64Array;
  e.data.forEach((v, i) => { d[i] = decodeValue(v); });
  return a;
}
