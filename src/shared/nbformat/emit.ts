// JSON text in a file's own layout: JSON.stringify's format (which is also Python's json.dumps with
// an indent) with the file's indent, its key order (sorted when nbformat wrote it), and the
// original spelling of leaves whose value did not change. Values kept as text (deepValues.ts)
// are written back as they were.
import { isPlaceholder } from './deepValues';
import { jsKeyOrder, pointer, type LayoutHints } from './layout';

export interface EmitOptions {
  indent: string | null;
  newline: string;
  sortedKeys: boolean;
  hints: LayoutHints;
  kept: Record<string, string>;
  /** objects the writer built, in sorted order unless a hint says otherwise */
  rebuilt: (path: string) => boolean;
}

export function emitJson(value: unknown, options: EmitOptions): string {
  const out: string[] = [];
  write(value, '', 0, options, out);
  return out.join('');
}

function write(value: unknown, path: string, depth: number, o: EmitOptions, out: string[]): void {
  if (value === null || typeof value !== 'object') { out.push(leaf(value, path, o)); return; }
  const newline = o.indent === null ? '' : o.newline;
  const pad = (d: number) => (o.indent === null ? '' : o.indent.repeat(d));
  if (Array.isArray(value)) {
    if (value.length === 0) { out.push('[]'); return; }
    out.push('[');
    value.forEach((item, i) => {
      out.push(i ? ',' + newline : newline, pad(depth + 1));
      write(item === undefined ? null : item, pointer(path, i), depth + 1, o, out);
    });
    out.push(newline, pad(depth), ']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = keyOrder(record, path, o);
  if (keys.length === 0) { out.push('{}'); return; }
  out.push('{');
  keys.forEach((key, i) => {
    out.push(i ? ',' + newline : newline, pad(depth + 1), JSON.stringify(key), o.indent === null ? ':' : ': ');
    write(record[key], pointer(path, key), depth + 1, o, out);
  });
  out.push(newline, pad(depth), '}');
}

function leaf(value: unknown, path: string, o: EmitOptions): string {
  if (isPlaceholder(value) && o.kept[value] !== undefined) return o.kept[value];
  const raw = o.hints.raw?.[path];
  if (raw !== undefined && JSON.parse(raw) === value) return raw;
  return JSON.stringify(value) ?? 'null';
}

function keyOrder(record: Record<string, unknown>, path: string, o: EmitOptions): string[] {
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (o.sortedKeys) return keys.sort();
  const hinted = o.hints.order?.[path];
  if (hinted && hinted.length === keys.length && hinted.every((k) => k in record)) return hinted;
  return o.rebuilt(path) ? keys.sort() : jsKeyOrder(keys);
}
