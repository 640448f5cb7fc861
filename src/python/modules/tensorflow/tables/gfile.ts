// tf.gfile (TF1 names) and tf.io.gfile (lowercase names) over the session's FileSystem: the same
// access policy as open(). Missing files are TF's NotFoundError, existing targets its
// AlreadyExistsError, as TF's file_io raises them.
import type { PyValue } from '../../../objects/core';
import { PyExceptionObj } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import type { PyModule } from '../../../objects/callables';
import * as tf from '../../../../engine';
import type { FileSystem, ParamSpec, Signature } from '../../../../engine';
import { constructorOf, entry, TableEntry } from '../../../bind';
import { E } from '../../../exceptions';
import { hostClass } from '../../../host';
import { sessionFileSystem } from '../../../io/session-files';
import { PyFile } from '../../../io/file-object';
import { parseMode } from '../../../io/open-mode';
import { isAllowed } from '../../../../engine';
import { lookupEncoding, lookupErrors } from '../../../io/codecs';

const fs = (): FileSystem => sessionFileSystem();
// A path the session's policy forbids is TF's PermissionDeniedError (as EACCES is in TF), not NotFoundError.
const notFound = (path: string) => (isAllowed(fs(), path)
  ? new tf.OpError('NotFoundError', `${path}; No such file or directory`, null)
  : new tf.OpError('PermissionDeniedError', `${path}; Permission denied`, null));
const alreadyExists = (_path: string) => new tf.OpError('AlreadyExistsError', 'file already exists', null);

/** Runs `f`, turning the FileSystem's FileNotFoundError into TF's NotFoundError for `path`. */
function tfErrors<T>(path: string, f: () => T): T {
  try { return f(); } catch (e) {
    if ((e instanceof PyExceptionObj && (e.cls === E.FileNotFoundError || e.cls === E.PermissionError)) || (e instanceof tf.PyLikeError && e.pyType === 'FileNotFoundError')) throw notFound(path);
    throw e;
  }
}

