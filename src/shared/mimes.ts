// Output mime types. Every rich output also carries `text/plain`, so a saved notebook stays
// readable in Jupyter, on GitHub and in `gradbook run`.
export const Mime = {
  text: 'text/plain',
  graph: 'application/vnd.gradbook.graph+json',
  tensor: 'application/vnd.gradbook.tensor+json',
  gradients: 'application/vnd.gradbook.gradients+json',
  training: 'application/vnd.gradbook.training+json',
  /** The scalars and histograms a cell's FileWriters wrote (SummariesPayload), redrawn as it trains. */
  summaries: 'application/vnd.gradbook.summaries+json',
  /** The op a NaN/Inf warning names ({ op }): the cell's status bar offers to show it in the graph. */
  nanOrigin: 'application/vnd.gradbook.nan-origin+json',
} as const;

/** mime → payload; `text/plain` is a string, the `+json` mimes hold JSON values. */
export type MimeBundle = Record<string, unknown>;
