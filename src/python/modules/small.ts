// __future__ (every feature is on: the interpreter is Python 3) and builtins.
import { PyModule } from '../objects/callables';
import { registerModule } from './registry';
import { state } from '../interpreter/frame';

function makeFuture(): PyModule {
  const m = new PyModule('__future__');
  for (const f of ['print_function', 'division', 'absolute_import', 'unicode_literals', 'with_statement', 'generators', 'nested_scopes', 'annotations', 'generator_stop']) {
    m.set(f, true);
  }
  return m;
}

registerModule('__future__', () => makeFuture());

// `builtins`: the running session's builtins namespace itself, so `builtins.print` is print and
// assigning an attribute defines a builtin name for the session.
registerModule('builtins', () => new PyModule('builtins', state.hooks.builtins));
