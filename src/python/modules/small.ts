// __future__: every feature is on (the interpreter is Python 3), so the imports are no-ops.
import { PyModule } from '../objects/callables';
import { registerModule } from './registry';

function makeFuture(): PyModule {
  const m = new PyModule('__future__');
  for (const f of ['print_function', 'division', 'absolute_import', 'unicode_literals', 'with_statement', 'generators', 'nested_scopes', 'annotations', 'generator_stop']) {
    m.set(f, true);
  }
  return m;
}

registerModule('__future__', () => makeFuture());
