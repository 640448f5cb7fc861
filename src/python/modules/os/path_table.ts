// os.path (posixpath) from a signature table: CPython's names and parameters.
import { PyFloat, PyValue } from '../../objects/core';
import { PyTuple } from '../../objects/containers';
import { entry, TableEntry } from '../../bind';
import { toArray } from '../../runtime/iteration';
import { sessionFileSystem } from '../../io/session-files';
import * as P from './paths';
import { exists, getcwd, isDir, isFile } from './files';
import { envValue } from './environ';

const arg = (v: unknown, fn: string) => P.pathArg(v as PyValue, fn);

/** The file's stat through the session's FileSystem; FileNotFoundError as CPython's os.stat. */
function statOf(v: unknown, fn: string) {
  const p = P.fspath(v as PyValue, fn);
  return sessionFileSystem().stat(p);
}

/** exists/isfile/isdir take any path and answer False for what cannot be a path, as CPython does. */
const safePath = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const pathParam = (name = 'path') => ({ name });

export const OS_PATH_TABLE: readonly TableEntry[] = [
  entry({ name: 'os.path.join', doc: 'Joins path components with /; an absolute component restarts the path.', params: [{ name: 'a', kind: 'positional' }], varargs: 'p' },
    a => P.join(arg(a.a, 'join'), (a.p as PyValue[]).map(x => arg(x, 'join')))),
  entry({ name: 'os.path.split', doc: 'Splits a path into (head, tail): tail is everything after the last /.', params: [pathParam('p')] },
    a => new PyTuple(P.split(P.fspath(a.p as PyValue)))),
  entry({ name: 'os.path.basename', doc: 'The final component of a path.', params: [pathParam('p')] },
    a => P.split(P.fspath(a.p as PyValue))[1]),
  entry({ name: 'os.path.dirname', doc: 'The folder part of a path.', params: [pathParam('p')] },
    a => P.split(P.fspath(a.p as PyValue))[0]),
  entry({ name: 'os.path.splitext', doc: 'Splits the extension from a path: (root, ext).', params: [pathParam('p')] },
    a => new PyTuple(P.splitext(P.fspath(a.p as PyValue)))),
  entry({ name: 'os.path.splitdrive', doc: "Splits a path into ('', path): POSIX paths have no drive.", params: [pathParam('p')] },
    a => new PyTuple(['', P.fspath(a.p as PyValue)])),
  entry({ name: 'os.path.normpath', doc: 'Normalizes a path: collapses //, /./ and a/../.', params: [pathParam()] },
    a => P.normpath(P.fspath(a.path as PyValue))),
  entry({ name: 'os.path.abspath', doc: 'The absolute, normalized form of a path (against the working folder).', params: [pathParam()] },
    a => P.abspath(P.fspath(a.path as PyValue), getcwd())),
  entry({ name: 'os.path.realpath', doc: 'The absolute path (symbolic links are resolved by the file system when it is used).', params: [{ name: 'filename' }, { name: 'strict', default: false, kind: 'keyword', unsupported: 'strict resolution is not implemented' }] },
    a => P.abspath(P.fspath(a.filename as PyValue), getcwd())),
  entry({ name: 'os.path.relpath', doc: 'A relative path to `path` from `start` (default: the working folder).', params: [pathParam(), { name: 'start', default: null }] },
    a => P.relpath(P.fspath(a.path as PyValue), a.start === null ? '.' : P.fspath(a.start as PyValue), getcwd())),
  entry({ name: 'os.path.isabs', doc: 'Whether a path is absolute (starts with /).', params: [pathParam('s')] },
    a => P.isabs(P.fspath(a.s as PyValue))),
  entry({ name: 'os.path.exists', doc: 'Whether the path exists (paths outside the allowed folders do not).', params: [pathParam()] },
    a => { const p = safePath(a.path); return p !== null && exists(p); }),
  entry({ name: 'os.path.lexists', doc: 'Whether the path exists (same as exists: links are followed).', params: [pathParam()] },
    a => { const p = safePath(a.path); return p !== null && exists(p); }),
  entry({ name: 'os.path.isfile', doc: 'Whether the path is an existing regular file.', params: [pathParam()] },
    a => { const p = safePath(a.path); return p !== null && isFile(p); }),
  entry({ name: 'os.path.isdir', doc: 'Whether the path is an existing folder.', params: [pathParam('s')] },
    a => { const p = safePath(a.s); return p !== null && isDir(p); }),
  entry({ name: 'os.path.islink', doc: 'Whether the path is a symbolic link (always False: links are followed).', params: [pathParam()] }, () => false),
  entry({ name: 'os.path.ismount', doc: 'Whether the path is a mount point (only / is).', params: [pathParam()] },
    a => P.abspath(P.fspath(a.path as PyValue), getcwd()) === '/'),
  entry({ name: 'os.path.getsize', doc: 'The size of a file, in bytes.', params: [{ name: 'filename' }] },
    a => statOf(a.filename, 'getsize').size),
  entry({ name: 'os.path.getmtime', doc: 'The last modification time, in seconds since the epoch.', params: [{ name: 'filename' }] },
    a => new PyFloat(statOf(a.filename, 'getmtime').mtimeMs / 1000)),
  entry({ name: 'os.path.getatime', doc: 'The last access time (the modification time: the FileSystem keeps one time).', params: [{ name: 'filename' }] },
    a => new PyFloat(statOf(a.filename, 'getatime').mtimeMs / 1000)),
  entry({ name: 'os.path.getctime', doc: 'The metadata change time (the modification time: the FileSystem keeps one time).', params: [{ name: 'filename' }] },
    a => new PyFloat(statOf(a.filename, 'getctime').mtimeMs / 1000)),
  entry({ name: 'os.path.expanduser', doc: "Replaces a leading ~ with HOME from os.environ.", params: [pathParam()] },
    a => P.expanduser(P.fspath(a.path as PyValue), envValue('HOME'))),
  entry({ name: 'os.path.expandvars', doc: 'Replaces $NAME and ${NAME} with their values in os.environ.', params: [pathParam()] },
    a => P.expandvars(P.fspath(a.path as PyValue), envValue)),
  entry({ name: 'os.path.commonprefix', doc: 'The longest string prefix of all paths in the list.', params: [{ name: 'm' }] },
    a => P.commonprefix(toArray(a.m as PyValue).map(x => P.fspath(x)))),
  entry({ name: 'os.path.commonpath', doc: 'The longest common sub-path of the paths.', params: [{ name: 'paths' }] },
    a => P.commonpath(toArray(a.paths as PyValue).map(x => P.fspath(x)))),
  entry({ name: 'os.path.samefile', doc: 'Whether two paths name the same file.', params: [{ name: 'f1' }, { name: 'f2' }] },
    a => { const f = sessionFileSystem(); statOf(a.f1, 'samefile'); statOf(a.f2, 'samefile'); return f.resolve(P.fspath(a.f1 as PyValue)) === f.resolve(P.fspath(a.f2 as PyValue)); }),
];

/** os.path's constants. */
export const OS_PATH_CONSTANTS: Record<string, PyValue> = {
  sep: '/', altsep: null, extsep: '.', pathsep: ':', curdir: '.', pardir: '..', defpath: '/bin:/usr/bin', devnull: '/dev/null', supports_unicode_filenames: false,
};
