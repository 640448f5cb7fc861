// The static half of the editor's intelligence: completion, hover and signature help for module
// members and table-bound functions, from the catalogue and the notebook's imports. The live half
// (values in the running kernel) is answered by the kernel (src/worker/language.ts).
import type { ApiCatalogue, MemberInfo, SignatureInfo } from './catalogue';
import { callContext, completionContext, nameAt } from './cursor';
import { importBindings, type ImportBinding } from './imports';
import type { CellDocument, CompletionItemInfo, HoverInfo, SignatureHelpInfo } from '../shared/language';
import { memberOf, resolveName } from './resolve';
import { maskSource } from './text_scan';

const cellText = (doc: CellDocument) => doc.cells[doc.index] ?? '';

export function memberCompletion(m: MemberInfo): CompletionItemInfo {
  const detail = m.signature?.label ?? (m.kind === 'module' ? `module ${m.module ?? m.qualified}` : m.detail ?? m.kind);
  return { label: m.name, kind: m.kind, detail, ...(m.doc ? { doc: m.doc } : {}) };
}

/** The parameters a keyword may still name: not filled by position, not given by keyword. */
function keywordCompletions(sig: SignatureInfo, positional: number, given: readonly string[]): CompletionItemInfo[] {
  const byPosition = new Set(sig.params.filter((p) => p.kind === undefined || p.kind === 'positional').slice(0, positional).map((p) => p.name));
  return sig.params
    .filter((p) => p.kind !== 'positional' && p.kind !== 'varargs' && p.kind !== 'varkw' && !given.includes(p.name) && !byPosition.has(p.name))
    .map((p) => ({
      label: `${p.name}=`, kind: 'keyword-argument' as const, insertText: `${p.name}=`,
      detail: p.unsupported ? `${p.label} (not supported by Gradbook)` : p.label,
      ...(p.doc ? { doc: p.doc } : {}),
    }));
}

export class LanguageService {
  constructor(private readonly catalogue: ApiCatalogue) {}

  private bindings(doc: CellDocument): Record<string, ImportBinding> { return importBindings(doc.cells); }

  complete(doc: CellDocument, offset: number): CompletionItemInfo[] {
    const text = cellText(doc);
    const masked = maskSource(text);
    const ctx = completionContext(text, offset, masked);
    if (ctx.kind === 'none') return [];
    const bindings = this.bindings(doc);
    if (ctx.kind === 'attribute') {
      const r = resolveName(ctx.object, bindings, this.catalogue);
      if (r?.kind !== 'module') return [];
      const showPrivate = ctx.prefix.startsWith('_');
      return Object.values(r.module.members).filter((m) => showPrivate || !m.name.startsWith('_')).map(memberCompletion);
    }
    const items: CompletionItemInfo[] = [];
    const call = callContext(text, offset, masked);
    if (call?.typingName) {
      const sig = memberOf(resolveName(call.callee.map((p) => p.name), bindings, this.catalogue))?.signature;
      if (sig) items.push(...keywordCompletions(sig, call.positional, call.keywords));
    }
    for (const name of Object.keys(bindings)) {
      const r = resolveName([name], bindings, this.catalogue);
      const m = memberOf(r);
      items.push(m ? { ...memberCompletion(m), label: name } : { label: name, kind: 'module', detail: r?.kind === 'module' ? `module ${r.module.name}` : 'import' });
    }
    for (const m of Object.values(this.catalogue.builtins)) if (!m.name.startsWith('_')) items.push(memberCompletion(m));
    return items;
  }

  hover(doc: CellDocument, offset: number): HoverInfo | null {
    const text = cellText(doc);
    const parts = nameAt(text, offset);
    if (!parts.length) return null;
    const r = resolveName(parts.map((p) => p.name), this.bindings(doc), this.catalogue);
    if (!r || r.kind === 'missing') return null;
    const shown = parts.map((p) => p.name).join('.');
    const range = { start: parts[parts.length - 1].start, end: parts[parts.length - 1].end };
    if (r.kind === 'module') return { markdown: `\`\`\`python\n(module) ${r.module.name}\n\`\`\``, ...range };
    return { markdown: describeMember(shown, r.member), ...range };
  }

  signatureHelp(doc: CellDocument, offset: number): SignatureHelpInfo | null {
    const text = cellText(doc);
    const call = callContext(text, offset);
    if (!call) return null;
    const sig = memberOf(resolveName(call.callee.map((p) => p.name), this.bindings(doc), this.catalogue))?.signature;
    if (!sig) return null;
    return {
      label: sig.label,
      doc: sig.doc,
      params: sig.params.map((p) => ({ label: p.label, ...(paramDoc(p) ? { doc: paramDoc(p) } : {}) })),
      active: activeParameter(sig, call.positional, call.activeKeyword, call.keywords),
    };
  }
}

function paramDoc(p: SignatureInfo['params'][number]): string | undefined {
  const unsupported = p.unsupported ? `Not supported by Gradbook${typeof p.unsupported === 'string' ? `: ${p.unsupported}` : ''}.` : '';
  return [p.doc, unsupported].filter(Boolean).join(' ') || undefined;
}

/**
 * The index of the parameter an argument fills: by keyword, else by position (then *args). After
 * a keyword argument only keywords may follow: the next parameter neither filled nor named.
 */
export function activeParameter(sig: SignatureInfo, positional: number, keyword?: string, given: readonly string[] = []): number {
  const byKeyword = (p: SignatureInfo['params'][number]) => p.kind !== 'positional' && p.kind !== 'varargs' && p.kind !== 'varkw';
  if (keyword) {
    const i = sig.params.findIndex((p) => p.name === keyword && byKeyword(p));
    return i >= 0 ? i : sig.params.findIndex((p) => p.kind === 'varkw');
  }
  if (given.length) {
    const filled = new Set(sig.params.filter((p) => p.kind === undefined || p.kind === 'positional').slice(0, positional).map((p) => p.name));
    return sig.params.findIndex((p) => byKeyword(p) && !filled.has(p.name) && !given.includes(p.name));
  }
  let seen = 0;
  for (let i = 0; i < sig.params.length; i++) {
    const p = sig.params[i];
    if (p.kind === 'varargs') return i;
    if (p.kind === 'keyword' || p.kind === 'varkw') break;
    if (seen++ === positional) return i;
  }
  return -1;
}

export function describeMember(shown: string, m: MemberInfo): string {
  const head = m.signature
    ? `(function) ${m.signature.label}`
    : m.kind === 'function' ? `(function) ${shown}(...)` : m.kind === 'class' ? `(class) ${shown}` : `(${m.detail ?? 'value'}) ${shown}`;
  const lines = ['```python', head, '```'];
  if (m.doc) lines.push('', m.doc);
  const unsupported = m.signature?.params.filter((p) => p.unsupported).map((p) => `\`${p.name}\``) ?? [];
  if (unsupported.length) lines.push('', `Not supported by Gradbook (raise NotImplementedError): ${unsupported.join(', ')}`);
  return lines.join('\n');
}
