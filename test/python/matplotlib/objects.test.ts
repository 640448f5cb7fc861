// The object API from Python: Figure, Axes, Axis, spines and the artists' methods reach the model.
import { strict as assert } from 'assert';
import type { Axes, AxesImage, Figure, Line2D, Rectangle, Text } from '../../../src/plots';
import { NotebookSession, plotsReady } from './helpers';

describe('matplotlib object API from Python', function () {
  this.timeout(30_000);
  before(plotsReady);
  let nb: NotebookSession;
  beforeEach(() => {
    nb = new NotebookSession();
    nb.run('import matplotlib.pyplot as plt\nimport numpy as np\nfig = plt.figure()');
  });

  it('Figure.add_subplot takes (r, c, i), rci, (r, c, (i, j)) and GridSpec slices; add_axes takes a rect', () => {
    nb.run(`a = fig.add_subplot(2, 2, 1)
b = fig.add_subplot(224)
c = fig.add_subplot(2, 2, (2, 4))
import matplotlib.gridspec as gridspec
gs = gridspec.GridSpec(3, 3, hspace=0.4)
d = fig.add_subplot(gs[0, :])
e = fig.add_subplot(gs[1:, 0])
f = fig.add_axes([0.1, 0.2, 0.3, 0.4])`);
    const spec = (n: string) => { const s = nb.target<Axes>(n).subplotSpec!; return [s.nrows, s.ncols, s.row0, s.row1, s.col0, s.col1]; };
    assert.deepEqual(spec('a'), [2, 2, 0, 1, 0, 1]);
    assert.deepEqual(spec('b'), [2, 2, 1, 2, 1, 2]);
    assert.deepEqual(spec('c'), [2, 2, 0, 2, 1, 2]);
    assert.deepEqual(spec('d'), [3, 3, 0, 1, 0, 3]);
    assert.deepEqual(spec('e'), [3, 3, 1, 3, 0, 1]);
    assert.equal(nb.target<Figure>('fig').subplotpars.hspace, 0.4);
    assert.deepEqual(nb.target<Axes>('f').position, [0.1, 0.2, 0.3, 0.4]);
    assert.equal(nb.run('repr(f)'), '<Axes:>');
    assert.equal(nb.fail("fig.add_subplot(111, projection='3d')").ename, 'NotImplementedError');
  });

  it('Figure methods: subplots, suptitle, colorbar, tight_layout, subplots_adjust, size and dpi, gca/sca, delaxes, text', () => {
    nb.run(`axs = fig.subplots(1, 2)
im = axs[0].imshow(np.eye(4))
cb = fig.colorbar(im, ax=axs[0], shrink=0.5)
cb.set_label('value')
t = fig.suptitle('Weights', fontsize=20)
fig.tight_layout()
fig.set_size_inches(12, 3)
fig.set_dpi(80)
size = fig.get_size_inches()
fig.sca(axs[1])
current = fig.gca() is axs[1]
fig.text(0.5, 0.02, 'note')
n_before = len(fig.axes)
fig.delaxes(axs[1])`);
    const fig = nb.target<Figure>('fig');
    assert.deepEqual([fig.figsize, fig.dpi, fig.texts.length], [[12, 3], 80, 1]);
    assert.equal(nb.run('repr(size.tolist())'), '[12.0, 3.0]');
    assert.equal(nb.run('current and n_before == 3 and len(fig.axes) == 2'), true);
    assert.deepEqual([nb.target<Text>('t').text, nb.target<Text>('t').fontsize], ['Weights', 20]);
    assert.equal(fig.axes[1].colorbarFor?.shrink, 0.5);
    assert.equal(fig.axes[1].get_ylabel(), 'value');
    assert.equal(nb.run('repr(fig)'), '<Figure size 960x240 with 2 Axes>');
    nb.run('fig.subplots_adjust(bottom=0.3)');
    assert.equal(fig.subplotpars.bottom, 0.3);
  });

  it('Axes setters and getters: titles, labels, limits, ticks, aspect, axis, inversion, set(**kw), repr', () => {
    nb.run(`ax = fig.add_subplot(111)
ax.plot([0, 4], [0, 2])
ax.set_title('loss', loc='left')
ax.set_xlabel('step', fontsize=12)
ax.set_ylabel('value', labelpad=10)
lim = ax.set_xlim(0, 4)
ax.set_ylim(bottom=-1)
ticks = ax.set_xticks([0, 2, 4])
ax.set_xticklabels(['a', 'b', 'c'], rotation=45)
ax.set_yticks([])
ax.set_aspect('equal')
ax.invert_yaxis()
ax.set(title='main')
r = repr(ax)`);
    const ax = nb.target<Axes>('ax');
    assert.deepEqual([ax.get_title('left'), ax.get_title(), ax.get_xlabel(), ax.xaxis.label.fontsize, ax.yaxis.labelpadPt], ['loss', 'main', 'step', 12, 10]);
    assert.equal(nb.run('repr(ax.get_xlim())'), '(0.0, 4.0)');
    assert.equal(ax.get_ylim()[1], -1, 'inverted, bottom kept');
    assert.deepEqual(ax.get_xticks(), [0, 2, 4]);
    assert.equal(nb.run("repr([type(t).__name__ for t in ticks])"), "['XTick', 'XTick', 'XTick']");
    assert.deepEqual(ax.get_yticks(), []);
    assert.equal(ax.aspect, 1);
    assert.equal(nb.run('r'), "<AxesSubplot:title={'left': 'loss', 'center': 'main'}, xlabel='step', ylabel='value'>");
    nb.run("ax.axis('off')");
    assert.equal(ax.axisOn, false);
    assert.ok(String(nb.run('repr(ax.axis())')).startsWith('(0.0, 4.0'));
  });

  it('Axis objects and spines: get_xaxis().set_visible(False), locators and formatters, spines by name, list and attribute', () => {
    nb.run(`ax = fig.add_subplot(111)
ax.get_xaxis().set_visible(False)
from matplotlib.ticker import MaxNLocator, FuncFormatter
ax.yaxis.set_major_locator(MaxNLocator(integer=True))
ax.yaxis.set_major_formatter(FuncFormatter(lambda x, pos: f'{x:.1f}%'))
ax.xaxis.set_major_formatter('{x:.2f} s')
ax.spines['top'].set_visible(False)
ax.spines.right.set_color('red')
ax.spines[['left', 'bottom']].set_linewidth(3)
names = list(ax.spines)
ax.xaxis.tick_top()`);
    const ax = nb.target<Axes>('ax');
    assert.equal(ax.xaxis.visible, false);
    assert.equal((ax.yaxis.locator as { integer?: boolean }).integer, true);
    const fmt = ax.yaxis.formatter as { kind: string; fn: (x: number, pos: number) => string };
    assert.equal(fmt.kind, 'func');
    assert.equal(nb.session.inSession(() => fmt.fn(2.5, 0)), '2.5%');
    const xfmt = ax.xaxis.formatter as { fn: (x: number, pos: number) => string };
    assert.equal(nb.session.inSession(() => xfmt.fn(1, 0)), '1.00 s');
    assert.equal(ax.spines.top.visible, false);
    assert.deepEqual(ax.spines.right.color, [1, 0, 0, 1]);
    assert.deepEqual([ax.spines.left.linewidthPt, ax.spines.bottom.linewidthPt], [3, 3]);
    assert.equal(nb.run('repr(names)'), "['left', 'right', 'bottom', 'top']");
    assert.equal(ax.xaxis.tick.high, true);
  });

  it('artists: Line2D, AxesImage, Text, bars, legend and patches change through their methods', () => {
    nb.run(`ax = fig.add_subplot(111)
line, = ax.plot([1, 2, 3], label='a')
line.set_data([0, 1], [5, 6])
line.set_color('k')
line.set_linewidth(4)
xd = line.get_xdata()
im = ax.imshow(np.zeros((2, 2)))
im.set_data(np.ones((3, 3)))
im.set_clim(0, 2)
im.set_cmap('gray')
clim = im.get_clim()
txt = ax.text(0, 0, 'a')
txt.set_text('b')
txt.set_fontsize(20)
bars = ax.bar([1, 2], [3, 4])
for rect in bars:
    rect.set_height(rect.get_height() * 2)
lg = ax.legend()
labels = [t.get_text() for t in lg.get_texts()]
from matplotlib.patches import Rectangle
box = ax.add_patch(Rectangle((0.5, 0.5), 2, 1, fill=False, edgecolor='red', linewidth=2))`);
    const line = nb.target<Line2D>('line');
    assert.deepEqual([[...line.x], [...line.y], line.color, line.linewidth], [[0, 1], [5, 6], [0, 0, 0, 1], 4]);
    assert.equal(nb.run('repr(xd.tolist())'), '[0.0, 1.0]');
    const im = nb.target<AxesImage>('im');
    assert.deepEqual([im.rows, im.norm.vmin, im.norm.vmax, im.cmap.name], [3, 0, 2, 'gray']);
    assert.equal(nb.run('repr(clim)'), '(0.0, 2.0)');
    assert.deepEqual([nb.target<Text>('txt').text, nb.target<Text>('txt').fontsize], ['b', 20]);
    assert.deepEqual(nb.target<{ patches: Rectangle[] }>('bars').patches.map((r) => r.height), [6, 8]);
    assert.equal(nb.run('repr(labels)'), "['a']");
    const box = nb.target<Rectangle>('box');
    assert.deepEqual([box.x, box.y, box.width, box.height, box.fill, box.edgecolor, box.linewidth], [0.5, 0.5, 2, 1, false, [1, 0, 0, 1], 2]);
    assert.ok(nb.target<Axes>('ax').artists.includes(box));
    assert.equal(nb.run('repr(box)'), 'Rectangle(xy=(0.5, 0.5), width=2, height=1, angle=0)');
  });

  it("legend(prop={'size': n}) sets the legend font size (fontsize is then ignored, as matplotlib's FontProperties(**prop) wins); other prop keys are refused", () => {
    nb.run(`ax = fig.add_subplot(111)
ax.plot([1, 2], label='a')
lg_prop = ax.legend(loc='upper right', prop={'size': 11}, fontsize=30)
lg_default = ax.legend(prop={})`);
    assert.equal(nb.target<{ fontsize: number }>('lg_prop').fontsize, 11);
    // FontProperties() without a size is rcParams['font.size'] (10).
    assert.equal(nb.target<{ fontsize: number }>('lg_default').fontsize, 10);
    assert.match(String(nb.run(`try:
    ax.legend(prop={'family': 'serif'})
    r = 'no error'
except NotImplementedError as e:
    r = str(e)
r`)), /prop key 'family'/);
  });

  it('colormaps and norms: cmap(x) for floats and ints, reversed, ListedColormap, Normalize, to_rgba', () => {
    nb.run(`import matplotlib.colors as mcolors
from matplotlib import cm
c0 = cm.viridis(0.0)
c_int = cm.viridis(255)
arr = cm.gray(np.array([0.0, 1.0]))
rev = cm.jet.reversed().name
lc = mcolors.ListedColormap(['red', (0, 1, 0), '#0000ff'])
norm = mcolors.Normalize(vmin=-2, vmax=2)
mid = norm(0.0)
rgba = mcolors.to_rgba('C1', alpha=0.5)
hexc = mcolors.to_hex((1, 0, 0))
im = plt.imshow(np.eye(2), cmap=lc, norm=norm)`);
    // matplotlib: (0.267004, 0.004874, 0.329415, 1.0); src/plots keeps viridis as 8-bit colors.
    assert.equal(nb.run('repr(tuple(round(v, 2) for v in c0))'), '(0.27, 0.0, 0.33, 1.0)');
    assert.equal(nb.run('c_int == cm.viridis(1.0)'), true);
    assert.equal(nb.run('repr(arr.shape)'), '(2, 4)');
    assert.deepEqual([nb.run('rev'), nb.run('lc.N'), nb.run('repr(mid)'), nb.run('hexc')], ['jet_r', 3, '0.5', '#ff0000']);
    assert.equal(nb.run('repr(tuple(round(v, 3) for v in rgba))'), '(1.0, 0.498, 0.055, 0.5)');
    const im = nb.target<AxesImage>('im');
    assert.deepEqual([im.cmap.N, im.norm.vmin, im.norm.vmax], [3, -2, 2]);
  });

  it('rcParams by item, update, get, rc_context and cycler; matplotlib.colormaps', () => {
    nb.run(`import matplotlib as mpl
from cycler import cycler
mpl.rcParams['axes.prop_cycle'] = cycler(color=['r', 'g'])
with mpl.rc_context({'lines.linewidth': 7}):
    inside = mpl.rcParams['lines.linewidth']
outside = mpl.rcParams['lines.linewidth']
ax = fig.add_subplot(111)
l1, = ax.plot([1])
l2, = ax.plot([2])
has = 'viridis' in mpl.colormaps`);
    assert.equal(nb.run('repr((inside, outside))'), '(7.0, 1.5)');
    assert.deepEqual([nb.target<Line2D>('l1').color, nb.target<Line2D>('l2').color], [[1, 0, 0, 1], [0, 0.5, 0, 1]]);
    assert.equal(nb.run('has'), true);
  });

  it('Axes.collections lists the scatter / LineCollection artists; a line removed with remove() leaves Axes.lines', () => {
    nb.run(`ax = fig.add_subplot(1, 1, 1)
ax.scatter([1, 2], [3, 4])
ax.vlines([1, 2], 0, 1)
lines = ax.plot([1, 2], [3, 4], 'r-', lw=5)
before = len(ax.lines)
lines[0].remove()
print(len(ax.collections), type(ax.collections[0]).__name__, before, len(ax.lines))`);
    assert.equal(nb.out, '2 PathCollection 1 0\n');
  });

  it('known but unimplemented methods raise NotImplementedError naming themselves', () => {
    nb.run('ax = fig.add_subplot(111)');
    for (const [call, text] of [['ax.twiny()', 'AxesSubplot.twiny() is not supported'], ['plt.pie([1, 2])', 'matplotlib.pyplot.pie() is not supported'],
      ['fig.legend()', 'Figure.legend() is not supported'], ["ax.spines['left'].set_position('zero')", 'Spine.set_position() is not supported'],
      ['from mpl_toolkits.mplot3d import Axes3D\nAxes3D(fig)', '3-D plots are not supported'], ["plt.style.use('ggplot')", "style 'ggplot' is not supported"]]) {
      const e = nb.fail(call);
      assert.equal(e.ename, 'NotImplementedError', call);
      assert.ok(e.evalue.includes(text), `${call}: ${e.evalue}`);
    }
  });
});
