// Methods and constructors of the builtin types (str.split, list.append, int.to_bytes, int(...),
// bytes(...)) bound from signature tables by the one binder. Each row names the C parser CPython
// 3.11 uses for that method, because the parser decides the call-error text:
//   noargs      METH_NOARGS          str.upper() takes no arguments (1 given)
//   O           METH_O               list.append() takes exactly one argument (0 given)
//   positional  _PyArg_CheckPositional  replace expected at least 2 arguments, got 1
//   tuple       PyArg_ParseTuple     find() takes at least 1 argument (0 given)
//   clinic      Argument Clinic with keywords  'x' is an invalid keyword argument for split()
//   wrapper     a type slot's wrapper (__len__)  expected 0 arguments, got 1
//   unpack      a slot wrapper using PyArg_UnpackTuple (object.__setattr__)   expected 2 arguments, got 1
// test/python/fixtures/builtin_type_call_errors.py holds CPython's texts for each.
import type { PyValue, Kwargs } from '../objects/core';
import type { NativeNew, PyClass } from '../objects/pyclass';
import type { Signature } from '../../engine';
import { argumentBinder, classMethodOf, methodDescriptor, Messages } from '../bind';
import { textSignature, TextSignatureExtra } from '../bind/text_signature';
import { checkPositional, clinic, methO, noArgs, parseTuple, slotWrapper } from './c_messages';

export type CParser = 'noargs' | 'O' | 'positional' | 'tuple' | 'clinic' | 'wrapper' | 'unpack';

/** The bound arguments by parameter name: Python values, `undefined` for an omitted `{ expr }` default. */
export type CArgs = Readonly<Record<string, PyValue | undefined>>;

export interface CMethod<S = PyValue> {
  readonly parser: CParser;
  /** The method's name and CPython's signature text without `$self` (`(sep=None, maxsplit=-1)`). */
  readonly name: string;
  readonly text: string;
  readonly doc: string;
  readonly extra?: TextSignatureExtra;
  /** A classmethod (int.from_bytes, dict.fromkeys): `self` is the class. */
  readonly classMethod?: boolean;
  body(self: S, a: CArgs): PyValue;
}

/** One row of a builtin type's method table. */
export function cm<S = PyValue>(parser: CParser, name: string, text: string, doc: string, body: (self: S, a: CArgs) => PyValue, extra?: TextSignatureExtra & { classMethod?: boolean }): CMethod<S> {
  return { parser, name, text, doc, body, ...(extra ? { extra, classMethod: extra.classMethod } : {}) };
}

/** The `*args` of a bound call (the binder passes them as a list under the varargs name). */
export const varargsOf = (a: CArgs, name: string): PyValue[] => a[name] as unknown as PyValue[];
/** The `**kwargs` of a bound call. */
export const varkwOf = (a: CArgs, name: string): Kwargs => a[name] as unknown as Kwargs;

/** The call-error texts of a C function parsed by `parser`; `qualname` is `str.split` or `int`. */
function messagesFor(parser: CParser, sig: Signature, qualname: string): Partial<Messages> {
  const positional = sig.params.filter(p => p.kind !== 'keyword');
  const required = positional.filter(p => !('default' in p)).length;
  const isMethod = qualname.includes('.');
  switch (parser) {
    case 'noargs': return noArgs(qualname);
    case 'O': return methO(isMethod ? qualname.slice(0, qualname.lastIndexOf('.') + 1) : '');
    case 'positional': return checkPositional(required, positional.length, isMethod ? qualname : undefined);
    case 'tuple': return parseTuple(required, positional.length, qualname);
    case 'clinic': return clinic(positional.map(p => p.name), { keywordOnly: sig.params.some(p => p.kind === 'keyword') });
    case 'wrapper': return slotWrapper(positional.length);
    case 'unpack': return slotWrapper(positional.length, true);
  }
}

/** The signature of a row as the class `owner` has it (`bytes.join`, `bytearray.join`). */
export function cMethodSignature(owner: string, m: CMethod<never>): Signature {
  return textSignature(`${owner}.${m.name}`, m.text, m.doc, m.extra);
}

/** Installs a method table on a builtin class. */
export function installCMethods<S>(cls: PyClass, methods: readonly CMethod<S>[]): void {
  for (const m of methods) {
    const sig = cMethodSignature(cls.name, m as CMethod<never>);
    const messages = messagesFor(m.parser, sig, sig.name);
    // A classmethod's function receives the class first; the binder sees the rest.
    cls.dict.set(m.name, m.classMethod
      ? classMethodOf(sig, (c, a) => m.body(c as S, a as CArgs), messages, false)
      : methodDescriptor<S, Signature>(cls, sig, (self, a) => m.body(self, a as CArgs), messages, false));
  }
}

export interface CConstructor {
  readonly signature: Signature;
  readonly construct: NativeNew;
}

/** A builtin type's constructor (`int(x, /, base=10)`) as a NativeNew bound by the one binder. */
export function cConstructor(parser: CParser, name: string, text: string, doc: string, body: (cls: PyClass, a: CArgs) => PyValue, extra?: TextSignatureExtra): CConstructor {
  const signature = textSignature(name, text, doc, extra);
  const bind = argumentBinder(signature, messagesFor(parser, signature, name));
  return { signature, construct: (cls, args, kw) => body(cls, bind(args, kw) as CArgs) };
}
