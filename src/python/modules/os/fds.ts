// A small descriptor table so tempfile.mkstemp's (fd, path) pairs work: os.open/os.close/
// os.write/os.fdopen on files of the session's FileSystem. Descriptors start at 3, as after
// stdin, stdout and stderr.
import { PyExceptionObj, PyValue, Kwargs } from '../../objects/core';
import { E } from '../../exceptions';
import { sessionFileSystem } from '../../io/session-files';
import { osError } from '../../io/os-errors';
import { needBytes } from '../../runtime/bytes';
import { callValue } from '../../runtime/call';
import { openBuiltin } from '../../io/open';

const O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000;
const open = new Map<number, string>();
let nextFd = 3;

export function fdOpen(path: string, flags: number): number {
  const fs = sessionFileSystem();
  const exists = fs.exists(path);
  if (exists && (flags & O_CREAT) && (flags & O_EXCL)) throw osError('EEXIST', path);
  if (!exists && !(flags & O_CREAT)) throw osError('ENOENT', path);
  if (!exists || (flags & O_TRUNC)) fs.writeFile(path, new Uint8Array(0));
  const fd = nextFd++;
  open.set(fd, path);
  return fd;
}

function pathOf(fd: number): string {
  const p = open.get(fd);
  if (p === undefined) throw new PyExceptionObj(E.OSError, [9, 'Bad file descriptor']);
  return p;
}

export function fdClose(fd: number): void {
  pathOf(fd);
  open.delete(fd);
}

export function fdWrite(fd: number, data: PyValue): number {
  const bytes = needBytes(data);
  sessionFileSystem().appendFile(pathOf(fd), bytes);
  return bytes.length;
}

/** os.fdopen(fd, mode='r', ...): the descriptor's file, opened by path. */
export function fdOpenFile(fd: number, args: PyValue[], kw: Kwargs): PyValue {
  const path = pathOf(fd);
  open.delete(fd);
  return callValue(openBuiltin, [path, ...args], kw);
}
