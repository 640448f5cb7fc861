// `io` (and `_io`): StringIO, BytesIO, a read-only TextIOWrapper over a binary stream, open().
import { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { E, pyException, typeError } from '../../exceptions';
import { hostClass } from '../../host';
import { constructorOf, namedAs } from '../../bind';
import { clinic } from '../../builtins/c_messages';
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
export const TEXT_WRAPPER_CONSTRUCTOR = constructorOf({
  name: 'io.TextIOWrapper', doc: 'Character and line based layer over a BufferedIOBase object (Gradbook: for reading; the stream is read and decoded once).',
  params: [{ name: 'buffer' }, { name: 'encoding', default: null }, { name: 'errors', default: null }, { name: 'newline', default: null },
    { name: 'line_buffering', default: false, doc: 'no effect: the wrapper only reads' }, { name: 'write_through', default: false, doc: 'no effect: the wrapper only reads' }],
}, a => {
  const buffer = a.buffer as PyValue;
  const data = bytesOf(callMethod(buffer, 'read', [], null));
  if (!data) throw typeError(`underlying read() should have returned a bytes-like object, not '${typeOf(buffer).name}'`);
  const text = decode(data, lookupEncoding(typeof a.encoding === 'string' ? a.encoding : 'utf-8'), lookupErrors(typeof a.errors === 'string' ? a.errors : 'strict'));
  return new ReadTextWrapper(text, a.newline as string | null);
}, namedAs('TextIOWrapper', clinic(['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'])));
textWrapperClass.nativeNew = (_c, args, kw) => TEXT_WRAPPER_CONSTRUCTOR.construct(args, kw);

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
