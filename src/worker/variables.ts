// Describes the session's globals and graph variables for the Variables view. The front end
// may return plain values or already-described entries; both are accepted.
import type { GlobalInfo, GraphVariableInfo, VariablesSnapshot } from '../shared/protocol';
import type { PythonBackend, PythonSessionLike } from './pythonSession';

const shortValueLength = 80;

function entriesOf(globals: unknown): Array<[string, unknown]> {
  if (globals instanceof Map) return [...globals.entries()];
  if (Array.isArray(globals)) return globals.map((g) => [String(g?.name), g]);
  if (globals && typeof globals === 'object') return Object.entries(globals);
  return [];
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > shortValueLength ? oneLine.slice(0, shortValueLength - 1) + '…' : oneLine;
}

function isDescribed(v: unknown): v is GlobalInfo {
  return !!v && typeof v === 'object' && 'name' in v && 'type' in v && 'value' in v && typeof (v as GlobalInfo).value === 'string';
}

function describeShape(shape: unknown): string | undefined {
  if (Array.isArray(shape)) return `(${shape.map((d) => (d === null || d === undefined ? 'None' : String(d))).join(', ')}${shape.length === 1 ? ',' : ''})`;
  return typeof shape === 'string' ? shape : undefined;
}

export function describeGlobal(name: string, value: unknown, backend: PythonBackend): GlobalInfo {
  if (isDescribed(value)) return { ...value, value: shorten(value.value) } as GlobalInfo;
  const v = value as { shape?: unknown; dtype?: unknown } | null;
  const shape = v && typeof v === 'object' ? describeShape(v.shape) : undefined;
  const dtype = v && typeof v === 'object' && v.dtype !== undefined ? String((v.dtype as any)?.name ?? v.dtype) : undefined;
  return { name, type: backend.typeName?.(value) ?? jsTypeName(value), shape, dtype, value: shorten(backend.repr(value)) };
}

function jsTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'object' || typeof value === 'function') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}

export function snapshotVariables(session: PythonSessionLike, backend: PythonBackend): VariablesSnapshot {
  const globals = entriesOf(session.listGlobals()).map(([name, value]) => describeGlobal(name, value, backend));
  const graphVariables = (session.listGraphVariables?.() as GraphVariableInfo[] | undefined) ?? [];
  return { globals, graphVariables };
}

export function findGlobal(session: PythonSessionLike, name: string): unknown {
  if (session.getGlobal) return session.getGlobal(name);
  return entriesOf(session.listGlobals()).find(([n]) => n === name)?.[1];
}
