// `_csv`: CPython's CSV reader state machine and writer quoting rules (csv.py, in Python source,
// adds DictReader, DictWriter and the dialect classes on top).
import { PyExceptionObj, PyFloat, PyValue, Kwargs } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyDict, PyList } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, hostClass } from '../host';
import { E, typeError } from '../exceptions';
import { getAttrOpt } from '../runtime/attributes';
import { callMethod, callValue } from '../runtime/call';
import { getIter, toArray } from '../runtime/iteration';
import { str as pyStr } from '../runtime/repr';
import { typeOf } from '../runtime/type-name';
import { bytesOf } from '../runtime/bytes';
import { truthy } from '../runtime/truth';
import { registerModule } from './registry';
import { METH_NOARGS, entry, installTable, method, MethodTable, namedAs, TableEntry } from '../bind';
import { checkPositional, clinic, methO, slotWrapper } from '../builtins/c_messages';

export const csvError = new PyClass('Error', [E.Exception], '_csv');
const fail = (msg: string) => new PyExceptionObj(csvError, [msg]);

const QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;

interface Dialect {
  delimiter: string; quotechar: string | null; escapechar: string | null; doublequote: boolean;
  skipinitialspace: boolean; lineterminator: string; quoting: number; strict: boolean;
}
const EXCEL: Dialect = { delimiter: ',', quotechar: '"', escapechar: null, doublequote: true, skipinitialspace: false, lineterminator: '\r\n', quoting: QUOTE_MINIMAL, strict: false };
const dialects = new Map<string, PyValue>();

function charParam(name: string, v: PyValue, allowNone: boolean): string | null {
  if (v === null && allowNone) return null;
  if (typeof v !== 'string') throw typeError(`"${name}" must be ${allowNone ? 'string or None' : 'a 1-character string'}, not ${typeOf(v).name}`);
  if (v.length !== 1) throw typeError(`"${name}" must be a 1-character string`);
  return v;
}

/** The dialect a reader or writer uses: a registered name or an object's attributes, then keywords. */
function resolveDialect(d: PyValue | undefined, kwIn: Kwargs): Dialect {
  let base: PyValue | undefined = d ?? kwIn?.get('dialect');
  const kw = kwIn && new Map([...kwIn].filter(([k]) => k !== 'dialect'));
  if (typeof base === 'string') {
    const found = dialects.get(base);
    if (found === undefined) throw fail('unknown dialect');
    base = found;
  }
  const out: Dialect = { ...EXCEL };
  const read = (name: keyof Dialect): PyValue | undefined => kw?.get(name) ?? (base !== undefined && base !== null ? getAttrOpt(base, name) : undefined);
  for (const name of Object.keys(EXCEL) as (keyof Dialect)[]) {
    const v = read(name);
    if (v === undefined) continue;
    switch (name) {
      case 'delimiter': out.delimiter = charParam(name, v, false)!; break;
      case 'quotechar': out.quotechar = charParam(name, v, true); break;
      case 'escapechar': out.escapechar = charParam(name, v, true); break;
      case 'lineterminator': if (typeof v !== 'string') throw typeError('"lineterminator" must be a string'); out.lineterminator = v; break;
      case 'quoting': out.quoting = Number(v); if (![0, 1, 2, 3].includes(out.quoting)) throw typeError('bad "quoting" value'); break;
      default: (out as unknown as Record<string, boolean>)[name] = truthy(v);
    }
  }
  if (out.quoting !== QUOTE_NONE && out.quotechar === null) throw typeError('quotechar must be set if quoting enabled');
  for (const k of kw?.keys() ?? []) if (!(k in EXCEL)) throw typeError(`'${k}' is an invalid keyword argument for this function`);
  return out;
}

const numeric = (s: string) => { const n = Number(s.trim()); if (s.trim() === '' || Number.isNaN(n) && !/^\s*[+-]?nan\s*$/i.test(s)) throw new PyExceptionObj(E.ValueError, [`could not convert string to float: '${s}'`]); return new PyFloat(n); };

