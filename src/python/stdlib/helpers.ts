// `_gradbook`: what the stdlib modules written in Python need from the host. `unsupported` is
// the decorator that gives a Python-source function the tables' rule (an argument Gradbook does
// not implement raises NotImplementedError naming it, unless it equals the default); the doc
// generator reads the same decorator from the source (stdlib/api_doc.ts).
import { PyExceptionObj, PyInstance, PyValue, Kwargs } from '../objects/core';
import { formatException } from '../traceback';
import { PyDict } from '../objects/containers';
import { isHost } from '../host';
import { subOf } from '../runtime/subclass';
import { getAttrOpt } from '../runtime/attributes';
import { callValue } from '../runtime/call';
import { FunctionCode, PyBoundMethod, PyFunction, PyModule } from '../objects/callables';
import { entry, installTable, tableFunction, TableEntry } from '../bind';
import { PyTuple } from '../objects/containers';
import { E, pyException, typeError } from '../exceptions';
import { unsupportedArgumentText } from '../../engine';
import { CompiledCode } from '../interpreter/functions';
import { moduleFrameFiles, state } from '../interpreter/frame';
import { knownSources } from '../interpreter/source-registry';
import { richCompare } from '../runtime/compare';
import { truthy } from '../runtime/truth';
import { typeOf } from '../runtime/type-name';
import { registerModule } from '../modules/registry';
import { strptime } from '../modules/time/format';

/** Calls `inner` after refusing a non-default value for any marked parameter. */
class CheckedCode implements FunctionCode {
  constructor(readonly name: string, private readonly inner: PyFunction, private readonly marks: Map<string, PyValue>) {}

  invoke(_fn: PyFunction, self: PyValue | undefined, args: PyValue[], kw: Kwargs): PyValue {
    const code = this.inner.code as CompiledCode;
    const params = code.params;
    const shift = self === undefined ? 0 : 1;
    for (const [name, why] of this.marks) {
      let value: PyValue | undefined = kw?.get(name);
      const at = params.positional.indexOf(name) - shift;
      if (value === undefined && at >= 0 && at < args.length) value = args[at];
      if (value === undefined || isDefault(this.inner, name, value)) continue;
      throw pyException(E.NotImplementedError, unsupportedArgumentText(this.name, name, typeof why === 'string' ? why : undefined));
    }
    return this.inner.code.invoke(this.inner, self, args, kw);
  }
}

function isDefault(fn: PyFunction, name: string, value: PyValue): boolean {
  const params = (fn.code as CompiledCode).params;
  let d: PyValue | undefined = fn.kwdefaults?.get(name);
  const i = params.positional.indexOf(name);
  if (d === undefined && i >= 0) d = fn.defaults[i - (params.positional.length - fn.defaults.length)];
  if (d === undefined) return false;
  return value === d || truthy(richCompare('==', value, d));
}

function unsupported(marks: Map<string, PyValue>): PyValue {
  return tableFunction(entry({ name: 'unsupported', doc: 'Wrap a def so that the marked parameters raise NotImplementedError unless given their default.', params: [{ name: 'fn' }] }, a => {
    const fn = a.fn as PyValue;
    if (!(fn instanceof PyFunction) || !(fn.code instanceof CompiledCode)) throw typeError(`unsupported() applies to a def, not ${typeOf(fn).name}`);
    for (const name of marks.keys()) {
      const p = fn.code.params;
      if (!p.positional.includes(name) && !p.kwonly.includes(name)) throw typeError(`unsupported(): ${fn.name}() has no parameter '${name}'`);
    }
    const checked = new PyFunction(fn.name, new CheckedCode(fn.name === '__init__' ? className(fn) : fn.name, fn, marks), fn.defaults, fn.kwdefaults, fn.closure, fn.globals, fn.module);
    checked.qualname = fn.qualname;
    checked.doc = fn.doc;
    return checked;
  }), '_gradbook');
}

/** `ArgumentParser.__init__` reports as `ArgumentParser()`, as CPython names a class's call. */
function className(fn: PyFunction): string {
  const dot = fn.qualname.lastIndexOf('.');
  return dot > 0 ? fn.qualname.slice(0, dot) : fn.name;
}

/** Lengths of a JS-compatible regex's groups matched at the start of `text` (argparse's nargs patterns), or None. */
function regexGroupLengths(args: PyValue[]): PyValue {
  const [pattern, text] = args;
  if (typeof pattern !== 'string' || typeof text !== 'string') throw typeError('regex_group_lengths(pattern, text) takes two str');
  let re = patternCache.get(pattern);
  if (!re) { re = new RegExp('^(?:' + pattern + ')'); patternCache.set(pattern, re); }
  const m = re.exec(text);
  return m ? new PyTuple(m.slice(1).map(g => (g ?? '').length)) : null;
}
const patternCache = new Map<string, RegExp>();

/** An object's instance attributes as a new dict (copy and pickle read them), or None. */
function getState(args: PyValue[]): PyValue {
  const v = args[0];
  const attrs = v instanceof PyInstance ? v.dict : subOf(v)?.dict;
  return attrs && attrs.size ? PyDict.fromEntries(attrs) : null;
}

