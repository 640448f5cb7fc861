// Each visual case is one figure written twice: as the Python script real matplotlib runs to make
// the committed reference (fixtures/<name>.png, by generate-fixtures.ts) and as the same calls on
// our TypeScript API. `maxPixels` is the tolerance: how many pixels may differ after the blur
// (compare.ts). Data comes from closed-form expressions so both sides compute the same numbers.
import { PyPlot } from '../../src/plots';

export interface VisualCase { name: string; python: string; build: (plt: PyPlot) => void; maxPixels: number }

function range(n: number): number[];
function range<T>(n: number, f: (i: number) => T): T[];
function range(n: number, f: (i: number) => unknown = (i) => i) { return Array.from({ length: n }, (_, i) => f(i)); }
/** np.fromfunction(lambda i, j: f(i, j), (rows, cols)) as nested arrays. */
const grid = (rows: number, cols: number, f: (i: number, j: number) => number) => range(rows, (i) => range(cols, (j) => f(i, j)));
/** A 28×28 "digit": a ring whose radius and center depend on k. */
const digit = (k: number) => grid(28, 28, (i, j) => Math.max(0, 1 - Math.abs(Math.hypot(i - 14 - (k % 3), j - 14 + (k % 4)) - 6 - (k % 5)) / 2.5));
const DIGIT_PY = 'digit = lambda k: np.fromfunction(lambda i, j: np.maximum(0, 1 - np.abs(np.hypot(i - 14 - (k % 3), j - 14 + (k % 4)) - 6 - (k % 5)) / 2.5), (28, 28))';
/** Learned-weights-like pattern in [-1, 1]. */
const weights = (k: number) => grid(28, 28, (i, j) => Math.sin(i * 0.3 + k) * Math.cos(j * 0.25 - k * 0.5));
const WEIGHTS_PY = 'weights = lambda k: np.fromfunction(lambda i, j: np.sin(i * 0.3 + k) * np.cos(j * 0.25 - k * 0.5), (28, 28))';
const loss = (n: number) => range(n, (i) => 2.3 * Math.exp(-i / 300) + 0.1 + 0.05 * Math.sin(i / 7));
const LOSS_PY = 'loss = lambda n: 2.3 * np.exp(-np.arange(n) / 300) + 0.1 + 0.05 * np.sin(np.arange(n) / 7)';

