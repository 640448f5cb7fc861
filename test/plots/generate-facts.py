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
facts['version'] = matplotlib.__version__
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'facts.json')
with open(out, 'w') as f:
    json.dump(facts, f, indent=1)
print(out)
