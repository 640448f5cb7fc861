// matplotlib host objects' methods bound from signature tables (matplotlib 3.6 / NumPy names and
// defaults): arguments they used to ignore now raise CPython's TypeError, or NotImplementedError
// naming a parameter Gradbook does not implement.
import { strict as assert } from 'assert';
import { NotebookSession, plotsReady } from './helpers';

describe('matplotlib host objects bound from signature tables', function () {
  this.timeout(60_000);
  before(plotsReady);
  let nb: NotebookSession;
  beforeEach(() => {
    nb = new NotebookSession();
    nb.run('import matplotlib, matplotlib.pyplot as plt, matplotlib.gridspec as gridspec\nfig, axs = plt.subplots(2, 2)');
  });
  const error = (src: string) => { const e = nb.fail(src); return `${e.ename}: ${e.evalue}`; };

  it('rcParams.get/update/keys and the prop cycle keep their results', () => {
    assert.equal(nb.run("matplotlib.rcParams.get('lines.linewidth') == matplotlib.rcParams['lines.linewidth']"), true);
    assert.equal(nb.run("matplotlib.rcParams.get('no.such', default=3)"), 3);
    nb.run("matplotlib.rcParams.update({'lines.linewidth': 3.0}, **{'lines.markersize': 7.0})");
    assert.equal(nb.run("matplotlib.rcParams['lines.linewidth'] == 3 and matplotlib.rcParams['lines.markersize'] == 7"), true);
    assert.equal(nb.run("len(matplotlib.rcParams['axes.prop_cycle'].by_key()['color']) > 0"), true);
    assert.equal(error("matplotlib.rcParams.get('lines.linewidth', 1, 2)"), 'TypeError: RcParams.get() takes from 2 to 3 positional arguments but 4 were given');
    assert.equal(error('matplotlib.rcParams.keys(1)'), 'TypeError: RcParams.keys() takes 1 positional argument but 2 were given');
  });

  it('the canvas, spines and gridspec methods refuse extra arguments', () => {
    assert.equal(nb.run('fig.canvas.draw_idle() is None and fig.canvas.flush_events() is None'), true);
    assert.equal(error('fig.canvas.get_width_height(physical=True)'),
      "NotImplementedError: FigureCanvasAgg.get_width_height() argument 'physical' is not supported by Gradbook: device pixel ratios");
    assert.equal(error('fig.canvas.draw(1)'), 'TypeError: FigureCanvasAgg.draw() takes 1 positional argument but 2 were given');
    assert.equal(nb.run("list(axs[0, 0].spines.keys()) == ['left', 'right', 'bottom', 'top']"), true);
    assert.equal(error("axs[0, 0].spines.items('x')"), 'TypeError: Spines.items() takes 1 positional argument but 2 were given');
    assert.equal(nb.run('gridspec.GridSpec(2, 3).get_geometry() == (2, 3)'), true);
    assert.equal(error('gridspec.GridSpec(2, 3).get_geometry(1)'), 'TypeError: GridSpec.get_geometry() takes 1 positional argument but 2 were given');
  });

  it("an array of Axes binds ndarray's ravel/reshape/transpose parameters", () => {
    assert.equal(nb.run('axs.reshape(4).shape == (4,) and axs.reshape((1, 4)).shape == (1, 4) and axs.ravel(order="C")[3] is axs[1, 1]'), true);
    assert.equal(nb.run('axs.transpose()[0, 1] is axs[1, 0]'), true);
    assert.equal(error("axs.flatten('F')"), "NotImplementedError: ndarray.flatten() argument 'order' is not supported by Gradbook: only 'C' (row-major) order");
    assert.equal(error('axs.transpose(1, 0)'),
      "NotImplementedError: transpose() argument 'axes' is not supported by Gradbook: an array of Axes transposes its two dimensions only");
  });

  it('style.use, Patch and the unsupported classes go through the binder', () => {
    nb.run("plt.style.use(style='default')");
    assert.equal(error('plt.style.use()'), "TypeError: use() missing 1 required positional argument: 'style'");
    nb.run("import matplotlib.patches as mpatches\np = mpatches.Patch(color='r', label='a')");
    assert.equal(error("mpatches.Patch('r')"), 'TypeError: Patch() takes 0 positional arguments but 1 was given');
    assert.equal(error('mpatches.Circle((0, 0), 1)'), 'NotImplementedError: matplotlib.patches.Circle is not supported by Gradbook (Rectangle and Polygon are)');
    assert.equal(error('import mpl_toolkits.mplot3d\nmpl_toolkits.mplot3d.Axes3D(fig)'), 'NotImplementedError: mpl_toolkits.mplot3d.Axes3D: 3-D plots are not supported by Gradbook');
  });
});
