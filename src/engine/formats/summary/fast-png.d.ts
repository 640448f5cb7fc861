// fast-png ships ESM types that `moduleResolution: node` cannot see; the part we use.
declare module 'fast-png' {
  export interface PngImageInput { width: number; height: number; data: Uint8Array | Uint16Array; channels?: number; depth?: 8 | 16 }
  export function encode(image: PngImageInput): Uint8Array;
  export function decode(data: Uint8Array | ArrayBuffer): { width: number; height: number; channels: number; depth: number; data: Uint8Array | Uint16Array };
}
