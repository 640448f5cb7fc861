// Turns a Python value into a mime bundle. `text/plain` (the Python repr) is always there; rich
// formatters add a custom mime for the values they know (graph, tensor, gradients), so the
// renderers can draw them while Jupyter and `gradbook run` still show the text. One Display per
// kernel: the formatters read that kernel's Inspection and globals.
import type { Inspection } from '../engine';
import { pyRepr, pythonMimeBundle, type PyValue } from '../python/index';
import { Mime, type MimeBundle } from '../shared/mimes';
import type { FormatContext, RichFormatter } from './formatters/context';
import { gradientsFormatter } from './formatters/gradients';
import { graphFormatter } from './formatters/graph';
import { tensorFormatter } from './formatters/tensor';

/**
 * Rich formatters, all tried; for a mime two of them offer, the earlier one wins. A value may get
 * several views (a train op: graph and gradients); VS Code shows the first and offers the others
 * under "Change Presentation".
 */
const richFormatters: RichFormatter[] = [
  // A value that knows its own rich form (for example an engine object) says so.
  (value) => {
    const v = value as { _repr_mimebundle_?: () => MimeBundle } | null;
    return typeof v?._repr_mimebundle_ === 'function' ? v._repr_mimebundle_() : undefined;
  },
  // A Python object's _repr_html_, _repr_png_, ... (IPython's formatters).
  (value) => pythonMimeBundle(value as PyValue),
  graphFormatter,
  tensorFormatter,
  // After the graph view, which stays the default presentation of a train op.
  gradientsFormatter,
];

export class Display implements FormatContext {
  constructor(readonly inspection: Inspection, private readonly globals: () => Iterable<[string, PyValue]>) {}

  bundle(value: PyValue): MimeBundle {
    const bundle: MimeBundle = {};
    for (const format of richFormatters) {
      const rich = format(value, this);
      if (rich) for (const [mime, data] of Object.entries(rich)) if (!(mime in bundle)) bundle[mime] = data;
    }
    // A bundle that brings its own text/plain (a raw display, a figure) keeps it.
    if (!(Mime.text in bundle)) bundle[Mime.text] = pyRepr(value);
    return bundle;
  }

  globalNameOf(matches: (value: unknown) => boolean): string | undefined {
    for (const [name, value] of this.globals()) if (!name.startsWith('_') && matches(value)) return name;
    return undefined;
  }
}

/** Jupyter shows a cell's last expression unless it is None. */
export function isNone(value: PyValue | undefined): boolean {
  return value === undefined || value === null || pyRepr(value) === 'None';
}
