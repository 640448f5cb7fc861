// writeCheckpoint: a TF V2 checkpoint (tensor bundle) from name → NDArray, byte for byte as
// TF's BundleWriter lays it out for one shard (tf1-formats.md §4): tensors in key order with
// no padding in `<prefix>.data-00000-of-00001`, and the `<prefix>.index` table holding the
// header under key "" and one BundleEntryProto per tensor. Both files are written under a
// temporary name and renamed, data first, so a reader never sees half a checkpoint.
import type { FileSystem } from '../../io/file_system';
import type { NDArray } from '../../ndarray';
import { ByteSink, compareBytes, utf8 } from '../binary/bytes';
import { encodeProto } from '../proto/root';
import { shapeToProto } from '../proto/shape';
import { TableBuilder } from '../table/table_builder';
import { dirname } from '../paths';
import { dtypeToTf } from './dtype_codes';
import { encodeTensor } from './tensor_bytes';
import { dataFileName, indexFileName } from './naming';

export type CheckpointTensors = Map<string, NDArray> | Record<string, NDArray>;

export interface EncodeCheckpointOptions {
  /**
   * Order of the tensors in the data file. TF's BundleWriter appends in the order tensors are
   * added; tf.train.Saver adds them sorted by name ('sorted', the default). 'insertion' keeps
   * the order of the given map.
   */
  dataOrder?: 'sorted' | 'insertion';
}

export interface WriteCheckpointOptions extends EncodeCheckpointOptions {
  /** Source of the random part of the temporary names (tests pass a fixed one). */
  tempSuffix?: () => string;
}

interface PendingEntry { name: string; key: Uint8Array; value: NDArray; proto?: Record<string, unknown> }

/** The two files of a one-shard bundle, as bytes. */
export function encodeCheckpoint(tensors: CheckpointTensors, opts: EncodeCheckpointOptions = {}): { index: Uint8Array; data: Uint8Array } {
  const given: PendingEntry[] = (tensors instanceof Map ? [...tensors.entries()] : Object.entries(tensors))
    .map(([name, value]) => ({ name, key: utf8(name), value }));
  const sorted = given.slice().sort((a, b) => compareBytes(a.key, b.key));
  for (let i = 1; i < sorted.length; i++) {
    if (compareBytes(sorted[i - 1].key, sorted[i].key) === 0) throw new Error(`duplicate checkpoint key ${sorted[i].name}`);
  }
  const data = new ByteSink();
  for (const e of opts.dataOrder === 'insertion' ? given : sorted) {
    const encoded = encodeTensor(e.value);
    e.proto = {
      dtype: dtypeToTf(e.value.dtype), shape: shapeToProto(e.value.shape as number[]),
      offset: data.length, size: encoded.bytes.length, crc32c: encoded.maskedCrc,
    };
    data.bytes(encoded.bytes);
  }
  const table = new TableBuilder();
  table.add(new Uint8Array(0), encodeProto('BundleHeaderProto', { num_shards: 1, version: { producer: 1 } }));
  for (const e of sorted) table.add(e.key, encodeProto('BundleEntryProto', e.proto!));
  return { index: table.finish(), data: data.toBytes() };
}

export function writeCheckpoint(fs: FileSystem, prefix: string, tensors: CheckpointTensors, opts: WriteCheckpointOptions = {}): void {
  const { index, data } = encodeCheckpoint(tensors, opts);
  const dir = dirname(prefix);
  if (dir) fs.makeDirs(dir);
  const suffix = opts.tempSuffix ?? randomTempSuffix;
  writeAtomically(fs, dataFileName(prefix, 0, 1), data, `.tempstate${suffix()}`);
  writeAtomically(fs, indexFileName(prefix), index, `.tempstate${suffix()}`);
}

export function writeAtomically(fs: FileSystem, path: string, bytes: Uint8Array, tempSuffix: string): void {
  const temp = `${path}${tempSuffix}`;
  fs.writeFile(temp, bytes);
  fs.rename(temp, path);
}

function randomTempSuffix(): string {
  // TF uses a random uint64 in decimal.
  return String(Math.floor(Math.random() * 2 ** 53));
}
