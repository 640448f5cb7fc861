// pickle's exception classes.
import { PyExceptionObj } from '../../objects/core';
import { PyClass } from '../../objects/pyclass';
import { E } from '../../exceptions';

export const PickleError = new PyClass('PickleError', [E.Exception], '_pickle');
export const PicklingError = new PyClass('PicklingError', [PickleError], '_pickle');
export const UnpicklingError = new PyClass('UnpicklingError', [PickleError], '_pickle');

export const unpicklingError = (msg: string) => new PyExceptionObj(UnpicklingError, [msg]);
export const picklingError = (msg: string) => new PyExceptionObj(PicklingError, [msg]);
