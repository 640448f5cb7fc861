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
