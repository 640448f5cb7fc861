// The Python `numpy` module: createNumpyModule() builds one instance (per notebook session,
// so each has its own np.random state). Importing this file also installs the ndarray
// operations (indexing, operators, methods) that ndarray objects from tf's sess.run use.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { Ellipsis } from '../../objects/singletons';
import { ndarrayClass } from './ndarray_object';
import { dtypeClass } from './dtype_object';
import { scalarClasses, abstractScalarClasses } from './scalar_types';
import { installScalarConstructors } from './scalar_constructors';
import { installNdarrayConstructor } from './ndarray_new';
import { installNumpyOps } from './ops';
import { createRandomModule } from './random';
import { NUMPY_TABLE } from './bound';
import { installTable } from '../../bind';
import { installMoreNumpy } from './more_tables';
import { resetPrintOptions } from '../../../numpy/format/print_options';

installNumpyOps();
installScalarConstructors();
installNdarrayConstructor();

const CONSTANTS: Record<string, PyValue> = {
  nan: new PyFloat(NaN), inf: new PyFloat(Infinity), pi: new PyFloat(Math.PI), e: new PyFloat(Math.E),
  newaxis: null, __version__: '1.26.4',
};

export function createNumpyModule(): PyModule {
  // Print options are NumPy's process state; a session importing numpy starts from the defaults.
  resetPrintOptions();
  const mod = new PyModule('numpy');
  installTable(mod, NUMPY_TABLE);
  for (const [name, v] of Object.entries(CONSTANTS)) mod.set(name, v);
  for (const [dtype, cls] of Object.entries(scalarClasses)) if (dtype !== 'string') mod.set(cls.name, cls);
  for (const [name, cls] of Object.entries(abstractScalarClasses)) mod.set(name, cls);
  mod.set('bool_', scalarClasses.bool).set('int_', scalarClasses.int64).set('double', scalarClasses.float64)
    .set('single', scalarClasses.float32).set('ndarray', ndarrayClass).set('dtype', dtypeClass)
    .set('Ellipsis', Ellipsis).set('random', createRandomModule());
  installMoreNumpy(mod);
  return mod;
}
