// The `open` builtin: CPython's signature (a C function parsed by Argument Clinic) and checks over
// the session's FileSystem.
import { PyValue } from '../objects/core';
import { E, pyException, typeError, valueError } from '../exceptions';
import { entry, tableFunction, TableEntry } from '../bind';
import { clinic } from '../builtins/c_messages';
import { typeOf } from '../runtime/type-name';
import { unsupportedArgumentText } from '../../engine';
import { PyFile, TextOptions } from './file-object';
import { parseMode } from './open-mode';
import { lookupEncoding, lookupErrors } from './codecs';
import { sessionFileSystem } from './session-files';
import { osError } from './os-errors';
import { PyBytes } from '../runtime/bytes';
import { fspath } from '../modules/os/paths';

const PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

export const OPEN_ENTRY: TableEntry = entry({
  name: 'open', doc: 'Open file and return a stream (the session\'s files, under its file policy).',
  params: [
    { name: 'file', doc: 'a str path or an os.PathLike object (bytes paths and file descriptors are not supported)' }, { name: 'mode', default: 'r' },
    { name: 'buffering', default: -1, type: 'int', doc: 'no effect on results: files are read and written whole (0 is refused in text mode, as CPython does)' },
    { name: 'encoding', default: null }, { name: 'errors', default: null }, { name: 'newline', default: null },
    { name: 'closefd', default: true, type: 'flag', doc: 'must be true: Gradbook opens files by name' },
    { name: 'opener', default: null, unsupported: true },
  ],
}, a => {
  const given = (v: PyValue) => v !== null;
  const modeText = a.mode as PyValue;
  const encoding = a.encoding as PyValue, errors = a.errors as PyValue, newline = a.newline as PyValue;
  // Argument Clinic's str-or-None converters, before anything else.
  for (const [name, v] of [['encoding', encoding], ['errors', errors], ['newline', newline]] as const) {
    if (given(v) && typeof v !== 'string') throw typeError(`open() argument '${name}' must be str or None, not ${typeOf(v).name}`);
  }
  const file = pathOf(a.file as PyValue);
  if (!a.closefd) throw valueError('Cannot use closefd=False with file name');
  if (typeof modeText !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeOf(modeText).name}`);
  const mode = parseMode(modeText);
  if (mode.binary) {
    if (given(encoding)) throw valueError("binary mode doesn't take an encoding argument");
    if (given(errors)) throw valueError("binary mode doesn't take an errors argument");
    if (given(newline)) throw valueError("binary mode doesn't take a newline argument");
  }
  if (given(newline) && !['', '\n', '\r', '\r\n'].includes(newline as string)) throw valueError(`illegal newline value: ${newline}`);
  let text: TextOptions | null = null;
  if (!mode.binary) {
    const encName = given(encoding) ? String(encoding) : 'UTF-8';
    text = { encoding: lookupEncoding(encName), encodingName: encName, errors: lookupErrors(given(errors) ? String(errors) : 'strict'), newline: given(newline) ? (newline as string) : null };
  }
  if (file === '') throw osError('ENOENT', '');
  const opened = new PyFile(sessionFileSystem(), file, file, mode, text);
  // CPython opens (and for 'w' truncates) the file before it refuses unbuffered text.
  if (a.buffering === 0 && text !== null) { opened.close(); throw valueError("can't have unbuffered text I/O"); }
  return opened;
}, { messages: clinic(PARAMS) });

/** open()'s `file`: a str, or an os.PathLike's str; bytes paths and descriptors raise NotImplementedError naming `file`. */
function pathOf(file: PyValue): string {
  if (typeof file === 'number' || typeof file === 'bigint' || typeof file === 'boolean') {
    throw pyException(E.NotImplementedError, unsupportedArgumentText('open', 'file', 'a file descriptor as file'));
  }
  if (file instanceof PyBytes) throw pyException(E.NotImplementedError, unsupportedArgumentText('open', 'file', 'bytes paths (use str)'));
  return fspath(file);
}

export const openBuiltin = tableFunction(OPEN_ENTRY, 'builtins');
