// Turns a Python value into a mime bundle. `text/plain` (the Python repr) is always there; rich
// formatters add a custom mime for the values they know (graph, tensor, gradients), so the
// renderers can draw them while Jupyter and `gradbook run` still show the text.
import { Mime, type MimeBundle } from '../shared/mimes';
import { tensorFormatter } from './formatters/tensor';
import { gradientsFormatter } from './formatters/gradients';
import { graphFormatter } from './formatters/graph';

export type RichFormatter = (value: unknown) => MimeBundle | undefined;

/**
 * Rich formatters, all tried; for a mime two of them offer, the earlier one wins. A value may get
 * several views (a train op: graph and gradients); VS Code shows the first and offers the others
 * under "Change Presentation".
 */
export const richFormatters: RichFormatter[] = [
  // A value that knows its own rich form (for example an engine object) says so.
  (value) => {
    const v = value as { _repr_mimebundle_?: () => MimeBundle } | null;
    return typeof v?._repr_mimebundle_ === 'function' ? v._repr_mimebundle_() : undefined;
  },
  graphFormatter,
  tensorFormatter,
  // After the graph view, which stays the default presentation of a train op.
  gradientsFormatter,
];

export function toMimeBundle<V>(value: V, repr: (v: V) => string): MimeBundle {
  const bundle: MimeBundle = {};
  for (const format of richFormatters) {
    const rich = format(value);
    if (rich) for (const [mime, data] of Object.entries(rich)) if (!(mime in bundle)) bundle[mime] = data;
  }
  bundle[Mime.text] = repr(value);
  return bundle;
}

/** Jupyter shows a cell's last expression unless it is None. */
export function isNone<V>(value: V | undefined, repr: (v: V) => string): boolean {
  return value === undefined || value === null || repr(value) === 'None';
}
