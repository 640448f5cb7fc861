// matplotlib.pyplot from Python: each bound function's arguments reach the figure model
// (src/plots), the inline backend shows figures at plt.show() and at the end of a cell.
import { strict as assert } from 'assert';
import type { Axes, Figure, Line2D, AxesImage, Rectangle, Text } from '../../../src/plots';
import { NotebookSession, plotsReady } from './helpers';

const SETUP = 'import matplotlib.pyplot as plt\nimport numpy as np\n';

describe('matplotlib.pyplot from Python', function () {
  this.timeout(30_000);
  before(plotsReady);
  let nb: NotebookSession;
  beforeEach(() => { nb = new NotebookSession(); nb.run(SETUP); });

  it('figure(figsize, dpi, facecolor, num) sets the figure and reuses a numbered one', () => {
    nb.run("fig = plt.figure(figsize=(8, 3), dpi=50, facecolor='0.5', num=7)\nsame = plt.figure(7) is fig\nnums = plt.get_fignums()");
    const fig = nb.target<Figure>('fig');
    assert.deepEqual([fig.figsize, fig.dpi, fig.facecolor.slice(0, 3)], [[8, 3], 50, [0.5, 0.5, 0.5]]);
    assert.equal(nb.run('same'), true);
    assert.equal(nb.run('repr(nums)'), '[7]');
    assert.equal(nb.run('repr(fig)'), '<Figure size 400x150 with 0 Axes>');
  });

  it('subplots(2, 5) returns the figure and an object ndarray of Axes: axes[i, j], axes.flat, ravel(), rows', () => {
    nb.run("fig, axes = plt.subplots(2, 5, figsize=(10, 4), sharey=True)\nflat = list(axes.flat)\nrows = [len(r) for r in axes]");
    const fig = nb.target<Figure>('fig');
    assert.equal(fig.axes.length, 10);
    assert.equal(nb.run('repr(axes.shape)'), '(2, 5)');
    assert.equal(nb.run('axes[1, 2] is fig.axes[7] and axes[1][2] is axes[1, 2] and axes[-1, -1] is fig.axes[9]'), true);
    assert.equal(nb.run('flat == fig.axes and list(axes.ravel()) == fig.axes and axes.flatten()[3] is fig.axes[3]'), true);
    assert.equal(nb.run('repr(rows)'), '[5, 5]');
    assert.equal(nb.run('repr(axes[:, 0].shape)'), '(2,)');
    assert.equal(nb.run('type(axes).__name__'), 'ndarray');
    // sharey: every Axes of the figure shares the first one's y limits.
    assert.equal(fig.axes[9].shared.y.length, 10);
  });

  it('subplots squeezes like matplotlib (one Axes, a row) and takes squeeze=False, subplot_kw, gridspec_kw', () => {
    assert.equal(nb.run('fig, ax = plt.subplots()\ntype(ax).__name__'), 'AxesSubplot');
    assert.equal(nb.run('fig, axs = plt.subplots(1, 3)\nrepr(axs.shape)'), '(3,)');
    assert.equal(nb.run('fig, axs = plt.subplots(1, 1, squeeze=False)\nrepr(axs.shape)'), '(1, 1)');
    nb.run("fig, axs = plt.subplots(2, 2, subplot_kw={'xlim': (0, 5)}, gridspec_kw={'hspace': 0.6})");
    const fig = nb.target<Figure>('fig');
    assert.deepEqual(fig.axes[3].get_xlim(), [0, 5]);
    assert.equal(fig.subplotpars.hspace, 0.6);
    assert.match(nb.fail("plt.subplots(2, 2, gridspec_kw={'width_ratios': [1, 2]})").evalue, /gridspec_kw.*width_ratios.*not supported/);
  });

  it('plot: data from lists, ranges, ndarrays of any dtype; fmt strings and line keywords', () => {
    nb.run(`lines = plt.plot(range(4), np.array([1, 4, 9, 16], dtype=np.int32), 'ro--', label='sq', linewidth=3)
more = plt.plot(np.arange(3, dtype=np.float32), [True, False, True], color=(0, 0.5, 1))
ax = plt.gca()`);
    const [sq, flags] = nb.target<Axes>('ax').get_lines();
    assert.deepEqual([...sq.x, ...sq.y], [0, 1, 2, 3, 1, 4, 9, 16]);
    assert.deepEqual([sq.color, sq.marker, sq.linestyle, sq.linewidth, sq.label], [[1, 0, 0, 1], 'o', '--', 3, 'sq']);
    assert.deepEqual([...flags.y], [1, 0, 1]);
    assert.deepEqual(flags.color, [0, 0.5, 1, 1]);
    assert.equal(nb.run("repr([type(lines).__name__, type(lines[0]).__name__])"), "['list', 'Line2D']");
  });

  it('scatter, bar, barh and hist put their values into the model; hist returns (n, bins, patches) like numpy', () => {
    nb.run(`pts = plt.scatter([1, 2, 3], [3, 2, 1], c=np.array([0.1, 0.5, 0.9]), cmap='jet', s=40)
bars = plt.bar(['a', 'b'], [3, 5], color='g')
heights = [r.get_height() for r in bars]
fig2 = plt.figure()
hb = plt.barh([0, 1], [2, 7])
n, bins, patches = plt.hist(np.array([0.0, 0.1, 0.2, 0.9, 1.0]), bins=2)
ax = plt.gca()`);
    const pts = nb.target<{ values: Float64Array; cmap: { name: string }; sizes: Float64Array }>('pts');
    assert.deepEqual([...pts.values], [0.1, 0.5, 0.9]);
    assert.equal(pts.cmap.name, 'jet');
    assert.deepEqual([...pts.sizes], [40]);
    assert.equal(nb.run('repr(heights)'), '[3.0, 5.0]');
    assert.equal(nb.run('repr(n.tolist())'), '[3.0, 2.0]');
    assert.equal(nb.run('repr(bins.tolist())'), '[0.0, 0.5, 1.0]');
    assert.equal(nb.run('repr(patches)'), '<BarContainer object of 2 artists>');
    const widths = (nb.target<{ patches: Rectangle[] }>('hb')).patches.map((p) => p.width);
    assert.deepEqual(widths, [2, 7]);
  });

  it('imshow: gray and colormapped 2-D data with vmin/vmax/interpolation; RGB uint8 as 0..255 and floats as 0..1', () => {
    nb.run(`a = plt.imshow(np.arange(6).reshape(2, 3), cmap='seismic', vmin=-5, vmax=5, interpolation='nearest')
rgb8 = plt.imshow(np.full((2, 2, 3), 255, dtype=np.uint8))
rgba = plt.imshow(np.ones((2, 2, 4), dtype=np.float32) * 0.5)`);
    const a = nb.target<AxesImage>('a');
    assert.deepEqual([a.cmap.name, a.norm.vmin, a.norm.vmax, a.interpolation, a.rows, a.cols], ['seismic', -5, 5, 'nearest', 2, 3]);
    assert.deepEqual([...nb.target<AxesImage>('rgb8').data.data], new Array(12).fill(1));
    assert.deepEqual([...nb.target<AxesImage>('rgba').data.data].slice(0, 4), [0.5, 0.5, 0.5, 0.5]);
    assert.equal(nb.err, '');
    nb.run('clipped = plt.imshow(np.full((1, 1, 3), 2.0))');
    assert.match(nb.err, /Clipping input data to the valid range for imshow with RGB data/);
    assert.deepEqual([...nb.target<AxesImage>('clipped').data.data], [1, 1, 1]);
    assert.match(nb.fail('plt.imshow(np.zeros((28, 28, 1)))').evalue, /Invalid shape \(28, 28, 1\) for image data/);
  });

  it('matshow opens its own figure; colorbar adds an Axes; errorbar, fill_between, lines, spans, text, annotate', () => {
    nb.run(`m = plt.matshow(np.eye(3))
cb = plt.colorbar()
f = plt.gcf()
plt.figure()
e = plt.errorbar([1, 2], [1, 2], yerr=0.5, fmt='o', capsize=2)
fb = plt.fill_between([0, 1, 2], [0, 1, 0], 0.5, alpha=0.3)
h = plt.axhline(1.5, color='k')
v = plt.axvline(x=1, ymin=0.2)
sp = plt.axhspan(0.2, 0.4)
hl = plt.hlines([1, 2], 0, 1)
t = plt.text(0.5, 0.5, 42, transform=plt.gca().transAxes, fontsize=14)
an = plt.annotate('peak', xy=(1, 1), xytext=(1.5, 1.8), arrowprops=dict(arrowstyle='->'))`);
    assert.equal(nb.target<Figure>('f').axes.length, 2);
    const t = nb.target<Text>('t');
    assert.deepEqual([t.text, t.coords, t.fontsize], ['42', 'axes', 14]);
    const an = nb.target<Text & { xy: number[] }>('an');
    assert.deepEqual([an.x, an.y, ...an.xy], [1.5, 1.8, 1, 1]);
    assert.deepEqual([...nb.target<Line2D>('h').y], [1.5, 1.5]);
    assert.equal(nb.run('repr(e)'), '<ErrorbarContainer object of 3 artists>');
    assert.equal(nb.run("repr([type(x).__name__ for x in (fb, sp, hl, cb)])"), "['Polygon', 'Polygon', 'LineCollection', 'Colorbar']");
  });

  it('title, suptitle, labels, legend, grid, limits, ticks (including []), axis("off"), layout', () => {
    nb.run(`plt.plot([0, 10], [0, 1], label='line')
plt.title('T', fontsize=16)
st = plt.suptitle('S')
plt.xlabel('x'); plt.ylabel('y')
lg = plt.legend(loc='upper left')
plt.grid(True, linestyle=':')
lim = plt.xlim(0, 5)
now = plt.ylim()
locs, labels = plt.xticks([0, 2.5, 5], ['a', 'b', 'c'])
plt.yticks([])
ax = plt.gca()
plt.tight_layout(pad=2)
fig = plt.gcf()`);
    const ax = nb.target<Axes>('ax');
    assert.deepEqual([ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), ax.titles.center.fontsize], ['T', 'x', 'y', 16]);
    assert.deepEqual(nb.target<Text>('st').text, 'S');
    assert.deepEqual(ax.get_legend()!.get_texts(), ['line']);
    assert.equal(ax.xaxis.grid.visible && ax.xaxis.grid.linestyle, ':');
    assert.equal(nb.run('repr(lim)'), '(0.0, 5.0)');
    assert.equal(nb.run('repr([l.get_text() for l in labels])'), "['a', 'b', 'c']");
    assert.deepEqual(ax.get_yticks(), []);
    assert.deepEqual(nb.target<Figure>('fig').tightLayout, { pad: 2 });
    // The figure was shown and closed at the end of that cell: these calls go to the same Axes only in one cell.
    nb.run("fig, ax = plt.subplots()\nplt.axis('off')\nplt.subplots_adjust(left=0.2, wspace=0.5)");
    assert.equal(nb.target<Axes>('ax').axisOn, false);
    assert.equal(nb.target<Figure>('fig').subplotpars.left, 0.2);
  });

  it('show() displays each open figure once (png, svg when smaller, text/plain) and closes them', () => {
    nb.run("plt.plot([1, 2, 3])\nplt.figure()\nplt.bar([1], [2])\nplt.show()\nleft = plt.get_fignums()");
    assert.equal(nb.shown.length, 2);
    assert.equal(nb.run('repr(left)'), '[]');
    const bundle = nb.bundle(nb.shown[0].value);
    assert.equal(bundle['text/plain'], '<Figure size 640x480 with 1 Axes>');
    assert.equal(Buffer.from(bundle['image/png'] as string, 'base64').subarray(1, 4).toString(), 'PNG');
    if (bundle['image/svg+xml']) assert.ok((bundle['image/svg+xml'] as string).length < Buffer.from(bundle['image/png'] as string, 'base64').length);
  });

  it('a figure left open at the end of a cell is shown then (inline backend); ioff() keeps it back', () => {
    nb.run('plt.plot([1, 2])');
    assert.equal(nb.shown.length, 1, 'shown at the end of the cell');
    nb.run('plt.ioff()\nplt.plot([3, 4])');
    assert.equal(nb.shown.length, 1, 'not shown with interactive mode off');
    nb.run('plt.show()');
    assert.equal(nb.shown.length, 2);
    nb.run('plt.ion()\nfig = plt.figure()\nplt.close(fig)');
    assert.equal(nb.shown.length, 2, 'a closed figure is not shown');
  });

  it("an empty figure shows as text only, as IPython does; display(fig) and a cell's last Figure render it", () => {
    nb.run('fig = plt.figure()');
    assert.deepEqual(Object.keys(nb.bundle(nb.shown[0].value)), ['text/plain']);
    nb.run('fig2, ax2 = plt.subplots()\nax2.plot([1, 3])\nplt.close(fig2)\ndisplay(fig2)');
    assert.ok(nb.bundle(nb.shown[nb.shown.length - 1].value)['image/png']);
    const value = nb.run('fig2');
    assert.ok(nb.bundle(value!)['image/png']);
  });

  it('savefig writes png and svg through the session file system; a folder outside its roots is refused', () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    const path = require('path') as typeof import('path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-savefig-'));
    nb.run(`plt.plot([1, 2])\nplt.savefig(${JSON.stringify(path.join(dir, 'a.png'))}, dpi=50)\nplt.gcf().savefig(${JSON.stringify(path.join(dir, 'a.svg'))}, bbox_inches='tight')`);
    assert.equal(fs.readFileSync(path.join(dir, 'a.png')).subarray(1, 4).toString(), 'PNG');
    assert.match(fs.readFileSync(path.join(dir, 'a.svg'), 'utf8'), /^<svg/);
    const err = nb.fail("plt.savefig('/proc/gradbook-not-allowed.png')");
    assert.equal(err.ename, 'PermissionError');
    assert.match(nb.fail(`plt.savefig(${JSON.stringify(path.join(dir, 'a.pdf'))})`).evalue, /savefig\(\) argument 'format=.pdf.' is not supported/);
  });

  it('close(), clf(), cla() and figure numbers', () => {
    nb.run("plt.figure(1)\nplt.figure(2)\nplt.close(1)\na = plt.get_fignums()\nplt.close('all')\nb = plt.get_fignums()");
    assert.equal(nb.run('repr((a, b))'), '([2], [])');
    nb.run('plt.plot([1])\nplt.clf()\nf = plt.gcf()');
    assert.equal(nb.target<Figure>('f').axes.length, 0);
  });

  it('plt.cm, get_cmap(name, lut), rcParams and rc change what new figures use', () => {
    assert.equal(nb.run('plt.cm.jet.name'), 'jet');
    assert.equal(nb.run('repr(tuple(round(c, 3) for c in plt.cm.gray(1.0)))'), '(1.0, 1.0, 1.0, 1.0)');
    assert.equal(nb.run("plt.get_cmap('seismic', 10).N"), 10);
    nb.run("plt.rcParams['figure.figsize'] = (4, 2)\nplt.rcParams.update({'lines.linewidth': 4})\nplt.rc('font', size=8)\nl, = plt.plot([1, 2])\nf = plt.gcf()");
    assert.deepEqual(nb.target<Figure>('f').figsize, [4, 2]);
    assert.equal(nb.target<Line2D>('l').linewidth, 4);
    assert.equal(nb.run("repr(plt.rcParams['font.size'])"), '8.0');
    assert.equal(nb.run("repr(plt.rcParams['figure.figsize'])"), '[4.0, 2.0]');
    assert.equal(nb.fail("plt.rcParams['no.such.key']").ename, 'KeyError');
    assert.equal(nb.fail("plt.rcParams['boxplot.notch'] = True").ename, 'NotImplementedError');
    assert.equal(nb.run("plt.rcParams['axes.prop_cycle'].by_key()['color'][1]"), '#ff7f0e');
  });

  it("matplotlib.use('Agg') is accepted: nothing is shown, savefig still works; %matplotlib inline switches back", () => {
    nb.run("import matplotlib\nmatplotlib.use('Agg')\nb = matplotlib.get_backend()\nplt.plot([1, 2])\nplt.show()");
    assert.equal(nb.run('b'), 'agg');
    assert.equal(nb.shown.length, 0);
    nb.run('%matplotlib inline\nplt.figure()\nplt.plot([3])');
    assert.equal(nb.run('matplotlib.get_backend()'), 'module://matplotlib_inline.backend_inline');
    // The inline backend shows every open figure: the new one and the one drawn under agg.
    assert.equal(nb.shown.length, 2, 'open figures show at the end of the cell again');
    assert.equal(nb.fail("matplotlib.use('TkAgg')").ename, 'NotImplementedError');
  });

  it('%matplotlib notebook (the interactive backend of old notebooks) still draws figures inline as PNG outputs', () => {
    nb.run('import matplotlib\n%matplotlib notebook\nplt.figure()\nplt.plot([1, 3, 2])');
    assert.equal(nb.run('matplotlib.get_backend()'), 'nbAgg');
    assert.equal(nb.shown.length, 1);
    assert.equal(nb.fail('%matplotlib qt').evalue, '%matplotlib qt: Gradbook draws figures inline; supported backends: inline, notebook, widget, agg');
    nb.run('%matplotlib inline');
  });

  it('a script (not a notebook) uses the agg backend: plt.show() prints and displays nothing', () => {
    const script = new NotebookSession({ scriptPath: '/tmp/plot_script.py' });
    script.run(SETUP + "plt.plot([1, 2])\nplt.show()\nimport matplotlib\nb = matplotlib.get_backend()");
    assert.deepEqual([script.shown.length, script.out, script.run('b')], [0, '', 'agg']);
  });

  it('plotting a graph Tensor names the fix; bad data gives matplotlib-style errors', () => {
    nb.run('import tensorflow as tf\nt = tf.constant([1.0, 2.0])');
    const e = nb.fail('plt.plot(t)');
    assert.equal(e.ename, 'TypeError');
    assert.match(e.evalue, /fetch its value first/);
    assert.equal(nb.fail("plt.plot([1, 2], [1, 2, 3])").ename, 'ValueError');
    assert.equal(nb.fail("plt.plot([1], color='notacolor')").ename, 'ValueError');
  });
  it('contourf/contour from Python: meshgrid arrays, levels, cmap object, QuadContourSet attributes, refusals', () => {
    nb.run([
      'xx, yy = np.meshgrid(np.arange(-1, 1, 0.1), np.arange(-1, 1.5, 0.25))',
      'cs = plt.contourf(xx, yy, np.sign(xx * yy), cmap=plt.cm.Paired, alpha=0.8)',
      'ax = plt.gca()',
      "lines = ax.contour(xx, yy, xx + yy, [-0.5, 0.5], colors='k')",
    ].join('\n'));
    assert.equal(nb.run('repr((type(cs).__name__, cs.filled, cs.extend))'), "('QuadContourSet', True, 'neither')");
    assert.equal(nb.run('repr(cs.levels)'), 'array([-1.  , -0.75, -0.5 , -0.25,  0.  ,  0.25,  0.5 ,  0.75,  1.  ])');
    assert.equal(nb.run('repr((lines.levels.tolist(), lines.filled))'), '([-0.5, 0.5], False)');
    // The view is tight on the grid, as matplotlib's contour sets it.
    assert.equal(nb.run('ax.get_xlim() == (xx.min(), xx.max()) and ax.get_ylim() == (yy.min(), yy.max())'), true);
    const err = (code: string) => { try { nb.run(code); return 'no error'; } catch (e) { return String((e as Error).message); } };
    assert.match(err("plt.contourf(xx, yy, xx, hatches=['/'])"), /NotImplementedError/);
    assert.match(err('plt.contour(xx, yy, xx, origin="lower")'), /NotImplementedError/);
    assert.match(err('cs.collections'), /NotImplementedError/);
    assert.match(err('plt.contour(np.arange(3))'), /TypeError: Input z must be 2D, not 1D/);
  });
  it('twinx: a second y axis on the right sharing x, current afterwards, its own color cycle', () => {
    nb.run("fig, ax1 = plt.subplots()\nax1.plot([0, 10], [1, 2])\nax2 = ax1.twinx()\nl2, = ax2.plot([0, 5], [100, 300])\nax3 = plt.twinx(ax1)\ncurrent = plt.gca() is ax3 and len(fig.axes) == 3");
    const [ax1, ax2] = [nb.target<Axes>('ax1'), nb.target<Axes>('ax2')];
    assert.equal(nb.run('current'), true);
    assert.ok(ax2.shared.x.includes(ax1));
    assert.equal(nb.run('ax2.get_xlim() == ax1.get_xlim()'), true);
    assert.equal(nb.run('l2.get_color()'), '#1f77b4');
    assert.equal(ax2.xaxis.visible, false);
  });
});
