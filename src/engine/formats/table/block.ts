// Table blocks: prefix-compressed sorted entries with restart points (LevelDB block_builder /
// block.cc). Restarts every `restartInterval` entries let a reader binary-search; TF uses 16
// for data blocks and 1 for the index block.
import { ByteCursor, ByteSink } from '../binary/bytes';
import { dataLoss } from '../errors';

export interface TableEntry { key: Uint8Array; value: Uint8Array }

export class BlockBuilder {
  private sink = new ByteSink();
  private restarts = [0];
  private counter = 0;
  private lastKey = new Uint8Array(0);
  private entries = 0;
  constructor(private readonly restartInterval: number) {}

  get empty(): boolean { return this.entries === 0; }
  /** LevelDB's size estimate: entries, restart array and its count. */
  get estimatedSize(): number { return this.sink.length + this.restarts.length * 4 + 4; }

  add(key: Uint8Array, value: Uint8Array): void {
    let shared = 0;
    if (this.counter < this.restartInterval) {
      const n = Math.min(this.lastKey.length, key.length);
      while (shared < n && this.lastKey[shared] === key[shared]) shared++;
    } else {
      this.restarts.push(this.sink.length);
      this.counter = 0;
    }
    this.sink.varint(shared).varint(key.length - shared).varint(value.length);
    this.sink.bytes(key.subarray(shared)).bytes(value);
    this.lastKey = key.slice();
    this.counter++;
    this.entries++;
  }

  finish(): Uint8Array {
    for (const r of this.restarts) this.sink.uint32(r);
    this.sink.uint32(this.restarts.length);
    return this.sink.toBytes();
  }
}

/** Every entry of a block, in order (blocks are small: a checkpoint index has one or two). */
export function readBlockEntries(block: Uint8Array, what: string): TableEntry[] {
  try {
    if (block.length < 4) throw new RangeError('short block');
    const numRestarts = new ByteCursor(block, block.length - 4).uint32();
    const limit = block.length - 4 - numRestarts * 4;
    if (limit < 0) throw new RangeError('bad restart count');
    const cur = new ByteCursor(block, 0, limit);
    const out: TableEntry[] = [];
    let prev = new Uint8Array(0);
    while (cur.remaining > 0) {
      const shared = cur.varint(), nonShared = cur.varint(), valueLen = cur.varint();
      if (shared > prev.length) throw new RangeError('bad shared length');
      const key = new Uint8Array(shared + nonShared);
      key.set(prev.subarray(0, shared));
      key.set(cur.bytes(nonShared), shared);
      out.push({ key, value: cur.bytes(valueLen) });
      prev = key;
    }
    return out;
  } catch (e) {
    if (e instanceof RangeError) throw dataLoss(`${what}: bad block contents`);
    throw e;
  }
}
