// time, os (path only), sys and __future__. No process, file-system or network access.
import { PyFloat, PyValue } from '../objects/core';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { PyModule } from '../objects/callables';
import { typeError, E, pyException } from '../exceptions';
import { checkInterrupt } from '../interpreter/errors';
import { indexValue, toIndex, toNumber } from '../runtime/numbers';
import { SSIZE_MAX, intFromFloat } from '../runtime/ints';
import { getMaxStrDigits, setMaxStrDigits } from '../runtime/int-text';
import { parseArgs } from '../builtins/args';
import { getRecursionLimit, setRecursionLimit } from '../interpreter/recursion';
import { typeOf } from '../runtime/type-name';
import { sysStderr, sysStdout } from '../builtins/io';
import { registerModule, ModuleContext } from './registry';
import { fileState } from '../io/session-files';

/** Never notified: Atomics.wait on it is a plain timed wait. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function makeTime(): PyModule {
  const m = new PyModule('time');
  const t0 = typeof performance !== 'undefined' ? performance : { now: () => Date.now() };
  m.def('time', () => new PyFloat(Date.now() / 1000));
  m.def('time_ns', () => BigInt(Date.now()) * 1000000n);
  m.def('perf_counter', () => new PyFloat(t0.now() / 1000));
  m.def('perf_counter_ns', () => intFromFloat(Math.round(t0.now() * 1e6)));
  m.def('monotonic', () => new PyFloat(t0.now() / 1000));
  m.def('process_time', () => new PyFloat(t0.now() / 1000));
  // A real sleep (cells run in the kernel's own thread), in slices so Stop still interrupts it.
  m.def('sleep', args => {
    const seconds = toNumber(args[0]);
    if (seconds < 0) throw pyException(E.ValueError, 'sleep length must be non-negative');
    const until = Date.now() + seconds * 1000;
    for (let left = until - Date.now(); left > 0; left = until - Date.now()) {
      Atomics.wait(sleepCell, 0, 0, Math.min(left, 50));
      checkInterrupt();
    }
    return null;
  });
  m.def('strftime', args => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return String(args[0]).replace(/%([YmdHMS%])/g, (_m, c: string) => ({
      Y: String(d.getFullYear()), m: pad(d.getMonth() + 1), d: pad(d.getDate()), H: pad(d.getHours()), M: pad(d.getMinutes()), S: pad(d.getSeconds()), '%': '%',
    })[c]!);
  });
  return m;
}

function str(v: PyValue, fn: string): string {
  if (typeof v !== 'string') throw typeError(`${fn}() argument must be str, not ${typeOf(v).name}`);
  return v;
}

function makeOsPath(): PyModule {
  const m = new PyModule('os.path');
  m.set('sep', '/');
  m.def('join', args => {
    let out = '';
    for (const a of args) {
      const p = str(a, 'join');
      if (p.startsWith('/')) out = p;
      else if (!out || out.endsWith('/')) out += p;
      else out += '/' + p;
    }
    return out;
  });
  m.def('basename', a => { const p = str(a[0], 'basename'); return p.slice(p.lastIndexOf('/') + 1); });
  m.def('dirname', a => {
    const p = str(a[0], 'dirname');
    const head = p.slice(0, p.lastIndexOf('/') + 1);
    return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
  });
  m.def('split', a => {
    const p = str(a[0], 'split');
    const i = p.lastIndexOf('/') + 1;
    const head = p.slice(0, i);
    return new PyTuple([/^\/+$/.test(head) ? head : head.replace(/\/+$/, ''), p.slice(i)]);
  });
  m.def('splitext', a => {
    const p = str(a[0], 'splitext');
    const base = p.lastIndexOf('/') + 1;
    let dot = p.lastIndexOf('.');
    let lead = base;
    while (p[lead] === '.') lead++;
    if (dot <= lead - 1 || dot < base) dot = -1;
    return new PyTuple(dot < 0 ? [p, ''] : [p.slice(0, dot), p.slice(dot)]);
  });
  m.def('isabs', a => str(a[0], 'isabs').startsWith('/'));
  m.def('normpath', a => {
    const p = str(a[0], 'normpath');
    const abs = p.startsWith('/');
    const parts: string[] = [];
    for (const seg of p.split('/')) {
      if (!seg || seg === '.') continue;
      if (seg === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (seg !== '..' || !abs) parts.push(seg);
    }
    return (abs ? '/' : '') + parts.join('/') || (abs ? '/' : '.');
  });
  // Through the session's FileSystem: paths outside the allowed folders do not exist for a cell.
  const stat = (p: PyValue) => { const fs = fileState.fs; const s = str(p, 'stat'); return fs && fs.exists(s) ? fs.stat(s) : null; };
  m.def('exists', a => stat(a[0]) !== null);
  m.def('isfile', a => { const st = stat(a[0]); return st !== null && !st.isDirectory; });
  m.def('isdir', a => { const st = stat(a[0]); return st !== null && st.isDirectory; });
  m.def('abspath', a => (fileState.fs ? fileState.fs.resolve(str(a[0], 'abspath')) : str(a[0], 'abspath')));
  m.def('expanduser', a => str(a[0], 'expanduser'));
  return m;
}

function makeOs(ctx: { importModule(n: string): PyValue }): PyModule {
  const m = new PyModule('os');
  m.set('path', ctx.importModule('os.path'));
  m.set('sep', '/').set('linesep', '\n').set('name', 'posix');
  m.set('environ', new PyDict());
  m.def('getcwd', () => (fileState.fs ? fileState.fs.resolve('.') : '/'));
  return m;
}

function makeSys(ctx: ModuleContext): PyModule {
  const m = new PyModule('sys');
  m.set('stdout', sysStdout).set('stderr', sysStderr);
  m.set('argv', ctx.sys.argv);
  m.set('version', '3.11.0 (Gradbook)');
  m.set('version_info', new PyTuple([3, 11, 0, 'final', 0]));
  m.set('platform', 'gradbook');
  m.set('maxsize', SSIZE_MAX);
  m.def('get_int_max_str_digits', () => getMaxStrDigits());
  m.def('set_int_max_str_digits', (a, kw) => { setMaxStrDigits(indexValue(parseArgs('set_int_max_str_digits', a, kw, ['maxdigits'], 1)[0]!)); return null; });
  m.set('float_info', new PyTuple([new PyFloat(Number.MAX_VALUE)]));
  m.set('modules', ctx.sys.modules);
  m.set('path', ctx.sys.path);
  m.def('getrecursionlimit', () => getRecursionLimit());
  m.def('setrecursionlimit', args => { setRecursionLimit(toIndex(args[0] ?? null)); return null; });
  m.def('exit', () => { throw typeError('sys.exit() is not available in a notebook cell'); });
  return m;
}

function makeFuture(): PyModule {
  const m = new PyModule('__future__');
  for (const f of ['print_function', 'division', 'absolute_import', 'unicode_literals', 'with_statement', 'generators', 'nested_scopes', 'annotations', 'generator_stop']) {
    m.set(f, true);
  }
  return m;
}


registerModule('time', () => makeTime());
registerModule('os.path', () => makeOsPath());
registerModule('os', ctx => makeOs(ctx));
registerModule('sys', ctx => makeSys(ctx));
registerModule('__future__', () => makeFuture());