class CsvReader extends HostObject {
  lineNum = 0;
  constructor(private readonly lines: ReturnType<typeof getIter>, readonly d: Dialect) { super(); }
  override get pyTypeName(): string { return 'reader'; }
  override get type(): PyClass { return readerClass; }

  private nextLine(): string | undefined {
    const v = this.lines.next();
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      if (bytesOf(v)) throw fail('iterator should return strings, not bytes (the file should be opened in text mode)');
      throw fail(`iterator should return strings, not ${typeOf(v).name} (the file should be opened in text mode)`);
    }
    this.lineNum++;
    return v;
  }

  /** One record, or undefined at the end of the input. */
  record(): PyValue[] | undefined {
    const d = this.d;
    const fields: PyValue[] = [];
    let field = '', quoted = false;
    // 'record': nothing read yet (a blank line is an empty record); 'start': a field begins.
    type State = 'record' | 'start' | 'field' | 'quoted' | 'quoteInQuoted' | 'escaped' | 'escapedInQuoted';
    let state = 'record' as State;
    const save = () => {
      fields.push(d.quoting === QUOTE_NONNUMERIC && !quoted && field !== '' ? numeric(field) : field);
      field = ''; quoted = false;
    };
    for (;;) {
      const line = this.nextLine();
      if (line === undefined) {
        if (state === 'record') return undefined;
        if (d.strict && (state === 'quoted' || state === 'escapedInQuoted')) throw fail('unexpected end of data');
        save();
        return fields;
      }
      if (line.includes('\0')) throw fail('line contains NUL');
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        const eol = c === '\r' || c === '\n';
        switch (state) {
          case 'record':
            if (eol) return fields;
            state = 'start';
          // falls through: the first character starts a field
          case 'start':
            if (eol) { save(); return fields; }
            if (c === d.quotechar && d.quoting !== QUOTE_NONE) { state = 'quoted'; quoted = true; }
            else if (c === d.escapechar) state = 'escaped';
            else if (c === ' ' && d.skipinitialspace) { /* skipped */ }
            else if (c === d.delimiter) save();
            else { field += c; state = 'field'; }
            break;
          case 'field':
            if (eol) { save(); return fields; }
            if (c === d.escapechar) state = 'escaped';
            else if (c === d.delimiter) { save(); state = 'start'; }
            else field += c;
            break;
          case 'escaped': field += c; state = 'field'; break;
          case 'quoted':
            if (c === d.escapechar) state = 'escapedInQuoted';
            else if (c === d.quotechar) state = d.doublequote ? 'quoteInQuoted' : 'field';
            else field += c;
            break;
          case 'escapedInQuoted': field += c; state = 'quoted'; break;
          case 'quoteInQuoted':
            if (c === d.quotechar) { field += c; state = 'quoted'; }
            else if (c === d.delimiter) { save(); state = 'start'; }
            else if (eol) { save(); return fields; }
            else if (d.strict) throw fail(`'${d.delimiter}' expected after '${d.quotechar}'`);
            else { field += c; state = 'field'; }
            break;
        }
      }
      // A line without a newline (a file's last line, or strings given directly) ends the
      // record, unless a quoted field goes on in the next line.
      if (state === 'quoted' || state === 'escapedInQuoted') continue;
      if (state === 'escaped') { field += '\n'; state = 'field'; continue; }
      if (state === 'record') return fields;
      save();
      return fields;
    }
  }

  iter(): Iterable<PyValue> {
    const self = this;
    return (function* () { for (let r = self.record(); r !== undefined; r = self.record()) yield new PyList(r); })();
  }
  getattr(name: string): PyValue | undefined {
    if (name === 'line_num') return this.lineNum;
    if (name === 'dialect') return dialectObject(this.d);
    return READER_HOOKS.get(this, name);
  }
}

