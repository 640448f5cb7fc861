// The magic registry behind get_ipython().run_line_magic / run_cell_magic: small entries, one
// per magic, with IPython's output formats.
import { PyExceptionObj, PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { E, pyException, registerExceptionClass } from '../exceptions';
import { checkInterrupt } from '../interpreter/errors';
import { compileRunner } from '../interpreter/run-module';
import { getAttr, getAttrOpt } from '../runtime/attributes';
import { callValue } from '../runtime/call';
import { str } from '../runtime/repr';
import { typeOf } from '../runtime/type-name';
import { formatTime } from './time-format';

export const UsageError = new PyClass('UsageError', [E.Exception], 'IPython.core.error');
registerExceptionClass(UsageError);
export const usageError = (msg: string) => new PyExceptionObj(UsageError, [msg]);

export interface MagicContext {
  /** The user namespace (the notebook's globals). */
  ns: Map<string, PyValue>;
  /** Names present before the first cell ran (hidden from %who, kept by %reset). */
  hidden: Set<string>;
  print(text: string): void;
  importModule(name: string): PyValue;
  shell: PyValue;
  setAutoreload(mode: number): void;
}

export interface Magic {
  line?(args: string, ctx: MagicContext): PyValue;
  cell?(args: string, body: string, ctx: MagicContext): PyValue;
}

const magics = new Map<string, Magic>();
export function registerMagic(name: string, magic: Magic): void { magics.set(name, magic); }

export function runLineMagic(name: string, args: string, ctx: MagicContext): PyValue {
  const m = magics.get(name);
  if (!m?.line) throw usageError(`Line magic function \`%${name}\` not found${m?.cell ? ` (But cell magic \`%%${name}\` exists, did you mean that instead?)` : ''}.`);
  return m.line(args, ctx);
}

export function runCellMagic(name: string, args: string, body: string, ctx: MagicContext): PyValue {
  const m = magics.get(name);
  if (!m?.cell) throw usageError(`Cell magic \`%%${name}\` not found${m?.line ? ` (But line magic \`%${name}\` exists, did you mean that instead?)` : ''}.`);
  return m.cell(args, body, ctx);
}

// ---- %matplotlib: selects pyplot's backend, as IPython's does. Figures render inline with
// every notebook backend (inline, notebook, widget); 'agg' and the other file backends show none.
const BACKENDS: Record<string, string> = {
  '': 'inline', auto: 'inline', inline: 'inline', notebook: 'notebook', nbagg: 'notebook', widget: 'widget', ipympl: 'widget',
  agg: 'agg', svg: 'svg', pdf: 'pdf', ps: 'ps',
};
registerMagic('matplotlib', {
  line: (args, ctx) => {
    const name = args.trim().split(/\s+/)[0] ?? '';
    const backend = BACKENDS[name.toLowerCase()];
    if (backend === undefined) throw pyException(E.NotImplementedError, `%matplotlib ${name}: Gradbook draws figures inline; supported backends: inline, notebook, widget, agg`);
    const plt = ctx.importModule('matplotlib.pyplot');
    callValue(getAttr(plt, 'switch_backend'), [backend], null);
    if (name === '') ctx.print(`Using matplotlib backend: ${String(callValue(getAttr(plt, 'get_backend'), [], null))}\n`);
    return null;
  },
});

// ---- %time / %%time
function cpuSeconds(): { user: number; sys: number } {
  const u = process.cpuUsage();
  return { user: u.user / 1e6, sys: u.system / 1e6 };
}

function timed(source: string, ctx: MagicContext): PyValue {
  const run = compileRunner(source, '<timed exec>', ctx.ns);
  const c0 = cpuSeconds(), w0 = performance.now();
  let value: PyValue;
  try {
    value = run();
  } finally {
    const c1 = cpuSeconds(), wall = (performance.now() - w0) / 1000;
    const user = c1.user - c0.user, sys = c1.sys - c0.sys;
    ctx.print(`CPU times: user ${formatTime(user)}, sys: ${formatTime(sys)}, total: ${formatTime(user + sys)}\nWall time: ${formatTime(wall)}\n`);
  }
  return value;
}
registerMagic('time', { line: (args, ctx) => timed(args, ctx), cell: (_args, body, ctx) => timed(body, ctx) });

// ---- %timeit / %%timeit
interface TimeitOptions { number: number; repeat: number; quiet: boolean; returnResult: boolean; precision: number; rest: string }

function timeitOptions(args: string): TimeitOptions {
  const o: TimeitOptions = { number: 0, repeat: 7, quiet: false, returnResult: false, precision: 3, rest: '' };
  let s = args.trimStart();
  for (;;) {
    const m = /^-(n|r|p)\s*(\d+)\s*|^-(q|o)\s*/.exec(s);
    if (!m) break;
    if (m[1] === 'n') o.number = parseInt(m[2], 10);
    else if (m[1] === 'r') o.repeat = parseInt(m[2], 10);
    else if (m[1] === 'p') o.precision = parseInt(m[2], 10);
    else if (m[3] === 'q') o.quiet = true;
    else o.returnResult = true;
    s = s.slice(m[0].length);
  }
  if (/^-\w/.test(s)) throw usageError(`option ${s.split(/\s/)[0]} not recognized`);
  o.rest = s;
  return o;
}

function timeit(setup: string, stmt: string, o: TimeitOptions, ctx: MagicContext): PyValue {
  if (setup.trim()) compileRunner(setup, '<magic-timeit-setup>', ctx.ns)();
  const run = compileRunner(stmt, '<magic-timeit-stmt>', ctx.ns);
  const timeLoops = (n: number) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) { run(); checkInterrupt(); }
    return (performance.now() - t0) / 1000;
  };
  let number = o.number;
  if (number === 0) {
    // IPython's search: 1, 10, 100, ... loops until one batch takes 0.2 s.
    for (let k = 0; k < 10; k++) { number = 10 ** k; if (timeLoops(number) >= 0.2) break; }
  }
  const perLoop: number[] = [];
  for (let r = 0; r < o.repeat; r++) perLoop.push(timeLoops(number) / number);
  const mean = perLoop.reduce((a, b) => a + b, 0) / perLoop.length;
  const std = Math.sqrt(perLoop.reduce((a, b) => a + (b - mean) ** 2, 0) / perLoop.length);
  if (!o.quiet) {
    const runs = `${o.repeat} run${o.repeat === 1 ? '' : 's'}`, loops = `${number.toLocaleString('en-US')} loop${number === 1 ? '' : 's'}`;
    ctx.print(`${formatTime(mean, o.precision)} \u00b1 ${formatTime(std, o.precision)} per loop (mean \u00b1 std. dev. of ${runs}, ${loops} each)\n`);
  }
  if (o.returnResult) throw pyException(E.NotImplementedError, '%timeit -o: TimeitResult objects are not supported in Gradbook');
  return null;
}
registerMagic('timeit', {
  line: (args, ctx) => { const o = timeitOptions(args); return timeit('', o.rest, o, ctx); },
  cell: (args, body, ctx) => { const o = timeitOptions(args); return timeit(o.rest, body, o, ctx); },
});

// ---- %load_ext / %autoreload / %aimport
registerMagic('load_ext', {
  line: (args, ctx) => {
    const name = args.trim();
    if (!name) throw usageError('Missing module name.');
    if (name === 'autoreload') return null;
    const mod = ctx.importModule(name);
    const load = getAttrOpt(mod, 'load_ipython_extension');
    if (load === undefined) {
      ctx.print(`The ${name} module is not an IPython extension.\n`);
      return null;
    }
    callValue(load, [ctx.shell], null);
    return null;
  },
});
registerMagic('autoreload', {
  line: (args, ctx) => {
    const a = args.trim() || 'now';
    const modes: Record<string, number> = { '0': 0, off: 0, '1': 1, explicit: 1, '2': 2, all: 2, '3': 2, complete: 2, now: -1 };
    if (!(a in modes)) throw usageError(`Unrecognized autoreload mode "${a}".`);
    ctx.setAutoreload(modes[a]);
    return null;
  },
});

// ---- %who / %whos / %reset
function userNames(ctx: MagicContext, types: string[]): string[] {
  const out: string[] = [];
  for (const [k, v] of ctx.ns) {
    if (k.startsWith('_') || ctx.hidden.has(k)) continue;
    if (types.length && !types.includes(typeOf(v).name)) continue;
    out.push(k);
  }
  return out.sort();
}

registerMagic('who', {
  line: (args, ctx) => {
    const types = args.trim() ? args.trim().split(/\s+/) : [];
    const names = userNames(ctx, types);
    if (!names.length) { ctx.print(types.length ? 'No variables match your requested type.\n' : 'Interactive namespace is empty.\n'); return null; }
    let s = '';
    let count = 0;
    for (const n of names) { s += n + '\t '; if (++count > 8) { count = 0; s += '\n'; } }
    ctx.print(s + '\n');
    return null;
  },
});

registerMagic('whos', {
  line: (args, ctx) => {
    const types = args.trim() ? args.trim().split(/\s+/) : [];
    const names = userNames(ctx, types);
    if (!names.length) { ctx.print(types.length ? 'No variables match your requested type.\n' : 'Interactive namespace is empty.\n'); return null; }
    const typeNames = names.map(n => typeOf(ctx.ns.get(n)!).name);
    const varWidth = Math.max(...names.map(n => n.length), 'Variable'.length) + 3;
    const typeWidth = Math.max(...typeNames.map(t => t.length), 'Type'.length) + 3;
    let s = 'Variable'.padEnd(varWidth) + 'Type'.padEnd(typeWidth) + ' Data/Info\n' + '-'.repeat(varWidth + typeWidth + 'Data/Info'.length + 1) + '\n';
    names.forEach((n, i) => {
      const v = ctx.ns.get(n)!;
      let info = v instanceof PyModule ? str(v) : str(v).replace(/\n/g, '\\n');
      if (info.length >= 50) info = info.slice(0, 25) + '<...>' + info.slice(-25);
      s += n.padEnd(varWidth) + typeNames[i].padEnd(typeWidth) + ' ' + info + '\n';
    });
    ctx.print(s);
    return null;
  },
});

registerMagic('reset', {
  line: (args, ctx) => {
    const opts = args.trim().split(/\s+/);
    if (!opts.includes('-f')) {
      // IPython asks for confirmation on stdin, which cells do not have.
      throw usageError('%reset needs -f in Gradbook (cells cannot answer the "Proceed (y/[n])?" prompt)');
    }
    if (opts.some(o => o && o !== '-f' && o !== '-s')) throw pyException(E.NotImplementedError, `%reset ${args.trim()}: only -f and -s are supported in Gradbook`);
    for (const k of [...ctx.ns.keys()]) if (!ctx.hidden.has(k) && !(k.startsWith('__') && k.endsWith('__'))) ctx.ns.delete(k);
    return null;
  },
});
