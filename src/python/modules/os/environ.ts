// os.environ: a sandboxed copy, not the kernel process's environment. A notebook from anywhere
// may print os.environ into an output that is then saved and shared, so cells see only variables
// that describe the user's locale and folders (HOME, USER, LANG, TZ, ...) plus TMPDIR, never
// tokens or keys. Cells may set variables (TF_CPP_MIN_LOG_LEVEL, CUDA_VISIBLE_DEVICES); the
// change stays in the session, as putenv would only reach child processes, which Gradbook has not.
import * as os from 'os';
import { PyValue } from '../../objects/core';
import { PyDict } from '../../objects/containers';
import { PyMethodDescr } from '../../objects/callables';
import { PyClass } from '../../objects/pyclass';
import { T } from '../../objects/types';
import { typeError } from '../../exceptions';
import { typeOf } from '../../runtime/type-name';
import { repr } from '../../runtime/repr';
import { asBuiltin, newContainer } from '../../runtime/subclass';
import { currentCache } from '../../interpreter/imports';
import { getAttrOpt } from '../../runtime/attributes';

/** Host variables a cell may read. */
export const ENVIRONMENT_ALLOWLIST = ['HOME', 'USER', 'LOGNAME', 'LANG', 'LANGUAGE', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TERM', 'COLUMNS', 'LINES'];

export const environClass = new PyClass('_Environ', [T.dict], 'os');

const needStr = (v: PyValue, what: string) => {
  if (typeof v !== 'string') throw typeError(`${what} expected, not ${typeOf(v).name}`);
  return v;
};

environClass.dict.set('__setitem__', new PyMethodDescr('__setitem__', (self: PyDict, a: PyValue[]) => {
  self.set(needStr(a[0], 'str'), needStr(a[1], 'str'));
  return null;
}, environClass));
environClass.dict.set('__repr__', new PyMethodDescr('__repr__', (self: PyDict) => `environ(${asBuiltin(self, () => repr(self))})`, environClass));
environClass.dict.set('copy', new PyMethodDescr('copy', (self: PyDict) => {
  const d = new PyDict();
  for (const e of self.map.values()) d.set(e.k, e.v);
  return d;
}, environClass));

/** A fresh environment for one session: the allowlisted host variables and the temp folder. */
export function makeEnviron(): PyDict {
  const env = newContainer(environClass, T.dict) as PyDict;
  for (const name of ENVIRONMENT_ALLOWLIST) {
    const v = process.env[name];
    if (v !== undefined) env.set(name, v);
  }
  env.set('TMPDIR', os.tmpdir());
  return env;
}

/** The running session's `os.environ` (whatever the program bound it to), as getenv reads it. */
export function sessionEnviron(): PyValue {
  const osModule = currentCache().import('os');
  return getAttrOpt(osModule, 'environ') ?? null;
}

/** A variable of the session's environment, or undefined. */
export function envValue(name: string): string | undefined {
  const env = sessionEnviron();
  if (env instanceof PyDict) {
    const v = env.get(name);
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}
