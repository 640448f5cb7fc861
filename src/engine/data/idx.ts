// The IDX format of the MNIST files: big-endian uint32 header (magic, count, then rows and
// cols for images), followed by uint8 payload. Error texts are TF's mnist.py ones.
import { NDArray } from '../ndarray';
import { valueError } from '../errors';

export const IMAGES_MAGIC = 2051;
export const LABELS_MAGIC = 2049;

function readUint32BE(bytes: Uint8Array, offset: number, name: string): number {
  if (offset + 4 > bytes.length) throw valueError(`Truncated MNIST file: ${name}`);
  return ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
}

function payload(bytes: Uint8Array, offset: number, length: number, name: string): Uint8Array {
  if (offset + length > bytes.length) {
    throw valueError(`Truncated MNIST file: ${name} (expected ${length} data bytes, found ${bytes.length - offset})`);
  }
  // A copy, so the result owns a compact buffer rather than pinning the decompressed file.
  return bytes.slice(offset, offset + length);
}

/** Decompressed image file → uint8 [count, rows, cols, 1]; `name` is the path TF puts in errors. */
export function parseIdxImages(bytes: Uint8Array, name: string): NDArray {
  const magic = readUint32BE(bytes, 0, name);
  if (magic !== IMAGES_MAGIC) throw valueError(`Invalid magic number ${magic} in MNIST image file: ${name}`);
  const count = readUint32BE(bytes, 4, name);
  const rows = readUint32BE(bytes, 8, name);
  const cols = readUint32BE(bytes, 12, name);
  return new NDArray('uint8', [count, rows, cols, 1], payload(bytes, 16, count * rows * cols, name));
}

/** Decompressed label file → uint8 [count] of class ids. */
export function parseIdxLabels(bytes: Uint8Array, name: string): NDArray {
  const magic = readUint32BE(bytes, 0, name);
  if (magic !== LABELS_MAGIC) throw valueError(`Invalid magic number ${magic} in MNIST label file: ${name}`);
  const count = readUint32BE(bytes, 4, name);
  return new NDArray('uint8', [count], payload(bytes, 8, count, name));
}

/** The inverse, for the build script and tests: an uncompressed IDX file. */
export function encodeIdx(magic: number, dims: readonly number[], data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  out.set(data, 4 + 4 * dims.length);
  return out;
}
