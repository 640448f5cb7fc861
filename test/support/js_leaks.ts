// What a user must never see in an error: JavaScript stack frames, our build and install paths,
// or V8's own error texts. Used by the error gate (every cell error of the unit tests) and by
// the fuzz suite.

const PATTERNS: [RegExp, string][] = [
  [/^\s*at (?:.+ \()?[^()\s]+:\d+:\d+\)?\s*$/m, 'a JavaScript stack frame'],
  [/\.(?:js|ts|mjs|cjs):\d+/, 'a .js/.ts source position'],
  [/\bdist\//, 'a dist/ path'],
  [/node_modules/, 'a node_modules path'],
  [/Cannot (?:read|set) propert(?:y|ies) of|is not a function\b|is not a constructor\b|before initialization/, 'a V8 TypeError text'],
  [/Maximum call stack size exceeded|Invalid (?:typed )?array length|Invalid string length|Invalid array buffer length/, 'a V8 RangeError text'],
  [/Array buffer allocation failed|(?:Map|Set) maximum size exceeded|Maximum BigInt size exceeded/, 'a V8 allocation text'],
  [/\[object \w+\]|(?<!')\bundefined\b(?!')/, 'a JavaScript value printed as text'],
  [/\b(?:RangeError|ReferenceError|EvalError|URIError)\b/, 'a JavaScript error class'],
];

/** The first JavaScript leak in `text`, described, or null when the text is clean. */
export function jsLeakIn(text: string): string | null {
  for (const [re, what] of PATTERNS) {
    const m = re.exec(text);
    if (m) return `${what}: ${JSON.stringify(m[0])}`;
  }
  return null;
}
