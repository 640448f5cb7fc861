// `io` (and `_io`): StringIO, BytesIO, a read-only TextIOWrapper over a binary stream, open().
import { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { E, pyException, typeError } from '../../exceptions';
import { hostClass } from '../../host';
import { parseArgs } from '../../builtins/args';
import { bytesOf } from '../../runtime/bytes';
import { callMethod } from '../../runtime/call';
import { typeOf } from '../../runtime/type-name';
import { openBuiltin } from '../../io/open';
import { UnsupportedOperation } from '../../io/file-object';
import { decode, lookupEncoding, lookupErrors } from '../../io/codecs';
import { registerModule } from '../registry';
import { PyStringIO, bytesIOClass, stringIOClass } from './memory';

/** TextIOWrapper over a binary stream, for reading: the stream's bytes decoded once. */
class ReadTextWrapper extends PyStringIO {
  override get type(): PyClass { return textWrapperClass; }
  override get pyTypeName(): string { return 'TextIOWrapper'; }
  override writeValue(): number { throw pyException(E.NotImplementedError, 'TextIOWrapper.write() is not supported by Gradbook: open the file in text mode instead'); }
}
const textWrapperClass = hostClass('TextIOWrapper', '_io');
textWrapperClass.nativeNew = (_c, args, kw) => {
  const [buffer, encoding, errors, newline] = parseArgs('TextIOWrapper', args, kw, ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'], 1);
  const data = bytesOf(callMethod(buffer!, 'read', [], null));
  if (!data) throw typeError(`underlying read() should have returned a bytes-like object, not '${typeOf(buffer!).name}'`);
  const text = decode(data, lookupEncoding(typeof encoding === 'string' ? encoding : 'utf-8'), lookupErrors(typeof errors === 'string' ? errors : 'strict'));
  return new ReadTextWrapper(text, newline === undefined ? null : (newline as string | null));
};

function makeIo(name: string): PyModule {
  const m = new PyModule(name);
  m.set('StringIO', stringIOClass).set('BytesIO', bytesIOClass).set('TextIOWrapper', textWrapperClass);
  m.set('open', openBuiltin).set('UnsupportedOperation', UnsupportedOperation);
  m.set('SEEK_SET', 0).set('SEEK_CUR', 1).set('SEEK_END', 2).set('DEFAULT_BUFFER_SIZE', 8192);
  // The abstract classes exist for isinstance checks and subclassing.
  const ioBase = new PyClass('IOBase', [T.object], 'io');
  m.set('IOBase', ioBase);
  for (const abc of ['RawIOBase', 'BufferedIOBase', 'TextIOBase']) m.set(abc, new PyClass(abc, [ioBase], 'io'));
  m.set('BufferedReader', hostClass('BufferedReader', '_io')).set('BufferedWriter', hostClass('BufferedWriter', '_io'));
  return m;
}

registerModule('io', () => makeIo('io'));
registerModule('_io', () => makeIo('_io'));
