// The LevelDB table pieces TF's tensor-bundle index is made of (tf1-formats.md §4.2): block
// handles (varint offset + size), the 5-byte block trailer (compression type + masked CRC of
// block and type) and the 48-byte footer ending in the table magic.
import { ByteCursor, ByteSink } from '../binary/bytes';
import { crc32cExtend, maskCrc, unmaskCrc, crc32c } from '../binary/crc32c';
import { dataLoss, notImplemented } from '../errors';
import { uncompressSnappy } from './snappy';

export interface BlockHandle { offset: number; size: number }

export const FOOTER_SIZE = 48;
export const TRAILER_SIZE = 5;
const MAGIC_LO = 0x8b80fb57, MAGIC_HI = 0xdb477524;
export const NO_COMPRESSION = 0, SNAPPY_COMPRESSION = 1;

export function encodeHandle(sink: ByteSink, h: BlockHandle): void { sink.varint(h.offset).varint(h.size); }
export function decodeHandle(cur: ByteCursor): BlockHandle { return { offset: cur.varint(), size: cur.varint() }; }

export function encodeFooter(metaindex: BlockHandle, index: BlockHandle): Uint8Array {
  const s = new ByteSink();
  encodeHandle(s, metaindex);
  encodeHandle(s, index);
  while (s.length < 40) s.byte(0);
  s.uint32(MAGIC_LO).uint32(MAGIC_HI);
  return s.toBytes();
}

export function decodeFooter(file: Uint8Array, what: string): { metaindex: BlockHandle; index: BlockHandle } {
  if (file.length < FOOTER_SIZE) throw dataLoss(`${what}: file is too short to be an sstable`);
  const cur = new ByteCursor(file, file.length - FOOTER_SIZE);
  const metaindex = decodeHandle(cur), index = decodeHandle(cur);
  const m = new ByteCursor(file, file.length - 8);
  if (m.uint32() !== MAGIC_LO || m.uint32() !== MAGIC_HI) throw dataLoss(`${what}: not an sstable (bad magic number)`);
  return { metaindex, index };
}

export function blockTrailer(contents: Uint8Array, type = NO_COMPRESSION): Uint8Array {
  const crc = crc32cExtend(crc32c(contents), Uint8Array.of(type));
  return new ByteSink().byte(type).uint32(maskCrc(crc)).toBytes();
}

/** Block contents at `h`, checksum verified, decompressed if the writer used Snappy. */
export function readBlock(file: Uint8Array, h: BlockHandle, what: string): Uint8Array {
  if (h.offset + h.size + TRAILER_SIZE > file.length) throw dataLoss(`${what}: truncated block read`);
  const contents = file.subarray(h.offset, h.offset + h.size);
  const cur = new ByteCursor(file, h.offset + h.size);
  const type = cur.byte();
  const stored = unmaskCrc(cur.uint32());
  if (crc32cExtend(crc32c(contents), Uint8Array.of(type)) !== stored) throw dataLoss(`${what}: block checksum mismatch`);
  if (type === NO_COMPRESSION) return contents;
  if (type === SNAPPY_COMPRESSION) {
    try { return uncompressSnappy(contents); } catch { throw dataLoss(`${what}: corrupted compressed block contents`); }
  }
  throw notImplemented(`${what}: table block compression type ${type} is not supported`);
}
