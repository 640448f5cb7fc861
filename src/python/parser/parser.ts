// Public entry of the parser.
export { parseModule } from './statements';
export { CompileError } from '../lexer/syntax-error';
