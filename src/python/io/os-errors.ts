// OSError subclasses with CPython's errno and text: `[Errno 2] No such file or directory: 'x'`.
import { PyExceptionObj } from '../objects/core';
import { E } from '../exceptions';

const ERRNO: Record<string, { errno: number; text: string; cls: () => typeof E.OSError }> = {
  ENOENT: { errno: 2, text: 'No such file or directory', cls: () => E.FileNotFoundError },
  EACCES: { errno: 13, text: 'Permission denied', cls: () => E.PermissionError },
  EPERM: { errno: 1, text: 'Operation not permitted', cls: () => E.PermissionError },
  EEXIST: { errno: 17, text: 'File exists', cls: () => E.FileExistsError },
  ENOTDIR: { errno: 20, text: 'Not a directory', cls: () => E.NotADirectoryError },
  EISDIR: { errno: 21, text: 'Is a directory', cls: () => E.IsADirectoryError },
  ENOTEMPTY: { errno: 39, text: 'Directory not empty', cls: () => E.OSError },
  EINVAL: { errno: 22, text: 'Invalid argument', cls: () => E.OSError },
  ELOOP: { errno: 40, text: 'Too many levels of symbolic links', cls: () => E.OSError },
  ENAMETOOLONG: { errno: 36, text: 'File name too long', cls: () => E.OSError },
};

/** The OSError CPython raises for a failing system call with this errno code on `path`. */
export function osError(code: string, path: string, path2?: string): PyExceptionObj {
  const e = ERRNO[code] ?? { errno: 5, text: 'Input/output error', cls: () => E.OSError };
  const args = path2 === undefined ? [e.errno, e.text, path] : [e.errno, e.text, path, null, path2];
  return new PyExceptionObj(e.cls(), args);
}

/** A Node fs error as the Python exception CPython would raise for the same call. */
export function fromNodeError(err: unknown, path: string): PyExceptionObj {
  const code = (err as { code?: string })?.code;
  if (typeof code === 'string') return osError(code, path);
  return new PyExceptionObj(E.OSError, [String((err as Error)?.message ?? err)]);
}
