// The interrupt hook: the kernel worker installs a check that throws when the user pressed
// Stop (a SharedArrayBuffer flag); the session calls it between ops, the interpreter per loop.
let check: (() => void) | null = null;
export function setInterruptCheck(fn: (() => void) | null): void { check = fn; }
export function checkInterrupt(): void { if (check) check(); }
