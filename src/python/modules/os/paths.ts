// POSIX path arithmetic as CPython's posixpath does it: pure string functions, no file access.
import { PyValue } from '../../objects/core';
import { E, pyException, typeError } from '../../exceptions';
import { PyBytes } from '../../runtime/bytes';
import { typeOf } from '../../runtime/type-name';
import { callMethod } from '../../runtime/call';
import { unwrapScalar } from '../../objects/scalar-sub';

/** os.fspath: a str path, a bytes path (not supported), or an object with __fspath__. */
export function fspath(v: PyValue, fn?: string): string {
  v = unwrapScalar(v);
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) throw pyException(E.NotImplementedError, `${fn ?? 'fspath'}(): bytes paths are not supported by Gradbook; use str`);
  if (v !== null && typeof v === 'object' && typeOf(v).lookup('__fspath__') !== undefined) {
    const r = callMethod(v, '__fspath__', [], null);
    if (typeof r === 'string') return r;
    throw typeError(`expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
  }
  const what = fn ? `${fn}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}` : `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`;
  throw typeError(what);
}

/** The argument error os.path functions raise (`join() argument must be str, bytes, or os.PathLike object, not 'int'`). */
export function pathArg(v: PyValue, fn: string): string {
  v = unwrapScalar(v);
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !(v instanceof PyBytes) && typeOf(v).lookup('__fspath__') !== undefined) return fspath(v, fn);
  if (v instanceof PyBytes) return fspath(v, fn);
  throw typeError(`${fn}() argument must be str, bytes, or os.PathLike object, not '${typeOf(v).name}'`);
}

export function join(a: string, rest: string[]): string {
  let path = a;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (!path || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    for (let i = sep + 1; i < dot; i++) if (p[i] !== '.') return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ''];
}

export function normpath(path: string): string {
  if (path === '') return '.';
  let initialSlashes = path.startsWith('/') ? 1 : 0;
  if (initialSlashes && path.startsWith('//') && !path.startsWith('///')) initialSlashes = 2;
  const comps: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initialSlashes && comps.length === 0) || (comps.length > 0 && comps[comps.length - 1] === '..')) comps.push(comp);
    else if (comps.length > 0) comps.pop();
  }
  const out = '/'.repeat(initialSlashes) + comps.join('/');
  return out || '.';
}

export function isabs(p: string): boolean { return p.startsWith('/'); }

export function abspath(p: string, cwd: string): string {
  return normpath(isabs(p) ? p : join(cwd, [p]));
}

export function relpath(path: string, start: string, cwd: string): string {
  if (!path) throw pyException(E.ValueError, 'no path specified');
  const startList = abspath(start, cwd).split('/').filter(Boolean);
  const pathList = abspath(path, cwd).split('/').filter(Boolean);
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...Array(startList.length - i).fill('..'), ...pathList.slice(i)];
  return rel.length ? rel.join('/') : '.';
}

export function commonprefix(paths: string[]): string {
  if (!paths.length) return '';
  let lo = paths[0], hi = paths[0];
  for (const p of paths) { if (p < lo) lo = p; if (p > hi) hi = p; }
  let i = 0;
  while (i < lo.length && lo[i] === hi[i]) i++;
  return lo.slice(0, i);
}

export function commonpath(paths: string[]): string {
  if (!paths.length) throw pyException(E.ValueError, 'commonpath() arg is an empty sequence');
  const absFlags = new Set(paths.map(isabs));
  if (absFlags.size > 1) throw pyException(E.ValueError, "Can't mix absolute and relative paths");
  const splitPaths = paths.map(p => p.split('/').filter(c => c && c !== '.'));
  let lo = splitPaths[0], hi = splitPaths[0];
  const cmp = (a: string[], b: string[]) => { for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1; return a.length - b.length; };
  for (const s of splitPaths) { if (cmp(s, lo) < 0) lo = s; if (cmp(s, hi) > 0) hi = s; }
  let common = lo;
  for (let i = 0; i < lo.length; i++) if (lo[i] !== hi[i]) { common = lo.slice(0, i); break; }
  return (isabs(paths[0]) ? '/' : '') + common.join('/');
}

/** $VAR and ${VAR} from `env`; unknown names stay as written (posixpath.expandvars). */
export function expandvars(p: string, env: (name: string) => string | undefined): string {
  if (!p.includes('$')) return p;
  return p.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    return env(key) ?? m;
  });
}

export function expanduser(p: string, home: string | undefined): string {
  if (!p.startsWith('~')) return p;
  const slash = p.indexOf('/', 1);
  const end = slash < 0 ? p.length : slash;
  if (end !== 1 || home === undefined) return p;
  const base = home.replace(/\/+$/, '') || '/';
  return base + p.slice(end) || '/';
}
