// The FileSystem of the session currently running a cell (set by PythonSession around each run).
import type { FileSystem } from '../../engine';
import { E, pyException } from '../exceptions';

export const fileState: { fs: FileSystem | null } = { fs: null };

export function sessionFileSystem(): FileSystem {
  if (!fileState.fs) throw pyException(E.PermissionError, 'Gradbook: no file access outside a session');
  return fileState.fs;
}
