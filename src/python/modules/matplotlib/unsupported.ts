// matplotlib functions and methods Gradbook does not draw. They exist (so `hasattr` and imports
// work) and raise NotImplementedError naming themselves when called, instead of an AttributeError
// that would read like a typo.
export const notImplementedMethods = {
  axes: [
    'twiny', 'pcolormesh', 'pcolor', 'pie', 'boxplot', 'violinplot', 'stackplot', 'quiver',
    'streamplot', 'loglog', 'semilogx', 'semilogy', 'stem', 'specgram', 'hexbin', 'hist2d', 'eventplot', 'broken_barh',
    'table', 'secondary_xaxis', 'secondary_yaxis', 'inset_axes', 'plot_surface', 'plot_wireframe', 'scatter3D', 'plot3D',
    'fill', 'fill_betweenx', 'arrow', 'quiverkey', 'barbs', 'clabel', 'spy', 'acorr', 'xcorr', 'psd', 'magnitude_spectrum',
    'bar_label', 'get_xticklabels', 'get_yticklabels', 'minorticks_on', 'set_xmargin', 'set_ymargin', 'set_prop_cycle',
  ],
  figure: ['legend', 'subfigures', 'add_subfigure', 'align_labels', 'align_xlabels', 'align_ylabels', 'figimage', 'autofmt_xdate', 'set_constrained_layout', 'set_tight_layout'],
  pyplot: [
    'pcolormesh', 'pcolor', 'pie', 'boxplot', 'violinplot', 'stackplot', 'quiver', 'streamplot',
    'polar', 'twiny', 'loglog', 'semilogx', 'semilogy', 'stem', 'specgram', 'hexbin', 'hist2d', 'eventplot',
    'broken_barh', 'table', 'figlegend', 'xkcd', 'fill', 'fill_betweenx', 'arrow', 'barbs', 'clabel', 'spy', 'acorr',
    'xcorr', 'psd', 'bar_label', 'minorticks_on', 'ginput', 'waitforbuttonpress', 'connect', 'get_current_fig_manager',
    'subplot_mosaic', 'thetagrids', 'rgrids', 'autumn', 'set_cmap',
  ],
} as const;