// The reader's iterator protocol (type slots: `reader.__next__(1)` says `expected 0 arguments, got 1`).
const READER_HOOKS = new MethodTable<CsvReader>([
  method({ name: '_csv.reader.__iter__', doc: 'Implement iter(self).', params: [] }, r => r, slotWrapper(0)),
  method({ name: '_csv.reader.__next__', doc: 'Implement next(self): the next record as a list of fields.', params: [] }, r => {
    const rec = r.record();
    if (rec === undefined) throw new PyExceptionObj(E.StopIteration, []);
    return new PyList(rec);
  }, slotWrapper(0)),
]);

class CsvWriter extends HostObject {
  constructor(private readonly file: PyValue, readonly d: Dialect) { super(); }
  override get pyTypeName(): string { return 'writer'; }
  override get type(): PyClass { return writerClass; }

  private formatField(v: PyValue, onlyField: boolean): string {
    const d = this.d;
    const isNumber = typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat || typeof v === 'boolean';
    const text = v === null ? '' : pyStr(v);
    let quote = d.quoting === QUOTE_ALL || (d.quoting === QUOTE_NONNUMERIC && !isNumber);
    let out = '';
    for (const c of text) {
      const special = c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(c) || c === '\r' || c === '\n';
      if (special && d.quoting === QUOTE_NONE) {
        if (c === d.quotechar && d.doublequote && d.quotechar !== null) { out += c + c; continue; }
        if (d.escapechar === null) throw fail('need to escape, but no escapechar set');
        out += d.escapechar + c;
        continue;
      }
      if (c === d.quotechar) {
        if (d.doublequote) out += c;
        else if (d.escapechar !== null) out += d.escapechar;
        else throw fail('need to escape, but no escapechar set');
        quote = true;
      } else if (c === d.escapechar) {
        out += c;
      } else if (special) quote = true;
      out += c;
    }
    if (onlyField && text === '' && d.quoting !== QUOTE_NONE) quote = true;
    return quote ? `${d.quotechar}${out}${d.quotechar}` : out;
  }

  writerow(row: PyValue): PyValue {
    let items: PyValue[];
    try { items = [...toArray(row)]; } catch { throw fail(`iterable expected, not ${typeOf(row).name}`); }
    if (typeof row === 'string') items = [...row];
    const line = items.map(v => this.formatField(v, items.length === 1)).join(this.d.delimiter) + this.d.lineterminator;
    return callMethod(this.file, 'write', [line], null);
  }

  getattr(name: string): PyValue | undefined {
    const bound = WRITER_METHODS.get(this, name);
    if (bound) return bound;
    if (name === 'dialect') return dialectObject(this.d);
    return undefined;
  }
}

function dialectObject(d: Dialect): PyValue {
  const obj = new PyDict();
  for (const [k, v] of Object.entries(d)) obj.set(k, v as PyValue);
  return callValue(dialectClass, [], new Map([...obj.map.values()].map(e => [String(e.k), e.v])));
}

const readerClass = hostClass('reader', '_csv');
const writerClass = hostClass('writer', '_csv');
const dialectClass = hostClass('Dialect', '_csv');
class CsvDialect extends HostObject {
  constructor(readonly d: Dialect) { super(); }
  override get type(): PyClass { return dialectClass; }
  getattr(name: string): PyValue | undefined { return name in this.d ? (this.d as unknown as Record<string, PyValue>)[name] : undefined; }
}
dialectClass.nativeNew = (_c, args, kw) => new CsvDialect(resolveDialect(args[0], kw));

// _csv's functions are C functions; reader, writer and register_dialect parse with
// PyArg_UnpackTuple and no name, hence CPython's ` expected at least 1 argument, got 0`.
const UNNAMED = (min: number, max: number) => namedAs('', checkPositional(min, max));
const DIALECT = { name: 'dialect', default: { expr: "'excel'" }, kind: 'positional' } as const;
const fmt = (a: { fmtparams?: unknown }) => a.fmtparams as Map<string, PyValue>;
let limit = 131072;

