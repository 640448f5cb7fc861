// The kernel's FileSystem: Node's synchronous fs behind the session's path policy. Errors are
// the OSError subclasses CPython raises, naming the path as the program wrote it.
import * as fs from 'fs';
import * as os from 'os';
import type { FileStat, FileSystem } from '../../engine';
import { PathPolicy, PathPolicyOptions } from './path-policy';
import { fromNodeError, osError } from './os-errors';
import { PyExceptionObj } from '../objects/core';
import { E } from '../exceptions';

export class PolicyFileSystem implements FileSystem {
  readonly policy: PathPolicy;
  constructor(options: PathPolicyOptions) { this.policy = new PathPolicy(options); }

  private run<T>(p: string, op: (real: string) => T): T {
    const real = this.policy.check(p);
    try { return op(real); } catch (e) { throw fromNodeError(e, p); }
  }

  readFile(p: string): Uint8Array {
    return this.run(p, real => {
      if (fs.statSync(real).isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
      return new Uint8Array(fs.readFileSync(real));
    });
  }
  writeFile(p: string, data: Uint8Array): void { this.run(p, real => fs.writeFileSync(real, data)); }
  appendFile(p: string, data: Uint8Array): void { this.run(p, real => fs.appendFileSync(real, data)); }
  allowed(p: string): boolean {
    try { this.policy.check(p); return true; } catch (e) { return !(e instanceof PyExceptionObj && e.cls === E.PermissionError); }
  }
  exists(p: string): boolean {
    try { return fs.existsSync(this.policy.check(p)); } catch { return false; }
  }
  stat(p: string): FileStat {
    return this.run(p, real => { const s = fs.statSync(real); return { isDirectory: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs }; });
  }
  listDir(p: string): string[] { return this.run(p, real => fs.readdirSync(real)); }
  makeDirs(p: string): void { this.run(p, real => { fs.mkdirSync(real, { recursive: true }); }); }
  remove(p: string): void {
    this.run(p, real => {
      if (fs.lstatSync(real).isDirectory()) throw osError('EISDIR', p);
      fs.unlinkSync(real);
    });
  }
  removeTree(p: string): void {
    this.run(p, real => {
      if (!fs.existsSync(real)) throw osError('ENOENT', p);
      if (this.policy.roots.some(r => this.policy.check(r) === real)) throw this.policy.denied(p);
      fs.rmSync(real, { recursive: true });
    });
  }
  rename(from: string, to: string): void {
    const realTo = this.policy.check(to);
    this.run(from, real => fs.renameSync(real, realTo));
  }
  resolve(p: string): string { return this.policy.absolute(p); }
  /** os.chdir: relative paths resolve against `p` from now on. */
  chdir(p: string): void {
    this.run(p, real => { if (!fs.statSync(real).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }); });
    this.policy.cwd = this.policy.absolute(p);
  }
}

/** Defaults when the host passes nothing: the process's working folder and the temp folder. */
export function defaultFileSystem(cwd = process.cwd()): PolicyFileSystem {
  return new PolicyFileSystem({ roots: [cwd, os.tmpdir()], cwd });
}
