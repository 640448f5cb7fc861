// get_ipython(): the InteractiveShell object notebook code talks to (magics, system, user_ns).
import { PyValue } from '../objects/core';
import { PyDict } from '../objects/containers';
import { HostObject, hostClass } from '../host';
import { E, pyException } from '../exceptions';
import { method, MethodTable } from '../bind';
import { MagicContext, runCellMagic, runLineMagic } from './magics';

const shellCommand = (self: InteractiveShell, cmd: PyValue): PyValue => {
  void self;
  throw pyException(E.NotImplementedError, `shell commands are not supported in Gradbook: !${String(cmd)}`);
};

/** IPython's InteractiveShell methods notebooks call, with IPython 8's signatures. */
const SHELL_METHODS = new MethodTable<InteractiveShell>([
  method({
    name: 'InteractiveShell.run_line_magic', doc: 'Execute the given line magic.',
    params: [{ name: 'magic_name' }, { name: 'line' }, { name: '_stack_depth', default: 1, doc: 'where IPython looks for the caller namespace; Gradbook has one namespace' }],
  }, (self, a) => runLineMagic(String(a.magic_name), String(a.line), self.magicCtx)),
  method({
    name: 'InteractiveShell.run_cell_magic', doc: 'Execute the given cell magic.',
    params: [{ name: 'magic_name' }, { name: 'line' }, { name: 'cell' }],
  }, (self, a) => runCellMagic(String(a.magic_name), String(a.line), String(a.cell), self.magicCtx)),
  method({ name: 'InteractiveShell.magic', doc: 'Deprecated: run a line magic given as "%name args".', params: [{ name: 'arg_s' }] }, (self, a) => {
    const text = String(a.arg_s).replace(/^%/, '');
    const sp = text.search(/\s|$/);
    return runLineMagic(text.slice(0, sp), text.slice(sp).trim(), self.magicCtx);
  }),
  ...['system', 'getoutput', 'system_piped', 'system_raw'].map(n => method<InteractiveShell, { name: string; doc: string; params: [{ name: 'cmd' }] }>(
    { name: `InteractiveShell.${n}`, doc: 'Run a shell command (not supported: Gradbook runs no shell).', params: [{ name: 'cmd' }] }, (self, a) => shellCommand(self, a.cmd as PyValue))),
]);

export class InteractiveShell extends HostObject {
  constructor(private readonly ctx: Omit<MagicContext, 'shell'>) { super(); }
  override get type() { return hostClass('ZMQInteractiveShell', 'ipykernel.zmqshell'); }
  override repr(): string { return '<ipykernel.zmqshell.ZMQInteractiveShell object>'; }

  get magicCtx(): MagicContext { return { ...this.ctx, shell: this }; }

  getattr(name: string): PyValue | undefined {
    const bound = SHELL_METHODS.get(this, name);
    if (bound) return bound;
    switch (name) {
      case 'user_ns': return PyDict.fromEntries(this.ctx.ns);
      case 'kernel': return null;
    }
    return undefined;
  }
}
