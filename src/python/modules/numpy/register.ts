// Makes `import numpy as np` (and `import numpy.random`) available to every Python session.
import { registerModule } from '../registry';
import { PyModule } from '../../objects/callables';
import { createNumpyModule } from './index';
import { addLazyAttributes } from '../lazy_attributes';
import { getAttr } from '../../runtime/attributes';

registerModule('numpy', ctx => {
  const mod = createNumpyModule();
  // np.r_ / np.c_ are written in Python (src/python/stdlib/_numpy_index_tricks.py), loaded on first use.
  const trick = (name: string) => () => getAttr(ctx.importModule('_numpy_index_tricks'), name);
  addLazyAttributes(mod, { r_: trick('r_'), c_: trick('c_') });
  return mod;
});
registerModule('numpy.random', ctx => (ctx.importModule('numpy') as PyModule).dict.get('random')!);
