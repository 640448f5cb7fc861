// A new notebook, and a notebook as a Python script.
import { rawLanguage, type NotebookModel } from './model';

export function emptyNotebook(codeLanguage: string): NotebookModel {
  return {
    metadata: {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {
        kernelspec: { display_name: 'Gradbook (TF1 Python)', language: 'python', name: 'gradbook' },
        language_info: { name: 'python' },
      },
    },
    cells: [{ kind: 'code', languageId: codeLanguage, source: '', outputs: [], metadata: {} }],
  };
}

/** Code cells as a Python script, markdown as comments, `# %%` between cells (the percent format). */
export function notebookToPython(model: NotebookModel): string {
  const parts = model.cells.map((c) => {
    const source = c.source.replace(/\s+$/, '');
    if (c.kind === 'markdown') return '# %% [markdown]\n' + source.split('\n').map((l) => (l ? `# ${l}` : '#')).join('\n');
    if (c.languageId === rawLanguage) return '# %% [raw]\n' + source.split('\n').map((l) => `# ${l}`).join('\n');
    return '# %%\n' + source;
  });
  return parts.join('\n\n') + '\n';
}
