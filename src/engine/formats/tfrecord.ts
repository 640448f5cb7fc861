// TFRecord framing (record_writer.h): uint64 LE length, masked CRC of those 8 bytes, the
// payload, masked CRC of the payload. Event files are a sequence of these with no header.
import { ByteCursor, ByteSink } from './binary/bytes';
import { maskedCrc32c } from './binary/crc32c';
import * as zlib from 'zlib';
import { dataLoss } from './errors';
import { OpError } from '../errors';

export function encodeRecord(payload: Uint8Array): Uint8Array {
  const header = new ByteSink().uint64(payload.length).toBytes();
  return new ByteSink().bytes(header).uint32(maskedCrc32c(header)).bytes(payload).uint32(maskedCrc32c(payload)).toBytes();
}

export interface ReadRecordsOptions {
  /** Name used in error messages. */
  what?: string;
  /**
   * A record cut short at the end of the file: 'error' raises DataLossError (TF's reader);
   * 'stop' ends quietly before it, as TensorBoard does for a file still being written.
   */
  truncatedTail?: 'error' | 'stop';
}

/** Every record payload, both CRCs verified ("corrupted record at N" otherwise). */
export function readRecords(file: Uint8Array, opts: ReadRecordsOptions = {}): Uint8Array[] {
  const what = opts.what ?? 'record file';
  const out: Uint8Array[] = [];
  const cur = new ByteCursor(file);
  while (cur.remaining > 0) {
    const start = cur.pos;
    if (cur.remaining < 12) return truncated(out, start, what, opts);
    const header = cur.bytes(8);
    if (new ByteCursor(file, start + 8).uint32() !== maskedCrc32c(header)) throw dataLoss(`${what}: corrupted record at ${start}`);
    cur.pos += 4;
    const length = new ByteCursor(header).uint64();
    if (cur.remaining < length + 4) return truncated(out, start, what, opts);
    const payload = cur.bytes(length);
    if (cur.uint32() !== maskedCrc32c(payload)) throw dataLoss(`${what}: corrupted record at ${start}`);
    out.push(payload);
  }
  return out;
}

function truncated(out: Uint8Array[], at: number, what: string, opts: ReadRecordsOptions): Uint8Array[] {
  if (opts.truncatedTail === 'stop') return out;
  throw dataLoss(`${what}: truncated record at ${at}`);
}

/**
 * A TFRecord file's compression: TF compresses the whole stream of framed records (ZLIB = a zlib
 * stream, GZIP = a gzip member), never single records (record_writer.cc). '' is none.
 */
export type RecordCompression = '' | 'ZLIB' | 'GZIP';

/** The compression named by a TFRecordDataset compression_type / TFRecordOptions, or TF's error. */
export function recordCompression(name: string | null | undefined): RecordCompression {
  const n = (name ?? '').toUpperCase();
  if (n === '' || n === 'NONE') return '';
  if (n === 'ZLIB' || n === 'GZIP') return n;
  throw new OpError('InvalidArgumentError', `Unsupported compression_type: ${name}.`, null);
}

/** A whole TFRecord file: the framed records, compressed as asked. */
export function encodeRecordFile(payloads: readonly Uint8Array[], compression: RecordCompression = ''): Uint8Array {
  const framed = new ByteSink();
  for (const p of payloads) framed.bytes(encodeRecord(p));
  const raw = framed.toBytes();
  if (compression === 'GZIP') return new Uint8Array(zlib.gzipSync(raw));
  if (compression === 'ZLIB') return new Uint8Array(zlib.deflateSync(raw));
  return raw;
}

/** The record payloads of a whole TFRecord file, decompressed first; CRCs verified. */
export function readRecordFile(file: Uint8Array, compression: RecordCompression = '', opts: ReadRecordsOptions = {}): Uint8Array[] {
  let raw = file;
  try {
    if (compression === 'GZIP') raw = new Uint8Array(zlib.gunzipSync(file));
    else if (compression === 'ZLIB') raw = new Uint8Array(zlib.inflateSync(file));
  } catch (e) {
    throw dataLoss(`${opts.what ?? 'record file'}: cannot ${compression === 'GZIP' ? 'gunzip' : 'inflate'}: ${(e as Error).message}`);
  }
  return readRecords(raw, opts);
}
