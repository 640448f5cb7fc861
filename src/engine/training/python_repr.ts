// Python's repr of the values TF interpolates into its optimizer error texts.

/** repr(str): single quotes unless the text holds a single quote and no double quote. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').split(quote).join(`\\${quote}`);
  return `${quote}${body}${quote}`;
}

/** repr(list of str). */
export function pyStrListRepr(items: string[]): string {
  return `[${items.map(pyStrRepr).join(', ')}]`;
}
