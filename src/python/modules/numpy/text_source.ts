// Where NumPy's readers and writers get and put bytes: a path (through the session's file
// policy, like open(); a name ending in .gz is gzip-compressed, as NumPy's _datasource does),
// a file object (read()/write()), or, for the text readers, any iterable of lines.
import { PyExceptionObj, PyValue } from '../../objects/core';
import { E, typeError } from '../../exceptions';
import { PyBytes, bytesOf } from '../../runtime/bytes';
import { callMethod } from '../../runtime/call';
import { getAttrOpt } from '../../runtime/attributes';
import { toArray } from '../../runtime/iteration';
import { typeOf } from '../../runtime/type-name';
import { sessionFileSystem } from '../../io/session-files';
import { isAllowed } from '../../../engine';
import { osError } from '../../io/os-errors';
import { decode, encode, lookupEncoding, lookupErrors } from '../../io/codecs';
import { fspath } from '../os/paths';
import { PyFile } from '../../io/file-object';
import { gunzip, gzipBytes } from '../gzip_codec';

const isPathLike = (v: PyValue) => typeof v === 'string' || (getAttrOpt(v, '__fspath__') !== undefined);
const hasMethod = (v: PyValue, name: string) => getAttrOpt(v, name) !== undefined;

/** The bytes of a path: FileNotFoundError as open() raises it, or as NumPy's datasource words it. */
export function readPath(path: string, notFound: 'open' | 'datasource' = 'open'): Uint8Array {
  const fs = sessionFileSystem();
  // A forbidden path goes on to readFile, which raises the policy's PermissionError.
  if (isAllowed(fs, path) && !fs.exists(path)) throw notFound === 'open' ? osError('ENOENT', path) : new PyExceptionObj(E.FileNotFoundError, [`${path} not found.`]);
  const raw = fs.readFile(path);
  return path.endsWith('.gz') ? gunzip(raw) : raw;
}

export function writePath(path: string, data: Uint8Array): void {
  sessionFileSystem().writeFile(path, path.endsWith('.gz') ? gzipBytes(data) : data);
}

/**
 * The lines of a text reader's `fname`: a path, a file object, or an iterable of str/bytes.
 * `encoding` 'bytes' or None reads files as UTF-8 and byte lines as latin-1 (NumPy's rules).
 */
export function textLines(fname: PyValue, encoding: string | null): string[] {
  const byteEncoding = encoding === null || encoding === 'bytes' ? 'latin-1' : encoding;
  const fileEncoding = encoding === null || encoding === 'bytes' ? 'utf-8' : encoding;
  const text = (v: PyValue, what: string): string => {
    if (typeof v === 'string') return v;
    const b = bytesOf(v);
    if (b) return decode(b, lookupEncoding(byteEncoding), lookupErrors('strict'));
    throw typeError(`${what} must be str or bytes, not ${typeOf(v).name}`);
  };
  if (isPathLike(fname)) {
    return splitLines(decode(readPath(fspath(fname), 'datasource'), lookupEncoding(fileEncoding), lookupErrors('strict')));
  }
  if (hasMethod(fname, 'read')) return splitLines(text(callMethod(fname, 'read', [], null), 'read() result'));
  let items: PyValue[];
  try { items = toArray(fname); } catch {
    throw typeError('fname must be a string, filehandle, list of strings,\nor generator. Got ' + typeOf(fname).name + ' instead.');
  }
  return items.flatMap(v => splitLines(text(v, 'lines')));
}

/** Universal newlines, as text-mode files read. */
function splitLines(s: string): string[] {
  const lines = s.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Writes text to a path or file object. File objects get str first; a binary one (TypeError)
 * gets the text encoded with `encoding` (latin-1 by default), as np.savetxt's wrapper does.
 */
export function writeText(fname: PyValue, content: string, encoding: string | null): void {
  if (isPathLike(fname)) {
    writePath(fspath(fname), encode(content, lookupEncoding(encoding ?? 'utf-8'), lookupErrors('strict')));
    return;
  }
  if (!hasMethod(fname, 'write')) throw new PyExceptionObj(E.ValueError, ['fname must be a string or file handle']);
  const binary = fname instanceof PyFile ? fname.textOpts === null : null;
  if (binary !== true) {
    try {
      callMethod(fname, 'write', [content], null);
      return;
    } catch (e) {
      if (binary === false || !(e instanceof PyExceptionObj && e.cls.isSubclassOf(E.TypeError))) throw e;
    }
  }
  callMethod(fname, 'write', [new PyBytes(encode(content, lookupEncoding(encoding ?? 'latin-1'), lookupErrors('strict')))], null);
}

/** Binary output (np.save, np.savez) to a path or a file object. */
export function writeBytes(fname: PyValue, data: Uint8Array): void {
  if (isPathLike(fname)) { sessionFileSystem().writeFile(fspath(fname), data); return; }
  if (!hasMethod(fname, 'write')) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(fname).name}`);
  callMethod(fname, 'write', [new PyBytes(data)], null);
}

/** Binary input (np.load) from a path or a file object. */
export function readBytes(fname: PyValue): Uint8Array {
  if (isPathLike(fname)) {
    const fs = sessionFileSystem(), path = fspath(fname);
    if (isAllowed(fs, path) && !fs.exists(path)) throw osError('ENOENT', path);
    return fs.readFile(path);
  }
  if (!hasMethod(fname, 'read')) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(fname).name}`);
  const raw = callMethod(fname, 'read', [], null);
  const b = bytesOf(raw);
  if (!b) throw typeError(`a bytes-like object is required, not '${typeOf(raw).name}'`);
  return b;
}

export { isPathLike };
