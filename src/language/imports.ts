// The names a notebook binds to modules by its import statements, in any of its cells (a name
// imported in cell 1 is known in cell 5, as in the kernel). Read from masked text, so a cell with a
// syntax error elsewhere still contributes its imports.
import { maskSource } from './text_scan';

/** What an imported name stands for: a module, or an attribute `attr` of module `module`. */
export interface ImportBinding { readonly module: string; readonly attr?: string }

export interface ImportStatement {
  /** Modules the statement imports, with the offset range of each name in the cell. */
  readonly modules: { name: string; start: number; end: number }[];
  readonly bindings: Record<string, ImportBinding>;
}

const DOTTED = String.raw`[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*`;
const IMPORT_RE = new RegExp(String.raw`^[ \t]*import[ \t]+([^\n]+)`, 'gm');
const FROM_RE = new RegExp(String.raw`^[ \t]*from[ \t]+(\.*${DOTTED})[ \t]+import[ \t]+(\([^)]*\)?|[^\n]+)`, 'gm');

const clean = (s: string) => s.replace(/\s+/g, '');

/** Every import statement of one cell. */
export function importStatements(source: string): ImportStatement[] {
  const text = maskSource(source).text;
  const out: ImportStatement[] = [];
  for (let m = IMPORT_RE.exec(text); m; m = IMPORT_RE.exec(text)) {
    const listStart = m.index + m[0].length - m[1].length;
    const modules: ImportStatement['modules'] = [];
    const bindings: Record<string, ImportBinding> = {};
    let at = listStart;
    for (const item of m[1].split(/[,;]/)) {
      const im = /^(\s*)([A-Za-z_][\w.]*)(?:\s+as\s+([A-Za-z_]\w*))?/.exec(item);
      if (im) {
        const name = im[2];
        modules.push({ name, start: at + im[1].length, end: at + im[1].length + name.length });
        if (im[3]) bindings[im[3]] = { module: name };
        else bindings[name.split('.')[0]] = { module: name.split('.')[0] };
      }
      at += item.length + 1;
      if (item.includes(';')) break;
    }
    out.push({ modules, bindings });
  }
  for (let m = FROM_RE.exec(text); m; m = FROM_RE.exec(text)) {
    const module = clean(m[1]);
    if (module.startsWith('.')) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const bindings: Record<string, ImportBinding> = {};
    for (const item of m[2].replace(/[()]/g, ' ').split(',')) {
      const im = /^\s*([A-Za-z_]\w*)(?:\s+as\s+([A-Za-z_]\w*))?/.exec(item);
      if (im && im[1] !== 'import') bindings[im[2] ?? im[1]] = { module, attr: im[1] };
    }
    out.push({ modules: [{ name: module, start, end: start + m[1].length }], bindings });
  }
  return out;
}

/** The names all cells bind by import (a later cell's import of the same name wins). */
export function importBindings(cells: readonly string[]): Record<string, ImportBinding> {
  const out: Record<string, ImportBinding> = {};
  for (const cell of cells) for (const st of importStatements(cell)) Object.assign(out, st.bindings);
  return out;
}
