// Writes a LevelDB-format table the way TF's TableBuilder does for checkpoint indexes
// (tf1-formats.md §4.4): 256 KiB blocks, restart interval 16, no compression, an empty
// metaindex block, an index block of shortened separator keys, then the footer.
import { ByteSink, compareBytes } from '../binary/bytes';
import { BlockBuilder } from './block';
import { BlockHandle, blockTrailer, encodeFooter, encodeHandle } from './format';

export interface TableOptions { blockSize?: number; restartInterval?: number }

export class TableBuilder {
  private readonly file = new ByteSink();
  private readonly blockSize: number;
  private readonly restartInterval: number;
  private data: BlockBuilder;
  private readonly index = new BlockBuilder(1);
  private lastKey: Uint8Array | null = null;
  private pendingHandle: BlockHandle | null = null;

  constructor(opts: TableOptions = {}) {
    this.blockSize = opts.blockSize ?? 262144;
    this.restartInterval = opts.restartInterval ?? 16;
    this.data = new BlockBuilder(this.restartInterval);
  }

  add(key: Uint8Array, value: Uint8Array): void {
    if (this.lastKey && compareBytes(key, this.lastKey) <= 0) throw new Error('table keys must be added in increasing order');
    // TF flushes before a single entry that would make a block of twice the target size.
    if (this.lastKey && !this.data.empty && key.length + value.length >= 2 * this.blockSize) this.flush();
    if (this.pendingHandle) {
      this.addIndexEntry(shortestSeparator(this.lastKey!, key));
    }
    this.data.add(key, value);
    this.lastKey = key.slice();
    if (this.data.estimatedSize >= this.blockSize) this.flush();
  }

  finish(): Uint8Array {
    this.flush();
    const metaindex = this.writeBlock(new BlockBuilder(this.restartInterval).finish());
    if (this.pendingHandle) this.addIndexEntry(shortSuccessor(this.lastKey!));
    const indexHandle = this.writeBlock(this.index.finish());
    this.file.bytes(encodeFooter(metaindex, indexHandle));
    return this.file.toBytes();
  }

  private flush(): void {
    if (this.data.empty) return;
    this.pendingHandle = this.writeBlock(this.data.finish());
    this.data = new BlockBuilder(this.restartInterval);
  }

  private addIndexEntry(key: Uint8Array): void {
    const h = new ByteSink();
    encodeHandle(h, this.pendingHandle!);
    this.index.add(key, h.toBytes());
    this.pendingHandle = null;
  }

  private writeBlock(contents: Uint8Array): BlockHandle {
    const handle = { offset: this.file.length, size: contents.length };
    this.file.bytes(contents).bytes(blockTrailer(contents));
    return handle;
  }
}

/** The shortest key ≥ start and < limit that LevelDB's bytewise comparator derives. */
export function shortestSeparator(start: Uint8Array, limit: Uint8Array): Uint8Array {
  const n = Math.min(start.length, limit.length);
  let d = 0;
  while (d < n && start[d] === limit[d]) d++;
  if (d >= n) return start;
  const b = start[d];
  if (b < 0xff && b + 1 < limit[d]) {
    const out = start.slice(0, d + 1);
    out[d] = b + 1;
    return out;
  }
  return start;
}

/** The shortest key ≥ key: the first byte that can be incremented, incremented, and the rest cut. */
export function shortSuccessor(key: Uint8Array): Uint8Array {
  for (let i = 0; i < key.length; i++) {
    if (key[i] !== 0xff) {
      const out = key.slice(0, i + 1);
      out[i]++;
      return out;
    }
  }
  return key;
}
