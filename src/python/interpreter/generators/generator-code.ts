// The code object of a generator function: a call binds the arguments into a fresh frame and
// returns a generator object; the body runs only when the generator is resumed.
import { PyValue, Kwargs } from '../../objects/core';
import { PyFunction } from '../../objects/callables';
import { CompiledCode } from '../functions';
import { Frame } from '../frame';
import { GenBody, PyGenerator } from './generator-object';
import './methods';

export class GeneratorCode extends CompiledCode {
  genBody: GenBody | null = null;

  override invoke(fn: PyFunction, self: PyValue | undefined, args: PyValue[], kw: Kwargs): PyValue {
    const f = new Frame(this.nSlots, this.nCells, fn.globals, null, fn);
    this.bind(fn, f, self, args, kw);
    return new PyGenerator(this.genBody!, f, this.name, fn.qualname, this.filename);
  }
}
