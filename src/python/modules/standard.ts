// The modules a Gradbook kernel offers to `import`. Entry points register them (the kernel worker,
// and tests and benchmarks that build a PythonSession of their own): the interpreter itself
// depends on no module, and a module missing here is a ModuleNotFoundError, never a silent skip.
import './math';
import './random';
import './small';
import './sys';
import './time/time';
import './os/register';
import './io/register';
import './json/register';
import './re/register';
import './struct';
import './pickle/register';
import './gzip';
import './csv';
import './hashlib';
import './numpy/register';
import './tensorflow/register';
import './matplotlib/register';
import '../interpreter/importlib-module';
import '../stdlib/index';
import './sklearn';
