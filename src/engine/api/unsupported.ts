// The one text for an argument Gradbook does not implement. The binder raises it for a
// parameter marked `unsupported` that is given a non-default value; an API function raises it
// itself when only some values of a parameter are unsupported (conv2d's explicit paddings).
import { PyLikeError } from '../errors';

/** `conv2d() argument 'padding' is not supported by Gradbook: explicit paddings`. */
export function unsupportedArgumentText(fn: string, arg: string, why?: string): string {
  return `${fn}() argument '${arg}' is not supported by Gradbook${why ? `: ${why}` : ''}`;
}

/** NotImplementedError naming the function (its Python name, `conv2d`) and the argument. */
export function unsupportedArgument(fn: string, arg: string, why?: string): PyLikeError {
  return new PyLikeError('NotImplementedError', unsupportedArgumentText(fn, arg, why));
}
