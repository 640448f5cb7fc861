// matplotlib.ticker: locators and formatters for `ax.xaxis.set_major_locator(...)` and friends.
// Python callables reach src/plots only here, wrapped by FuncFormatter (and str.format strings by
// StrMethodFormatter); they run while the figure is drawn, inside the cell that shows it.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import { callValue } from '../../runtime/call';
import { getAttr } from '../../runtime/attributes';
import { str } from '../../runtime/repr';
import { typeError } from '../../exceptions';
import { entry, installTable, isCallable, type TableEntry } from '../../bind';
import { ticker } from '../../../plots';
import { jsValue } from './convert';

type Locator = ReturnType<typeof ticker.AutoLocator>;
type Formatter = ReturnType<typeof ticker.ScalarFormatter>;

/** A locator or formatter object; src/plots reads `plotValue()`. */
export class TickerObject extends HostObject {
  constructor(readonly name: string, readonly value: Locator | Formatter, readonly role: 'locator' | 'formatter') { super(); }
  override get pyTypeName(): string { return this.name; }
  override get type() { return hostClass(this.name, 'matplotlib.ticker'); }
  plotValue(): unknown { return this.value; }
}

const locator = (name: string, v: Locator) => new TickerObject(name, v, 'locator');
const formatter = (name: string, v: Formatter) => new TickerObject(name, v, 'formatter');

/** A Python callable f(x, pos) -> str as src/plots' formatter function. */
function funcFormatter(fn: PyValue): Formatter {
  if (!isCallable(fn)) throw typeError(`FuncFormatter needs a callable, got ${str(fn)}`);
  return ticker.FuncFormatter((x, pos) => str(callValue(fn, [new PyFloat(x), pos], null)));
}

/** str.format-style '{x:.2f}' (matplotlib's StrMethodFormatter). */
function strMethodFormatter(fmt: string): Formatter {
  const format = getAttr(fmt, 'format');
  return ticker.FuncFormatter((x, pos) => str(callValue(format, [], new Map<string, PyValue>([['x', new PyFloat(x)], ['pos', pos]]))));
}

export function toLocator(v: PyValue): Locator {
  if (v instanceof TickerObject && v.role === 'locator') return v.value as Locator;
  throw typeError(`a matplotlib.ticker locator is required, got ${str(v)}`);
}

/** set_major_formatter takes a Formatter, a str.format string or a function (matplotlib 3.3+). */
export function toFormatter(v: PyValue): Formatter {
  if (v instanceof TickerObject && v.role === 'formatter') return v.value as Formatter;
  if (typeof v === 'string') return strMethodFormatter(v);
  if (isCallable(v)) return funcFormatter(v);
  throw typeError(`a matplotlib.ticker formatter, a format string or a function is required, got ${str(v)}`);
}

export const TICKER_TABLE: readonly TableEntry[] = [
  entry({
    name: 'ticker.MaxNLocator', doc: 'Find nice tick locations with no more than N being within the view limits.',
    params: [{ name: 'nbins', default: 10 }, { name: 'steps', default: null, kind: 'keyword' }, { name: 'integer', default: false, kind: 'keyword', type: 'flag' },
      { name: 'symmetric', default: false, kind: 'keyword', unsupported: true }, { name: 'prune', default: null, kind: 'keyword', unsupported: true },
      { name: 'min_n_ticks', default: 2, kind: 'keyword', unsupported: true }],
  }, (a) => locator('MaxNLocator', ticker.MaxNLocator(a.nbins === 'auto' ? 'auto' : Number(jsValue(a.nbins as PyValue)), { integer: a.integer, steps: a.steps === null ? null : jsValue(a.steps as PyValue) as number[] }))),
  entry({ name: 'ticker.MultipleLocator', doc: 'Set a tick on each integer multiple of the base.', params: [{ name: 'base', default: { float: 1 }, type: 'float' }] },
    (a) => locator('MultipleLocator', ticker.MultipleLocator(a.base))),
  entry({ name: 'ticker.FixedLocator', doc: 'Place ticks at a set of fixed values.', params: [{ name: 'locs' }, { name: 'nbins', default: null, unsupported: true }] },
    (a) => locator('FixedLocator', ticker.FixedLocator(jsValue(a.locs as PyValue) as number[])) ),
  entry({ name: 'ticker.NullLocator', doc: 'No ticks.', params: [] }, () => locator('NullLocator', ticker.NullLocator())),
  entry({ name: 'ticker.AutoLocator', doc: 'The default tick locator (MaxNLocator with nice steps).', params: [] }, () => locator('AutoLocator', ticker.AutoLocator())),
  entry({ name: 'ticker.NullFormatter', doc: 'Always return the empty string.', params: [] }, () => formatter('NullFormatter', ticker.NullFormatter())),
  entry({ name: 'ticker.ScalarFormatter', doc: 'The default tick formatter.', params: [{ name: 'useOffset', default: null, unsupported: true }, { name: 'useMathText', default: null, unsupported: true }, { name: 'useLocale', default: null, unsupported: true }] },
    () => formatter('ScalarFormatter', ticker.ScalarFormatter())),
  entry({ name: 'ticker.FixedFormatter', doc: 'Return fixed strings for tick labels.', params: [{ name: 'seq' }] },
    (a) => formatter('FixedFormatter', ticker.FixedFormatter((jsValue(a.seq as PyValue) as unknown[]).map((s) => str(s as PyValue))))),
  entry({ name: 'ticker.FormatStrFormatter', doc: "Use an old-style ('%' operator) format string to format the tick.", params: [{ name: 'fmt', type: 'str' }] },
    (a) => formatter('FormatStrFormatter', ticker.FormatStrFormatter(a.fmt))),
  entry({ name: 'ticker.StrMethodFormatter', doc: "Use a new-style format string (as used by str.format) to format the tick.", params: [{ name: 'fmt', type: 'str' }] },
    (a) => formatter('StrMethodFormatter', strMethodFormatter(a.fmt))),
  entry({ name: 'ticker.FuncFormatter', doc: 'Use a user-defined function for formatting.', params: [{ name: 'func' }] },
    (a) => formatter('FuncFormatter', funcFormatter(a.func as PyValue))),
];

export function makeTickerModule(): PyModule {
  const m = new PyModule('matplotlib.ticker');
  installTable(m, TICKER_TABLE);
  return m;
}
