// The gzip format as Python sees it, shared by the gzip module and NumPy's readers and writers
// (a path ending in .gz is gzip-compressed, as NumPy's _datasource opens it with gzip.open):
// decompression with gzip's exceptions, compression with CPython's header fields.
import * as zlib from 'zlib';
import { PyExceptionObj } from '../objects/core';
import { PyClass } from '../objects/pyclass';
import { E, pyException } from '../exceptions';
import { PyBytes } from '../runtime/bytes';

export const BadGzipFile = new PyClass('BadGzipFile', [E.OSError], 'gzip');

/** gzip.decompress: BadGzipFile for a wrong magic number, EOFError for a truncated stream. */
export function gunzip(data: Uint8Array): Uint8Array {
  if (data.length >= 2 && (data[0] !== 0x1f || data[1] !== 0x8b)) {
    throw new PyExceptionObj(BadGzipFile, [`Not a gzipped file (${new PyBytes(data.slice(0, 2)).repr()})`]);
  }
  try {
    return new Uint8Array(zlib.gunzipSync(data));
  } catch (e) {
    const msg = (e as Error).message;
    if (/unexpected end/i.test(msg)) throw pyException(E.EOFError, 'Compressed file ended before the end-of-stream marker was reached');
    throw new PyExceptionObj(BadGzipFile, [msg]);
  }
}

/** gzip.compress(data, compresslevel=9, mtime=None): level 9 is gzip.open's default too. */
export function gzipBytes(data: Uint8Array, level = 9, mtime: number | null = null): Uint8Array {
  const out = new Uint8Array(zlib.gzipSync(data, { level }));
  // The header's MTIME field: the given time, or now (as CPython writes it); XFL marks level 9/1; OS is 255 (unknown), as CPython.
  const t = mtime ?? Math.floor(Date.now() / 1000);
  new DataView(out.buffer, out.byteOffset).setUint32(4, t >>> 0, true);
  out[8] = level === 9 ? 2 : level === 1 ? 4 : 0;
  out[9] = 255;
  return out;
}
