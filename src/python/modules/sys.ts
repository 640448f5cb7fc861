// `sys`: the session's argv, path and modules, its output streams, exit() as SystemExit, and
// CPython 3.11's version and number facts.
import { getRecursionLimit, setRecursionLimit } from '../interpreter/recursion';
import { PyExceptionObj, PyFloat, PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { E, pyException } from '../exceptions';
import { entry, installTable, TableEntry } from '../bind';
import { indexValue } from '../runtime/numbers';
import { SSIZE_MAX } from '../runtime/ints';
import { getMaxStrDigits, setMaxStrDigits } from '../runtime/int-text';
import { structSeq } from '../runtime/struct-seq';
import { sysStderr, sysStdout } from '../builtins/io';
import { state } from '../interpreter/frame';
import { registerModule } from './registry';

const versionInfo = structSeq('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfo = structSeq('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);

export const SYS_TABLE: readonly TableEntry[] = [
  entry({ name: 'sys.exit', doc: 'Raises SystemExit(status): a script ends with that exit code, a notebook cell stops.', params: [{ name: 'status', default: null, kind: 'positional' }] },
    a => { throw new PyExceptionObj(E.SystemExit, a.status === null ? [] : [a.status as PyValue]); }),
  entry({ name: 'sys.exc_info', doc: 'The exception being handled as (type, value, traceback); traceback is None.', params: [] }, () => {
    const e = state.handling[state.handling.length - 1];
    return new PyTuple(e ? [e.cls, e, null] : [null, null, null]);
  }),
  entry({ name: 'sys.getrecursionlimit', doc: 'The maximum depth of Python calls.', params: [] }, () => getRecursionLimit()),
  entry({ name: 'sys.setrecursionlimit', doc: 'Sets the maximum depth of Python calls.', params: [{ name: 'limit', kind: 'positional', type: 'int' }] }, a => {
    setRecursionLimit(a.limit as number);
    return null;
  }),
  entry({ name: 'sys.get_int_max_str_digits', doc: 'The limit on digits when converting between int and str.', params: [] }, () => getMaxStrDigits()),
  entry({ name: 'sys.set_int_max_str_digits', doc: 'Sets the limit on digits when converting between int and str.', params: [{ name: 'maxdigits' }] },
    a => { setMaxStrDigits(indexValue(a.maxdigits as PyValue)); return null; }),
  entry({ name: 'sys.getdefaultencoding', doc: "'utf-8'.", params: [] }, () => 'utf-8'),
  entry({ name: 'sys.getfilesystemencoding', doc: "'utf-8'.", params: [] }, () => 'utf-8'),
  entry({ name: 'sys.intern', doc: 'Returns the string (strings are compared by value here).', params: [{ name: 'string', kind: 'positional', type: 'str' }] }, a => a.string as string),
  entry({ name: 'sys.getsizeof', doc: 'Not supported: Gradbook objects do not have CPython sizes.', params: [{ name: 'object', kind: 'positional' }, { name: 'default', default: null, kind: 'positional' }] },
    () => { throw pyException(E.NotImplementedError, 'sys.getsizeof() is not supported by Gradbook: objects do not have CPython memory sizes'); }),
  entry({ name: 'sys._getframe', doc: 'Not supported: Gradbook has no frame objects.', params: [{ name: 'depth', default: 0, kind: 'positional' }] },
    () => { throw pyException(E.NotImplementedError, 'sys._getframe() is not supported by Gradbook: there are no frame objects'); }),
];

registerModule('sys', ctx => {
  const m = new PyModule('sys');
  installTable(m, SYS_TABLE);
  m.set('stdout', sysStdout).set('stderr', sysStderr).set('__stdout__', sysStdout).set('__stderr__', sysStderr);
  m.set('argv', ctx.sys.argv).set('path', ctx.sys.path).set('modules', ctx.sys.modules);
  // IPython sets the prompts so that code can tell it runs interactively (TF's logging checks ps1).
  if (ctx.ipython) m.set('ps1', 'In : ').set('ps2', '...: ').set('ps3', 'Out: ');
  m.set('version', '3.11.0 (Gradbook)');
  m.set('version_info', versionInfo.make([3, 11, 0, 'final', 0]));
  m.set('hexversion', 0x030b00f0);
  m.set('api_version', 1013);
  m.set('platform', 'linux');
  m.set('byteorder', 'little');
  m.set('executable', '');
  m.set('prefix', '').set('exec_prefix', '');
  m.set('maxsize', SSIZE_MAX);
  m.set('maxunicode', 0x10ffff);
  m.set('dont_write_bytecode', true);
  m.set('float_info', floatInfo.make([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
  ]));
  return m;
});
