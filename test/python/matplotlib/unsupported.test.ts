// Every parameter the matplotlib and IPython.display tables mark unsupported raises
// NotImplementedError naming the function and the parameter when given another value than its
// default; every **kwargs function refuses a keyword Gradbook does not draw instead of ignoring it.
// Both are checked for each entry of the catalog, from Python.
import { strict as assert } from 'assert';
import * as os from 'os';
import type { ParamSpec, PyDefault, Signature } from '../../../src/engine';
import { matplotlibCatalog } from '../../../src/python/modules/matplotlib/catalog';
import { NotebookSession, plotsReady } from './helpers';

/** How each table's functions are reached from Python (the prefix of the qualified name). */
const RECEIVERS: Record<string, string> = {
  plt: 'plt', matplotlib: 'matplotlib', colors: 'mcolors', cm: 'cm', ticker: 'ticker', gridspec: 'gridspec', image: 'mimage', patches: 'patches',
  display: 'ipd', Figure: 'fig', Axes: 'ax', Line2D: 'line', AxesImage: 'im', Text: 'txt', Annotation: 'an', Rectangle: 'rect', Polygon: 'poly',
  PathCollection: 'pc', LineCollection: 'lc', Legend: 'lg', Colorbar: 'cb', BarContainer: 'bars', ErrorbarContainer: 'eb', Axis: 'ax.xaxis',
  Spine: "ax.spines['left']", Colormap: 'cm.jet', Normalize: 'norm', LogNorm: 'lognorm', XTick: 'xt', YTick: 'yt', LinearSegmentedColormap: 'mcolors.LinearSegmentedColormap',
  DisplayHandle: 'ipd.DisplayHandle()', FigureCanvasAgg: 'fig.canvas', Spines: 'ax.spines', GridSpec: 'gridspec.GridSpec(2, 2)', RcParams: 'matplotlib.rcParams',
  Cycler: "matplotlib.rcParams['axes.prop_cycle']", ColormapRegistry: 'matplotlib.colormaps',
};

const SETUP = `import matplotlib, matplotlib.pyplot as plt, numpy as np
import matplotlib.colors as mcolors, matplotlib.cm as cm, matplotlib.ticker as ticker, matplotlib.gridspec as gridspec
import matplotlib.image as mimage, matplotlib.patches as patches, IPython.display as ipd
tmp = ${JSON.stringify(os.tmpdir())}
fig = plt.figure()
ax = fig.add_subplot(111)
line, = ax.plot([1, 2])
im = ax.imshow(np.eye(3))
txt = ax.text(0, 0, 't')
an = ax.annotate('a', (0, 0))
rect = patches.Rectangle((0, 0), 1, 1)
poly = patches.Polygon([[0, 0], [1, 0], [1, 1]])
pc = ax.scatter([1], [1], c=[1.0])
lc = ax.hlines([1], 0, 1)
bars = ax.bar([1], [1])
eb = ax.errorbar([1], [1], yerr=1)
lg = ax.legend()
cb = fig.colorbar(im)
norm = mcolors.Normalize(0, 1)
lognorm = mcolors.LogNorm(1, 10)
xt = ax.set_xticks([1])[0]
yt = ax.set_yticks([1])[0]
`;

/** Plausible Python values for required parameters, by name. */
const ARGS: Record<string, string> = {
  x: '[1, 2]', y: '[1, 2]', X: 'np.eye(3)', A: 'np.eye(3)', Z: 'np.eye(3)', arr: 'np.eye(3)', height: '[1, 2]', width: '[1, 2]', y1: '[1, 2]',
  xmin: '0', xmax: '1', ymin: '0', ymax: '1', s: "'t'", text: "'t'", t: "'t'", xy: '[[0, 0], [1, 1]]', label: "'t'", xlabel: "'t'", ylabel: "'t'",
  fname: "tmp + '/gradbook_unsupported.png'", mappable: 'im', ticks: '[0, 1]', ticklabels: "['a', 'b']", labels: "['a', 'b']", data: '1',
  name: "'jet'", colors: "['r', 'b']", segmentdata: "{'red': [(0, 0, 0), (1, 1, 1)], 'green': [(0, 0, 0), (1, 1, 1)], 'blue': [(0, 0, 0), (1, 1, 1)]}",
  c: "'r'", value: "'linear'", obj: '1', nrows: '1', ncols: '1', shape: '(2, 2)', loc: '(0, 0)', aspect: '1', interval: '0', num: '1',
  locs: '[1]', seq: "['a']", fmt: "'%d'", func: 'str', base: '1', group: "'lines'", backend: "'agg'", newbackend: "'agg'", p: 'rect', a: 'rect',
  ax: 'ax', b: 'True', color: "'r'", alpha: '0.5', level: '1', w: '1', h: '1', sz: '1', ls: "'-'", marker: "'o'", position: "'top'",
  formatter: 'ticker.NullFormatter()', locator: 'ticker.NullLocator()', xdata: '[1]', ydata: '[1]', offsets: '[[1, 1]]', sizes: '[1]', val: '1',
  align: "'left'", fontsize: '10', lutsize: '4', Z_: '1', xlabel_: "'t'", ymin_: '0', ymax_: '0', display_id: "'d'",
};

