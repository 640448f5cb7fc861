// The syntax tree. Every node carries its 1-based line and 0-based column so errors and
// tracebacks can point at the source.
export interface Pos { line: number; col: number; endLine?: number; endCol?: number }

export type Expr =
  | { kind: 'Name'; id: string } & Pos
  | { kind: 'Constant'; value: ConstValue } & Pos
  | { kind: 'JoinedStr'; parts: (string | FormattedValue)[] } & Pos
  | { kind: 'BinOp'; op: BinOpName; left: Expr; right: Expr } & Pos
  | { kind: 'UnaryOp'; op: 'neg' | 'pos' | 'invert' | 'not'; operand: Expr } & Pos
  | { kind: 'BoolOp'; op: 'and' | 'or'; values: Expr[] } & Pos
  | { kind: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] } & Pos
  | { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr } & Pos
  | { kind: 'Lambda'; args: Arguments; body: Expr; scope?: unknown } & Pos
  | { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] } & Pos
  | { kind: 'Attribute'; value: Expr; attr: string } & Pos
  | { kind: 'Subscript'; value: Expr; slice: Expr } & Pos
  | { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null } & Pos
  | { kind: 'Starred'; value: Expr } & Pos
  | { kind: 'Tuple'; elts: Expr[] } & Pos
  | { kind: 'List'; elts: Expr[] } & Pos
  | { kind: 'Set'; elts: Expr[] } & Pos
  | { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] } & Pos
  | { kind: 'ListComp' | 'SetComp'; elt: Expr; generators: Comprehension[]; scope?: unknown } & Pos
  /** `body` is the generator function CPython compiles it to, built by scope analysis. */
  | { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[]; scope?: unknown; body?: Stmt[] } & Pos
  | { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[]; scope?: unknown } & Pos
  | { kind: 'NamedExpr'; target: Expr; value: Expr } & Pos
  | { kind: 'Yield'; value: Expr | null; /** the yield of a generator expression's body */ implicit?: boolean } & Pos
  | { kind: 'YieldFrom'; value: Expr } & Pos;

export type ConstValue = number | bigint | { float: number } | string | boolean | null | 'Ellipsis';

export interface FormattedValue { expr: Expr; conversion: 's' | 'r' | 'a' | null; spec: (string | FormattedValue)[] | null; selfDoc?: string }

export type BinOpName = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export type CmpOpName = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export interface Keyword { name: string | null /* null means **mapping */; value: Expr }
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[] }

export interface Arg { name: string; default: Expr | null; line: number; col: number }
export interface Arguments {
  posonly: Arg[];
  args: Arg[];
  vararg: string | null;
  kwonly: Arg[];
  kwarg: string | null;
}

export type Stmt =
  | { kind: 'Expr'; value: Expr } & Pos
  | { kind: 'Assign'; targets: Expr[]; value: Expr } & Pos
  | { kind: 'AugAssign'; target: Expr; op: BinOpName; value: Expr } & Pos
  | { kind: 'AnnAssign'; target: Expr; value: Expr | null } & Pos
  | { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] } & Pos
  | { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] } & Pos
  | { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] } & Pos
  | { kind: 'Break' | 'Continue' | 'Pass' } & Pos
  | { kind: 'Return'; value: Expr | null } & Pos
  | { kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorators: Expr[]; scope?: unknown } & Pos
  | { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[]; scope?: unknown } & Pos
  | { kind: 'With'; items: { context: Expr; target: Expr | null }[]; body: Stmt[] } & Pos
  | { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] } & Pos
  | { kind: 'Raise'; exc: Expr | null; cause: Expr | null } & Pos
  | { kind: 'Assert'; test: Expr; msg: Expr | null } & Pos
  | { kind: 'Delete'; targets: Expr[] } & Pos
  | { kind: 'Global' | 'Nonlocal'; names: string[] } & Pos
  | { kind: 'Import'; names: Alias[] } & Pos
  | { kind: 'ImportFrom'; module: string; names: Alias[]; level: number } & Pos;

export interface Alias { name: string; asname: string | null }
export interface ExceptHandler { type: Expr | null; name: string | null; body: Stmt[]; line: number; col: number }

export interface Module { body: Stmt[]; scope?: unknown }
