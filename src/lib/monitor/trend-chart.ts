import type { Cell } from './figures.ts';
import { formatQuarter, type QuarterKey } from './quarter.ts';

/** A line chart of one percentage over quarters, laid out for a server-rendered SVG. */
export interface TrendChart {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	/** Runs of consecutive published values; a hidden value breaks the line (no interpolation). */
	segments: [number, number][][];
	points: { x: number; y: number; quarter: QuarterKey; value: number }[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; value: number }[];
	maxY: number;
}

/** Lays out a percentage (0–1) per quarter; the y axis runs from 0 to the next 25% above the top. */
export function layoutTrendChart(
	series: readonly { quarter: QuarterKey; cell: Cell }[],
	size: { width: number; height: number } = { width: 640, height: 260 }
): TrendChart {
	const plot = { left: 52, top: 14, right: size.width - 14, bottom: size.height - 40 };
	const values = series.flatMap((s) => (s.cell.value === null ? [] : [s.cell.value]));
	const maxY = Math.max(0.25, Math.ceil(Math.max(0, ...values) * 4) / 4);
	const n = Math.max(1, series.length - 1);
	const x = (i: number) => plot.left + (series.length === 1 ? 0.5 : i / n) * (plot.right - plot.left);
	const y = (v: number) => plot.bottom - (v / maxY) * (plot.bottom - plot.top);
	const segments: [number, number][][] = [];
	let current: [number, number][] = [];
	const points: TrendChart['points'] = [];
	series.forEach((s, i) => {
		if (s.cell.value === null) {
			if (current.length > 0) segments.push(current);
			current = [];
			return;
		}
		current.push([x(i), y(s.cell.value)]);
		points.push({ x: x(i), y: y(s.cell.value), quarter: s.quarter, value: s.cell.value });
	});
	if (current.length > 0) segments.push(current);
	// Label at most ~8 quarters so the labels never overlap.
	const every = Math.max(1, Math.ceil(series.length / 8));
	const xTicks = series
		.map((s, i) => ({ x: x(i), label: formatQuarter(s.quarter), i }))
		.filter((t) => t.i % every === 0 || t.i === series.length - 1)
		.map(({ x: tx, label }) => ({ x: tx, label }));
	const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: y(f * maxY), value: f * maxY }));
	return { width: size.width, height: size.height, plot, segments, points, xTicks, yTicks, maxY };
}
