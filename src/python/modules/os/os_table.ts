// `os` from a signature table: files and folders through the session's FileSystem, a sandboxed
// environment (environ.ts), and clear errors for what Gradbook does not offer (processes).
import * as nodeOs from 'os';
import { nodeCrypto } from '../../../shared/node_crypto';
import { PyExceptionObj, PyValue } from '../../objects/core';
import { PyDict } from '../../objects/containers';
import { E, pyException, typeError } from '../../exceptions';
import { entry, TableEntry } from '../../bind';
import { PyBytes } from '../../runtime/bytes';
import { getItem } from '../../runtime/subscript';
import { callMethod } from '../../runtime/call';
import { typeOf } from '../../runtime/type-name';
import { structSeq } from '../../runtime/struct-seq';
import * as F from './files';
import { fspath } from './paths';
import { sessionEnviron } from './environ';
import { fdClose, fdOpen, fdOpenFile, fdWrite } from './fds';

const path = (v: unknown, fn?: string) => fspath(v as PyValue, fn);

/** The error for everything that would start or signal a process. */
export function noProcesses(what: string): PyExceptionObj {
  return pyException(E.NotImplementedError, `${what}: processes are not supported in Gradbook (cells cannot run programs or shell commands)`);
}

const dirFd = { name: 'dir_fd', default: null, kind: 'keyword', unsupported: 'paths relative to a folder descriptor are not supported' } as const;
const followSymlinks = { name: 'follow_symlinks', default: true, kind: 'keyword', unsupported: 'symbolic links are always followed' } as const;

export const terminalSize = structSeq('os.terminal_size', ['columns', 'lines']);

