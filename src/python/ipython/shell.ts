// get_ipython(): the InteractiveShell object notebook code talks to (magics, system, user_ns).
import { PyValue } from '../objects/core';
import { PyBuiltin } from '../objects/callables';
import { PyDict } from '../objects/containers';
import { HostObject, hostClass } from '../host';
import { E, pyException } from '../exceptions';
import { parseArgs } from '../builtins/args';
import { MagicContext, runCellMagic, runLineMagic } from './magics';

export class InteractiveShell extends HostObject {
  constructor(private readonly ctx: Omit<MagicContext, 'shell'>) { super(); }
  override get type() { return hostClass('ZMQInteractiveShell', 'ipykernel.zmqshell'); }
  override repr(): string { return '<ipykernel.zmqshell.ZMQInteractiveShell object>'; }

  private get magicCtx(): MagicContext { return { ...this.ctx, shell: this }; }

  getattr(name: string): PyValue | undefined {
    const ctx = this.magicCtx;
    switch (name) {
      case 'run_line_magic': return new PyBuiltin(name, (args, kw) => {
        const [magic, line] = parseArgs(name, args, kw, ['magic_name', 'line', '_stack_depth'], 2);
        return runLineMagic(String(magic), String(line), ctx);
      });
      case 'run_cell_magic': return new PyBuiltin(name, (args, kw) => {
        const [magic, line, cell] = parseArgs(name, args, kw, ['magic_name', 'line', 'cell'], 3);
        return runCellMagic(String(magic), String(line), String(cell), ctx);
      });
      case 'magic': return new PyBuiltin(name, args => {
        const text = String(args[0]).replace(/^%/, '');
        const sp = text.search(/\s|$/);
        return runLineMagic(text.slice(0, sp), text.slice(sp).trim(), ctx);
      });
      case 'system': case 'getoutput': case 'system_piped': case 'system_raw':
        return new PyBuiltin(name, args => {
          throw pyException(E.NotImplementedError, `shell commands are not supported in Gradbook: !${String(args[0] ?? '')}`);
        });
      case 'user_ns': return PyDict.fromEntries(this.ctx.ns);
      case 'kernel': return null;
    }
    return undefined;
  }
}
