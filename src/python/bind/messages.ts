// CPython 3.11's TypeError texts for a call that does not match a signature, as a function
// defined in Python raises them (ceval's argument checks). TF and NumPy functions are Python
// functions, so these are their texts too. C builtins word some of them differently; a table
// entry overrides only those (see `PRINT_MESSAGES` and `SORTED_MESSAGES` in builtins/bound.ts).

export interface CallShape {
  /** The function's __name__ (`conv2d`, `zeros`, `print`). */
  fn: string;
  /** Positional arguments given. */
  given: number;
}

export interface Messages {
  /** Required parameters not given; `kind` says which list they were missing from. */
  missing(call: CallShape, kind: 'positional' | 'keyword-only', names: readonly string[]): string;
  /** More positional arguments than parameters (no *args); `min` counts the required ones. */
  tooManyPositional(call: CallShape, min: number, max: number, keywordOnlyGiven: number): string;
  unexpectedKeyword(call: CallShape, name: string): string;
  multipleValues(call: CallShape, name: string): string;
  positionalOnlyAsKeyword(call: CallShape, names: readonly string[]): string;
  /**
   * A parser whose checks run in another order than ceval's (Argument Clinic's
   * _PyArg_UnpackKeywords counts and fills before it looks at unknown keywords) checks the whole
   * call first: the text of its first error, or undefined to let the ordinary checks run.
   */
  preflight?(call: CallShape, keywords: readonly string[]): string | undefined;
}

const s = (n: number) => (n === 1 ? '' : 's');

/** 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's format_missing). */
function nameList(names: readonly string[]): string {
  const q = names.map(n => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

export const PYTHON_MESSAGES: Messages = {
  missing: (c, kind, names) => `${c.fn}() missing ${names.length} required ${kind} argument${s(names.length)}: ${nameList(names)}`,
  tooManyPositional: (c, min, max, kwonly) => {
    const takes = min === max ? `${max} positional argument${s(max)}` : `from ${min} to ${max} positional arguments`;
    const extra = kwonly ? ` positional argument${s(c.given)} (and ${kwonly} keyword-only argument${s(kwonly)})` : '';
    return `${c.fn}() takes ${takes} but ${c.given}${extra} ${c.given === 1 && !kwonly ? 'was' : 'were'} given`;
  },
  unexpectedKeyword: (c, name) => `${c.fn}() got an unexpected keyword argument '${name}'`,
  multipleValues: (c, name) => `${c.fn}() got multiple values for argument '${name}'`,
  positionalOnlyAsKeyword: (c, names) => `${c.fn}() got some positional-only arguments passed as keyword arguments: '${names.join(', ')}'`,
};

/**
 * A method of a class defined in Python, called bound (`Random.seed`, `Random.__init__`): CPython
 * counts `self` in "takes N positional arguments but M were given" (`Random.seed() takes from 1 to
 * 3 positional arguments but 4 were given` for `random.seed(1, 2, 3)`); the other texts leave it out.
 */
export const PYTHON_METHOD_MESSAGES: Messages = {
  ...PYTHON_MESSAGES,
  tooManyPositional: (c, min, max, kwonly) => PYTHON_MESSAGES.tooManyPositional({ ...c, given: c.given + 1 }, min + 1, max + 1, kwonly),
};

/**
 * The same texts under another name: C methods name themselves inconsistently (`StringIO.write()
 * takes exactly one argument` but `read expected at most 1 argument`), so an entry can say which.
 */
export function namedAs(fn: string, messages: Partial<Messages> = {}): Partial<Messages> {
  const out: Partial<Messages> = {};
  for (const [k, f] of Object.entries({ ...PYTHON_MESSAGES, ...messages }) as [keyof Messages, (c: CallShape, ...rest: never[]) => string][]) {
    (out as Record<string, unknown>)[k] = (c: CallShape, ...rest: never[]) => f({ ...c, fn }, ...rest);
  }
  return out;
}

/** A C function taking no arguments (METH_NOARGS): `Random.random() takes no arguments (1 given)`. */
export const METH_NOARGS: Partial<Messages> = {
  tooManyPositional: c => `${c.fn}() takes no arguments (${c.given} given)`,
  unexpectedKeyword: c => `${c.fn}() takes no keyword arguments`,
};

/**
 * Argument Clinic for a function with keyword-only parameters: `openssl_md5() takes at most 1
 * positional argument (2 given)`, `'x' is an invalid keyword argument for openssl_md5()`.
 */
export function clinicKeywordOnly(positions: readonly string[]): Partial<Messages> {
  return {
    missing: (c, _kind, names) => `${c.fn}() missing required argument '${names[0]}' (pos ${positions.indexOf(names[0]) + 1})`,
    tooManyPositional: (c, _min, max) => `${c.fn}() takes at most ${max} positional argument${max === 1 ? '' : 's'} (${c.given} given)`,
    unexpectedKeyword: (c, name) => `'${name}' is an invalid keyword argument for ${c.fn}()`,
    multipleValues: (c, name) => `argument for ${c.fn}() given by name ('${name}') and position (${positions.indexOf(name) + 1})`,
  };
}