export const OS_TABLE: readonly TableEntry[] = [
  entry({ name: 'os.getcwd', doc: 'The working folder (relative paths resolve against it).', params: [] }, () => F.getcwd()),
  entry({ name: 'os.chdir', doc: 'Changes the working folder (it must lie under an allowed folder).', params: [{ name: 'path' }] },
    a => { F.chdir(path(a.path, 'chdir')); return null; }),
  entry({ name: 'os.listdir', doc: "The names of the entries in a folder (default '.').", params: [{ name: 'path', default: null }] },
    a => F.listdir(a.path === null ? '.' : path(a.path, 'listdir'))),
  entry({ name: 'os.mkdir', doc: 'Creates a folder; its parent must exist.', params: [{ name: 'path' }, { name: 'mode', default: 0o777, doc: 'ignored: folders get the host default permissions' }, dirFd] },
    a => { F.mkdir(path(a.path, 'mkdir')); return null; }),
  entry({ name: 'os.makedirs', doc: 'Creates a folder and any missing parents.', params: [{ name: 'name' }, { name: 'mode', default: 0o777, doc: 'ignored: folders get the host default permissions' }, { name: 'exist_ok', default: false, type: 'flag' }] },
    a => { F.makedirs(path(a.name, 'makedirs'), a.exist_ok as boolean); return null; }),
  entry({ name: 'os.remove', doc: 'Deletes a file.', params: [{ name: 'path' }, dirFd] }, a => { F.remove(path(a.path, 'remove')); return null; }),
  entry({ name: 'os.unlink', doc: 'Deletes a file (same as os.remove).', params: [{ name: 'path' }, dirFd] }, a => { F.remove(path(a.path, 'unlink')); return null; }),
  entry({ name: 'os.rmdir', doc: 'Deletes an empty folder.', params: [{ name: 'path' }, dirFd] }, a => { F.rmdir(path(a.path, 'rmdir')); return null; }),
  entry({ name: 'os.removedirs', doc: 'Deletes a folder, then each parent that became empty.', params: [{ name: 'name' }] }, a => {
    let p = path(a.name, 'removedirs');
    F.rmdir(p);
    for (let head = p.slice(0, p.lastIndexOf('/')); head; head = head.slice(0, Math.max(0, head.lastIndexOf('/')))) {
      try { F.rmdir(head); } catch { break; }
      p = head;
    }
    return null;
  }),
  entry({ name: 'os.rename', doc: 'Renames a file or folder.', params: [{ name: 'src' }, { name: 'dst' }, { name: 'src_dir_fd', default: null, kind: 'keyword', unsupported: true }, { name: 'dst_dir_fd', default: null, kind: 'keyword', unsupported: true }] },
    a => { F.rename(path(a.src, 'rename'), path(a.dst, 'rename'), false); return null; }),
  entry({ name: 'os.replace', doc: 'Renames a file or folder, replacing the destination.', params: [{ name: 'src' }, { name: 'dst' }, { name: 'src_dir_fd', default: null, kind: 'keyword', unsupported: true }, { name: 'dst_dir_fd', default: null, kind: 'keyword', unsupported: true }] },
    a => { F.rename(path(a.src, 'replace'), path(a.dst, 'replace'), true); return null; }),
  entry({ name: 'os.stat', doc: 'Size and modification time of a path (owner and permission bits are not known: 0).', params: [{ name: 'path' }, dirFd, followSymlinks] },
    a => F.stat(path(a.path, 'stat'))),
  entry({ name: 'os.lstat', doc: 'Same as os.stat (symbolic links are followed).', params: [{ name: 'path' }, dirFd] },
    a => F.stat(path(a.path, 'lstat'))),
  entry({ name: 'os.walk', doc: 'Yields (dirpath, dirnames, filenames) for a folder tree.', params: [{ name: 'top' }, { name: 'topdown', default: true, type: 'flag' }, { name: 'onerror', default: null }, { name: 'followlinks', default: false, unsupported: 'links are always followed' }] },
    a => F.walk(path(a.top, 'walk'), a.topdown as boolean, a.onerror as PyValue)),
  entry({ name: 'os.access', doc: 'Whether the path exists (and so may be read and written: it lies under an allowed folder).', params: [{ name: 'path' }, { name: 'mode', type: 'int' }, dirFd, { name: 'effective_ids', default: false, kind: 'keyword', unsupported: true }, followSymlinks] },
    a => F.exists(path(a.path, 'access'))),
  entry({ name: 'os.fspath', doc: 'The str form of a path-like object.', params: [{ name: 'path' }] }, a => path(a.path)),
  entry({ name: 'os.getenv', doc: 'A variable of os.environ, or `default`.', params: [{ name: 'key' }, { name: 'default', default: null }] }, a => {
    const env = sessionEnviron();
    if (typeof a.key !== 'string') throw typeError(`str expected, not ${typeOf(a.key as PyValue).name}`);
    if (env instanceof PyDict) { const v = env.get(a.key); return v === undefined ? a.default as PyValue : v; }
    return callMethod(env, 'get', [a.key, a.default as PyValue], null);
  }),
  entry({ name: 'os.putenv', doc: 'Sets a variable for child processes: none exist in Gradbook, so it has no effect (set os.environ instead).', params: [{ name: 'name', type: 'str' }, { name: 'value', type: 'str' }] }, () => null),
  entry({ name: 'os.unsetenv', doc: 'Unsets a variable for child processes: none exist in Gradbook, so it has no effect.', params: [{ name: 'name', type: 'str' }] }, () => null),
  entry({ name: 'os.getpid', doc: 'The id of the kernel process.', params: [] }, () => process.pid),
  entry({ name: 'os.cpu_count', doc: 'The number of CPUs of this machine.', params: [] }, () => nodeOs.cpus().length || null),
  entry({ name: 'os.urandom', doc: 'Random bytes from the operating system.', params: [{ name: 'size', type: 'int' }] }, a => {
    if ((a.size as number) < 0) throw pyException(E.ValueError, 'negative argument not allowed');
    return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(a.size as number)));
  }),
  entry({ name: 'os.get_terminal_size', doc: 'Raises OSError: cell output is not a terminal (shutil.get_terminal_size falls back to 80x24).', params: [{ name: 'fd', default: 1, kind: 'positional' }] },
    () => { throw new PyExceptionObj(E.OSError, [25, 'Inappropriate ioctl for device']); }),
  entry({ name: 'os.isatty', doc: 'False: cell output is not a terminal.', params: [{ name: 'fd', kind: 'positional', type: 'int' }] }, () => false),
  entry({ name: 'os.getlogin', doc: 'The user name (USER from os.environ).', params: [] }, () => {
    const env = sessionEnviron();
    return env instanceof PyDict ? (env.get('USER') ?? env.get('LOGNAME') ?? '') : getItem(env, 'USER');
  }),
  entry({ name: 'os.open', doc: 'Opens a file at the descriptor level (for tempfile.mkstemp); O_CREAT, O_EXCL, O_TRUNC are honoured.', params: [{ name: 'path' }, { name: 'flags', type: 'int' }, { name: 'mode', default: 0o777 }, dirFd] },
    a => fdOpen(path(a.path, 'open'), a.flags as number)),
  entry({ name: 'os.close', doc: 'Closes a descriptor from os.open or tempfile.mkstemp.', params: [{ name: 'fd', type: 'int' }] }, a => { fdClose(a.fd as number); return null; }),
  entry({ name: 'os.write', doc: 'Appends bytes to the file behind a descriptor; returns how many.', params: [{ name: 'fd', kind: 'positional', type: 'int' }, { name: 'data', kind: 'positional' }] },
    a => fdWrite(a.fd as number, a.data as PyValue)),
  entry({ name: 'os.fdopen', doc: 'A file object for a descriptor (opens its path with open()).', params: [{ name: 'fd', type: 'int' }], varargs: 'args', varkw: 'kwargs' },
    a => fdOpenFile(a.fd as number, a.args as PyValue[], a.kwargs as Map<string, PyValue> | null)),
  entry({ name: 'os.system', doc: 'Raises NotImplementedError: processes are not supported in Gradbook.', params: [{ name: 'command' }] }, () => { throw noProcesses('os.system()'); }),
  entry({ name: 'os.popen', doc: 'Raises NotImplementedError: processes are not supported in Gradbook.', params: [{ name: 'cmd' }, { name: 'mode', default: 'r' }, { name: 'buffering', default: -1 }] }, () => { throw noProcesses('os.popen()'); }),
  entry({ name: 'os.fork', doc: 'Raises NotImplementedError: processes are not supported in Gradbook.', params: [] }, () => { throw noProcesses('os.fork()'); }),
  entry({ name: 'os.kill', doc: 'Raises NotImplementedError: processes are not supported in Gradbook.', params: [{ name: 'pid', kind: 'positional' }, { name: 'signal', kind: 'positional' }] }, () => { throw noProcesses('os.kill()'); }),
  entry({ name: 'os.execv', doc: 'Raises NotImplementedError: processes are not supported in Gradbook.', params: [{ name: 'path', kind: 'positional' }, { name: 'argv', kind: 'positional' }] }, () => { throw noProcesses('os.execv()'); }),
  entry({ name: 'os.execvp', doc: 'Raises NotImplementedError: processes are not supported in Gradbook.', params: [{ name: 'file' }, { name: 'args' }] }, () => { throw noProcesses('os.execvp()'); }),
];

/** os's constants (os.path, os.environ and the errors are added by the module's loader). */
export const OS_CONSTANTS: Record<string, PyValue> = {
  name: 'posix', sep: '/', altsep: null, extsep: '.', pathsep: ':', linesep: '\n', curdir: '.', pardir: '..',
  defpath: '/bin:/usr/bin', devnull: '/dev/null',
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_APPEND: 0o2000, O_CREAT: 0o100, O_EXCL: 0o200, O_TRUNC: 0o1000,
  SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2,
};
