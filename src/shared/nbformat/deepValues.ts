// Values nested deeper than any real notebook nests (a tool's bug, or a file made to break
// editors) cannot travel through VS Code: it copies notebook data with recursive JSON, which runs
// out of stack around ten thousand levels. Such a value is kept as the text it was written as;
// the notebook gets a short placeholder string in its place, and saving writes the text back,
// so the file opens, its cells work, and nothing of it is lost.
/** Deeper than this, a value is kept as text. Real notebooks stay far below (widget state: ~15). */
export const maxNesting = 100;

const placeholderPattern = /^⟪gradbook: a value nested over \d+ levels deep, kept as written \(\d+ bytes, [0-9a-f]{16}\)⟫$/;

export interface DeepValues {
  /** the text with every too-deep value replaced by its placeholder (a JSON string) */
  text: string;
  /** placeholder → the value's original text */
  kept: Record<string, string>;
}

/** Containers of the nbformat structure: a deep value is cut at its first container outside them. */
const structural = /^(|\/metadata|\/cells|\/cells\/\d+(\/metadata|\/outputs(\/\d+(\/data|\/metadata)?)?)?)$/;

interface Frame { start: number; object: boolean; path: string; items: number; key?: string }

export function keepDeepValues(text: string): DeepValues {
  const kept: Record<string, string> = {};
  const parts: string[] = [];
  const stack: Frame[] = [];
  let copiedTo = 0;
  let cut: { start: number; depth: number } | undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      // Skip the string: to its closing quote, past escaped characters.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      const frame = stack[stack.length - 1];
      if (!cut && frame?.object && /^\s*:/.test(text.slice(i + 1, i + 8))) frame.key = JSON.parse(text.slice(start, i + 1));
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (cut) continue;
      const parent = stack[stack.length - 1];
      const path = parent ? `${parent.path}/${parent.object ? escapeKey(parent.key ?? '') : parent.items}` : '';
      stack.push({ start: i, object: c === 123, path, items: 0 });
      if (depth > maxNesting) {
        const outer = stack.find((f) => !structural.test(f.path)) ?? stack[stack.length - 1];
        cut = { start: outer.start, depth: stack.indexOf(outer) + 1 };
      }
    } else if (c === 44 /* , */) {
      if (!cut && stack.length) stack[stack.length - 1].items++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (!cut) { stack.pop(); depth--; continue; }
      if (depth-- !== cut.depth) continue;
      const raw = text.slice(cut.start, i + 1);
      const placeholder = placeholderFor(raw);
      kept[placeholder] = raw;
      parts.push(text.slice(copiedTo, cut.start), JSON.stringify(placeholder));
      copiedTo = i + 1;
      stack.length = cut.depth - 1;
      cut = undefined;
    }
  }
  if (parts.length === 0) return { text, kept };
  parts.push(text.slice(copiedTo));
  return { text: parts.join(''), kept };
}

function escapeKey(key: string): string { return key.replace(/~/g, '~0').replace(/\//g, '~1'); }

function placeholderFor(raw: string): string {
  const hash = fingerprint(raw);
  return `⟪gradbook: a value nested over ${maxNesting} levels deep, kept as written (${raw.length} bytes, ${hash})⟫`;
}

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('⟪gradbook: ') && placeholderPattern.test(value);
}

/** 64 bits of FNV-1a (two 32-bit lanes): enough to tell kept values apart, no dependency. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
