// Which paths cells may touch: only those under the session's allowed roots (the notebook's
// folder, the workspace folders, the system temp folder; the CLI: working folder and temp).
// Paths are checked after resolving symlinks and `..`, and the fs call then uses the resolved
// path, so a link or `..` cannot lead outside a root between check and use.
import * as fs from 'fs';
import * as path from 'path';
import { PyExceptionObj } from '../objects/core';
import { E } from '../exceptions';

export interface PathPolicyOptions {
  /** Folders (and everything under them) that cells may read and write. */
  roots: string[];
  /** The program's working folder: relative paths resolve against it. */
  cwd: string;
}

export class PathPolicy {
  /** Changes with os.chdir (always to a folder under a root). */
  cwd: string;
  /** The roots as absolute paths, resolved against the starting working folder. */
  readonly roots: string[];
  /** Real paths of the roots, for the containment check. */
  private readonly realRoots: string[];

  constructor(readonly options: PathPolicyOptions) {
    this.cwd = path.resolve(options.cwd);
    this.roots = options.roots.map(r => path.resolve(this.cwd, r));
    this.realRoots = this.roots.map(realPathOf);
  }

  /** Absolute form of a path as the program wrote it (lexical, like os.path.abspath). */
  absolute(p: string): string { return path.resolve(this.cwd, p); }

  /** The real path to operate on, or PermissionError naming the rule. */
  check(p: string): string {
    if (p.includes('\0')) throw new PyExceptionObj(E.ValueError, ['embedded null byte']);
    const real = realPathOf(this.absolute(p));
    if (this.realRoots.some(root => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep))) return real;
    throw this.denied(p);
  }

  denied(p: string): PyExceptionObj {
    const rule = `Gradbook lets cells use files only under: ${this.roots.join(', ')}`;
    return new PyExceptionObj(E.PermissionError, [13, `Permission denied (${rule})`, p]);
  }
}

/** realpath of the longest existing prefix, with the missing tail appended. */
export function realPathOf(abs: string): string {
  const tail: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      const real = fs.realpathSync.native(cur);
      return tail.length ? path.join(real, ...tail.reverse()) : real;
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return abs;
      tail.push(path.basename(cur));
      cur = parent;
    }
  }
}
