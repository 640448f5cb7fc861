// A FileSystem held in a Map, for tests and for anything that wants files without a disk.
// Paths are normalized as posix paths relative to a fixed working folder.
import type { FileStat, FileSystem } from './file_system';
import { PyLikeError } from '../errors';

const notFoundError = (path: string) => new PyLikeError('FileNotFoundError', `[Errno 2] No such file or directory: '${path}'`);

export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, { data: Uint8Array; mtimeMs: number }>();
  private readonly dirs = new Set<string>(['/']);
  /** The clock stamped on writes; tests may replace it. */
  now: () => number = () => Date.now();

  constructor(readonly cwd = '/work') { this.dirs.add(cwd); this.makeDirs(cwd); }

  resolve(path: string): string {
    const parts: string[] = [];
    for (const p of (path.startsWith('/') ? path : `${this.cwd}/${path}`).split('/')) {
      if (p === '' || p === '.') continue;
      if (p === '..') parts.pop(); else parts.push(p);
    }
    return `/${parts.join('/')}`;
  }
  private parent(abs: string): string { return abs.slice(0, abs.lastIndexOf('/')) || '/'; }

  readFile(path: string): Uint8Array {
    const f = this.files.get(this.resolve(path));
    if (!f) throw notFoundError(path);
    return f.data.slice();
  }
  writeFile(path: string, data: Uint8Array): void {
    const abs = this.resolve(path);
    if (!this.dirs.has(this.parent(abs))) throw notFoundError(path);
    this.files.set(abs, { data: data.slice(), mtimeMs: this.now() });
  }
  appendFile(path: string, data: Uint8Array): void {
    const abs = this.resolve(path);
    const old = this.files.get(abs)?.data ?? new Uint8Array(0);
    const next = new Uint8Array(old.length + data.length);
    next.set(old);
    next.set(data, old.length);
    this.writeFile(path, next);
  }
  exists(path: string): boolean { const abs = this.resolve(path); return this.files.has(abs) || this.dirs.has(abs); }
  stat(path: string): FileStat {
    const abs = this.resolve(path);
    if (this.dirs.has(abs)) return { isDirectory: true, size: 0, mtimeMs: 0 };
    const f = this.files.get(abs);
    if (!f) throw notFoundError(path);
    return { isDirectory: false, size: f.data.length, mtimeMs: f.mtimeMs };
  }
  listDir(path: string): string[] {
    const abs = this.resolve(path);
    if (!this.dirs.has(abs)) throw notFoundError(path);
    const prefix = abs === '/' ? '/' : `${abs}/`;
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p.startsWith(prefix) && p !== abs) names.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }
  makeDirs(path: string): void {
    let cur = '';
    for (const part of this.resolve(path).split('/').filter(Boolean)) { cur += `/${part}`; this.dirs.add(cur); }
  }
  remove(path: string): void {
    if (!this.files.delete(this.resolve(path))) throw notFoundError(path);
  }
  removeTree(path: string): void {
    const abs = this.resolve(path);
    for (const p of [...this.files.keys()]) if (p === abs || p.startsWith(`${abs}/`)) this.files.delete(p);
    for (const d of [...this.dirs]) if (d === abs || d.startsWith(`${abs}/`)) this.dirs.delete(d);
  }
  rename(from: string, to: string): void {
    const f = this.files.get(this.resolve(from));
    if (!f) throw notFoundError(from);
    this.files.delete(this.resolve(from));
    this.writeFile(to, f.data);
  }
}
