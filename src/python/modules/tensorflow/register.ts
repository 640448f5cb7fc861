// Registers tensorflow (and its TF1 spellings) and the MNIST helper with the interpreter.
import { registerModule } from '../registry';
import { PyModule } from '../../objects/callables';
import { createTensorflowModule } from './module';
import { createInputDataModule } from '../input_data';
import { CONTRIB_SUBMODULES } from './contrib';
import { installPythonModules } from './python_modules';

registerModule('tensorflow', ctx => {
  const tf = createTensorflowModule();
  installPythonModules(tf, ctx);
  return tf;
});
registerModule('tensorflow.compat', ctx => (ctx.importModule('tensorflow') as PyModule).dict.get('compat')!);
registerModule('tensorflow.compat.v1', ctx => ctx.importModule('tensorflow'));
for (const name of ['tensorflow.examples', 'tensorflow.examples.tutorials', 'tensorflow.examples.tutorials.mnist']) {
  registerModule(name, () => new PyModule(name));
}
registerModule('tensorflow.examples.tutorials.mnist.input_data', ctx => createInputDataModule(ctx));
// `import tensorflow.contrib.rnn as rnn`, `from tensorflow.contrib import rnn`.
registerModule('tensorflow.contrib', ctx => (ctx.importModule('tensorflow') as PyModule).dict.get('contrib')!);
for (const sub of CONTRIB_SUBMODULES) {
  registerModule(`tensorflow.contrib.${sub.name}`, ctx => (ctx.importModule('tensorflow.contrib') as PyModule).dict.get(sub.name)!);
}
