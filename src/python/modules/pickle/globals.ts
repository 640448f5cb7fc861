// The globals a pickle names (GLOBAL / STACK_GLOBAL): Python 2 names mapped to Python 3 ones as
// CPython's fix_imports does, NumPy's reconstructors mapped to Gradbook's arrays, copyreg's
// helpers, and everything else imported in the session (user classes in __main__ included).
import { PyExceptionObj, PyInstance, PyValue } from '../../objects/core';
import { entry, tableFunction, TableEntry } from '../../bind';
import { checkPositional } from '../../builtins/c_messages';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { E, typeError } from '../../exceptions';
import { currentCache } from '../../interpreter/imports';
import { state } from '../../interpreter/frame';
import { getAttrOpt } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { PyBytes } from '../../runtime/bytes';
import { encode, lookupEncoding, lookupErrors } from '../../io/codecs';
import { ndarrayClass } from '../numpy/ndarray_object';
import { PendingArray, fromBuffer, makeDtype, makeScalar } from './numpy_bridge';
import { unpicklingError } from './errors';

/** Python 2 module and name spellings (CPython's _compat_pickle, the part real pickles use). */
const MODULE_MAP: Record<string, string> = {
  __builtin__: 'builtins', copy_reg: 'copyreg', Queue: 'queue', cPickle: 'pickle', cStringIO: 'io', StringIO: 'io',
  exceptions: 'builtins', UserDict: 'collections', UserList: 'collections', UserString: 'collections',
};
const NAME_MAP: Record<string, [string, string]> = {
  '__builtin__.xrange': ['builtins', 'range'], '__builtin__.unicode': ['builtins', 'str'], '__builtin__.basestring': ['builtins', 'str'],
  '__builtin__.long': ['builtins', 'int'], '__builtin__.reduce': ['functools', 'reduce'], '__builtin__.intern': ['sys', 'intern'],
  '__builtin__.unichr': ['builtins', 'chr'], 'UserDict.UserDict': ['collections', 'UserDict'], 'UserList.UserList': ['collections', 'UserList'],
  'itertools.izip': ['builtins', 'zip'], 'itertools.imap': ['builtins', 'map'], 'itertools.ifilter': ['builtins', 'filter'],
  'itertools.izip_longest': ['itertools', 'zip_longest'],
};

const NUMPY_MODULES = new Set(['numpy.core.multiarray', 'numpy._core.multiarray', 'numpy.core.numeric', 'numpy._core.numeric', 'numpy']);

// The functions a pickle calls to rebuild values, with the signatures NumPy, copyreg and _codecs
// give them (they are reachable only from pickle data, so docs/API.md does not list them).
const P = (n: string) => ({ name: n, kind: 'positional' }) as const;
const reconstructors: TableEntry[] = [
  entry({ name: 'numpy.core.multiarray._reconstruct', doc: 'An empty array that __setstate__ fills.', params: [P('subtype'), P('shape'), P('dtype')] },
    () => new PendingArray(), { messages: checkPositional(3, 3) }),
  entry({ name: 'numpy.core.multiarray.scalar', doc: 'A NumPy scalar from its dtype and raw bytes.', params: [P('dtype'), { name: 'obj', default: null, kind: 'positional' }] },
    a => makeScalar([a.dtype as PyValue, a.obj as PyValue]), { messages: checkPositional(1, 2) }),
  entry({ name: 'numpy.core.numeric._frombuffer', doc: 'An array from its raw bytes (protocol 5 pickles).', params: [{ name: 'buf' }, { name: 'dtype' }, { name: 'shape' }, { name: 'order' }] },
    a => fromBuffer([a.buf as PyValue, a.dtype as PyValue, a.shape as PyValue, a.order as PyValue])),
  entry({
    name: 'numpy.dtype', doc: 'A dtype as a pickle names it (`dtype(\'f8\', False, True)`).',
    params: [{ name: 'dtype' }, { name: 'align', default: false, unsupported: true }, { name: 'copy', default: false, doc: 'a new dtype object either way' }],
  }, a => makeDtype([a.dtype as PyValue])),
  entry({ name: 'copyreg._reconstructor', doc: 'How Python 2 pickled instances of classes.', params: [{ name: 'cls' }, { name: 'base' }, { name: 'state' }] },
    a => reconstructor(a.cls as PyValue, a.base as PyValue, a.state as PyValue)),
  entry({ name: 'copyreg.__newobj__', doc: 'cls.__new__(cls, *args).', params: [{ name: 'cls' }], varargs: 'args' },
    a => callValue(getAttrOpt(a.cls as PyValue, '__new__')!, [a.cls as PyValue, ...(a.args as PyValue[])], null)),
  entry({ name: '_codecs.encode', doc: 'obj encoded with the codec registered for encoding.', params: [P('obj'), { name: 'encoding', default: 'utf-8', kind: 'positional' }, { name: 'errors', default: 'strict', kind: 'positional' }] },
    a => new PyBytes(encode(String(a.obj), lookupEncoding(String(a.encoding)), lookupErrors(String(a.errors)))), { messages: checkPositional(1, 3) }),
];
const fn = (key: string) => {
  const e = reconstructors.find(r => r.signature.name === key)!;
  return tableFunction(e, key.slice(0, key.lastIndexOf('.')));
};

