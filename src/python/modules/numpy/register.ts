// Makes `import numpy as np` (and `import numpy.random`) available to every Python session.
import { registerModule } from '../registry';
import { PyModule } from '../../objects/callables';
import { createNumpyModule } from './index';
import { addLazyAttributes } from '../lazy_attributes';
import { getAttr } from '../../runtime/attributes';

registerModule('numpy', ctx => {
  const mod = createNumpyModule();
  // np.r_ / np.c_ (src/python/stdlib/_numpy_index_tricks.py), np.average
  // (_numpy_function_base.py), np.indices / np.fromfunction (_numpy_numeric.py) and np.nan_to_num
  // (_numpy_type_check.py) are written in Python, loaded on first use.
  const fromPython = (module: string, name: string) => () => getAttr(ctx.importModule(module), name);
  addLazyAttributes(mod, {
    r_: fromPython('_numpy_index_tricks', 'r_'), c_: fromPython('_numpy_index_tricks', 'c_'),
    average: fromPython('_numpy_function_base', 'average'),
    indices: fromPython('_numpy_numeric', 'indices'), fromfunction: fromPython('_numpy_numeric', 'fromfunction'),
    nan_to_num: fromPython('_numpy_type_check', 'nan_to_num'),
  });
  return mod;
});
registerModule('numpy.random', ctx => (ctx.importModule('numpy') as PyModule).dict.get('random')!);
