// The file operations of `os` over the session's FileSystem (its path policy decides what a cell
// may touch), with CPython's OSError subclasses and texts.
import * as nodePath from 'path';
import { PyExceptionObj, PyFloat, PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { E, pyException } from '../../exceptions';
import { sessionFileSystem } from '../../io/session-files';
import { osError } from '../../io/os-errors';
import { PolicyFileSystem } from '../../io/node-file-system';
import { jsIterator } from '../../runtime/iteration';
import { callValue } from '../../runtime/call';
import { toArray } from '../../runtime/iteration';
import { structSeq } from '../../runtime/struct-seq';
import type { FileStat } from '../../../engine';
import { join } from './paths';

const fs = () => sessionFileSystem();

/** The path's stat, or null when it does not exist; a path outside the allowed folders is PermissionError. */
function statOrNull(p: string): FileStat | null {
  try {
    return fs().stat(p);
  } catch (e) {
    if (e instanceof PyExceptionObj && (e.cls.isSubclassOf(E.FileNotFoundError) || e.cls.isSubclassOf(E.NotADirectoryError))) return null;
    throw e;
  }
}

/** os.path's predicates: False for anything that cannot be stat'ed, as CPython's are. */
const quietly = (p: string) => { try { return statOrNull(p); } catch { return null; } };
export const isDir = (p: string) => quietly(p)?.isDirectory === true;
export const isFile = (p: string) => { const s = quietly(p); return s !== null && !s.isDirectory; };
export const exists = (p: string) => quietly(p) !== null;

export function getcwd(): string { return fs().resolve('.'); }

export function chdir(p: string): void {
  const f = fs();
  if (!(f instanceof PolicyFileSystem)) throw pyException(E.NotImplementedError, 'os.chdir() is not supported by this file system');
  f.chdir(p);
}

export function listdir(p: string): PyList {
  const f = fs();
  const st = statOrNull(p);
  if (st === null) throw osError('ENOENT', p);
  if (!st.isDirectory) throw osError('ENOTDIR', p);
  return new PyList(f.listDir(p));
}

export function mkdir(p: string): void {
  const f = fs();
  if (statOrNull(p) !== null) throw osError('EEXIST', p);
  const parent = statOrNull(nodePath.dirname(f.resolve(p)));
  if (parent === null) throw osError('ENOENT', p);
  if (!parent.isDirectory) throw osError('ENOTDIR', p);
  f.makeDirs(p);
}

export function makedirs(p: string, existOk: boolean): void {
  const f = fs();
  const st = statOrNull(p);
  if (st !== null) {
    if (existOk && st.isDirectory) return;
    throw osError('EEXIST', p);
  }
  // A file on the way is NotADirectoryError, as CPython's mkdir reports it.
  let cur = nodePath.dirname(f.resolve(p));
  let found = statOrNull(cur);
  while (found === null && nodePath.dirname(cur) !== cur) { cur = nodePath.dirname(cur); found = statOrNull(cur); }
  if (found !== null && !found.isDirectory) throw osError('ENOTDIR', p);
  f.makeDirs(p);
}

export function remove(p: string): void {
  const st = statOrNull(p);
  if (st === null) throw osError('ENOENT', p);
  if (st.isDirectory) throw osError('EISDIR', p);
  fs().remove(p);
}

export function rmdir(p: string): void {
  const st = statOrNull(p);
  if (st === null) throw osError('ENOENT', p);
  if (!st.isDirectory) throw osError('ENOTDIR', p);
  if (fs().listDir(p).length) throw osError('ENOTEMPTY', p);
  fs().removeTree(p);
}

export function rename(src: string, dst: string, replace: boolean): void {
  const f = fs();
  if (statOrNull(src) === null) throw osError('ENOENT', src, dst);
  if (statOrNull(dst) !== null) {
    if (isDir(dst) && !isDir(src)) throw osError('EISDIR', src, dst);
    if (isDir(dst) && f.listDir(dst).length) throw osError('ENOTEMPTY', src, dst);
    if (!replace && isDir(src) && !isDir(dst)) throw osError('ENOTDIR', src, dst);
  }
  f.rename(src, dst);
}

const statResult = structSeq('os.stat_result',
  ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'],
  ['st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks']);
export const statResultClass = statResult.cls;

/**
 * os.stat: size and modification time come from the file; the FileSystem knows no owner, inode
 * or permission bits, so those are 0 and the mode is 0o40755 (folder) or 0o100644 (file).
 */
export function stat(p: string): PyTuple {
  const st = statOrNull(p);
  if (st === null) throw osError('ENOENT', p);
  const seconds = st.mtimeMs / 1000;
  const whole = Math.floor(seconds);
  const times = [whole, whole, whole];
  const t = statResult.make([st.isDirectory ? 0o40755 : 0o100644, 0, 0, 1, 0, 0, st.size, ...times]);
  const attrs = t.sub!.dict;
  for (const name of ['st_atime', 'st_mtime', 'st_ctime']) attrs.set(name, new PyFloat(seconds));
  const ns = BigInt(Math.round(st.mtimeMs * 1e6));
  for (const name of ['st_atime_ns', 'st_mtime_ns', 'st_ctime_ns']) attrs.set(name, ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns);
  attrs.set('st_blksize', 4096);
  attrs.set('st_blocks', Math.ceil(st.size / 512));
  return t;
}


/** os.walk as a lazy iterator: a top-down caller may prune `dirnames` in place. */
export function walk(top: string, topdown: boolean, onerror: PyValue): PyValue {
  function* visit(dir: string): Generator<PyValue> {
    let names: string[];
    try {
      names = fs().listDir(dir);
    } catch (e) {
      if (onerror !== null) callValue(onerror, [e as PyValue], null);
      return;
    }
    const dirs: string[] = [], files: string[] = [];
    for (const n of names) (isDir(join(dir, [n])) ? dirs : files).push(n);
    const dirList = new PyList(dirs);
    const entry = new PyTuple([dir, dirList, new PyList(files)]);
    if (topdown) yield entry;
    for (const d of toArray(dirList)) yield* visit(join(dir, [String(d)]));
    if (!topdown) yield entry;
  }
  return jsIterator(visit(top), 'generator');
}
