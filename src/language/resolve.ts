// Dotted names resolved against the catalogue, without running anything: `tf.nn` is a module,
// `tf.nn.conv2d` a function with a signature, `tf.contrib` a member tensorflow does not have.
import { moduleMember, type ApiCatalogue, type MemberInfo, type ModuleInfo } from './catalogue';
import type { ImportBinding } from './imports';

export type Resolved =
  | { kind: 'module'; module: ModuleInfo; member?: MemberInfo }
  | { kind: 'member'; member: MemberInfo }
  /** parts[index] is not an attribute of module `module`. */
  | { kind: 'missing'; module: string; index: number };

function fromMember(catalogue: ApiCatalogue, member: MemberInfo): Resolved {
  const module = member.module ? catalogue.modules[member.module] : undefined;
  return module ? { kind: 'module', module, member } : { kind: 'member', member };
}

function resolveBinding(catalogue: ApiCatalogue, b: ImportBinding): Resolved | undefined {
  if (b.attr) {
    const asModule = catalogue.modules[`${b.module}.${b.attr}`];
    if (asModule) return { kind: 'module', module: asModule };
    const member = moduleMember(catalogue, b.module, b.attr);
    return member ? fromMember(catalogue, member) : undefined;
  }
  const module = catalogue.modules[b.module];
  return module ? { kind: 'module', module } : undefined;
}

/**
 * What `parts` names, statically; undefined when it starts at a name the catalogue does not know
 * (a variable of the notebook: the kernel knows it) or goes through a function or value.
 */
export function resolveName(parts: readonly string[], bindings: Readonly<Record<string, ImportBinding>>, catalogue: ApiCatalogue): Resolved | undefined {
  if (!parts.length) return undefined;
  const [head, ...rest] = parts;
  let current: Resolved | undefined;
  if (Object.prototype.hasOwnProperty.call(bindings, head)) current = resolveBinding(catalogue, bindings[head]);
  else if (Object.prototype.hasOwnProperty.call(catalogue.builtins, head)) current = fromMember(catalogue, catalogue.builtins[head]);
  for (let i = 0; i < rest.length && current; i++) {
    if (current.kind !== 'module') return undefined;
    const member = moduleMember(catalogue, current.module.name, rest[i]);
    if (!member) return { kind: 'missing', module: current.module.name, index: i + 1 };
    current = fromMember(catalogue, member);
  }
  return current;
}

/** The member a resolution names (a module's own entry when it was reached as an attribute). */
export function memberOf(r: Resolved | undefined): MemberInfo | undefined {
  return r?.kind === 'member' ? r.member : r?.kind === 'module' ? r.member : undefined;
}
