// Reading event files: every Event of a file (records verified), and a logdir's event files in
// the order TensorBoard loads them (sorted by name, i.e. by creation time).
import type { FileSystem } from '../../io/file_system';
import { readRecords, ReadRecordsOptions } from '../tfrecord';
import { joinPath } from '../paths';
import { isEventFileName } from './event_names';
import { decodeEvent, EventProto } from './event_proto';

export function decodeEventFile(bytes: Uint8Array, opts: ReadRecordsOptions = {}): EventProto[] {
  return readRecords(bytes, { what: 'event file', ...opts }).map(decodeEvent);
}

export function readEventFile(fs: FileSystem, path: string, opts: ReadRecordsOptions = {}): EventProto[] {
  return decodeEventFile(fs.readFile(path), { what: path, ...opts });
}

export function listEventFiles(fs: FileSystem, logdir: string): string[] {
  return fs.listDir(logdir).filter(isEventFileName).sort().map(n => joinPath(logdir, n));
}