export const CSV_TABLE: readonly TableEntry[] = [
  entry({ name: '_csv.reader', doc: 'Return a reader object that will iterate over lines in the given csvfile.', params: [{ name: 'csvfile', kind: 'positional' }, DIALECT], varkw: 'fmtparams' },
    a => new CsvReader(getIter(a.csvfile as PyValue), resolveDialect(a.dialect as PyValue | undefined, fmt(a))), { messages: UNNAMED(1, 2) }),
  entry({ name: '_csv.writer', doc: 'Return a writer object responsible for converting the user\'s data into delimited strings.', params: [{ name: 'fileobj', kind: 'positional' }, DIALECT], varkw: 'fmtparams' }, a => {
    if (getAttrOpt(a.fileobj as PyValue, 'write') === undefined) throw typeError('argument 1 must have a "write" method');
    return new CsvWriter(a.fileobj as PyValue, resolveDialect(a.dialect as PyValue | undefined, fmt(a)));
  }, { messages: UNNAMED(1, 2) }),
  entry({ name: '_csv.register_dialect', doc: 'Associate dialect with name.', params: [{ name: 'name', kind: 'positional' }, { name: 'dialect', default: null, kind: 'positional' }], varkw: 'fmtparams' }, a => {
    if (typeof a.name !== 'string') throw typeError('dialect name must be a string');
    dialects.set(a.name, new CsvDialect(resolveDialect((a.dialect ?? undefined) as PyValue | undefined, fmt(a))));
    return null;
  }, { messages: UNNAMED(1, 2) }),
  entry({ name: '_csv.unregister_dialect', doc: 'Delete the name/dialect mapping associated with a string name.', params: [{ name: 'name' }] },
    a => { if (!dialects.delete(String(a.name))) throw fail('unknown dialect'); return null; }, { messages: clinic(['name']) }),
  entry({ name: '_csv.get_dialect', doc: 'Return the dialect instance associated with name.', params: [{ name: 'name' }] },
    a => { const v = dialects.get(String(a.name)); if (v === undefined) throw fail('unknown dialect'); return v; }, { messages: clinic(['name']) }),
  entry({ name: '_csv.list_dialects', doc: 'Return a list of all known dialect names.', params: [] }, () => new PyList([...dialects.keys()]), { messages: namedAs('_csv.list_dialects', METH_NOARGS) }),
  entry({ name: '_csv.field_size_limit', doc: 'Sets an upper limit on parsed fields; returns the old limit.', params: [{ name: 'new_limit', default: { expr: '<unset>' } }] },
    a => { const old = limit; if (a.new_limit !== undefined) limit = Number(a.new_limit); return old; }, { messages: clinic(['new_limit']) }),
];

const WRITER_METHODS = new MethodTable<CsvWriter>([
  method({ name: '_csv.writer.writerow', doc: 'Construct and write a CSV record from an iterable of fields.', params: [{ name: 'row', kind: 'positional' }] },
    (w: CsvWriter, a) => w.writerow(a.row as PyValue), methO()),
  method({ name: '_csv.writer.writerows', doc: 'Construct and write a series of iterables to a csv file.', params: [{ name: 'rows', kind: 'positional' }] },
    (w: CsvWriter, a) => { for (const r of toArray(a.rows as PyValue)) w.writerow(r); return null; }, methO()),
]);
export const CSV_WRITER_SIGNATURES = WRITER_METHODS.entries.map(e => e.signature);

function makeCsv(): PyModule {
  const m = new PyModule('_csv');
  installTable(m, CSV_TABLE);
  m.set('Error', csvError).set('Dialect', dialectClass);
  m.set('QUOTE_MINIMAL', QUOTE_MINIMAL).set('QUOTE_ALL', QUOTE_ALL).set('QUOTE_NONNUMERIC', QUOTE_NONNUMERIC).set('QUOTE_NONE', QUOTE_NONE);
  m.set('__version__', '1.0');
  return m;
}

dialects.set('excel', new CsvDialect(EXCEL));
dialects.set('excel-tab', new CsvDialect({ ...EXCEL, delimiter: '\t' }));
dialects.set('unix', new CsvDialect({ ...EXCEL, lineterminator: '\n', quoting: QUOTE_ALL }));
registerModule('_csv', () => makeCsv());
