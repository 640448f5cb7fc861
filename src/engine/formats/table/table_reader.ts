// Reads a whole LevelDB-format table: footer → index block → data blocks, every checksum
// verified. Checkpoint indexes are small, so the reader returns all entries at once.
import { ByteCursor } from '../binary/bytes';
import { readBlockEntries, TableEntry } from './block';
import { decodeFooter, decodeHandle, readBlock } from './format';
import { dataLoss } from '../errors';

export function readTable(file: Uint8Array, what = 'table'): TableEntry[] {
  const { index } = decodeFooter(file, what);
  const out: TableEntry[] = [];
  for (const entry of readBlockEntries(readBlock(file, index, what), what)) {
    const cur = new ByteCursor(entry.value);
    let handle;
    try { handle = decodeHandle(cur); } catch { throw dataLoss(`${what}: bad block handle`); }
    out.push(...readBlockEntries(readBlock(file, handle, what), what));
  }
  return out;
}
