// The file system kernels read through (TextLineDataset, ReadFile, the readers). The host that
// runs programs registers its provider (the Python front end: the session's permitted files);
// kernels raise TF's NotFoundError for a missing file and PermissionDeniedError for one the
// host's policy forbids.
import { FileSystem, isAllowed } from './file_system';
import { KernelError } from '../errors';
import { byteStringFromBytes } from '../byte_string';

let provider: (() => FileSystem) | null = null;

export function setKernelFileSystem(p: (() => FileSystem) | null): void { provider = p; }

/** A file's bytes as a byte string (one char per byte, as string tensors hold them). */
export function readKernelFile(path: string): string {
  return byteStringFromBytes(readKernelBytes(path));
}

/** A file's raw bytes, with the same checks. */
export function readKernelBytes(path: string): Uint8Array {
  if (!provider) throw new KernelError('UnimplementedError', 'File access is not available to kernels here');
  const fs = provider();
  if (!isAllowed(fs, path)) throw new KernelError('PermissionDeniedError', `${path}; Permission denied`);
  if (!fs.exists(path)) throw new KernelError('NotFoundError', `${path}; No such file or directory`);
  return fs.readFile(path);
}
