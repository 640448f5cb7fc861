// re.Pattern and re.Match over a translated JavaScript RegExp, with CPython's matching rules
// (match/fullmatch/search at pos..endpos, empty-match advancing in findall/sub/split) and
// results; bytes patterns match the latin-1 text of bytes and give bytes back.
import { PyExceptionObj, PyValue } from '../../objects/core';
import { PyDict, PyList, PyTuple } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { HostObject, hostClass } from '../../host';
import { E, indexError, typeError } from '../../exceptions';
import { method, MethodTable } from '../../bind';
import { checkPositional, clinic, slotWrapper } from '../../builtins/c_messages';
import { PyBytes, bytesOf } from '../../runtime/bytes';
import { callValue } from '../../runtime/call';
import { toIndex } from '../../runtime/numbers';
import { repr } from '../../runtime/repr';
import { typeOf } from '../../runtime/type-name';
import { FLAGS, PatternError, translate, Translated } from './translate';
import { expandTemplate } from './template';
import { byteStringFromBytes } from '../../../engine';

export const reError = new PyClass('error', [E.Exception], 're');
export const patternClass = hostClass('Pattern', 're');
export const matchClass = hostClass('Match', 're');

export function errorFrom(e: PatternError, pattern: string): PyExceptionObj {
  const text = e.pos === null ? e.msg : `${e.msg} at position ${e.pos}`;
  const exc = new PyExceptionObj(reError, [text]);
  exc.dict.set('msg', e.msg);
  exc.dict.set('pattern', pattern);
  exc.dict.set('pos', e.pos);
  return exc;
}

/** Bytes as a one-char-per-byte string. */
const latin1 = byteStringFromBytes;
const toLatin1Bytes = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));

export class PyPattern extends HostObject {
  readonly regex: RegExp;
  readonly sticky: RegExp;
  private fullRegex: RegExp | null = null;

  constructor(readonly source: PyValue, readonly t: Translated, readonly isBytes: boolean) {
    super();
    this.regex = new RegExp(t.source, t.jsFlags + 'g');
    this.sticky = new RegExp(t.source, t.jsFlags + 'y');
  }
  override get type(): PyClass { return patternClass; }
  override get pyTypeName(): string { return 'Pattern'; }
  override hashKey(): unknown { return `re\0${this.isBytes ? 'b' : 's'}${String(this.sourceText)}\0${this.t.flags}`; }
  get sourceText(): string { return this.isBytes ? latin1((this.source as PyBytes).data) : (this.source as string); }

  /** The subject as text, checked against the pattern's kind (str or bytes). */
  text(v: PyValue): string {
    if (this.isBytes) {
      const b = bytesOf(v);
      if (!b) throw typeError(`cannot use a bytes pattern on a string-like object`);
      return latin1(b);
    }
    if (typeof v !== 'string') throw typeError(bytesOf(v) ? 'cannot use a string pattern on a bytes-like object' : `expected string or bytes-like object, got '${typeOf(v).name}'`);
    return v;
  }
  out(s: string): PyValue { return this.isBytes ? new PyBytes(toLatin1Bytes(s)) : s; }

  /** One match attempt: 'match' anchors at pos, 'search' scans from pos, 'full' must end at endpos. */
  exec(subject: PyValue, text: string, kind: 'match' | 'search' | 'full', pos: number, endpos: number): PyMatch | null {
    const s = endpos < text.length ? text.slice(0, endpos) : text;
    let re = kind === 'search' ? this.regex : this.sticky;
    if (kind === 'full') re = this.fullRegex ??= new RegExp(`(?:${this.t.source})(?![\\s\\S])`, this.t.jsFlags + 'y');
    re.lastIndex = pos;
    const m = re.exec(s);
    return m ? new PyMatch(this, subject, text, m as RegExpExecArray & { indices: [number, number][] }, pos, endpos) : null;
  }

  /** Successive matches for findall/finditer/sub/split, with CPython's empty-match rule. */
  *iterate(subject: PyValue, text: string, pos = 0, endpos = text.length): Generator<PyMatch> {
    let at = pos;
    let mustAdvance = false;
    while (at <= endpos) {
      let m = this.exec(subject, text, 'search', at, endpos);
      if (m && mustAdvance && m.start0 === at && m.end0 === at) m = at < endpos ? this.exec(subject, text, 'search', at + 1, endpos) : null;
      if (!m) return;
      yield m;
      mustAdvance = m.end0 === m.start0;
      at = m.end0;
    }
  }

