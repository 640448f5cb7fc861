// nbformat 4 JSON ⇄ a plain notebook model shaped like VS Code's NotebookData. Used by the
// serializer and the CLI. Whatever we do not understand — unknown keys, metadata, the file's
// indent, key order and number spellings, values nested too deep to parse — is carried through,
// so opening and saving a notebook changes only what was edited.
export { parseNotebook } from './read';
export { serializeNotebook } from './write';
export { emptyNotebook, notebookToPython } from './template';
export {
  ErrorMime, isRunnableCell, LayoutKey, NotebookFormatError, StreamMime,
  type CellModel, type NotebookModel, type OutputItemModel, type OutputModel,
} from './model';