const pyDefault = (d: PyDefault): string => {
  if (d === null) return 'None';
  if (typeof d === 'boolean') return d ? 'True' : 'False';
  if (typeof d === 'number') return String(d);
  if (typeof d === 'string') return JSON.stringify(d);
  if (Array.isArray(d)) return `[${d.map(pyDefault).join(', ')}]`;
  if ('float' in d) return String(d.float);
  return 'None';
};

/** A value different from the parameter's default. */
function otherThanDefault(p: ParamSpec): string {
  const d = p.default;
  if (d === null || d === undefined || (typeof d === 'object' && 'expr' in d)) return '1';
  if (typeof d === 'boolean') return d ? 'False' : 'True';
  if (typeof d === 'number') return String(d + 1);
  if (typeof d === 'string') return "'gradbook-other'";
  if (typeof d === 'object' && 'float' in d) return String(d.float + 1);
  return `[${pyDefault(d)}, 1]`;
}

/** Where a function needs other values than ARGS gives (scalars for text, a rect for add_axes, ...). */
const ARGS_FOR: Record<string, Record<string, string>> = {
  'plt.text': { x: '0.5', y: '0.5' }, 'Axes.text': { x: '0.5', y: '0.5' }, 'Figure.text': { x: '0.5', y: '0.5' }, 'plt.figtext': { x: '0.5', y: '0.5' },
  'patches.Rectangle': { xy: '(0, 0)', width: '1', height: '1' }, 'plt.setp': { obj: 'line' },
};
/** Arguments a call needs besides the required ones for the keyword check to be reached. */
const EXTRA: Record<string, string> = {
  'plt.colorbar': 'im', 'Figure.add_axes': '[0.1, 0.1, 0.5, 0.5]', 'Axes.set_xticks': "labels=['a', 'b']", 'Axes.set_yticks': "labels=['a', 'b']",
};

function callOf(sig: Signature, keyword: string): string {
  const [prefix, ...rest] = sig.name.split('.');
  const receiver = RECEIVERS[prefix];
  if (!receiver) throw new Error(`no receiver for ${sig.name}`);
  const params = sig.params.filter((p) => p.name !== 'self');
  const required = params.filter((p) => !('default' in p)).map((p) => {
    const v = ARGS_FOR[sig.name]?.[p.name] ?? ARGS[p.name];
    if (v === undefined) throw new Error(`no sample value for ${sig.name}(${p.name})`);
    return p.kind === 'keyword' ? `${p.name}=${v}` : v;
  });
  const extra = EXTRA[sig.name] ? [EXTRA[sig.name]] : [];
  const positional = extra.filter((e) => !e.includes('='));
  return `${receiver}.${rest.join('.')}(${[...required, ...positional, ...extra.filter((e) => e.includes('=')), keyword].join(', ')})`;
}

const fnName = (sig: Signature) => sig.name.slice(sig.name.lastIndexOf('.') + 1);
const sections = matplotlibCatalog();
const entries = sections.flatMap((s) => s.functions.map((f) => f.signature));

describe('matplotlib and IPython.display: unsupported arguments', function () {
  this.timeout(120_000);
  before(plotsReady);

  it('every parameter marked unsupported raises NotImplementedError naming the function and the parameter', () => {
    const nb = new NotebookSession();
    nb.run(SETUP);
    let checked = 0;
    for (const sig of entries) {
      for (const p of sig.params.filter((q) => q.unsupported)) {
        const call = callOf(sig, `${p.name}=${otherThanDefault(p)}`);
        const e = nb.fail(`plt.ioff()\n${call}`);
        assert.equal(e.ename, 'NotImplementedError', `${call}: ${e.ename}: ${e.evalue}`);
        // Methods of host classes name themselves as CPython 3.11 does (`FigureCanvasAgg.get_width_height()`).
        const named = [fnName(sig), sig.name.split('.').slice(-2).join('.')].some((f) => e.evalue.startsWith(`${f}() argument '${p.name}' is not supported by Gradbook`));
        assert.ok(named, `${call}: ${e.evalue}`);
        checked++;
      }
    }
    assert.ok(checked > 80, `${checked} unsupported parameters checked`);
  });

  it('every function taking **kwargs refuses a keyword it does not implement (never ignores it)', () => {
    const nb = new NotebookSession();
    nb.run(SETUP);
    const failures: string[] = [];
    let checked = 0;
    for (const sig of entries.filter((s) => s.varkw)) {
      const call = callOf(sig, 'gradbook_unknown=1');
      const r = nb.session.runCell(`plt.ioff()\n${call}`, '<cell>');
      checked++;
      if (r.ok) { failures.push(`${call}: accepted`); continue; }
      // rc() and setp() refuse an unknown property as matplotlib does (KeyError, AttributeError).
      const refused = { NotImplementedError: "'gradbook_unknown'", TypeError: "unexpected keyword argument 'gradbook_unknown'", KeyError: 'gradbook_unknown is not a valid rc parameter', AttributeError: 'set_gradbook_unknown' } as Record<string, string>;
      const ok = refused[r.error.ename] !== undefined && r.error.evalue.includes(refused[r.error.ename]);
      if (!ok) failures.push(`${call}: ${r.error.ename}: ${r.error.evalue}`);
    }
    assert.deepEqual(failures, []);
    assert.ok(checked > 40, `${checked} functions checked`);
  });
});
