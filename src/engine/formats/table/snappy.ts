// Snappy-compressed table blocks occur in checkpoints written by TF before 1.1; snappyjs
// (a pure-JS implementation) reads them.
import * as snappy from 'snappyjs';

export function uncompressSnappy(data: Uint8Array): Uint8Array {
  return new Uint8Array(snappy.uncompress(data) as Uint8Array);
}