/** Sets instance attributes from a dict without calling __setattr__ (as CPython's copy does). */
function setState(args: PyValue[]): PyValue {
  const [v, state] = args;
  const attrs = v instanceof PyInstance ? v.dict : subOf(v)?.dict;
  if (!attrs) throw typeError(`cannot set the state of a ${typeOf(v).name} object`);
  if (state instanceof PyDict) for (const e of state.map.values()) attrs.set(String(e.k), e.v);
  return null;
}

/** A copy of a host object that has one (a NumPy array's .copy()), else the object itself. */
function hostCopy(args: PyValue[]): PyValue {
  const v = args[0];
  const copyMethod = getAttrOpt(v, 'copy');
  return copyMethod !== undefined ? callValue(copyMethod, [], null) : v;
}

/** (year, month, day, hour, minute, second, microsecond, gmtoff or None, zone or None) for datetime.strptime. */
function strptimeFields(text: PyValue, format: PyValue): PyValue {
  if (typeof text !== 'string') throw typeError(`strptime() argument 1 must be str, not ${typeOf(text ?? null).name}`);
  if (typeof format !== 'string') throw typeError(`strptime() argument 2 must be str, not ${typeOf(format ?? null).name}`);
  const p = strptime(text, format);
  return new PyTuple([p.year, p.mon, p.mday, p.hour, p.min, p.sec, p.usec, p.gmtoff, p.zone]);
}

/**
 * (filename, lineno, module name, source line) of the frame `level` calls above the caller of
 * this helper (warnings.warn's stacklevel), or None past the outermost frame.
 */
function caller(levelArg: PyValue): PyValue {
  const level = typeof levelArg === 'number' ? levelArg : 1;
  const at = state.depth - level;
  if (at < 0) return null;
  const f = state.frames[at];
  if (!f) return null;
  const file = f.fn ? (f.fn.code as CompiledCode).filename : moduleFrameFiles.get(f) ?? '<unknown>';
  const text = knownSources.get(file)?.split('\n')[f.line - 1] ?? null;
  return new PyTuple([file, f.line, String(f.globals.get('__name__') ?? '__main__'), text === null ? null : text.trim()]);
}

/**
 * The names of a Python function's positional and keyword-only parameters (a bound method's first
 * dropped), or None for a builtin: what TF's estimator reads with inspect to pass model_fn only the
 * arguments it takes.
 */
function fnArgs(args: PyValue[]): PyValue {
  let fn = args[0];
  let skip = 0;
  if (fn instanceof PyBoundMethod) { fn = fn.func; skip = 1; }
  if (!(fn instanceof PyFunction) || !(fn.code instanceof CompiledCode)) return null;
  const p = fn.code.params;
  return new PyTuple([...p.positional.slice(skip), ...p.kwonly]);
}

// `_gradbook`'s functions: private to Gradbook's Python-source stdlib, so not in docs/API.md.
const O = (name: string) => ({ name }) as const;
const first = (f: (args: PyValue[]) => PyValue) => (a: Record<string, unknown>) => f([a.obj as PyValue]);
const GRADBOOK_TABLE: TableEntry[] = [
  entry({ name: '_gradbook.format_exception', doc: 'The traceback text of an exception, as the notebook prints it.', params: [O('exc')] }, a => {
    const e = a.exc as PyValue;
    if (!(e instanceof PyExceptionObj)) throw typeError('format_exception() needs an exception');
    return formatException(e, f => knownSources.get(f));
  }),
  entry({ name: '_gradbook.caller', doc: '(filename, lineno, module, line) of the frame level calls up, or None.', params: [{ name: 'level', default: 1 }] }, a => caller(a.level as PyValue)),
  entry({ name: '_gradbook.strptime', doc: 'The fields datetime.strptime needs.', params: [O('text'), O('format')] }, a => strptimeFields(a.text as PyValue, a.format as PyValue)),
  entry({ name: '_gradbook.get_state', doc: "An object's instance attributes as a new dict, or None.", params: [O('obj')] }, first(getState)),
  entry({ name: '_gradbook.set_state', doc: 'Set instance attributes from a dict without __setattr__.', params: [O('obj'), O('state')] }, a => setState([a.obj as PyValue, a.state as PyValue])),
  entry({ name: '_gradbook.is_host', doc: 'Whether obj is implemented by the host (TypeScript).', params: [O('obj')] }, a => isHost(a.obj as PyValue)),
  entry({ name: '_gradbook.host_copy', doc: "A host object's own copy(), else the object.", params: [O('obj')] }, first(hostCopy)),
  entry({ name: '_gradbook.unsupported', doc: 'Decorator: the named parameters raise NotImplementedError unless given their default.', params: [], varkw: 'marks' },
    a => unsupported(a.marks as Map<string, PyValue>)),
  entry({ name: '_gradbook.regex_group_lengths', doc: 'Lengths of the groups of pattern matched at the start of text, or None.', params: [O('pattern'), O('text')] },
    a => regexGroupLengths([a.pattern as PyValue, a.text as PyValue])),
  entry({ name: '_gradbook.fn_args', doc: "A Python function's parameter names, or None for a builtin.", params: [O('fn')] }, a => fnArgs([a.fn as PyValue])),
];

registerModule('_gradbook', () => {
  const m = new PyModule('_gradbook');
  installTable(m, GRADBOOK_TABLE);
  return m;
});
