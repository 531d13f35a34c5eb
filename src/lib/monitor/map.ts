import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import provinceTopology from './data/provincie_2025.topo.json' with { type: 'json' };
import regionTopology from './data/jeugdregio_2025.topo.json' with { type: 'json' };

/** One area of the map: its code, name and SVG path in the map's coordinates. */
export interface MapShape {
	code: string;
	name: string;
	d: string;
}

export const MAP_SIZE = { width: 420, height: 500 } as const;

interface ShapeProperties {
	statcode: string;
	statnaam: string;
}

const cache = new Map<string, MapShape[]>();

/**
 * The shapes of the provinces or jeugdregio's, projected once (Mercator fitted to the box). The
 * boundaries are CBS/PDOK's generalised ones, fine at country scale.
 */
export function mapShapes(level: 'province' | 'region'): MapShape[] {
	const cached = cache.get(level);
	if (cached) return cached;
	const topology = (level === 'province' ? provinceTopology : regionTopology) as unknown as Topology;
	const object = Object.values(topology.objects)[0] as GeometryCollection<ShapeProperties>;
	const collection = feature(topology, object);
	// d3 wants clockwise outer rings (spherical polygons); these files use the planar convention,
	// so rewinding keeps every area from being drawn as "the whole world minus the area".
	for (const f of collection.features) rewind(f.geometry);
	const projection = geoMercator().fitSize([MAP_SIZE.width, MAP_SIZE.height], collection);
	const path = geoPath(projection);
	const shapes = collection.features
		.map((f) => ({ code: f.properties.statcode, name: f.properties.statnaam, d: roundPath(path(f) ?? '') }))
		.sort((a, b) => a.code.localeCompare(b.code));
	cache.set(level, shapes);
	return shapes;
}

function roundPath(d: string): string {
	return d.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1));
}

type Ring = [number, number][];

// Shoelace sign in lon/lat: positive = counter-clockwise.
function signedArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
	}
	return sum / 2;
}

function rewindPolygon(rings: Ring[]): void {
	rings.forEach((ring, i) => {
		const isCounterClockwise = signedArea(ring) > 0;
		// Outer ring (i = 0) clockwise, holes counter-clockwise, as d3-geo expects.
		if ((i === 0 && isCounterClockwise) || (i > 0 && !isCounterClockwise)) ring.reverse();
	});
}

function rewind(geometry: GeoJSON.Geometry): void {
	if (geometry.type === 'Polygon') rewindPolygon(geometry.coordinates as Ring[]);
	if (geometry.type === 'MultiPolygon')
		for (const polygon of geometry.coordinates) rewindPolygon(polygon as Ring[]);
}

/** One class of the legend: values from `min` up to `max`, drawn with `fill`. */
export interface LegendClass {
	min: number;
	max: number;
	fill: string;
}

// A sequential blue scale with enough contrast between steps; hatching marks "no figure".
const palette = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'];

/**
 * Splits the published values into up to five classes of equal width between the lowest and the
 * highest value; with one distinct value, one class.
 */
export function legendOf(values: readonly number[]): LegendClass[] {
	if (values.length === 0) return [];
	const min = Math.min(...values);
	const max = Math.max(...values);
	if (min === max) return [{ min, max, fill: palette[2]! }];
	const count = Math.min(palette.length, new Set(values).size);
	const step = (max - min) / count;
	return Array.from({ length: count }, (_, i) => ({
		min: min + i * step,
		max: i === count - 1 ? max : min + (i + 1) * step,
		fill: palette[Math.round((i * (palette.length - 1)) / Math.max(1, count - 1))]!
	}));
}

/** The fill of a value under a legend (the last class includes its maximum). */
export function fillOf(value: number, legend: readonly LegendClass[]): string | undefined {
	return legend.find((c, i) => value >= c.min && (value < c.max || i === legend.length - 1))?.fill;
}