export const CASES: VisualCase[] = [
  {
    name: 'line_basic', maxPixels: 120,
    python: `x = np.arange(100) / 10
plt.plot(x, np.sin(x), label='sin')
plt.plot(x, np.cos(x), 'r--', label='cos')
plt.title('Loss'); plt.xlabel('step'); plt.ylabel('value'); plt.legend(); plt.grid(True)`,
    build: (plt) => {
      const x = range(100, (i) => i / 10);
      plt.plot([x, x.map(Math.sin)], { label: 'sin' });
      plt.plot([x, x.map(Math.cos), 'r--'], { label: 'cos' });
      plt.title('Loss'); plt.xlabel('step'); plt.ylabel('value'); plt.legend(); plt.grid(true);
    },
  },
  {
    name: 'line_2000_loss', maxPixels: 120,
    python: `${LOSS_PY}
plt.plot(loss(2000))
plt.xlabel('iteration'); plt.ylabel('loss'); plt.title('Training loss')`,
    build: (plt) => { plt.plot([loss(2000)]); plt.xlabel('iteration'); plt.ylabel('loss'); plt.title('Training loss'); },
  },
  {
    name: 'line_formats_markers', maxPixels: 120,
    python: `x = np.arange(10)
plt.plot(x, x, 'ro')
plt.plot(x, x * 0.5 + 2, 'b^-')
plt.plot(x, 9 - x, 'gs:', markersize=4)
plt.plot(x, np.full(10, 4.5), 'k-.', linewidth=2)
plt.plot(x, (x - 4.5) ** 2 / 3, 'C4x', markersize=8)
plt.plot(x, x % 3 + 6, color='tab:orange', marker='D', linestyle='--')`,
    build: (plt) => {
      const x = range(10);
      plt.plot([x, x, 'ro']);
      plt.plot([x, x.map((v) => v * 0.5 + 2), 'b^-']);
      plt.plot([x, x.map((v) => 9 - v), 'gs:'], { markersize: 4 });
      plt.plot([x, x.map(() => 4.5), 'k-.'], { linewidth: 2 });
      plt.plot([x, x.map((v) => (v - 4.5) ** 2 / 3), 'C4x'], { markersize: 8 });
      plt.plot([x, x.map((v) => (v % 3) + 6)], { color: 'tab:orange', marker: 'D', linestyle: '--' });
    },
  },
  {
    name: 'scatter_colors', maxPixels: 160,
    python: `t = np.arange(60)
plt.scatter(np.cos(t * 0.7) * t, np.sin(t * 0.7) * t, label='spiral')
plt.scatter(t - 30, 0.5 * t - 20, s=80, c='red', marker='s', alpha=0.5, label='line')
plt.legend(loc='upper left')`,
    build: (plt) => {
      const t = range(60);
      plt.scatter(t.map((v) => Math.cos(v * 0.7) * v), t.map((v) => Math.sin(v * 0.7) * v), { label: 'spiral' });
      plt.scatter(t.map((v) => v - 30), t.map((v) => 0.5 * v - 20), { s: 80, c: 'red', marker: 's', alpha: 0.5, label: 'line' });
      plt.legend([], { loc: 'upper left' });
    },
  },
  {
    name: 'scatter_cmap_colorbar', maxPixels: 120,
    python: `t = np.arange(200)
x = np.cos(t * 0.37) * (t % 17); y = np.sin(t * 0.37) * (t % 17)
sc = plt.scatter(x, y, c=t % 17, cmap='viridis', s=20)
plt.colorbar(sc)`,
    build: (plt) => {
      const t = range(200);
      const r = t.map((v) => v % 17);
      const sc = plt.scatter(t.map((v, i) => Math.cos(v * 0.37) * r[i]), t.map((v, i) => Math.sin(v * 0.37) * r[i]), { c: r, cmap: 'viridis', s: 20 });
      plt.colorbar(sc);
    },
  },
  {
    name: 'bar_categories', maxPixels: 120,
    python: `plt.bar(['cat', 'dog', 'bird', 'fish'], [5, 7, 3, 4], color=['C0', 'C1', 'C2', 'C3'])
plt.ylabel('count'); plt.title('Pets')`,
    build: (plt) => { plt.bar(['cat', 'dog', 'bird', 'fish'], [5, 7, 3, 4], { color: ['C0', 'C1', 'C2', 'C3'] }); plt.ylabel('count'); plt.title('Pets'); },
  },
  {
    name: 'bar_numeric_edge', maxPixels: 120,
    python: `x = np.arange(8)
plt.bar(x, np.sin(x) + 1.5, width=0.5, edgecolor='black', label='a')
plt.bar(x + 0.5, np.cos(x) + 1.5, width=0.5, label='b')
plt.legend(loc='upper center')`,
    build: (plt) => {
      const x = range(8);
      plt.bar(x, x.map((v) => Math.sin(v) + 1.5), { width: 0.5, edgecolor: 'black', label: 'a' });
      plt.bar(x.map((v) => v + 0.5), x.map((v) => Math.cos(v) + 1.5), { width: 0.5, label: 'b' });
      plt.legend([], { loc: 'upper center' });
    },
  },
  {
    name: 'barh', maxPixels: 120,
    python: `plt.barh(np.arange(5), [3, 8, 1, 10, 5], color='C2')
plt.yticks(np.arange(5), ['a', 'b', 'c', 'd', 'e'])
plt.xlabel('score')`,
    build: (plt) => { plt.barh(range(5), [3, 8, 1, 10, 5], { color: 'C2' }); plt.yticks(range(5), ['a', 'b', 'c', 'd', 'e']); plt.xlabel('score'); },
  },
  {
    name: 'hist_default', maxPixels: 120,
    python: `data = np.sin(np.arange(1000) * 12.9898) * 43758.5453 % 1
data = np.concatenate([data, data[:400] * 0.5 + 0.25])
plt.hist(data)
plt.title('hist')`,
    build: (plt) => {
      let data = range(1000, (i) => (Math.sin(i * 12.9898) * 43758.5453) % 1);
      data = data.map((v) => (v < 0 ? v + 1 : v));
      data = [...data, ...data.slice(0, 400).map((v) => v * 0.5 + 0.25)];
      plt.hist(data); plt.title('hist');
    },
  },
  {
    name: 'hist_options', maxPixels: 120,
    python: `data = np.cos(np.arange(500) * 0.731) * 3 + np.arange(500) / 250
plt.hist(data, bins=25, density=True, histtype='step', color='k')
plt.hist(data, bins=25, density=True, alpha=0.4, color='C1')`,
    build: (plt) => {
      const data = range(500, (i) => Math.cos(i * 0.731) * 3 + i / 250);
      plt.hist(data, { bins: 25, density: true, histtype: 'step', color: 'k' });
      plt.hist(data, { bins: 25, density: true, alpha: 0.4, color: 'C1' });
    },
  },
  {
    name: 'imshow_gray_digit', maxPixels: 120,
    python: `${DIGIT_PY}
plt.imshow(digit(2), cmap='gray')
plt.title('label: 2')`,
    build: (plt) => { plt.imshow(digit(2), { cmap: 'gray' }); plt.title('label: 2'); },
  },
  {
    name: 'imshow_binary_axis_off', maxPixels: 120,
    python: `${DIGIT_PY}
plt.imshow(digit(7), cmap='binary')
plt.axis('off')`,
    build: (plt) => { plt.imshow(digit(7), { cmap: 'binary' }); plt.axis('off'); },
  },
  {
    name: 'imshow_viridis_colorbar', maxPixels: 120,
    python: `${WEIGHTS_PY}
plt.imshow(weights(1))
plt.colorbar()`,
    build: (plt) => { plt.imshow(weights(1)); plt.colorbar(); },
  },
  {
    name: 'imshow_seismic_vminmax', maxPixels: 120,
    python: `${WEIGHTS_PY}
plt.imshow(weights(3) * 2, cmap='seismic', vmin=-1, vmax=1)
plt.colorbar()`,
    build: (plt) => { plt.imshow(weights(3).map((r) => r.map((v) => v * 2)), { cmap: 'seismic', vmin: -1, vmax: 1 }); plt.colorbar(); },
  },
  {
    name: 'imshow_jet_bilinear', maxPixels: 120,
    python: `z = np.fromfunction(lambda i, j: np.sin(i / 2.0) + np.cos(j / 3.0), (12, 16))
plt.imshow(z, cmap='jet', interpolation='bilinear')`,
    build: (plt) => { plt.imshow(grid(12, 16, (i, j) => Math.sin(i / 2) + Math.cos(j / 3)), { cmap: 'jet', interpolation: 'bilinear' }); },
  },
  {
    name: 'imshow_hot_nearest_lower', maxPixels: 120,
    python: `z = np.fromfunction(lambda i, j: (i * 7 + j * 3) % 11, (10, 10))
plt.imshow(z, cmap=plt.cm.hot, interpolation='nearest', origin='lower')`,
    build: (plt) => { plt.imshow(grid(10, 10, (i, j) => (i * 7 + j * 3) % 11), { cmap: 'hot', interpolation: 'nearest', origin: 'lower' }); },
  },
  {
    name: 'imshow_rgb', maxPixels: 120,
    python: `img = np.stack([np.fromfunction(lambda i, j: i / 19, (20, 30)), np.fromfunction(lambda i, j: j / 29, (20, 30)), np.full((20, 30), 0.5)], axis=2)
plt.imshow(img)`,
    build: (plt) => { plt.imshow(grid(20, 30, (i, j) => 0).map((row, i) => row.map((_, j) => [i / 19, j / 29, 0.5]))); },
  },
  {
    name: 'matshow', maxPixels: 120,
    python: `m = np.fromfunction(lambda i, j: np.abs(i - j) + (i * j) % 3, (8, 8))
plt.matshow(m, cmap='Blues')`,
    build: (plt) => { plt.matshow(grid(8, 8, (i, j) => Math.abs(i - j) + ((i * j) % 3)), { cmap: 'Blues' }); },
  },
  {
    name: 'subplots_3x3_digits', maxPixels: 120,
    python: `${DIGIT_PY}
fig, axes = plt.subplots(3, 3)
for k, ax in enumerate(axes.flat):
    ax.imshow(digit(k), cmap='gray')
    ax.set_title(str(k))
    ax.axis('off')`,
    build: (plt) => {
      const [, axes] = plt.subplots(3, 3);
      (axes as import('../../src/plots').Axes[][]).flat().forEach((ax, k) => { ax.imshow(digit(k), { cmap: 'gray' }); ax.set_title(String(k)); ax.axis('off'); });
    },
  },
  {
    name: 'subplots_2x5_weights', maxPixels: 120,
    python: `${WEIGHTS_PY}
fig = plt.figure(figsize=(10, 4))
for k in range(10):
    ax = fig.add_subplot(2, 5, k + 1)
    ax.imshow(weights(k), cmap='seismic')
    ax.set_xticks([]); ax.set_yticks([])
    ax.set_title('w%d' % k)
fig.suptitle('Learned weights')`,
    build: (plt) => {
      const fig = plt.figure(null, { figsize: [10, 4] });
      for (let k = 0; k < 10; k++) {
        const ax = fig.add_subplot([2, 5, k + 1]);
        ax.imshow(weights(k), { cmap: 'seismic' });
        ax.set_xticks([]); ax.set_yticks([]);
        ax.set_title(`w${k}`);
      }
      fig.suptitle('Learned weights');
    },
  },
  {
    name: 'errorbar', maxPixels: 120,
    python: `x = np.arange(1, 9)
plt.errorbar(x, x ** 0.5, yerr=0.1 * x, fmt='o-', capsize=3, label='mean')
plt.errorbar(x, 4 - x ** 0.5, xerr=0.3, yerr=[0.1] * 8, fmt='s', color='C2')
plt.legend()`,
    build: (plt) => {
      const x = range(8, (i) => i + 1);
      plt.errorbar(x, x.map(Math.sqrt), { yerr: x.map((v) => 0.1 * v), fmt: 'o-', capsize: 3, label: 'mean' });
      plt.errorbar(x, x.map((v) => 4 - Math.sqrt(v)), { xerr: 0.3, yerr: x.map(() => 0.1), fmt: 's', color: 'C2' });
      plt.legend();
    },
  },
  {
    name: 'fill_between_lines', maxPixels: 120,
    python: `x = np.arange(50) / 5
plt.plot(x, np.sin(x), 'k')
plt.fill_between(x, np.sin(x) - 0.3, np.sin(x) + 0.3, alpha=0.3)
plt.fill_between(x, -1.5, np.sin(x), where=np.sin(x) > 0.5, color='C3')
plt.axhline(0, color='gray', linestyle='--')
plt.axvline(5, color='C2', linewidth=3)
plt.axhspan(-1.4, -1.2, color='C1', alpha=0.5)`,
    build: (plt) => {
      const x = range(50, (i) => i / 5);
      const s = x.map(Math.sin);
      plt.plot([x, s, 'k']);
      plt.fill_between(x, s.map((v) => v - 0.3), s.map((v) => v + 0.3), { alpha: 0.3 });
      plt.fill_between(x, -1.5, s, { where: s.map((v) => v > 0.5), color: 'C3' });
      plt.axhline(0, 0, 1, { color: 'gray', linestyle: '--' });
      plt.axvline(5, 0, 1, { color: 'C2', linewidth: 3 });
      plt.axhspan(-1.4, -1.2, 0, 1, { color: 'C1', alpha: 0.5 });
    },
  },
  {
    name: 'text_annotate', maxPixels: 120,
    python: `x = np.arange(20)
plt.plot(x, x ** 2)
plt.text(2, 300, 'quadratic', fontsize=14, color='C3')
plt.annotate('here', xy=(10, 100), xytext=(3, 200), arrowprops=dict(facecolor='black', shrink=0.05))
plt.annotate('end', xy=(19, 361), xytext=(12, 340), arrowprops=dict(arrowstyle='->'))
plt.text(0.95, 0.05, 'axes text', transform=plt.gca().transAxes, ha='right')`,
    build: (plt) => {
      const x = range(20);
      plt.plot([x, x.map((v) => v * v)]);
      plt.text(2, 300, 'quadratic', { fontsize: 14, color: 'C3' });
      plt.annotate('here', [10, 100], { xytext: [3, 200], arrowprops: { facecolor: 'black', shrink: 0.05 } });
      plt.annotate('end', [19, 361], { xytext: [12, 340], arrowprops: { arrowstyle: '->' } });
      plt.text(0.95, 0.05, 'axes text', { transform: 'axes', ha: 'right' });
    },
  },
  {
    name: 'limits_ticks_labels', maxPixels: 120,
    python: `x = np.arange(-5, 6)
plt.plot(x, x ** 3, 'o-')
plt.xlim(-6, 6); plt.ylim(-150, 150)
plt.xticks([-4, 0, 4], ['minus four', 'zero', 'four'])
plt.yticks([-100, 0, 100])
plt.title('custom ticks', loc='left')`,
    build: (plt) => {
      const x = range(11, (i) => i - 5);
      plt.plot([x, x.map((v) => v ** 3), 'o-']);
      plt.xlim([-6, 6]); plt.ylim([-150, 150]);
      plt.xticks([-4, 0, 4], ['minus four', 'zero', 'four']);
      plt.yticks([-100, 0, 100]);
      plt.title('custom ticks', { loc: 'left' });
    },
  },
  {
    name: 'ticks_empty', maxPixels: 120,
    python: `plt.plot([3, 1, 4, 1, 5, 9, 2, 6])
plt.xticks([]); plt.yticks([])
plt.title('no ticks')`,
    build: (plt) => { plt.plot([[3, 1, 4, 1, 5, 9, 2, 6]]); plt.xticks([]); plt.yticks([]); plt.title('no ticks'); },
  },
  {
    name: 'tight_layout_2x2', maxPixels: 220,
    python: `${LOSS_PY}
fig, axes = plt.subplots(2, 2)
for k, ax in enumerate(axes.flat):
    ax.plot(loss(100 * (k + 1)), color='C%d' % k)
    ax.set_title('run %d' % k); ax.set_xlabel('step'); ax.set_ylabel('loss')
fig.tight_layout()`,
    build: (plt) => {
      const [fig, axes] = plt.subplots(2, 2);
      (axes as import('../../src/plots').Axes[][]).flat().forEach((ax, k) => {
        ax.plot([loss(100 * (k + 1))], { color: `C${k}` });
        ax.set_title(`run ${k}`); ax.set_xlabel('step'); ax.set_ylabel('loss');
      });
      fig.tight_layout();
    },
  },
  {
    name: 'subplots_adjust_sharex', maxPixels: 120,
    python: `x = np.arange(30)
fig, (a, b) = plt.subplots(2, 1, sharex=True)
a.plot(x, np.sqrt(x)); b.plot(x, -x, 'C1')
a.set_ylabel('sqrt'); b.set_ylabel('neg')
fig.subplots_adjust(hspace=0.05, left=0.2)`,
    build: (plt) => {
      const x = range(30);
      const [fig, axes] = plt.subplots(2, 1, { sharex: true });
      const [a, b] = axes as import('../../src/plots').Axes[];
      a.plot([x, x.map(Math.sqrt)]); b.plot([x, x.map((v) => -v), 'C1']);
      a.set_ylabel('sqrt'); b.set_ylabel('neg');
      fig.subplots_adjust({ hspace: 0.05, left: 0.2 });
    },
  },
  {
    name: 'figure_size_dpi', maxPixels: 120,
    python: `plt.figure(figsize=(4, 3), dpi=80)
plt.plot([1, 3, 2, 4], label='a')
plt.plot([2, 2, 3, 1], label='b')
plt.legend(loc='lower right', fontsize='small')
plt.grid(True, axis='y', linestyle=':')`,
    build: (plt) => {
      plt.figure(null, { figsize: [4, 3], dpi: 80 });
      plt.plot([[1, 3, 2, 4]], { label: 'a' });
      plt.plot([[2, 2, 3, 1]], { label: 'b' });
      plt.legend([], { loc: 'lower right', fontsize: 'small' });
      plt.grid(true, { axis: 'y', linestyle: ':' });
    },
  },
  {
    name: 'cmaps_row', maxPixels: 120,
    python: `z = np.fromfunction(lambda i, j: j + 0 * i, (4, 32))
fig, axes = plt.subplots(6, 1, figsize=(6.4, 4.8))
for ax, name in zip(axes, ['coolwarm', 'RdBu', 'Blues', 'Greys', 'tab10', 'viridis_r']):
    ax.imshow(z, cmap=name, aspect='auto')
    ax.set_axis_off()`,
    build: (plt) => {
      const z = grid(4, 32, (_, j) => j);
      const [, axes] = plt.subplots(6, 1, { figsize: [6.4, 4.8] });
      (axes as import('../../src/plots').Axes[]).forEach((ax, k) => { ax.imshow(z, { cmap: ['coolwarm', 'RdBu', 'Blues', 'Greys', 'tab10', 'viridis_r'][k], aspect: 'auto' }); ax.set_axis_off(); });
    },
  },
  {
    // A loss surface: filled bands (coolwarm, alpha) under black isolines (the negative one dashed) and a colorbar.
    name: 'contourf_contour_colorbar', maxPixels: 120,
    python: `X, Y = np.meshgrid(np.linspace(-3, 3, 61), np.linspace(-2, 2, 41))
Z = np.exp(-X**2 - Y**2) - 0.5 * np.exp(-(X - 1)**2 - (Y - 0.5)**2)
cs = plt.contourf(X, Y, Z, cmap=plt.cm.coolwarm, alpha=0.8)
plt.contour(X, Y, Z, colors='k')
plt.colorbar(cs)`,
    build: (plt) => {
      const xs = range(61, (i) => -3 + i * 0.1), ys = range(41, (j) => -2 + j * 0.1);
      const X = ys.map(() => xs), Y = ys.map((y) => xs.map(() => y));
      const Z = ys.map((y) => xs.map((x) => Math.exp(-(x ** 2) - y ** 2) - 0.5 * Math.exp(-((x - 1) ** 2) - (y - 0.5) ** 2)));
      const cs = plt.contourf([X, Y, Z], { cmap: 'coolwarm', alpha: 0.8 });
      plt.contour([X, Y, Z], { colors: 'k' });
      plt.colorbar(cs);
    },
  },
  {
    // A classifier's decision regions: a ±1 prediction grid filled with Paired, the two classes on top.
    name: 'contourf_decision_regions', maxPixels: 160,
    python: `xx, yy = np.meshgrid(np.arange(-1.5, 1.5, 0.05), np.arange(-1.5, 1.5, 0.05))
pred = np.sign(0.8 - np.hypot(xx, yy * 1.3))
plt.contourf(xx, yy, pred, cmap=plt.cm.Paired, alpha=0.8)
t = np.arange(40) * 0.157
plt.plot(0.4 * np.cos(t), 0.4 * np.sin(t), 'ro', label='Class 1')
plt.plot(1.1 * np.cos(t), 1.1 * np.sin(t), 'kx', label='Class -1')
plt.legend(loc='lower right'); plt.xlim([-1.5, 1.5]); plt.ylim([-1.5, 1.5])`,
    build: (plt) => {
      const xs = range(60, (i) => -1.5 + i * 0.05);
      const X = xs.map(() => xs), Y = xs.map((y) => xs.map(() => y));
      const P = xs.map((y) => xs.map((x) => Math.sign(0.8 - Math.hypot(x, y * 1.3))));
      plt.contourf([X, Y, P], { cmap: 'Paired', alpha: 0.8 });
      const t = range(40, (i) => i * 0.157);
      plt.plot([t.map((v) => 0.4 * Math.cos(v)), t.map((v) => 0.4 * Math.sin(v)), 'ro'], { label: 'Class 1' });
      plt.plot([t.map((v) => 1.1 * Math.cos(v)), t.map((v) => 1.1 * Math.sin(v)), 'kx'], { label: 'Class -1' });
      plt.legend([], { loc: 'lower right' }); plt.xlim([[-1.5, 1.5]]); plt.ylim([[-1.5, 1.5]]);
    },
  },
  {
    // Z alone (indices as coordinates), explicit levels, isolines colored by a colormap with set widths.
    name: 'contour_levels_cmap', maxPixels: 120,
    python: `Z = np.fromfunction(lambda i, j: np.sin(i / 4) * np.cos(j / 5) * 3, (30, 40))
plt.contour(Z, levels=[-2, -1, 0, 1, 2], cmap='viridis', linewidths=2)
plt.title('levels')`,
    build: (plt) => {
      const Z = grid(30, 40, (i, j) => Math.sin(i / 4) * Math.cos(j / 5) * 3);
      plt.contour([Z], { levels: [-2, -1, 0, 1, 2], cmap: 'viridis', linewidth: 2 });
      plt.title('levels');
    },
  },
  {
    // Loss and accuracy on one x axis: ax.twinx() puts the second y axis on the right.
    name: 'twinx_loss_accuracy', maxPixels: 120,
    python: `${LOSS_PY}
steps = np.arange(50) * 20
fig, ax1 = plt.subplots()
ax1.plot(steps, loss(50), 'b-')
ax1.set_xlabel('step'); ax1.set_ylabel('loss')
ax2 = ax1.twinx()
ax2.plot(steps, 1 - loss(50) / 3, 'r-')
ax2.set_ylabel('accuracy')`,
    build: (plt) => {
      const steps = range(50, (i) => i * 20);
      const [, ax1] = plt.subplots(1, 1) as [unknown, import('../../src/plots').Axes];
      ax1.plot([steps, loss(50), 'b-']);
      ax1.set_xlabel('step'); ax1.set_ylabel('loss');
      const ax2 = ax1.twinx();
      ax2.plot([steps, loss(50).map((v) => 1 - v / 3), 'r-']);
      ax2.set_ylabel('accuracy');
    },
  },
];
