// The globals a pickle names (GLOBAL / STACK_GLOBAL): Python 2 names mapped to Python 3 ones as
// CPython's fix_imports does, NumPy's reconstructors mapped to Gradbook's arrays, copyreg's
// helpers, and everything else imported in the session (user classes in __main__ included).
import { PyExceptionObj, PyInstance, PyValue } from '../../objects/core';
import { PyBuiltin } from '../../objects/callables';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { E, typeError } from '../../exceptions';
import { currentCache } from '../../interpreter/imports';
import { state } from '../../interpreter/frame';
import { getAttrOpt } from '../../runtime/attributes';
import { callValue } from '../../runtime/call';
import { PyBytes } from '../../runtime/bytes';
import { encode, lookupEncoding } from '../../io/codecs';
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

const fn = (name: string, f: (args: PyValue[]) => PyValue) => new PyBuiltin(name, f);

const special: Record<string, PyValue> = {
  'numpy.core.multiarray._reconstruct': fn('_reconstruct', () => new PendingArray()),
  'numpy.core.multiarray.scalar': fn('scalar', makeScalar),
  'numpy.core.numeric._frombuffer': fn('_frombuffer', fromBuffer),
  'numpy.dtype': fn('dtype', makeDtype),
  'numpy.ndarray': ndarrayClass,
  'copyreg._reconstructor': fn('_reconstructor', reconstructor),
  'copyreg.__newobj__': fn('__newobj__', args => callValue(getAttrOpt(args[0], '__new__')!, args, null)),
  '_codecs.encode': fn('encode', args => new PyBytes(encode(String(args[0]), lookupEncoding(args.length > 1 ? String(args[1]) : 'utf-8'), 'strict'))),
};

/** copyreg._reconstructor(cls, base, state): how Python 2 pickled instances of classes. */
function reconstructor(args: PyValue[]): PyValue {
  const [cls, base, st] = args;
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

