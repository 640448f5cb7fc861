// Builds the editor's API catalogue from what the kernel really offers: every registered module is
// imported into a private session and walked, and the signature tables (src/python/bind/catalog.ts)
// add signatures and docs. Runs in the language worker at start-up (about 20 ms), so APIs other
// parts bind tomorrow show up without a list kept here.
import type { ParamSpec, Signature } from '../engine';
import { PyBuiltin, PyClass, PyExceptionObj, PyFunction, PyModule, PythonSession, callValue, getAttr, typeOf, type PyValue } from '../python/index';
import type { PyList } from '../python/objects/containers';
import { exceptionHeadline } from '../python/traceback';
import { pySignature, pySource } from '../python/bind/api_doc';
import { apiCatalog } from '../python/bind/catalog';
import { getBuiltins } from '../python/builtins/install';
import { registeredModuleNames } from '../python/modules/registry';
import type { ApiCatalogue, MemberInfo, MemberKind, ModuleInfo, ParamInfo, SignatureInfo } from './catalogue';

/** The short names the signature tables qualify with, and the module each stands for. */
const TABLE_ROOTS: Record<string, string> = { tf: 'tensorflow', np: 'numpy', plt: 'matplotlib.pyplot' };

/** `tf.nn.conv2d` → `tensorflow.nn.conv2d`; `print` → `builtins.print`. */
export function realQualifiedName(tableName: string): string {
  const dot = tableName.indexOf('.');
  if (dot < 0) return `builtins.${tableName}`;
  const root = tableName.slice(0, dot);
  return (TABLE_ROOTS[root] ?? root) + tableName.slice(dot);
}

function paramInfo(p: ParamSpec): ParamInfo {
  const hasDefault = 'default' in p && p.default !== undefined;
  const defaultSource = hasDefault ? pySource(p.default!) : undefined;
  return {
    name: p.name,
    label: hasDefault ? `${p.name}=${defaultSource}` : p.name,
    ...(p.doc ? { doc: p.doc } : {}),
    ...(p.unsupported ? { unsupported: p.unsupported } : {}),
    ...(hasDefault ? { defaultSource } : {}),
    ...(p.kind ? { kind: p.kind } : {}),
  };
}

export function signatureInfo(sig: Signature): SignatureInfo {
  const params = sig.params.map(paramInfo);
  // Signature help counts positional arguments by index: *args sits after the positional ones.
  if (sig.varargs) {
    const at = params.findIndex((p) => p.kind === 'keyword');
    params.splice(at < 0 ? params.length : at, 0, { name: sig.varargs, label: `*${sig.varargs}`, kind: 'varargs' });
  }
  if (sig.varkw) params.push({ name: sig.varkw, label: `**${sig.varkw}`, kind: 'varkw' });
  return { label: `${sig.name}${pySignature(sig)}`, doc: sig.doc, params, anyKeyword: !!sig.varkw };
}

/** Every table-bound function under each of its real qualified names. */
function tableSignatures(): Map<string, SignatureInfo> {
  const out = new Map<string, SignatureInfo>();
  for (const section of apiCatalog()) {
    for (const f of section.functions) {
      const info = signatureInfo(f.signature);
      for (const name of [f.signature.name, ...(f.aliases ?? [])]) out.set(realQualifiedName(name), info);
    }
  }
  return out;
}

function kindOf(v: PyValue): MemberKind {
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyClass) return 'class';
  if (v instanceof PyBuiltin || v instanceof PyFunction) return 'function';
  return 'value';
}

function firstLine(doc: PyValue | undefined): string | undefined {
  return typeof doc === 'string' && doc.trim() ? doc.trim().split('\n')[0] : undefined;
}

function memberInfo(name: string, qualified: string, v: PyValue, signatures: Map<string, SignatureInfo>): MemberInfo {
  const kind = kindOf(v);
  const signature = signatures.get(qualified);
  const doc = signature?.doc ?? (v instanceof PyFunction ? firstLine(v.doc) : v instanceof PyClass ? firstLine(v.dict.get('__doc__')) : undefined);
  let detail: string | undefined;
  try { detail = kind === 'value' ? typeOf(v).name : undefined; } catch { detail = undefined; }
  return {
    name, kind, qualified,
    ...(v instanceof PyModule ? { module: v.name } : {}),
    ...(detail ? { detail } : {}),
    ...(doc ? { doc } : {}),
    ...(signature ? { signature } : {}),
  };
}

/**
 * A module's members: its dict plus the names its PEP 562 `__dir__` lists (lazily loaded
 * submodules such as tf.layers and tf.estimator), loaded here so they are catalogued too.
 */
function moduleMembers(mod: PyModule, session: PythonSession): [string, PyValue][] {
  const dirFn = mod.dict.get('__dir__');
  if (dirFn !== undefined) {
    for (const name of (session.inSession(() => callValue(dirFn, [], null)) as PyList).items) {
      if (typeof name !== 'string' || mod.dict.has(name)) continue;
      try { session.inSession(() => getAttr(mod, name)); } catch { /* a loader that fails leaves its name out */ }
    }
  }
  return [...mod.dict];
}

function walkModule(mod: PyModule, modules: Record<string, ModuleInfo>, signatures: Map<string, SignatureInfo>, session: PythonSession): void {
  if (modules[mod.name]) return;
  const members: Record<string, MemberInfo> = {};
  modules[mod.name] = { name: mod.name, members };
  for (const [name, v] of moduleMembers(mod, session)) {
    if (name.startsWith('__')) continue;
    members[name] = memberInfo(name, `${mod.name}.${name}`, v, signatures);
    if (v instanceof PyModule) walkModule(v, modules, signatures, session);
  }
}

/** What running `module.attr` or `import name` raises, asked of the catalogue's own session. */
function errorProbes(session: PythonSession): Pick<ApiCatalogue, 'missingAttributeError' | 'missingModuleError'> {
  const headline = (f: () => unknown): string | undefined => {
    try { f(); return undefined; } catch (e) { return e instanceof PyExceptionObj ? exceptionHeadline(e) : undefined; }
  };
  return {
    missingAttributeError: (module, attr) => headline(() => session.inSession(() => getAttr(session.importModule(module), attr))),
    missingModuleError: name => headline(() => session.importModule(name)),
  };
}

export function buildCatalogue(): ApiCatalogue {
  const signatures = tableSignatures();
  const session = new PythonSession({ stdout: () => {}, stderr: () => {}, display: () => {} });
  const modules: Record<string, ModuleInfo> = {};
  for (const name of registeredModuleNames()) {
    let mod: PyValue;
    try { mod = session.importModule(name); } catch { continue; }
    if (!(mod instanceof PyModule)) continue;
    walkModule(mod, modules, signatures, session);
    // `tensorflow.compat.v1` is tensorflow itself: the name imports must find it under too.
    if (!modules[name]) modules[name] = modules[mod.name];
  }
  const builtins: Record<string, MemberInfo> = {};
  for (const [name, v] of getBuiltins()) {
    if (!name.startsWith('__')) builtins[name] = memberInfo(name, `builtins.${name}`, v, signatures);
  }
  const packages = [...new Set(registeredModuleNames().map((n) => n.split('.')[0]))];
  return { modules, builtins, packages, ...errorProbes(session) };
}