const special: Record<string, PyValue> = {
  'numpy.core.multiarray._reconstruct': fn('numpy.core.multiarray._reconstruct'),
  'numpy.core.multiarray.scalar': fn('numpy.core.multiarray.scalar'),
  'numpy.core.numeric._frombuffer': fn('numpy.core.numeric._frombuffer'),
  'numpy.dtype': fn('numpy.dtype'),
  'numpy.ndarray': ndarrayClass,
  'copyreg._reconstructor': fn('copyreg._reconstructor'),
  'copyreg.__newobj__': fn('copyreg.__newobj__'),
  '_codecs.encode': fn('_codecs.encode'),
};

/** copyreg._reconstructor(cls, base, state): how Python 2 pickled instances of classes. */
function reconstructor(cls: PyValue, base: PyValue, st: PyValue): PyValue {
  if (!(cls instanceof PyClass) || !(base instanceof PyClass)) throw typeError('_reconstructor() needs classes');
  if (base === T.object) return callValue(getAttrOpt(T.object, '__new__')!, [cls], null);
  const obj = callValue(getAttrOpt(base, '__new__')!, [cls, st ?? null], null);
  const init = base.lookup('__init__');
  if (init !== undefined && obj instanceof PyInstance) callValue(getAttrOpt(base, '__init__')!, [obj, st ?? null], null);
  return obj;
}

export function findClass(module: string, name: string, fixImports: boolean): PyValue {
  if (fixImports) {
    const renamed = NAME_MAP[`${module}.${name}`];
    if (renamed) [module, name] = renamed;
    else if (MODULE_MAP[module]) module = MODULE_MAP[module];
  }
  const key = `${module.replace('numpy._core', 'numpy.core')}.${name}`;
  if (special[key] !== undefined) return special[key];
  if (NUMPY_MODULES.has(module) && module !== 'numpy') {
    throw unpicklingError(`pickle: ${module}.${name} is not supported by Gradbook`);
  }
  if (module === 'builtins') {
    const v = state.hooks.builtins.get(name);
    if (v === undefined) throw attributeFailure(module, name);
    return v;
  }
  let obj: PyValue = currentCache().import(module);
  for (const part of name.split('.')) {
    const next = getAttrOpt(obj, part);
    if (next === undefined) throw attributeFailure(module, name);
    obj = next;
  }
  return obj;
}

function attributeFailure(module: string, name: string): PyExceptionObj {
  return new PyExceptionObj(E.AttributeError, [`Can't get attribute '${name}' on <module '${module}'>`]);
}

