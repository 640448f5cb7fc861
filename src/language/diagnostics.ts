// Warnings and errors for a cell as it is typed: its syntax error (the kernel's parser and texts),
// the modules and attributes Gradbook does not provide (`tf.contrib.slim`), the arguments a
// signature table marks unsupported, and keywords a table-bound function does not take. Each says
// what would happen when the cell runs.
import { unsupportedArgumentText } from '../engine/api/unsupported';
import { isKnownModule, isOurPackage, type ApiCatalogue, type SignatureInfo } from './catalogue';
import { chainEndingAt, dottedNames, type NamePart } from './cursor';
import { importBindings, importStatements, type ImportBinding } from './imports';
import type { CellDocument, DiagnosticInfo } from '../shared/language';
import { memberOf, resolveName } from './resolve';
import type { SyntaxChecker } from './syntax';
import { maskSource, offsetAt, type MaskedText } from './text_scan';

export function cellDiagnostics(doc: CellDocument, catalogue: ApiCatalogue, checkSyntax: SyntaxChecker): DiagnosticInfo[] {
  const text = doc.cells[doc.index] ?? '';
  const masked = maskSource(text);
  const bindings = importBindings(doc.cells);
  return [
    ...syntaxDiagnostics(text, checkSyntax),
    ...importDiagnostics(text, catalogue),
    ...attributeDiagnostics(masked, bindings, catalogue),
    ...argumentDiagnostics(text, masked, bindings, catalogue),
  ];
}

function syntaxDiagnostics(text: string, checkSyntax: SyntaxChecker): DiagnosticInfo[] {
  const p = checkSyntax(text);
  if (!p) return [];
  const start = offsetAt(text, p.line - 1, p.col);
  const lineEnd = text.indexOf('\n', start);
  const end = Math.min(start + Math.max(1, p.width), lineEnd < 0 ? text.length : lineEnd);
  return [{ start, end: Math.max(end, start), severity: 'error', message: `${p.type}: ${p.message}`, code: 'syntax' }];
}

/** `import tensorflow.contrib.slim`: CPython names the first package part that is missing. */
function importDiagnostics(text: string, catalogue: ApiCatalogue): DiagnosticInfo[] {
  const out: DiagnosticInfo[] = [];
  for (const st of importStatements(text)) {
    for (const m of st.modules) {
      const name = m.name.replace(/\s+/g, '');
      if (!isOurPackage(catalogue, name) || isKnownModule(catalogue, name)) continue;
      const parts = name.split('.');
      let missing = parts[0];
      for (let i = 1; i <= parts.length; i++) {
        missing = parts.slice(0, i).join('.');
        if (!isKnownModule(catalogue, missing) && !isAttributeModule(catalogue, parts.slice(0, i))) break;
      }
      out.push({ start: m.start, end: m.end, severity: 'warning', code: 'missing-module', message: `Gradbook does not provide ${name}: running this raises ${catalogue.missingModuleError?.(name) ?? `ModuleNotFoundError: No module named '${missing}'`}` });
    }
  }
  return out;
}

/** `tensorflow.nn` is importable because tensorflow has the submodule attribute `nn`. */
function isAttributeModule(catalogue: ApiCatalogue, parts: string[]): boolean {
  const parent = catalogue.modules[parts.slice(0, -1).join('.')];
  return parent?.members[parts[parts.length - 1]]?.kind === 'module';
}

function isImportLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*(import|from)\s/.test(text.slice(lineStart, offset + 1));
}

function attributeDiagnostics(masked: MaskedText, bindings: Record<string, ImportBinding>, catalogue: ApiCatalogue): DiagnosticInfo[] {
  const out: DiagnosticInfo[] = [];
  for (const parts of dottedNames(masked)) {
    if (parts.length < 2 || isImportLine(masked.text, parts[0].start)) continue;
    const r = resolveName(parts.map((p) => p.name), bindings, catalogue);
    if (r?.kind !== 'missing') continue;
    // `tf.my_flag = 1` adds the attribute: not a lookup.
    const bad = parts[r.index];
    if (r.index === parts.length - 1 && /^\s*=(?!=)/.test(masked.text.slice(bad.end))) continue;
    const shown = parts.slice(0, r.index + 1).map((p) => p.name).join('.');
    out.push({
      start: bad.start, end: bad.end, severity: 'warning', code: 'missing-attribute',
      message: `Gradbook does not provide ${shown}: running this raises ${catalogue.missingAttributeError?.(r.module, bad.name) ?? `AttributeError: module '${r.module}' has no attribute '${bad.name}'`}`,
    });
  }
  return out;
}

interface KeywordArgument { name: string; start: number; end: number; value: string }

/** The keyword arguments of the call whose `(` is at `open`, up to its `)`. */
function keywordArguments(text: string, source: string, open: number): KeywordArgument[] {
  const out: KeywordArgument[] = [];
  let depth = 0, from = open + 1;
  const take = (to: number) => {
    const seg = text.slice(from, to);
    const m = /^(\s*)([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(seg);
    // The value from the source: masked text has blanked the strings a default may be.
    if (m) out.push({ name: m[2], start: from + m[1].length, end: from + m[1].length + m[2].length, value: source.slice(to - m[3].length, to).trim() });
  };
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) { take(i); return out; }
      depth--;
    } else if (c === ',' && depth === 0) { take(i); from = i + 1; }
  }
  return out; // an unclosed call: the syntax error says so
}

/** Python source of a value, quotes normalized, for comparing an argument with a default. */
const normalized = (s: string) => s.replace(/\s+/g, '').replace(/"/g, "'");

function argumentDiagnostics(source: string, masked: MaskedText, bindings: Record<string, ImportBinding>, catalogue: ApiCatalogue): DiagnosticInfo[] {
  const out: DiagnosticInfo[] = [];
  const text = masked.text;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    let j = open;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    const callee: NamePart[] = chainEndingAt(text, j);
    if (!callee.length || (j > callee[0].start && text[callee[0].start - 1] === '.')) continue;
    if (/\bdef\s+$/.test(text.slice(Math.max(0, callee[0].start - 8), callee[0].start))) continue;
    const sig = memberOf(resolveName(callee.map((p) => p.name), bindings, catalogue))?.signature;
    if (sig) out.push(...checkKeywords(sig, keywordArguments(text, source, open)));
  }
  return out;
}

function checkKeywords(sig: SignatureInfo, args: KeywordArgument[]): DiagnosticInfo[] {
  const out: DiagnosticInfo[] = [];
  const fn = sig.label.slice(0, sig.label.indexOf('(')).split('.').pop()!;
  for (const a of args) {
    const p = sig.params.find((q) => q.name === a.name && q.kind !== 'positional' && q.kind !== 'varargs' && q.kind !== 'varkw');
    if (!p) {
      if (!sig.anyKeyword) out.push({ start: a.start, end: a.end, severity: 'warning', code: 'unknown-keyword', message: `running this raises TypeError: ${fn}() got an unexpected keyword argument '${a.name}'` });
      continue;
    }
    if (!p.unsupported || (p.defaultSource !== undefined && normalized(a.value) === normalized(p.defaultSource))) continue;
    const why = typeof p.unsupported === 'string' ? p.unsupported : undefined;
    out.push({ start: a.start, end: a.end, severity: 'warning', code: 'unsupported-argument', message: `${unsupportedArgumentText(fn, a.name, why)} (running this raises NotImplementedError unless the value is the default)` });
  }
  return out;
}
