import { PySingleton } from './core';
import { T } from './types';

export const NotImplemented = new PySingleton('NotImplemented', () => T.NotImplementedType);
export const Ellipsis = new PySingleton('Ellipsis', () => T.ellipsis);
