// The parts of fast-png matplotlib.image uses beyond src/engine/formats/summary/fast-png.d.ts.
declare module 'fast-png' {
  export function convertIndexedToRgb(image: { data: Uint8Array | Uint16Array; palette?: unknown; depth: number; width: number; height: number; channels: number }): Uint8Array;
}
