// Where tf.Print and tf.print write when their op runs. TF writes to the process's stderr (or
// the stream tf.print names); the front end installs a sink that writes into the running
// cell's output instead, which is what a notebook user expects to see.
export type PrintStream = 'stdout' | 'stderr';
type Sink = (stream: PrintStream, text: string) => void;

const defaultSink: Sink = (stream, text) => { (stream === 'stdout' ? console.log : console.error)(text.replace(/\n$/, '')); };
let sink: Sink = defaultSink;

/** Installs the front end's writer; null restores the default (the console). */
export function setPrintSink(fn: Sink | null): void { sink = fn ?? defaultSink; }

export function writePrinted(stream: PrintStream, text: string): void { sink(stream, text); }
