// The `open` builtin: CPython's signature and checks over the session's FileSystem.
import { PyValue } from '../objects/core';
import { PyBuiltin } from '../objects/callables';
import { E, pyException, typeError, valueError } from '../exceptions';
import { parseArgs } from '../builtins/args';
import { typeOf } from '../runtime/type-name';
import { PyFile, TextOptions } from './file-object';
import { parseMode } from './open-mode';
import { lookupEncoding, lookupErrors } from './codecs';
import { sessionFileSystem } from './session-files';
import { osError } from './os-errors';

const PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

export const openBuiltin = new PyBuiltin('open', (args, kw) => {
  const [file, modeArg, , encoding, errors, newline, closefd, opener] = parseArgs('open', args, kw, PARAMS, 1);
  if (typeof file === 'number') throw pyException(E.NotImplementedError, 'open(): a file descriptor as file is not supported in Gradbook');
  if (typeof file !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file ?? null).name}`);
  if (closefd !== undefined && closefd !== true) throw pyException(E.NotImplementedError, 'open(): closefd=False is not supported in Gradbook');
  if (opener !== undefined && opener !== null) throw pyException(E.NotImplementedError, 'open(): opener is not supported in Gradbook');
  const modeText = modeArg === undefined ? 'r' : modeArg;
  if (typeof modeText !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeOf(modeText).name}`);
  const mode = parseMode(modeText);
  const given = (v: PyValue | undefined) => v !== undefined && v !== null;
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
}, 'builtins');
