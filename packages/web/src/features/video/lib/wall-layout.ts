/** The camera wall's layouts: 1, 4 or 9 tiles in a square grid. */
export const WALL_LAYOUTS = [1, 4, 9] as const;
export type WallLayout = (typeof WALL_LAYOUTS)[number];

export interface WallTile {
  cameraId: string;
  name: string;
}

/** Columns of a layout's grid. */
export function wallColumns(layout: WallLayout): number {
  return Math.round(Math.sqrt(layout));
}

/**
 * Puts a camera on the wall: a camera already shown stays where it is; otherwise it takes the first free tile, or
 * replaces the last tile when the wall is full. Tiles beyond a smaller layout are dropped (their views close).
 */
export function placeOnWall<T extends WallTile>(tiles: readonly T[], tile: T, layout: WallLayout): T[] {
  const shown = tiles.slice(0, layout);
  if (shown.some((t) => t.cameraId === tile.cameraId)) return shown;
  if (shown.length < layout) return [...shown, tile];
  return [...shown.slice(0, layout - 1), tile];
}
