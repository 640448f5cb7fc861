// Output streams of the running session, and the sys.stdout / sys.stderr objects.
import { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyModule } from '../objects/callables';
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

export class TextStream extends HostObject {
  constructor(readonly which: 'stdout' | 'stderr') { super(); }
  override get pyTypeName(): string { return 'TextIOWrapper'; }
  override repr(): string { return `<_io.TextIOWrapper name='<${this.which}>' mode='w' encoding='utf-8'>`; }
  write(text: string): void { io[this.which](text); }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'write': return new PyBuiltin('write', (args: PyValue[], _kw: Kwargs) => {
        const t = args[0];
        if (typeof t !== 'string') throw typeError(`write() argument must be str, not ${typeOf(t).name}`);
        this.write(t);
        return t.length;
      });
      case 'flush': return new PyBuiltin('flush', () => null);
      case 'name': return `<${this.which}>`;
      case 'encoding': return 'utf-8';
      case 'isatty': return new PyBuiltin('isatty', () => false);
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
