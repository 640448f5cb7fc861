// Checks an exported script without Python: it must parse (with Gradbook's own Python parser) and
// every `tf.a.b` it names must exist in tf.compat.v1 as TensorFlow's API goldens list it
// (tf_compat_v1_api.txt, with its provenance).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseModule } from '../python/parser/statements';

export interface ApiCheck { parsed: boolean; parseError?: string; unknown: string[]; used: string[] }

let known: Set<string> | null = null;
/** The listed names; `tf.math.*` marks a module whose members are not listed (any name passes). */
export function compatV1Names(): Set<string> {
  if (!known) {
    const file = path.join(__dirname, 'tf_compat_v1_api.txt');
    known = new Set(fs.readFileSync(file, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')));
  }
  return known;
}

type Node = { kind?: string; [k: string]: unknown };

/** Dotted chains rooted at one of `roots` (the names tf.compat.v1 is imported as). */
function tfChains(tree: unknown, roots: Set<string>): string[] {
  const chains: string[] = [];
  const chainOf = (n: Node): string | null => {
    if (n.kind === 'Name') return roots.has(n.id as string) ? 'tf' : null;
    if (n.kind === 'Attribute') { const base = chainOf(n.value as Node); return base ? `${base}.${n.attr as string}` : null; }
    return null;
  };
  const visit = (n: unknown, insideChain: boolean): void => {
    if (Array.isArray(n)) { for (const x of n) visit(x, false); return; }
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if (node.kind === 'Attribute' && !insideChain) { const c = chainOf(node); if (c) chains.push(c); }
    for (const [k, v] of Object.entries(node)) if (k !== 'kind') visit(v, node.kind === 'Attribute' && k === 'value');
  };
  visit(tree, false);
  return chains;
}

/** Whether a chain names something tf.compat.v1 has (members of unlisted modules pass; attributes of classes are not checked). */
export function chainExists(chain: string, names = compatV1Names()): boolean {
  const parts = chain.split('.');
  for (let i = 2; i <= parts.length; i++) {
    const name = parts.slice(0, i).join('.');
    if (names.has(`${name}.*`)) return true;
    if (!names.has(name)) return false;
    const isListedModule = [...names].some(n => n.startsWith(`${name}.`));
    if (!isListedModule) return true; // a function, class or constant: its attributes are its own
  }
  return true;
}

export function checkExportedScript(source: string): ApiCheck {
  let tree: ReturnType<typeof parseModule>;
  try { tree = parseModule(source); } catch (e) { return { parsed: false, parseError: String((e as Error).message ?? e), unknown: [], used: [] }; }
  const roots = new Set<string>();
  const collect = (n: unknown): void => {
    if (Array.isArray(n)) { n.forEach(collect); return; }
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if (node.kind === 'Import') for (const a of node.names as { name: string; asname?: string }[]) if (a.name === 'tensorflow.compat.v1' && a.asname) roots.add(a.asname);
    for (const v of Object.values(node)) if (typeof v === 'object') collect(v);
  };
  collect(tree);
  const used = [...new Set(tfChains(tree, roots))].sort();
  return { parsed: true, used, unknown: used.filter(c => !chainExists(c)) };
}
