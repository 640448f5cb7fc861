"""pandas' matplotlib helpers (pandas 0.24 plotting/_core.py): Series.hist draws a histogram of
the non-missing values into the current figure's current Axes (a new figure when none is open),
with the grid on, and returns that Axes. Grouping (by=) and the tick label options are not
provided and say so."""
import matplotlib.pyplot as plt


def hist_series(series, by=None, ax=None, grid=True, xlabelsize=None, xrot=None, ylabelsize=None, yrot=None,
                figsize=None, bins=10, **kwds):
    if by is not None:
        raise NotImplementedError("Series.hist() argument 'by' is not supported by Gradbook's pandas")
    for name, value in (('xlabelsize', xlabelsize), ('xrot', xrot), ('ylabelsize', ylabelsize), ('yrot', yrot)):
        if value is not None:
            raise NotImplementedError("Series.hist() argument '%s' is not supported by Gradbook's pandas" % name)
    if kwds.get('layout', None) is not None:
        raise ValueError("The 'layout' keyword is not supported when 'by' is None")
    fig = kwds.pop('figure', None)
    if fig is None:
        fig = plt.gcf() if plt.get_fignums() else plt.figure(figsize=figsize)
    if figsize is not None and tuple(figsize) != tuple(fig.get_size_inches()):
        fig.set_size_inches(*figsize)
    if ax is None:
        ax = fig.gca()
    ax.hist(series.dropna().values, bins=bins, **kwds)
    ax.grid(grid)
    return ax


def _layout(n):
    """pandas' default grid for n histograms (plotting/_tools.py _get_layout)."""
    if n == 1:
        return 1, 1
    if n == 2:
        return 1, 2
    if n in (3, 4):
        return 2, 2
    k = 1
    while k ** 2 < n:
        k += 1
    return (k, k - 1) if (k - 1) * k >= n else (k, k)


def hist_frame(frame, column=None, by=None, grid=True, xlabelsize=None, xrot=None, ylabelsize=None, yrot=None,
               ax=None, sharex=False, sharey=False, figsize=None, layout=None, bins=10, **kwds):
    """DataFrame.hist: one histogram per numeric column (or the named ones) in a grid of subplots of
    a new figure, each titled with its column; returns the 2-d array of Axes (unused ones hidden)."""
    if by is not None:
        raise NotImplementedError("DataFrame.hist() argument 'by' is not supported by Gradbook's pandas")
    if ax is not None:
        raise NotImplementedError("DataFrame.hist() argument 'ax' is not supported by Gradbook's pandas")
    for name, value in (('xrot', xrot), ('yrot', yrot)):
        if value is not None:
            raise NotImplementedError("DataFrame.hist() argument '%s' is not supported by Gradbook's pandas" % name)
    if column is not None:
        names = [column] if not isinstance(column, (list, tuple)) else list(column)
        frame = frame[names]
    names = [c for c in frame.columns if frame._data[c].dtype.kind in 'iuf']
    if not names:
        raise ValueError('hist method requires numerical columns, nothing to plot.')
    rows, cols = _layout(len(names)) if layout is None else layout
    fig, axes = plt.subplots(rows, cols, figsize=figsize, sharex=sharex, sharey=sharey, squeeze=False)
    flat = axes.ravel()
    for i, name in enumerate(names):
        a = flat[i]
        a.hist(frame[name].dropna().values, bins=bins, **kwds)
        a.set_title(str(name))
        a.grid(grid)
        if xlabelsize is not None:
            a.tick_params(axis='x', labelsize=xlabelsize)
        if ylabelsize is not None:
            a.tick_params(axis='y', labelsize=ylabelsize)
    for a in flat[len(names):]:
        a.set_visible(False)
    fig.subplots_adjust(wspace=0.3, hspace=0.3)
    return axes
