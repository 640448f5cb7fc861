// The engine's FileSystem over Node's fs, with no path policy (tests, benchmarks and tools read and
// write real files through it; the kernel's own is the Python front end's PolicyFileSystem, which
// keeps cells inside the notebook's, the workspace's and the temp folders). Node errors become
// Python's OSError texts ("[Errno 2] No such file or directory: 'x'").
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { PyLikeError, type FileStat, type FileSystem } from '../engine';

function osError(e: unknown, path: string): Error {
  const err = e as NodeJS.ErrnoException;
  const text: Record<string, string> = {
    ENOENT: '[Errno 2] No such file or directory', EACCES: '[Errno 13] Permission denied',
    EISDIR: '[Errno 21] Is a directory', ENOTDIR: '[Errno 20] Not a directory', EEXIST: '[Errno 17] File exists',
    ENOTEMPTY: '[Errno 39] Directory not empty',
  };
  const head = (err && err.code && text[err.code]) ?? `[Errno ${err?.errno ?? 5}] ${err?.message ?? String(e)}`;
  const type = err?.code === 'ENOENT' ? 'FileNotFoundError' : err?.code === 'EACCES' ? 'PermissionError' : 'OSError';
  return new PyLikeError(type, `${head}: '${path}'`);
}

export class NodeFileSystem implements FileSystem {
  constructor(private readonly cwd: string = process.cwd()) {}

  resolve(path: string): string { return nodePath.resolve(this.cwd, path); }
  private guard<T>(path: string, fn: () => T): T {
    try { return fn(); } catch (e) { throw osError(e, path); }
  }

  readFile(path: string): Uint8Array {
    return this.guard(path, () => { const b = nodeFs.readFileSync(this.resolve(path)); return new Uint8Array(b.buffer, b.byteOffset, b.byteLength); });
  }
  writeFile(path: string, data: Uint8Array): void { this.guard(path, () => nodeFs.writeFileSync(this.resolve(path), data)); }
  appendFile(path: string, data: Uint8Array): void { this.guard(path, () => nodeFs.appendFileSync(this.resolve(path), data)); }
  exists(path: string): boolean { return nodeFs.existsSync(this.resolve(path)); }
  stat(path: string): FileStat {
    return this.guard(path, () => {
      const s = nodeFs.statSync(this.resolve(path));
      return { isDirectory: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs };
    });
  }
  listDir(path: string): string[] { return this.guard(path, () => nodeFs.readdirSync(this.resolve(path)).sort()); }
  makeDirs(path: string): void { this.guard(path, () => nodeFs.mkdirSync(this.resolve(path), { recursive: true })); }
  remove(path: string): void { this.guard(path, () => nodeFs.unlinkSync(this.resolve(path))); }
  removeTree(path: string): void { this.guard(path, () => nodeFs.rmSync(this.resolve(path), { recursive: true, force: false })); }
  rename(from: string, to: string): void { this.guard(from, () => nodeFs.renameSync(this.resolve(from), this.resolve(to))); }
}
