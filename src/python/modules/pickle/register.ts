// `pickle` from a signature table (`_pickle` is the same module, as in CPython).
import { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { E, pyException, typeError } from '../../exceptions';
import { entry, installTable, TableEntry } from '../../bind';
import { PyBytes, bytesOf } from '../../runtime/bytes';
import { callMethod } from '../../runtime/call';
import { getAttrOpt } from '../../runtime/attributes';
import { toIndex } from '../../runtime/numbers';
import { typeOf } from '../../runtime/type-name';
import { registerModule } from '../registry';
import { Pickler } from './pickler';
import { Unpickler } from './unpickler';
import { PickleError, PicklingError, UnpicklingError } from './errors';

const HIGHEST_PROTOCOL = 5, DEFAULT_PROTOCOL = 4;

function protocolOf(v: unknown): number {
  if (v === null || v === undefined) return DEFAULT_PROTOCOL;
  let p = toIndex(v as PyValue);
  if (p < 0) p = HIGHEST_PROTOCOL;
  if (p > HIGHEST_PROTOCOL) throw pyException(E.ValueError, `pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  if (p < 2) throw pyException(E.NotImplementedError, `pickle protocol ${p} is not supported by Gradbook for writing (use 2 or higher)`);
  return p;
}

const dumpParams = [
  { name: 'protocol', default: null },
  { name: 'fix_imports', default: true, kind: 'keyword', doc: 'protocol 2 writes Python 2 names (__builtin__, copy_reg)' },
  { name: 'buffer_callback', default: null, kind: 'keyword', unsupported: 'out-of-band buffers are not supported' },
] as const;
const loadParams = [
  { name: 'fix_imports', default: true, kind: 'keyword', type: 'flag' },
  { name: 'encoding', default: 'ASCII', kind: 'keyword', type: 'str', doc: "how Python 2 str objects decode ('latin1' for NumPy arrays, 'bytes' keeps them bytes)" },
  { name: 'errors', default: 'strict', kind: 'keyword', type: 'str' },
  { name: 'buffers', default: [], kind: 'keyword', unsupported: 'out-of-band buffers are not supported' },
] as const;

function loadBytes(data: Uint8Array, a: { fix_imports?: unknown; encoding?: unknown; errors?: unknown }): { value: PyValue; end: number } {
  const u = new Unpickler(data, { fixImports: a.fix_imports as boolean, encoding: a.encoding as string, errors: a.errors as string });
  const value = u.load();
  return { value, end: u.end };
}

export const PICKLE_TABLE: readonly TableEntry[] = [
  entry({ name: 'pickle.dumps', doc: 'The pickle of obj as bytes (protocol 4 by default).', params: [{ name: 'obj' }, ...dumpParams] },
    a => new PyBytes(new Pickler(protocolOf(a.protocol)).dump(a.obj as PyValue))),
  entry({ name: 'pickle.dump', doc: 'Writes the pickle of obj to a binary file object.', params: [{ name: 'obj' }, { name: 'file' }, ...dumpParams] }, a => {
    const data = new Pickler(protocolOf(a.protocol)).dump(a.obj as PyValue);
    if (getAttrOpt(a.file as PyValue, 'write') === undefined) throw typeError("file must have a 'write' attribute");
    callMethod(a.file as PyValue, 'write', [new PyBytes(data)], null);
    return null;
  }),
  entry({ name: 'pickle.loads', doc: 'The object a pickle (bytes) holds.', params: [{ name: 'data', kind: 'positional' }, ...loadParams] }, a => {
    const data = bytesOf(a.data as PyValue);
    if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(a.data as PyValue).name}'`);
    return loadBytes(data, a).value;
  }),
  entry({ name: 'pickle.load', doc: 'Reads one pickled object from a binary file object, leaving the file after it.', params: [{ name: 'file' }, ...loadParams] }, a => {
    const file = a.file as PyValue;
    if (getAttrOpt(file, 'read') === undefined) throw typeError("file must have 'read' and 'readline' attributes");
    const start = getAttrOpt(file, 'tell') !== undefined ? callMethod(file, 'tell', [], null) : null;
    const raw = callMethod(file, 'read', [], null);
    const data = bytesOf(raw);
    if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(raw).name}'`);
    const { value, end } = loadBytes(data, a);
    // Several pickles may follow one another in a file: the next load starts after this one.
    if (typeof start === 'number' && end < data.length) callMethod(file, 'seek', [start + end], null);
    return value;
  }),
];

function makePickle(name: string): PyModule {
  const m = new PyModule(name);
  installTable(m, PICKLE_TABLE);
  m.set('HIGHEST_PROTOCOL', HIGHEST_PROTOCOL).set('DEFAULT_PROTOCOL', DEFAULT_PROTOCOL);
  m.set('PickleError', PickleError).set('PicklingError', PicklingError).set('UnpicklingError', UnpicklingError);
  return m;
}

registerModule('pickle', () => makePickle('pickle'));
registerModule('_pickle', () => makePickle('_pickle'));
