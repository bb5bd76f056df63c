import './card.css';
import { LIBYA_MAP } from './libya-map';

/** Where a longitude/latitude falls on the locator map (same projection as tools/build-map.ts). */
export function projectOnMap(lon: number, lat: number): { x: number; y: number } {
  return { x: (lon - LIBYA_MAP.west) * LIBYA_MAP.cos * LIBYA_MAP.k, y: (LIBYA_MAP.north - lat) * LIBYA_MAP.k };
}

/**
 * A small static map of Libya with a dot on a place. Drawn from a path generated offline
 * (tools/build-map.ts): no tiles, no network. `approximate` draws a ring instead of a dot for
 * a region's rough centre, so the map claims no more precision than the dataset has.
 */
export default function LocatorMap({
  lon,
  lat,
  label,
  approximate = false,
}: {
  lon: number;
  lat: number;
  /** Accessible name: «موقع درنة على خريطة ليبيا». */
  label: string;
  approximate?: boolean;
}) {
  const { x, y } = projectOnMap(lon, lat);
  return (
    <svg
      class="locator-map"
      viewBox={`0 0 ${LIBYA_MAP.width} ${LIBYA_MAP.height}`}
      role="img"
      aria-label={label}
      width={LIBYA_MAP.width}
      height={LIBYA_MAP.height}
    >
      <path class="map-neighbours" d={LIBYA_MAP.neighbours} />
      <path class="map-libya" d={LIBYA_MAP.libya} />
      {approximate ? (
        <circle class="map-area" cx={x} cy={y} r={9} data-x={x.toFixed(1)} data-y={y.toFixed(1)} />
      ) : (
        <circle class="map-dot" cx={x} cy={y} r={3.5} data-x={x.toFixed(1)} data-y={y.toFixed(1)} />
      )}
    </svg>
  );
}
