// The FileSystem of the session currently running a cell (set by PythonSession around each run).
import type { FileSystem } from '../../engine';
import { E, pyException } from '../exceptions';

export const fileState: { fs: FileSystem | null } = { fs: null };

/**
 * Called with a path before a module reads it through the session's FileSystem. file-object.ts
 * registers the flush of Python file objects still writing that path: CPython closes
 * `open(p, 'w').write(s)`'s file as soon as its last reference goes, so np.loadtxt(p) or a
 * tf.data reader right after it sees the text; with no reference counts here, the read flushes.
 */
export const beforeSessionRead: ((path: string) => void)[] = [];

const flushing = new WeakMap<FileSystem, FileSystem>();

/** The FileSystem with readFile running beforeSessionRead first; every other member is the original's. */
function flushingReads(fs: FileSystem): FileSystem {
  let wrapped = flushing.get(fs);
  if (!wrapped) {
    const readFile = (path: string) => {
      for (const hook of beforeSessionRead) hook(path);
      return fs.readFile(path);
    };
    wrapped = new Proxy(fs, {
      get(target, prop) {
        if (prop === 'readFile') return readFile;
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    flushing.set(fs, wrapped);
  }
  return wrapped;
}

export function sessionFileSystem(): FileSystem {
  if (!fileState.fs) throw pyException(E.PermissionError, 'Gradbook: no file access outside a session');
  return flushingReads(fileState.fs);
}
