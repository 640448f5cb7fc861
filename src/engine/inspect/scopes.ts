// The name-scope tree a graph view groups ops by. An op named like a scope (`Variable` beside
// `Variable/read`, the train op `GradientDescent` beside `GradientDescent/update_…`) is drawn
// inside that scope, as TensorBoard does, so collapsing the scope hides it too.
import type { Operation } from '../graph/operation';

export function scopePaths(ops: Operation[]): Set<string> {
  const paths = new Set<string>();
  for (const op of ops) {
    const segments = op.name.split('/');
    for (let i = 1; i < segments.length; i++) paths.add(segments.slice(0, i).join('/'));
  }
  return paths;
}

export function viewScopeOf(op: Operation, paths: Set<string>): string {
  return paths.has(op.name) ? op.name : op.scope;
}
