// Protobuf text format parser over the reflected schemas: reads TF's .pbtxt graphs, text
// MetaGraphDefs and SavedModels, and the `checkpoint` state file. Produces plain objects that
// `encodeProto` accepts (bytes as Uint8Array, enums as numbers, maps as objects).
import * as protobuf from 'protobufjs/light';
import { protoType } from './root';
import { fromUtf8 } from '../binary/bytes';
import { Token, TextFormatError, tokenize } from './text_tokenizer';

export { TextFormatError } from './text_tokenizer';

export function parseTextFormat<T = Record<string, unknown>>(typeName: string, text: string): T {
  const p = new Parser(tokenize(text));
  const msg = p.parseFields(protoType(typeName), null);
  return msg as T;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined { return this.tokens[this.pos]; }
  private next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new TextFormatError('Unexpected end of input.');
    return t;
  }
  private where(t: Token | undefined): string { return t ? `${t.line}:${t.col} : ` : ''; }
  private fail(t: Token | undefined, m: string): never { throw new TextFormatError(`${this.where(t)}${m}`); }
  private isPunct(t: Token | undefined, p: string): boolean { return !!t && t.kind === 'punct' && t.text === p; }
  private skipSeparator(): void { const t = this.peek(); if (this.isPunct(t, ',') || this.isPunct(t, ';')) this.pos++; }

  parseFields(type: protobuf.Type, close: string | null): Record<string, unknown> {
    const msg: Record<string, unknown> = {};
    for (;;) {
      const t = this.peek();
      if (!t) {
        if (close) this.fail(t, `Expected "${close}".`);
        return msg;
      }
      if (close && this.isPunct(t, close)) { this.pos++; return msg; }
      if (t.kind !== 'ident') this.fail(t, 'Expected identifier or number.');
      this.pos++;
      const field = type.fields[t.text];
      if (!field) this.fail(t, `Message type "${type.fullName.slice(1)}" has no field named "${t.text}".`);
      field.resolve();
      this.parseField(field, msg);
      this.skipSeparator();
    }
  }

  private parseField(field: protobuf.Field, msg: Record<string, unknown>): void {
    const isMessage = field.resolvedType instanceof protobuf.Type || field.map;
    const colon = this.isPunct(this.peek(), ':');
    if (colon) this.pos++;
    else if (!isMessage) this.fail(this.peek(), `Expected ":".`);
    if (this.isPunct(this.peek(), '[') && (field.repeated || field.map)) {
      this.pos++;
      if (this.isPunct(this.peek(), ']')) { this.pos++; return; }
      for (;;) {
        this.store(field, msg, this.parseValue(field));
        const t = this.next();
        if (this.isPunct(t, ']')) return;
        if (!this.isPunct(t, ',')) this.fail(t, 'Expected "," or "]".');
      }
    }
    this.store(field, msg, this.parseValue(field));
  }

  private store(field: protobuf.Field, msg: Record<string, unknown>, value: unknown): void {
    if (field.map) {
      const entry = value as { key?: unknown; value?: unknown };
      const target = (msg[field.name] ??= {}) as Record<string, unknown>;
      target[String(entry.key ?? '')] = entry.value ?? {};
    } else if (field.repeated) {
      ((msg[field.name] ??= []) as unknown[]).push(value);
    } else {
      msg[field.name] = value;
    }
  }

  private parseValue(field: protobuf.Field): unknown {
    if (field.map) return this.parseMapEntry(field as unknown as protobuf.MapField);
    if (field.resolvedType instanceof protobuf.Type) return this.parseMessageBody(field.resolvedType);
    const t = this.next();
    if (field.resolvedType instanceof protobuf.Enum) return this.enumValue(field.resolvedType, t);
    switch (field.type) {
      case 'string': return fromUtf8(this.stringValue(t));
      case 'bytes': return this.stringValue(t);
      case 'bool': return this.boolValue(t);
      case 'float': case 'double': return this.floatValue(t);
      default: return this.intValue(t);
    }
  }

  private parseMessageBody(type: protobuf.Type): Record<string, unknown> {
    const open = this.next();
    if (this.isPunct(open, '{')) return this.parseFields(type, '}');
    if (this.isPunct(open, '<')) return this.parseFields(type, '>');
    return this.fail(open, 'Expected "{".');
  }

  /** `{ key: "k" value { ... } }`: the entry message text format uses for one map item. */
  private parseMapEntry(field: protobuf.MapField): { key?: unknown; value?: unknown } {
    const open = this.next();
    const close = this.isPunct(open, '{') ? '}' : this.isPunct(open, '<') ? '>' : this.fail(open, 'Expected "{".');
    const entry: { key?: unknown; value?: unknown } = {};
    for (;;) {
      const t = this.next();
      if (this.isPunct(t, close)) return entry;
      const name = t.kind === 'ident' ? t.text : '';
      if (name === 'key') {
        if (!this.isPunct(this.next(), ':')) this.fail(t, 'Expected ":".');
        const k = this.next();
        entry.key = field.keyType === 'string' ? fromUtf8(this.stringValue(k)) : this.intValue(k);
      } else if (name === 'value') {
        if (this.isPunct(this.peek(), ':')) this.pos++;
        entry.value = field.resolvedType instanceof protobuf.Type ? this.parseMessageBody(field.resolvedType) : this.parseValue(field as unknown as protobuf.Field);
      } else {
        this.fail(t, `Map entry has no field named "${name}".`);
      }
      this.skipSeparator();
    }
  }

  private stringValue(first: Token): Uint8Array {
    if (first.kind !== 'string') this.fail(first, 'Expected string.');
    const parts = [(first as { bytes: Uint8Array }).bytes];
    while (this.peek()?.kind === 'string') parts.push((this.next() as { bytes: Uint8Array }).bytes);
    if (parts.length === 1) return parts[0];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) { out.set(p, o); o += p.length; }
    return out;
  }

  private boolValue(t: Token): boolean {
    const text = 'text' in t ? t.text : '';
    if (['true', 't', 'True', '1'].includes(text)) return true;
    if (['false', 'f', 'False', '0'].includes(text)) return false;
    return this.fail(t, `Invalid value for boolean field: ${text}`);
  }

  private floatValue(t: Token): number {
    if (t.kind !== 'number' && t.kind !== 'ident') this.fail(t, 'Expected double.');
    const text = (t as { text: string }).text.toLowerCase().replace(/f$/, '');
    if (/^-?inf(inity)?$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/^-?nan$/.test(text)) return NaN;
    const v = /^-?0x/.test(text) ? parseInt(text, 16) : Number(text);
    if (Number.isNaN(v)) this.fail(t, `Couldn't parse float: ${text}`);
    return v;
  }

  private intValue(t: Token): number {
    if (t.kind !== 'number') this.fail(t, 'Expected integer.');
    const text = (t as { text: string }).text;
    const neg = text.startsWith('-');
    const body = neg ? text.slice(1) : text;
    let v: number;
    if (/^0[xX]/.test(body)) v = parseInt(body, 16);
    else if (/^0[0-7]+$/.test(body)) v = parseInt(body, 8);
    else if (/^\d+$/.test(body)) v = Number(body);
    else return this.fail(t, `Couldn't parse integer: ${text}`);
    return neg ? -v : v;
  }

  private enumValue(e: protobuf.Enum, t: Token): number {
    if (t.kind === 'number') return this.intValue(t);
    const name = (t as { text?: string }).text ?? '';
    if (!(name in e.values)) this.fail(t, `Enum type "${e.fullName.slice(1)}" has no value named ${name}.`);
    return e.values[name];
  }
}
