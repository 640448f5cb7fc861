// The API catalogue the editor completes and checks against: every module Gradbook offers to
// `import`, its members, and for table-bound functions their signature and one-line doc. Plain
// data (structured-clone safe), built from the live modules and the signature tables by
// build_catalogue.ts, never listed by hand, so new APIs appear in the editor when they are bound.

export type MemberKind = 'module' | 'function' | 'class' | 'value';

export interface ParamInfo {
  readonly name: string;
  /** As the signature shows it: `strides`, `padding='SAME'`, `*args`. */
  readonly label: string;
  readonly doc?: string;
  /** Not implemented by Gradbook: passing a non-default value raises NotImplementedError. */
  readonly unsupported?: string | true;
  /** The default as Python source, when the parameter has one. */
  readonly defaultSource?: string;
  readonly kind?: 'positional' | 'keyword' | 'varargs' | 'varkw';
}

export interface SignatureInfo {
  /** `tf.matmul(a, b, transpose_a=False, ...)`. */
  readonly label: string;
  readonly doc: string;
  readonly params: readonly ParamInfo[];
  /** The function accepts `**kwargs`: any keyword is valid. */
  readonly anyKeyword: boolean;
}

export interface MemberInfo {
  readonly name: string;
  readonly kind: MemberKind;
  /** The full dotted name under its module's real name: `tensorflow.nn.conv2d`. */
  readonly qualified: string;
  /** For a submodule: the module's name in `modules`. */
  readonly module?: string;
  /** A short type word for values and classes (`DType`, `type`). */
  readonly detail?: string;
  readonly doc?: string;
  readonly signature?: SignatureInfo;
}

export interface ModuleInfo {
  readonly name: string;
  readonly members: Readonly<Record<string, MemberInfo>>;
}

export interface ApiCatalogue {
  /** Every module by its real dotted name (`tensorflow`, `tensorflow.nn`, `os.path`). */
  readonly modules: Readonly<Record<string, ModuleInfo>>;
  /** The builtins every cell sees (`print`, `len`, `range`). */
  readonly builtins: Readonly<Record<string, MemberInfo>>;
  /** Top-level packages Gradbook provides: `import tensorflow.contrib` can be known missing. */
  readonly packages: readonly string[];
  /** The exception headline running `module.attr` raises (`ImportError: ...` for tf.contrib.slim); absent in plain-data catalogues. */
  readonly missingAttributeError?: (module: string, attr: string) => string | undefined;
  /** The exception headline `import name` raises, likewise. */
  readonly missingModuleError?: (name: string) => string | undefined;
}

export function moduleMember(catalogue: ApiCatalogue, moduleName: string, attr: string): MemberInfo | undefined {
  const mod = catalogue.modules[moduleName];
  return mod && Object.prototype.hasOwnProperty.call(mod.members, attr) ? mod.members[attr] : undefined;
}

/** Whether `import name` (or `from name import ...`) would find a module Gradbook provides. */
export function isKnownModule(catalogue: ApiCatalogue, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue.modules, name);
}

/** The top-level package is ours, so a missing submodule is a real gap, not the user's own file. */
export function isOurPackage(catalogue: ApiCatalogue, name: string): boolean {
  return catalogue.packages.includes(name.split('.')[0]);
}
