// Protobuf text format as Python's `text_format.MessageToString` writes it (what TF's
// write_graph, export_meta_graph(as_text=True) and the `checkpoint` state file contain):
// fields in number order, only fields that are set, map entries sorted by key, bytes and
// strings C-escaped with octal for non-printable and non-ASCII bytes.
import * as protobuf from 'protobufjs/light';
import { protoType } from './root';
import { pythonFloat32Repr, pythonFloatRepr } from './float_repr';
import { utf8 } from '../binary/bytes';

export interface TextFormatOptions {
  /**
   * 'widened' = `float_format=''` as write_graph passes it (float32 printed as the double it
   * widens to: 0.1 → 0.10000000149011612); 'shortest' = the default (0.1 → 0.1).
   */
  floatFormat?: 'widened' | 'shortest';
}

export function printTextFormat(typeName: string, message: object, opts: TextFormatOptions = {}): string {
  const out: string[] = [];
  printMessage(protoType(typeName), message as Record<string, unknown>, '', out, opts);
  return out.join('');
}

function sortedFields(type: protobuf.Type): protobuf.Field[] {
  return type.fieldsArray.slice().sort((a, b) => a.id - b.id);
}

function printMessage(type: protobuf.Type, msg: Record<string, unknown>, indent: string, out: string[], opts: TextFormatOptions): void {
  for (const field of sortedFields(type)) {
    field.resolve();
    const value = msg[field.name];
    if (!isPresent(field, value, msg)) continue;
    if (field.map) {
      const entries = value as Record<string, unknown>;
      for (const key of Object.keys(entries).sort(compareKeys)) {
        out.push(`${indent}${field.name} {\n`);
        if (key !== '') out.push(`${indent}  key: ${quote(utf8(key))}\n`);
        printSingle(field, 'value', entries[key], `${indent}  `, out, opts);
        out.push(`${indent}}\n`);
      }
    } else if (field.repeated) {
      for (const item of value as unknown[]) printSingle(field, field.name, item, indent, out, opts);
    } else {
      printSingle(field, field.name, value, indent, out, opts);
    }
  }
}

function printSingle(field: protobuf.Field, name: string, value: unknown, indent: string, out: string[], opts: TextFormatOptions): void {
  if (field.resolvedType instanceof protobuf.Type) {
    out.push(`${indent}${name} {\n`);
    printMessage(field.resolvedType, value as Record<string, unknown>, `${indent}  `, out, opts);
    out.push(`${indent}}\n`);
    return;
  }
  out.push(`${indent}${name}: ${scalarText(field, value, opts)}\n`);
}

function scalarText(field: protobuf.Field, value: unknown, opts: TextFormatOptions): string {
  if (field.resolvedType instanceof protobuf.Enum) {
    const n = Number(value);
    return field.resolvedType.valuesById[n] ?? String(n);
  }
  switch (field.type) {
    case 'string': return quote(utf8(value as string));
    case 'bytes': return quote(value as Uint8Array);
    case 'bool': return value ? 'true' : 'false';
    case 'float': {
      const f = Math.fround(Number(value)); // what a float field holds, however the value arrived
      return opts.floatFormat === 'widened' ? pythonFloatRepr(f) : pythonFloat32Repr(f);
    }
    case 'double': return pythonFloatRepr(Number(value));
    default: return String(value); // integers (number or Long)
  }
}

function isPresent(field: protobuf.Field, value: unknown, msg: Record<string, unknown>): boolean {
  if (value === undefined || value === null) return false;
  if (field.map) return Object.keys(value as object).length > 0;
  if (field.repeated) return (value as unknown[]).length > 0;
  if (!Object.prototype.hasOwnProperty.call(msg, field.name)) return false;
  if (field.partOf || field.resolvedType instanceof protobuf.Type) return true;
  return !isDefaultScalar(field, value);
}

function isDefaultScalar(field: protobuf.Field, value: unknown): boolean {
  if (field.type === 'string') return value === '';
  if (field.type === 'bytes') return (value as Uint8Array).length === 0;
  if (field.type === 'bool') return value === false;
  if (typeof value === 'object' && value !== null) {
    const long = value as { low: number; high: number };
    return long.low === 0 && long.high === 0;
  }
  return Object.is(Number(value), 0);
}

/** Python sorts map keys as str: code point order. */
function compareKeys(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }

/** text_encoding.CEscape(bytes, as_utf8=False), in double quotes. */
export function quote(bytes: Uint8Array): string {
  let s = '"';
  for (const b of bytes) {
    switch (b) {
      case 0x0a: s += '\\n'; break;
      case 0x0d: s += '\\r'; break;
      case 0x09: s += '\\t'; break;
      case 0x22: s += '\\"'; break;
      case 0x27: s += "\\'"; break;
      case 0x5c: s += '\\\\'; break;
      default:
        s += b < 0x20 || b >= 0x7f ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b);
    }
  }
  return `${s}"`;
}
