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

const PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

export const OPEN_ENTRY: TableEntry = entry({
  name: 'open', doc: 'Open file and return a stream (the session\'s files, under its file policy).',
  params: [
    { name: 'file' }, { name: 'mode', default: 'r' },
    { name: 'buffering', default: -1, doc: 'no effect on results: files are read and written whole' },
    { name: 'encoding', default: null }, { name: 'errors', default: null }, { name: 'newline', default: null },
    { name: 'closefd', default: true, type: 'flag', doc: 'must be true: Gradbook opens files by name' },
    { name: 'opener', default: null, unsupported: true },
  ],
}, a => {
  const file = a.file as PyValue, modeText = a.mode as PyValue;
  const encoding = a.encoding as PyValue, errors = a.errors as PyValue, newline = a.newline as PyValue;
  if (typeof file === 'number') throw pyException(E.NotImplementedError, unsupportedArgumentText('open', 'file', 'a file descriptor as file'));
  if (typeof file !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
  if (!a.closefd) throw valueError('Cannot use closefd=False with file name');
  if (typeof modeText !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeOf(modeText).name}`);
  const mode = parseMode(modeText);
  const given = (v: PyValue) => v !== null;
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
  return new PyFile(sessionFileSystem(), file, file, mode, text);
}, { messages: clinic(PARAMS) });

export const openBuiltin = tableFunction(OPEN_ENTRY, 'builtins');
