// Makes `import numpy as np` (and `import numpy.random`) available to every Python session.
import { registerModule } from '../registry';
import { PyModule } from '../../objects/callables';
import { createNumpyModule } from './index';

registerModule('numpy', () => createNumpyModule());
registerModule('numpy.random', ctx => (ctx.importModule('numpy') as PyModule).dict.get('random')!);
