// Output streams of the running session, and the sys.stdout / sys.stderr objects.
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { METH_NOARGS, method, MethodTable } from '../bind';
import { METH_O } from './c_messages';
import { importState } from '../interpreter/imports';
import { HostObject } from '../host';
import { str } from '../runtime/repr';
import { typeError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { callMethod } from '../runtime/call';

export const io = {
  stdout: (_: string) => {},
  stderr: (_: string) => {},
  display: (_: PyValue) => {},
  clearOutput: (_wait: boolean) => {},
};

// sys.stdout and sys.stderr are CPython's _io.TextIOWrapper: C methods, so call errors read
// `TextIOWrapper.write() takes exactly one argument (0 given)`. Built on first use: this module
// loads before the binder (the binder's converters reach it through the tf modules).
let textStreamMethods: MethodTable<TextStream> | undefined;
const streamMethods = () => textStreamMethods ??= new MethodTable<TextStream>([
  method({ name: 'io.TextIOWrapper.write', doc: 'Write the string to the stream; return the number of characters written.', params: [{ name: 'text', kind: 'positional' }] },
    (self: TextStream, a) => {
      const t = a.text as PyValue;
      if (typeof t !== 'string') throw typeError(`write() argument must be str, not ${typeOf(t).name}`);
      self.write(t);
      return t.length;
    }, METH_O),
  method({ name: 'io.TextIOWrapper.flush', doc: 'Does nothing: the session\'s output is never buffered.', params: [] }, () => null, METH_NOARGS),
  method({ name: 'io.TextIOWrapper.isatty', doc: 'False: the session\'s output is not a terminal.', params: [] }, () => false, METH_NOARGS),
]);

export class TextStream extends HostObject {
  constructor(readonly which: 'stdout' | 'stderr') { super(); }
  override get pyTypeName(): string { return 'TextIOWrapper'; }
  override repr(): string { return `<_io.TextIOWrapper name='<${this.which}>' mode='w' encoding='utf-8'>`; }
  write(text: string): void { io[this.which](text); }
  getattr(name: string): PyValue | undefined {
    const bound = streamMethods().get(this, name);
    if (bound) return bound;
    switch (name) {
      case 'name': return `<${this.which}>`;
      case 'encoding': return 'utf-8';
    }
    return undefined;
  }
}

export const sysStdout = new TextStream('stdout');
export const sysStderr = new TextStream('stderr');

/** sys.stdout of the running session when a program replaced it (print then writes there, as CPython). */
function replacedStdout(): PyValue | null {
  const sys = importState.cache?.sys.modules.get('sys');
  const out = sys instanceof PyModule ? sys.dict.get('stdout') : undefined;
  return out === undefined || out === sysStdout ? null : out;
}

export function writeTo(file: PyValue, text: string): void {
  if (file === null) {
    const out = replacedStdout();
    if (out === null) io.stdout(text); else writeTo(out, text);
    return;
  }
  if (file instanceof TextStream) { file.write(text); return; }
  callMethod(file, 'write', [text], null);
}

export function printValues(values: PyValue[], sep: string, end: string, file: PyValue): void {
  let s = '';
  for (let i = 0; i < values.length; i++) { if (i) s += sep; s += str(values[i]); }
  writeTo(file, s + end);
}
