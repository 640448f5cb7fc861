// pandas' Series.hist (pandas 0.24 hist_series): a histogram of the non-missing values drawn into
// the current Axes with matplotlib's hist, the grid on, the Axes returned (the Machine Learning
// Crash Course's `_ = dataframe["rooms_per_person"].hist()`). The counts are numpy.histogram's:
// [0, 0.1, 0.2, 0.9, 1] in 2 bins over [0, 1] gives 3 and 2.
import { strict as assert } from 'assert';
import type { Axes, Rectangle } from '../../../src/plots';
import { NotebookSession, plotsReady } from '../matplotlib/helpers';

describe('pandas Series.hist', function () {
  this.timeout(30_000);
  before(plotsReady);

  it('draws the non-missing values into the current Axes with the grid on and returns that Axes', () => {
    const nb = new NotebookSession();
    nb.run(`import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
plt.figure(figsize=(6, 3))
plt.subplot(1, 2, 2)
s = pd.Series([0.0, 0.1, 0.2, 0.9, 1.0, np.nan])
ax = s.hist(bins=2)
same = ax is plt.gca()
again = pd.Series([1, 2, 2, 3]).hist()
reused = again is ax`);
    assert.equal(nb.run('same'), true);
    const ax = nb.target<Axes>('ax');
    const bars = ax.containers.map((c) => ('patches' in c ? (c.patches as Rectangle[]) : []));
    assert.deepEqual(bars[0].map((r) => r.height), [3, 2]);
    assert.deepEqual([ax.xaxis.grid.visible, ax.yaxis.grid.visible], [true, true]);
    // A second histogram in the same cell (pandas' default 10 bins) goes into the same current Axes.
    assert.equal(nb.run('reused'), true);
    assert.equal(bars[1].length, 10);
  });

  it('refuses by= and the tick label options with NotImplementedError', () => {
    const nb = new NotebookSession();
    nb.run('import pandas as pd');
    assert.equal(nb.fail('pd.Series([1.0, 2.0]).hist(by=[0, 1])').evalue, "Series.hist() argument 'by' is not supported by Gradbook's pandas");
    assert.equal(nb.fail('pd.Series([1.0, 2.0]).hist(xrot=45)').evalue, "Series.hist() argument 'xrot' is not supported by Gradbook's pandas");
  });
});
