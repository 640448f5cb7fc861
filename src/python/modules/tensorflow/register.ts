// Registers tensorflow (and its TF1 spellings) and the MNIST helper with the interpreter.
import { registerModule } from '../registry';
import { PyModule } from '../../objects/callables';
import { E, pyException } from '../../exceptions';
import { createTensorflowModule } from './module';
import { createInputDataModule } from '../input_data';
import { CONTRIB_SUBMODULES, UNSUPPORTED_CONTRIB, unsupportedContribText } from './contrib';
import { installPythonSubmodules } from './python_submodules';
import { installPythonModules } from './python_modules';

registerModule('tensorflow', ctx => {
  const tf = createTensorflowModule();
  installPythonModules(tf, ctx);
  return installPythonSubmodules(tf, ctx);
});
registerModule('tensorflow.compat', ctx => (ctx.importModule('tensorflow') as PyModule).dict.get('compat')!);
registerModule('tensorflow.compat.v1', ctx => ctx.importModule('tensorflow'));
for (const name of ['tensorflow.examples', 'tensorflow.examples.tutorials', 'tensorflow.examples.tutorials.mnist']) {
  registerModule(name, () => new PyModule(name));
}
registerModule('tensorflow.examples.tutorials.mnist.input_data', ctx => createInputDataModule(ctx));
// `import tensorflow.contrib.rnn as rnn`, `from tensorflow.contrib import rnn`. Python-source
// submodules (tensorflow.contrib.layers) are registered with the stdlib sources.
registerModule('tensorflow.contrib', ctx => (ctx.importModule('tensorflow') as PyModule).dict.get('contrib')!);
for (const sub of CONTRIB_SUBMODULES) {
  if (!('fill' in sub)) continue;
  registerModule(`tensorflow.contrib.${sub.name}`, ctx => (ctx.importModule('tensorflow.contrib') as PyModule).dict.get(sub.name)!);
}
for (const name of UNSUPPORTED_CONTRIB) {
  registerModule(`tensorflow.contrib.${name}`, () => { throw pyException(E.ImportError, unsupportedContribText(name)); });
}
