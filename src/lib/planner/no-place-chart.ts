import type { CurvePoint } from './no-place-curve.ts';

/** Everything needed to draw the chart, in one coordinate system (SVG user units = PDF points). */
export interface ChartGeometry {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	/** The curve as a polyline: [x, y] pairs. */
	line: [number, number][];
	xTicks: { x: number; value: number }[];
	yTicks: { y: number; value: number }[];
	/** The chosen number of places. */
	marker: { x: number; y: number; places: number; probability: number };
	/** The horizontal line of the chosen maximum chance. */
	target: { y: number; value: number };
}

const niceSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

/** Lays out the chart of the chance of no free place (y, 0–max) against the number of places (x). */
export function layoutNoPlaceChart(
	points: CurvePoint[],
	chosen: { places: number; probability: number },
	targetProbability: number,
	size: { width: number; height: number } = { width: 640, height: 320 }
): ChartGeometry {
	const plot = { left: 56, top: 16, right: size.width - 16, bottom: size.height - 44 };
	const minX = points[0]?.places ?? chosen.places;
	const maxX = Math.max(points.at(-1)?.places ?? chosen.places, minX + 1);
	const highest = Math.max(targetProbability, ...points.map((p) => p.probability));
	// The y axis ends at the next 10% (or 5% / 2% / 1% for small chances), so the curve fills it.
	const maxY =
		[0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].find((v) => v >= highest) ?? 1;
	const x = (places: number) => plot.left + ((places - minX) / (maxX - minX)) * (plot.right - plot.left);
	const y = (p: number) => plot.bottom - (p / maxY) * (plot.bottom - plot.top);
	const xStep = niceSteps.find((s) => (maxX - minX) / s <= 8) ?? 10000;
	const xTicks: ChartGeometry['xTicks'] = [];
	for (let v = Math.ceil(minX / xStep) * xStep; v <= maxX; v += xStep) xTicks.push({ x: x(v), value: v });
	const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: y(f * maxY), value: f * maxY }));
	return {
		width: size.width,
		height: size.height,
		plot,
		line: points.map((p) => [x(p.places), y(p.probability)]),
		xTicks,
		yTicks,
		marker: { x: x(chosen.places), y: y(chosen.probability), ...chosen },
		target: { y: y(targetProbability), value: targetProbability }
	};
}
