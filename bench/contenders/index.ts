// The training contenders, in table order. Gradbook first: the others are compared with it.
import { Contender } from './contender';
import { gradbookContender } from './gradbook';
import { plainJsContender } from './plain-js';
import { tfjsContender } from './tfjs';

export const TRAINING_CONTENDERS: Contender[] = [
  gradbookContender,
  tfjsContender('cpu'),
  tfjsContender('wasm'),
  plainJsContender,
];

export function contenderNamed(name: string): Contender | undefined {
  return TRAINING_CONTENDERS.find((c) => c.name === name);
}
