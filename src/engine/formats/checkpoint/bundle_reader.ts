// Reads a V2 checkpoint whoever wrote it: the index table (any number of blocks, Snappy or
// not), the header's shard count, each entry's dtype/shape/offset/size/crc, and the tensor
// bytes from the right data shard, checksum verified. tf.train.NewCheckpointReader,
// list_variables, load_variable and Saver.restore are built on this.
import type { FileSystem } from '../../io/file_system';
import { NDArray } from '../../ndarray';
import type { DType } from '../../dtypes';
import { fromUtf8 } from '../binary/bytes';
import { decodeProto, int64ToNumber } from '../proto/root';
import { shapeFromProto, ShapeProto } from '../proto/shape';
import { readTable } from '../table/table_reader';
import { dataLoss, notFound, notImplemented } from '../errors';
import { dtypeFromTf } from './dtype_codes';
import { dataFileName, indexFileName } from './naming';
import { decodeStrings, decodeTensor } from './tensor_bytes';

export interface BundleEntry {
  dtype: number; shape?: ShapeProto; shard_id?: number; offset?: number; size?: number; crc32c?: number;
  slices?: unknown[];
}

export interface TensorInfo { dtype: DType; shape: number[] }

export class CheckpointReader {
  private readonly entries = new Map<string, BundleEntry>();
  private readonly shards = new Map<number, Uint8Array>();
  readonly numShards: number;

  private constructor(private readonly fs: FileSystem, readonly prefix: string) {
    const indexPath = indexFileName(prefix);
    if (!fs.exists(indexPath)) {
      throw notFound(`Unsuccessful TensorSliceReader constructor: Failed to find any matching files for ${prefix}`);
    }
    const what = `Checkpoint index ${indexPath}`;
    const table = readTable(fs.readFile(indexPath), what);
    if (!table.length || table[0].key.length !== 0) throw dataLoss(`${what}: the bundle header entry is missing`);
    const header = decodeProto<{ num_shards?: number; endianness?: number }>('BundleHeaderProto', table[0].value, `${what} header`);
    if (header.endianness === 1) throw notImplemented(`${what}: big-endian checkpoints are not supported`);
    this.numShards = header.num_shards ?? 1;
    for (const e of table.slice(1)) {
      const name = fromUtf8(e.key);
      this.entries.set(name, decodeProto<BundleEntry>('BundleEntryProto', e.value, `${what} entry ${name}`));
    }
  }

  /** Opens `<prefix>.index`; NotFoundError as TF's reader words it when it is missing. */
  static open(fs: FileSystem, prefix: string): CheckpointReader { return new CheckpointReader(fs, prefix); }

  /** Tensor names in key order. */
  names(): string[] { return [...this.entries.keys()]; }
  has(name: string): boolean { return this.entries.has(name); }

  info(name: string): TensorInfo {
    const e = this.entry(name);
    return { dtype: dtypeFromTf(e.dtype, `Checkpoint tensor ${name}`), shape: shapeFromProto(e.shape ?? {}) as number[] };
  }
  /** get_variable_to_shape_map / list_variables. */
  shapeMap(): Map<string, number[]> {
    return new Map(this.names().map(n => [n, shapeFromProto(this.entry(n).shape ?? {}) as number[]]));
  }

  read(name: string): NDArray {
    const e = this.entry(name);
    const { dtype, shape } = this.info(name);
    return decodeTensor(dtype, shape, this.rawBytes(name, e), e.crc32c ?? 0, `Checkpoint ${this.prefix} tensor ${name}`);
  }

  /** A string tensor's elements as raw bytes (serialized protos are not text). */
  readStringBytes(name: string): Uint8Array[] {
    const e = this.entry(name);
    const count = (shapeFromProto(e.shape ?? {}) as number[]).reduce((a, b) => a * b, 1);
    return decodeStrings(count, this.rawBytes(name, e), `Checkpoint tensor ${name}`).elements;
  }

  private entry(name: string): BundleEntry {
    const e = this.entries.get(name);
    if (!e) throw notFound(`Key ${name} not found in checkpoint`);
    if (e.slices && e.slices.length) throw notImplemented(`Checkpoint tensor ${name} is partitioned (saved in slices); reading slices is not supported`);
    return e;
  }

  private rawBytes(name: string, e: BundleEntry): Uint8Array {
    const shard = e.shard_id ?? 0;
    const data = this.shardData(shard);
    const offset = int64ToNumber(e.offset), size = int64ToNumber(e.size);
    if (offset + size > data.length) throw dataLoss(`Checkpoint ${this.prefix} tensor ${name}: data file is truncated`);
    return data.subarray(offset, offset + size);
  }

  private shardData(shard: number): Uint8Array {
    let d = this.shards.get(shard);
    if (!d) {
      const path = dataFileName(this.prefix, shard, this.numShards);
      if (!this.fs.exists(path)) throw notFound(`Checkpoint data file ${path} is missing`);
      d = this.fs.readFile(path);
      this.shards.set(shard, d);
    }
    return d;
  }
}

/** Every tensor of a checkpoint, by name. */
export function readCheckpoint(fs: FileSystem, prefix: string): Map<string, NDArray> {
  const r = CheckpointReader.open(fs, prefix);
  return new Map(r.names().map(n => [n, r.read(n)]));
}
