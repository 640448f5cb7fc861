// IPython's input transformations, before parsing a notebook cell: a `%%magic` first line makes
// the whole cell `get_ipython().run_cell_magic(...)`; `%magic args` lines become
// `get_ipython().run_line_magic(...)` and `!cmd` lines `get_ipython().system(...)`, keeping their
// indentation (so line numbers in tracebacks stay those of the cell).

const pyStr = (s: string) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";

export function transformCell(source: string): string {
  const cell = /^%%([A-Za-z_]\w*)[ \t]*(.*)\n?([\s\S]*)$/.exec(source.replace(/^\s*\n/, ''));
  if (cell && source.trimStart().startsWith('%%')) {
    const [, name, args, body] = cell;
    return `get_ipython().run_cell_magic(${pyStr(name)}, ${pyStr(args.trim())}, ${pyStr(body)})\n`;
  }
  const lines = source.split('\n');
  let quote: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (quote === null && !continues(lines, i)) {
      const m = /^([ \t]*)([%!])(.*)$/.exec(line);
      if (m) {
        const [, indent, sigil, rest] = m;
        if (sigil === '%' && !rest.startsWith('%')) {
          const mm = /^([A-Za-z_][\w.]*)[ \t]*(.*)$/.exec(rest);
          if (mm) lines[i] = `${indent}get_ipython().run_line_magic(${pyStr(mm[1])}, ${pyStr(mm[2].trimEnd())})`;
        } else if (sigil === '!') {
          lines[i] = `${indent}get_ipython().system(${pyStr(rest.trimEnd())})`;
        }
        continue;
      }
    }
    quote = tripleQuoteState(line, quote);
  }
  return lines.join('\n');
}

/** Whether line i continues the previous line (backslash or open bracket is not tracked). */
function continues(lines: string[], i: number): boolean {
  return i > 0 && /\\$/.test(lines[i - 1]);
}

/** Tracks whether a line ends inside a triple-quoted string (magic-looking lines there stay text). */
function tripleQuoteState(line: string, quote: string | null): string | null {
  let q = quote;
  for (let k = 0; k < line.length; k++) {
    if (q === null) {
      if (line[k] === '#') break;
      if (line.startsWith('"""', k) || line.startsWith("'''", k)) { q = line.slice(k, k + 3); k += 2; }
      else if (line[k] === '"' || line[k] === "'") {
        const c = line[k];
        for (k++; k < line.length && line[k] !== c; k++) if (line[k] === '\\') k++;
      }
    } else if (line[k] === '\\') k++;
    else if (line.startsWith(q, k)) { k += 2; q = null; }
  }
  return q;
}
