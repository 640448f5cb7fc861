// pickle's exception classes.
import { PyExceptionObj } from '../../objects/core';
import { PyClass } from '../../objects/pyclass';
import { E, registerExceptionClass } from '../../exceptions';

export const PickleError = new PyClass('PickleError', [E.Exception], '_pickle');
export const PicklingError = new PyClass('PicklingError', [PickleError], '_pickle');
export const UnpicklingError = new PyClass('UnpicklingError', [PickleError], '_pickle');
for (const c of [PickleError, PicklingError, UnpicklingError]) registerExceptionClass(c);

export const unpicklingError = (msg: string) => new PyExceptionObj(UnpicklingError, [msg]);
export const picklingError = (msg: string) => new PyExceptionObj(PicklingError, [msg]);