  override repr(): string {
    let src = repr(this.source);
    if (src.length > 200) src = src.slice(0, 200);
    const names = Object.entries(FLAGS).filter(([n, v]) => n !== 'UNICODE' && n !== 'TEMPLATE' && this.t.flags & v).map(([n]) => `re.${n}`);
    return names.length ? `re.compile(${src}, ${names.join('|')})` : `re.compile(${src})`;
  }

  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'pattern': return this.source;
      case 'flags': return this.t.flags;
      case 'groups': return this.t.groups;
      case 'groupindex': return PyDict.fromEntries(this.t.groupNames);
    }
    return undefined;
  }
}

export class PyMatch extends HostObject {
  constructor(readonly pattern: PyPattern, readonly subject: PyValue, readonly text: string, readonly m: RegExpExecArray & { indices: [number, number][] }, readonly pos: number, readonly endpos: number) { super(); }
  override get type(): PyClass { return matchClass; }
  override get pyTypeName(): string { return 'Match'; }
  get start0(): number { return this.m.index; }
  get end0(): number { return this.m.index + this.m[0].length; }
  bool(): boolean { return true; }

  /** Group number for an index or a name; IndexError "no such group" otherwise. */
  index(g: PyValue): number {
    if (typeof g === 'string') {
      const n = this.pattern.t.groupNames.get(g);
      if (n === undefined) throw indexError('no such group');
      return n;
    }
    const n = typeof g === 'number' || typeof g === 'boolean' ? Number(g) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > this.pattern.t.groups) throw indexError('no such group');
    return n;
  }
  groupValue(n: number, dflt: PyValue = null): PyValue {
    const v = this.m[n];
    return v === undefined ? dflt : this.pattern.out(v);
  }
  span(n: number): [number, number] {
    const s = this.m.indices[n];
    return s === undefined ? [-1, -1] : [s[0], s[1]];
  }
  getitem(key: PyValue): PyValue { return this.groupValue(this.index(key)); }

  override repr(): string {
    const [a, b] = this.span(0);
    return `<re.Match object; span=(${a}, ${b}), match=${repr(this.groupValue(0))}>`;
  }

  getattr(name: string): PyValue | undefined {
    const t = this.pattern.t;
    const bound = MATCH_METHODS.get(this, name) ?? MATCH_HOOKS.get(this, name);
    if (bound) return bound;
    switch (name) {
      case 'string': return this.subject;
      case 're': return this.pattern;
      case 'pos': return this.pos;
      case 'endpos': return this.endpos;
      case 'lastindex': {
        let last: number | null = null, lastEnd = -1;
        for (let n = 1; n <= t.groups; n++) { const s = this.m.indices[n]; if (s && s[1] >= lastEnd) { last = n; lastEnd = s[1]; } }
        return last;
      }
      case 'lastgroup': {
        const li = this.getattr('lastindex');
        if (li === null) return null;
        for (const [k, n] of t.groupNames) if (n === li) return k;
        return null;
      }
      case 'regs': return new PyTuple(Array.from({ length: t.groups + 1 }, (_, i) => new PyTuple(this.span(i))));
    }
    return undefined;
  }
}

