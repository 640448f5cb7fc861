// The errors the format layer raises, as TF raises them: a corrupted or truncated file is
// tf.errors.DataLossError, a missing checkpoint or key is NotFoundError, a format feature we do
// not implement is NotImplementedError naming it.
import { OpError, PyLikeError } from '../errors';

export const dataLoss = (message: string) => new OpError('DataLossError', message, null);
export const notFound = (message: string) => new OpError('NotFoundError', message, null);
export const invalidArgumentError = (message: string) => new OpError('InvalidArgumentError', message, null);
export const notImplemented = (message: string) => new PyLikeError('NotImplementedError', message);
