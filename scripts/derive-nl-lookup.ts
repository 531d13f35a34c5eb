/**
 * Derives src/lib/nl/data/gemeenten.json — every gemeente with its jeugdregio and provincie —
 * from the CBS/PDOK 2025 files in src/lib/nl/data (copied from ../shared/data/nl; see SOURCE.md).
 * The jeugdregio comes from jeugdregio_2025.csv. No gemeente→provincie table was at hand, so the
 * provincie is derived spatially, the same way the CSV was: sample points on the shared integer
 * grid inside each gemeente and take the provincie that holds the majority of them.
 * Run: npx tsx scripts/derive-nl-lookup.ts  (prints the lowest shares as a check)
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Ring = [number, number][];
interface Topology {
	arcs: [number, number][][];
	objects: Record<string, { geometries: Geometry[] }>;
}
interface Geometry {
	type: 'Polygon' | 'MultiPolygon';
	arcs: number[][] | number[][][];
	properties: { statcode: string; statnaam: string };
}
interface Shape {
	code: string;
	name: string;
	polygons: Ring[][];
	box: [number, number, number, number];
}

const dir = new URL('../src/lib/nl/data/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Topology;

function shapesOf(topology: Topology, object: string): Shape[] {
	// Delta-decode the quantised arcs into absolute grid coordinates.
	const arcs = topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => [(x += dx), (y += dy)] as [number, number]);
	});
	const ring = (indexes: number[]): Ring =>
		indexes.flatMap((i) => (i >= 0 ? arcs[i]! : [...arcs[~i]!].reverse()));
	return topology.objects[object]!.geometries.map((g) => {
		const polygons =
			g.type === 'Polygon'
				? [(g.arcs as number[][]).map(ring)]
				: (g.arcs as number[][][]).map((p) => p.map(ring));
		const points = polygons.flat(2);
		const xs = points.map((p) => p[0]);
		const ys = points.map((p) => p[1]);
		return {
			code: g.properties.statcode,
			name: g.properties.statnaam,
			polygons,
			box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
		};
	});
}

function ringContains(ring: Ring, x: number, y: number): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function contains(shape: Shape, x: number, y: number): boolean {
	const [x0, y0, x1, y1] = shape.box;
	if (x < x0 || x > x1 || y < y0 || y > y1) return false;
	// Even-odd over all rings of a polygon handles its holes.
	return shape.polygons.some((rings) => rings.filter((r) => ringContains(r, x, y)).length % 2 === 1);
}

const provinces = shapesOf(read('provincie_2025.topojson'), 'provincie_2025');
const municipalities = shapesOf(read('gemeente_2025.topojson'), 'gemeente_2025');
const regions = new Map(
	readFileSync(new URL('jeugdregio_2025.csv', dir), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => {
			const cells = line.match(/("[^"]*"|[^,]+)/g)!.map((c) => c.replace(/^"|"$/g, ''));
			return [cells[0]!, { code: cells[2]!, name: cells[3]! }] as const;
		})
);

const rows = municipalities.map((gm) => {
	const [x0, y0, x1, y1] = gm.box;
	const step = Math.max(1, Math.floor(Math.sqrt(((x1 - x0) * (y1 - y0)) / 4000)));
	const votes = new Map<string, number>();
	let total = 0;
	for (let x = x0 + step / 2; x <= x1; x += step) {
		for (let y = y0 + step / 2; y <= y1; y += step) {
			if (!contains(gm, x, y)) continue;
			total++;
			const pv = provinces.find((p) => contains(p, x, y));
			if (pv) votes.set(pv.code, (votes.get(pv.code) ?? 0) + 1);
		}
	}
	const [best, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
	const province = provinces.find((p) => p.code === best);
	const region = regions.get(gm.code);
	if (!province || !region) throw new Error(`No provincie or jeugdregio for ${gm.code} ${gm.name}`);
	return { gm, province, region, share: total ? count / total : 0 };
});

for (const r of [...rows].sort((a, b) => a.share - b.share).slice(0, 5)) {
	console.log(`lowest share: ${r.gm.code} ${r.gm.name} → ${r.province.name} ${(r.share * 100).toFixed(1)}%`);
}
const perProvince = new Map<string, number>();
for (const r of rows) perProvince.set(r.province.name, (perProvince.get(r.province.name) ?? 0) + 1);
console.log('gemeenten per provincie:', Object.fromEntries(perProvince));
const regionProvinces = new Map<string, Set<string>>();
for (const r of rows) regionProvinces.set(r.region.code, (regionProvinces.get(r.region.code) ?? new Set()).add(r.province.code));
for (const [code, set] of regionProvinces) if (set.size > 1) console.log(`jeugdregio ${code} spans ${[...set].join(', ')}`);

const output = {
	source: 'CBS / PDOK (CBS Gebiedsindelingen 2025), vereenvoudigd door cartomap/nl; provincie afgeleid (scripts/derive-nl-lookup.ts)',
	provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
	regions: [...new Map([...regions.values()].map((r) => [r.code, r])).values()]
		.map((r) => ({ ...r, provinceCodes: [...(regionProvinces.get(r.code) ?? [])].sort() }))
		.sort((a, b) => a.code.localeCompare(b.code)),
	municipalities: rows.map((r) => ({
		code: r.gm.code,
		name: r.gm.name,
		regionCode: r.region.code,
		provinceCode: r.province.code
	}))
};
writeFileSync(new URL('gemeenten.json', dir), JSON.stringify(output, null, '\t') + '\n');
console.log(`wrote ${output.municipalities.length} gemeenten, ${output.regions.length} jeugdregio's, ${output.provinces.length} provincies`);
