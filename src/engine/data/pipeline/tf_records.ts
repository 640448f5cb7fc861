// TFRecordDataset: the records of each file in turn (formats/tfrecord.ts framing, CRCs verified,
// '' / ZLIB / GZIP compression), as scalar byte strings. Files are read through the kernels' file
// system (io/kernel_files.ts) when the iterator reaches them.
import { NDArray } from '../../ndarray';
import { DatasetSource, iteratorOf } from './element';
import { readKernelBytes } from '../../io/kernel_files';
import { readRecordFile, RecordCompression } from '../../formats/tfrecord';
import { byteStringFromBytes } from '../../byte_string';

/** Each record of a file (decompressed, CRCs checked) with its byte offset in the record stream. */
export function recordsOf(path: string, compression: RecordCompression): { offset: number; record: string }[] {
  let offset = 0;
  return readRecordFile(readKernelBytes(path), compression, { what: path }).map(r => {
    const at = offset;
    offset += 12 + r.length + 4;
    return { offset: at, record: byteStringFromBytes(r) };
  });
}

export function tfRecordSource(filenames: string[], compression: RecordCompression): DatasetSource {
  return {
    iterate: () => iteratorOf(function* () {
      for (const f of filenames) for (const { record } of recordsOf(f, compression)) yield [new NDArray('string', [], [record])];
    }),
  };
}
