// A fetched scalar string tensor is Python `bytes` in TF (a summary op's serialized Summary is
// what FileWriter.add_summary takes). String arrays keep their NumPy form.
import type { PyValue } from '../../../objects/core';
import { PyBytes } from '../../../io/bytes';
import type { NDArray } from '../../../../engine';
import { summary } from '../../../../engine';

export function scalarStringAsBytes(v: NDArray): PyValue | undefined {
  if (v.dtype !== 'string' || v.shape.length !== 0) return undefined;
  return new PyBytes(summary.bytesElement(v.data[0]));
}
