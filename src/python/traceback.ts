// CPython-style traceback and SyntaxError text.
import { PyExceptionObj } from './objects/core';
import { CompileError } from './lexer/syntax-error';
import { exceptionStr, str } from './runtime/repr';

/** Source text of each file seen by the session, so tracebacks can quote lines. */
export type SourceLookup = (filename: string) => string | undefined;

function sourceLine(sources: SourceLookup, filename: string, line: number): string | undefined {
  const src = sources(filename);
  if (src === undefined) return undefined;
  const l = src.split(/\r\n|\r|\n/)[line - 1];
  return l === undefined ? undefined : l.trim();
}

/** str(e) as the traceback's last line shows it: a class's own __str__ counts (urllib's URLError). */
export function exceptionMessage(e: PyExceptionObj): string {
  try { return str(e); } catch { return exceptionStr(e); }
}

export function exceptionHeadline(e: PyExceptionObj): string {
  const msg = exceptionMessage(e);
  const name = e.cls.module === 'builtins' || e.cls.module === '__main__' ? e.cls.name : `${e.cls.module}.${e.cls.name}`;
  return msg ? `${name}: ${msg}` : name;
}

const RECURSIVE_CUTOFF = 3;

function formatOne(e: PyExceptionObj, sources: SourceLookup): string {
  let out = '';
  if (e.traceback.length) {
    out += 'Traceback (most recent call last):\n';
    // Like CPython, a frame repeated more than RECURSIVE_CUTOFF times in a row is printed that
    // many times, then summarised.
    let last = '', repeats = 0;
    const summarise = () => {
      const more = repeats - RECURSIVE_CUTOFF;
      if (more > 0) out += `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
    };
    for (let i = e.traceback.length - 1; i >= 0; i--) {
      const t = e.traceback[i];
      const key = `${t.filename}\n${t.line}\n${t.name}`;
      if (key === last) repeats++; else { summarise(); last = key; repeats = 1; }
      if (repeats > RECURSIVE_CUTOFF) continue;
      out += `  File "${t.filename}", line ${t.line}, in ${t.name}\n`;
      const text = sourceLine(sources, t.filename, t.line);
      if (text) out += `    ${text}\n`;
    }
    summarise();
  }
  return out + exceptionHeadline(e) + '\n';
}

/** Full traceback text including chained causes/contexts, ending in a newline. */
export function formatException(e: PyExceptionObj, sources: SourceLookup): string {
  const seen = new Set<PyExceptionObj>();
  const rec = (x: PyExceptionObj): string => {
    seen.add(x);
    let prefix = '';
    if (x.cause && !seen.has(x.cause)) {
      prefix = rec(x.cause) + '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (x.context && !x.suppressContext && !seen.has(x.context)) {
      prefix = rec(x.context) + '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    return prefix + formatOne(x, sources);
  };
  return rec(e);
}

/** CPython 3.11 layout: File line, the source line, a caret line, then `SyntaxError: msg`. */
export function formatCompileError(err: CompileError, filename: string, source: string): string {
  const lines = source.split(/\r\n|\r|\n/);
  const raw = lines[err.line - 1] ?? '';
  const stripped = raw.replace(/^[ \t\f]+/, '');
  const indent = raw.length - stripped.length;
  let out = `  File "${filename}", line ${err.line}\n`;
  const text = stripped.replace(/\s+$/, '');
  if (text) {
    out += `    ${text}\n`;
    if (err.message === 'unexpected indent' || err.message === 'too many levels of indentation') return out + `${err.pyType}: ${err.message}\n`;
    const caretCol = Math.max(0, Math.min(err.col - indent, text.length));
    out += '    ' + ' '.repeat(caretCol) + '^'.repeat(Math.max(1, Math.min(err.width, text.length - caretCol || 1))) + '\n';
  }
  return out + `${err.pyType}: ${err.message}\n`;
}
