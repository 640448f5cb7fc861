# Regenerates test/plots/fixtures/facts.json with real matplotlib (Debian's python3-matplotlib):
# colormap samples, default tick positions/labels for assorted view limits, rcParams defaults.
#   /usr/bin/python3 test/plots/generate-facts.py
import json, os
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt

facts = {'cmaps': {}, 'ticks': [], 'rc': {}}
for name in ['gray', 'binary', 'viridis', 'seismic', 'jet', 'hot', 'coolwarm', 'Greys', 'Blues', 'RdBu', 'tab10', 'plasma', 'bwr', 'Reds', 'viridis_r', 'pink']:
    cmap = plt.get_cmap(name)
    facts['cmaps'][name] = [[round(float(v), 6) for v in cmap(x)] for x in [0.0, 0.1, 0.25, 0.5, 0.73, 0.9, 1.0]]
for lo, hi in [(0, 1), (-0.05, 1.05), (-99.95, 2098.95), (-3, 3), (0, 1e7), (1e-5, 5e-5), (0.2, 0.9), (-1.1, 1.1), (0, 37), (5, 5.5), (-0.5, 27.5), (1000, 1001), (0, 100000)]:
    fig, ax = plt.subplots()
    ax.set_xlim(lo, hi); ax.set_ylim(lo, hi)
    fig.canvas.draw()
    for axis, name in [(ax.xaxis, 'x'), (ax.yaxis, 'y')]:
        pairs = [(float(t), l.get_text()) for t, l in zip(axis.get_majorticklocs(), axis.get_majorticklabels()) if min(lo, hi) - 1e-10 * abs(hi - lo) <= t <= max(lo, hi) + 1e-10 * abs(hi - lo)]
        ticks = [t for t, _ in pairs]
        labels = [l for _, l in pairs]
        facts['ticks'].append({'axis': name, 'view': [lo, hi], 'ticks': ticks, 'labels': labels, 'offset': axis.get_offset_text().get_text()})
    plt.close(fig)
for k in ['figure.figsize', 'figure.dpi', 'lines.linewidth', 'lines.markersize', 'font.size', 'axes.titlesize', 'image.cmap', 'legend.loc', 'hist.bins', 'figure.subplot.left', 'xtick.major.size', 'grid.color']:
    facts['rc'][k] = matplotlib.rcParamsDefault[k]
# contour/contourf: automatic levels (ContourSet._autolev), each layer's RGBA, the view limits, and
# the isoline vertices for a small grid.
import numpy as np
facts['contour'] = []
X, Y = np.meshgrid(np.linspace(-3, 3, 31), np.linspace(-2, 2, 21))
Zs = {'bumps': np.exp(-X**2 - Y**2) - 0.5 * np.exp(-(X - 1)**2 - (Y - 0.5)**2), 'sign': np.sign(X * 0.7 - Y + 0.3), 'bowl': 1000 + 50 * (X**2 + 3 * Y**2)}
for zname, Z in Zs.items():
    for filled in [False, True]:
        for kw in [{}, {'levels': 4}, {'levels': 12, 'cmap': 'Paired'}, {'extend': 'both'}, {'levels': [-0.5, 0, 0.5, 1.0], 'colors': ['r', 'g', 'b']}]:
            fig, ax = plt.subplots()
            fn = ax.contourf if filled else ax.contour
            cs = fn(X, Y, Z, **kw)
            facts['contour'].append({'z': zname, 'filled': filled, 'kw': kw, 'levels': [float(v) for v in cs.levels],
                'colors': [[round(float(c), 6) for c in col] for (col,) in cs.tcolors] if not filled else [[round(float(c), 6) for c in coll.get_facecolor()[0]] for coll in cs.collections],
                'xlim': list(ax.get_xlim()), 'ylim': list(ax.get_ylim())})
            plt.close(fig)
Zs = np.add.outer(np.arange(4.0), np.arange(5.0) * 0.5)
cs = plt.contour(Zs, levels=[1.25, 2.6])
facts['contour_segments'] = {'z': Zs.tolist(), 'levels': [1.25, 2.6], 'allsegs': [[seg.tolist() for seg in segs] for segs in cs.allsegs]}
plt.close('all')
facts['version'] = matplotlib.__version__
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'facts.json')
with open(out, 'w') as f:
    json.dump(facts, f, indent=1)
print(out)
