// The base of everything drawn: label, z-order, alpha, visibility, and the owner it can be removed
// from (`artist.remove()`). Coordinates say which transform places the artist: data coordinates,
// axes fractions, figure fractions, or matplotlib's blended transforms (axhline: x in axes, y in data).
export type Coords = 'data' | 'axes' | 'figure' | 'xaxes' | 'yaxes';

export interface ArtistOwner { removeArtist(a: Artist): void }

export abstract class Artist {
  abstract readonly kind: string;
  label = '';
  alpha: number | null = null;
  visible = true;
  owner: ArtistOwner | null = null;
  /** Set by the artist types; matplotlib's defaults: images 0, patches 1, lines 2, texts 3. */
  zorder = 1;

  remove(): void { this.owner?.removeArtist(this); this.owner = null; }
  set_label(s: unknown): void { this.label = s === null || s === undefined ? '' : String(s); }
  get_label(): string { return this.label; }
  set_alpha(a: number | null): void { this.alpha = a; }
  get_alpha(): number | null { return this.alpha; }
  set_visible(v: boolean): void { this.visible = v; }
  get_visible(): boolean { return this.visible; }
  set_zorder(z: number): void { this.zorder = z; }
  get_zorder(): number { return this.zorder; }
}

/** Labels starting with an underscore are hidden from legends, as in matplotlib. */
export function legendVisible(label: string): boolean {
  return label !== '' && !label.startsWith('_');
}