const isDir = (p: string) => fs().exists(p) && fs().stat(p).isDirectory;
const join = (dir: string, name: string) => (dir === '' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/** fnmatch-style pattern of one path component as a RegExp (*, ?, [...]). */
function componentRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else { const body = pattern.slice(i + 1, end); re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`; i = end; }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
const hasMagic = (s: string) => /[*?[]/.test(s);

/** tf.gfile.Glob: each component with wildcards is matched against its directory's entries. */
function glob(pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  let paths = [absolute ? '/' : ''];
  for (const part of pattern.split('/').filter((p, i) => p !== '' || i === 0).filter(p => p !== '')) {
    const next: string[] = [];
    for (const base of paths) {
      if (!hasMagic(part)) { const p = base === '/' ? `/${part}` : join(base, part); if (fs().exists(p)) next.push(p); continue; }
      const dir = base === '' ? '.' : base;
      if (!isDir(dir)) continue;
      const re = componentRegExp(part);
      for (const name of fs().listDir(dir).sort()) if (re.test(name)) next.push(base === '/' ? `/${name}` : join(base, name));
    }
    paths = next;
  }
  return paths.filter(p => p !== '' && p !== '/');
}

function removeTree(path: string): void { tfErrors(path, () => { if (!fs().exists(path)) throw notFound(path); fs().removeTree(path); }); }
function listDirectory(path: string): string[] {
  if (!isDir(path)) throw new tf.OpError('NotFoundError', `Could not find directory ${path}`, null);
  return fs().listDir(path);
}
function copy(src: string, dst: string, overwrite: boolean): void {
  if (!overwrite && fs().exists(dst)) throw alreadyExists(dst);
  const data = tfErrors(src, () => fs().readFile(src));
  fs().writeFile(dst, data);
}
function rename(src: string, dst: string, overwrite: boolean): void {
  if (!overwrite && fs().exists(dst)) throw alreadyExists(dst);
  tfErrors(src, () => { if (!fs().exists(src)) throw notFound(src); fs().rename(src, dst); });
}
function walk(top: string, topdown: boolean): PyValue[] {
  if (!isDir(top)) return [];
  const names = fs().listDir(top).sort();
  const dirs = names.filter(n => isDir(join(top, n)));
  const files = names.filter(n => !dirs.includes(n));
  const here = new PyTuple([top, new PyList(dirs), new PyList(files)]);
  const below = dirs.flatMap(d => walk(join(top, d), topdown));
  return topdown ? [here, ...below] : [...below, here];
}

/** GFile: a Python file object over the FileSystem; a missing file to read is NotFoundError. */
function gfile(name: string, mode: string): PyValue {
  const m = parseMode(mode);
  if (m.read && !m.truncate && !m.create && !m.append && !fs().exists(name)) throw notFound(name);
  const text = m.binary ? null : { encoding: lookupEncoding('UTF-8'), encodingName: 'UTF-8', errors: lookupErrors('strict'), newline: null };
  return new PyFile(fs(), name, name, m, text);
}

const P = (name: string): ParamSpec => ({ name, type: 'str' });
const OVERWRITE: ParamSpec = { name: 'overwrite', default: false, type: 'flag' };

/** Each function under its TF1 name (tf.gfile.Exists) and its tf.io.gfile name (exists). */
function both(tf1: string, io: string, doc: string, params: ParamSpec[], ioParams: ParamSpec[], body: (a: Record<string, unknown>) => PyValue): TableEntry[] {
  return [
    entry({ name: `tf.gfile.${tf1}`, doc, params } as Signature, body as never),
    entry({ name: `tf.io.gfile.${io}`, doc, params: ioParams } as Signature, body as never),
  ];
}
const str = (a: Record<string, unknown>, k: string) => a[k] as string;

export const GFILE_TABLE: readonly TableEntry[] = [
  ...both('Exists', 'exists', 'Whether a path exists.', [P('filename')], [P('path')], a => fs().exists(str(a, 'filename') ?? str(a, 'path'))),
  ...both('IsDirectory', 'isdir', 'Whether a path is a directory.', [P('dirname')], [P('path')], a => isDir(str(a, 'dirname') ?? str(a, 'path'))),
  ...both('MakeDirs', 'makedirs', 'Creates a directory and its parents (no error when it exists).', [P('dirname')], [P('path')],
    a => { fs().makeDirs(str(a, 'dirname') ?? str(a, 'path')); return null; }),
  ...both('MkDir', 'mkdir', 'Creates a directory; its parent must exist.', [P('dirname')], [P('path')], a => {
    const p = str(a, 'dirname') ?? str(a, 'path');
    if (fs().exists(p)) throw alreadyExists(p);
    const parent = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.';
    if (!isDir(parent)) throw notFound(p);
    fs().makeDirs(p);
    return null;
  }),
  ...both('DeleteRecursively', 'rmtree', 'Deletes a directory and everything in it.', [P('dirname')], [P('path')],
    a => { removeTree(str(a, 'dirname') ?? str(a, 'path')); return null; }),
  ...both('Remove', 'remove', 'Deletes a file.', [P('filename')], [P('path')], a => {
    const p = str(a, 'filename') ?? str(a, 'path');
    tfErrors(p, () => { if (!fs().exists(p)) throw notFound(p); fs().remove(p); });
    return null;
  }),
  ...both('ListDirectory', 'listdir', 'The entries of a directory (names only, unsorted).', [P('dirname')], [P('path')],
    a => new PyList(listDirectory(str(a, 'dirname') ?? str(a, 'path')))),
  ...both('Glob', 'glob', 'The paths matching a pattern (*, ?, [...]).', [P('filename')], [P('pattern')], a => new PyList(glob(str(a, 'filename') ?? str(a, 'pattern')))),
  ...both('Rename', 'rename', 'Renames a file or directory.', [P('oldname'), P('newname'), OVERWRITE], [P('src'), P('dst'), OVERWRITE],
    a => { rename(str(a, 'oldname') ?? str(a, 'src'), str(a, 'newname') ?? str(a, 'dst'), a.overwrite as boolean); return null; }),
  ...both('Copy', 'copy', 'Copies a file.', [P('oldpath'), P('newpath'), OVERWRITE], [P('src'), P('dst'), OVERWRITE],
    a => { copy(str(a, 'oldpath') ?? str(a, 'src'), str(a, 'newpath') ?? str(a, 'dst'), a.overwrite as boolean); return null; }),
  ...both('Walk', 'walk', 'Directory tree entries (dirname, subdirs, files), top-down by default.',
    [P('top'), { name: 'in_order', default: true, type: 'flag' }],
    [P('top'), { name: 'topdown', default: true, type: 'flag' }, { name: 'onerror', default: null, unsupported: 'error callbacks' }],
    a => new PyList(walk(str(a, 'top'), (a.in_order ?? a.topdown) as boolean))),
];

const GFILE_CONSTRUCTOR = constructorOf({
  name: 'tf.gfile.GFile', doc: 'A file object (open()-like) over the FileSystem; also tf.gfile.Open, tf.gfile.FastGFile, tf.io.gfile.GFile.',
  params: [{ name: 'name', type: 'str' }, { name: 'mode', default: 'r', type: 'str' }],
}, a => gfile(a.name, a.mode));

/** GFile classes in tf.gfile and tf.io.gfile (the table made the modules). */
export function installGFile(root: PyModule): void {
  const cls = hostClass('GFile', 'tensorflow.gfile');
  cls.nativeNew = (_c, args, kw) => GFILE_CONSTRUCTOR.construct(args, kw);
  const gfileModule = root.dict.get('gfile') as PyModule;
  for (const n of ['GFile', 'Open', 'FastGFile']) gfileModule.set(n, cls);
  const io = root.dict.get('io') as PyModule;
  (io.dict.get('gfile') as PyModule).set('GFile', cls);
}

export const GFILE_SIGNATURES: readonly Signature[] = [GFILE_CONSTRUCTOR.signature];
