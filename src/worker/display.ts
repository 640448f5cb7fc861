// Turns a Python value into a mime bundle. `text/plain` (the Python repr) is always there; rich
// formatters add a custom mime for the values they know (graph, tensor, gradients), so the
// renderers can draw them while Jupyter and `gradbook run` still show the text.
import { Mime, type MimeBundle } from '../shared/mimes';
import { graphFormatter } from './formatters/graph';

export type RichFormatter = (value: unknown) => MimeBundle | undefined;

/** Rich formatters, tried in order; the views issue adds its graph/tensor/gradients entries here. */
export const richFormatters: RichFormatter[] = [
  // A value that knows its own rich form (for example an engine object) says so.
  (value) => {
    const v = value as { _repr_mimebundle_?: () => MimeBundle } | null;
    return typeof v?._repr_mimebundle_ === 'function' ? v._repr_mimebundle_() : undefined;
  },
  graphFormatter,
];

export function toMimeBundle(value: unknown, repr: (v: unknown) => string): MimeBundle {
  const bundle: MimeBundle = {};
  for (const format of richFormatters) {
    const rich = format(value);
    if (rich) { Object.assign(bundle, rich); break; }
  }
  bundle[Mime.text] = repr(value);
  return bundle;
}

/** Jupyter shows a cell's last expression unless it is None. */
export function isNone(value: unknown, repr: (v: unknown) => string): boolean {
  return value === undefined || value === null || repr(value) === 'None';
}