// Match's methods: C methods, so call errors name the bare method as Argument Clinic words them
// (`groups() takes at most 1 argument (2 given)`, `start expected at most 1 argument, got 2`).
const groupOf = (m: PyMatch, g: unknown) => m.index(g as PyValue);
const GROUP = [{ name: 'group', default: 0, kind: 'positional' }] as const;
const MATCH_METHODS = new MethodTable<PyMatch>([
  method({ name: 're.Match.group', doc: 'Return one or more subgroups of the match (group 0: the whole match).', varargs: 'groups', params: [] }, (m: PyMatch, a) => {
    const gs = a.groups as PyValue[];
    if (gs.length <= 1) return m.groupValue(gs.length ? groupOf(m, gs[0]) : 0);
    return new PyTuple(gs.map(g => m.groupValue(groupOf(m, g))));
  }, { unexpectedKeyword: () => 'Match.group() takes no keyword arguments' }),
  method({ name: 're.Match.groups', doc: 'Return a tuple containing all the subgroups of the match.', params: [{ name: 'default', default: null }] },
    (m: PyMatch, a) => new PyTuple(Array.from({ length: m.pattern.t.groups }, (_, i) => m.groupValue(i + 1, a.default as PyValue))), clinic(['default'])),
  method({ name: 're.Match.groupdict', doc: 'Return a dictionary containing all the named subgroups of the match.', params: [{ name: 'default', default: null }] },
    (m: PyMatch, a) => PyDict.fromEntries([...m.pattern.t.groupNames].map(([k, n]) => [k, m.groupValue(n, a.default as PyValue)] as [PyValue, PyValue])), clinic(['default'])),
  method({ name: 're.Match.start', doc: 'Return index of the start of the substring matched by group.', params: GROUP }, (m: PyMatch, a) => m.span(groupOf(m, a.group))[0], checkPositional(0, 1)),
  method({ name: 're.Match.end', doc: 'Return index of the end of the substring matched by group.', params: GROUP }, (m: PyMatch, a) => m.span(groupOf(m, a.group))[1], checkPositional(0, 1)),
  method({ name: 're.Match.span', doc: 'For match object m, return the 2-tuple (m.start(group), m.end(group)).', params: GROUP }, (m: PyMatch, a) => new PyTuple(m.span(groupOf(m, a.group))), checkPositional(0, 1)),
  method({ name: 're.Match.expand', doc: 'Return the string obtained by doing backslash substitution on the string template.', params: [{ name: 'template' }] },
    (m: PyMatch, a) => expandTemplate(m, a.template as PyValue), clinic(['template'])),
], { functionNames: true });
// m[g] is Match.__getitem__ (a type slot: `m.__getitem__()` says `expected 1 argument, got 0`).
const MATCH_HOOKS = new MethodTable<PyMatch>([
  method({ name: 're.Match.__getitem__', doc: 'Return self[key]: the group key.', params: [{ name: 'key', kind: 'positional' }] }, (m: PyMatch, a) => m.getitem(a.key as PyValue), slotWrapper(1)),
]);
export const MATCH_METHOD_SIGNATURES = MATCH_METHODS.entries.map(e => e.signature);

/** `repl` of sub(): a callable gets the Match, a template expands \1, \g<name>. */
export function substitute(p: PyPattern, repl: PyValue, subject: PyValue, count: number): [PyValue, number] {
  const text = p.text(subject);
  const parts: string[] = [];
  let last = 0, n = 0;
  const callable = typeof repl !== 'string' && !bytesOf(repl);
  if (!callable) p.text(repl);
  for (const m of p.iterate(subject, text)) {
    if (count > 0 && n >= count) break;
    parts.push(text.slice(last, m.start0));
    parts.push(callable ? p.text(callValue(repl, [m], null)) : expandTemplate(m, repl));
    last = m.end0;
    n++;
  }
  parts.push(text.slice(last));
  return [p.out(parts.join('')), n];
}

export function split(p: PyPattern, subject: PyValue, maxsplit: number): PyList {
  const text = p.text(subject);
  const out: PyValue[] = [];
  let last = 0, n = 0;
  for (const m of p.iterate(subject, text)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(p.out(text.slice(last, m.start0)));
    for (let g = 1; g <= p.t.groups; g++) out.push(m.groupValue(g));
    last = m.end0;
    n++;
  }
  out.push(p.out(text.slice(last)));
  return new PyList(out);
}

export function findall(p: PyPattern, subject: PyValue, pos: number, endpos: number): PyList {
  const text = p.text(subject);
  const out: PyValue[] = [];
  for (const m of p.iterate(subject, text, pos, Math.min(endpos, text.length))) {
    if (p.t.groups === 0) out.push(m.groupValue(0));
    else if (p.t.groups === 1) out.push(m.groupValue(1, p.out('')));
    else out.push(new PyTuple(Array.from({ length: p.t.groups }, (_, i) => m.groupValue(i + 1, p.out('')))));
  }
  return new PyList(out);
}


