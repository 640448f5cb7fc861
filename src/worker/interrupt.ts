// Cooperative interrupt: the host sets a slot of a SharedArrayBuffer, the interpreter and the
// engine's session poll it between statements and ops. Cheap enough to call in every loop step.
import { ControlSlot } from '../shared/protocol';

export class KeyboardInterrupt extends Error {
  override name = 'KeyboardInterrupt';
  // The Python front end turns a JS error with a `pyType` into that Python exception.
  readonly pyType = 'KeyboardInterrupt';
  constructor() { super(''); }
}

export function makeInterruptCheck(control: Int32Array): () => void {
  return () => {
    if (Atomics.load(control, ControlSlot.interrupt) !== 0) {
      // The host clears the flag when the cell ends; clearing here too lets `except
      // KeyboardInterrupt:` code go on running without being interrupted again at once.
      Atomics.store(control, ControlSlot.interrupt, 0);
      throw new KeyboardInterrupt();
    }
  };
}
