export interface CurvePoint {
	places: number;
	probability: number;
}

/** At most this many points: enough for a smooth line, small enough for SVG and PDF. */
const MAX_POINTS = 160;

/**
 * The chance of no free place against the number of places, around the chosen number: wide
 * enough to show the steep part of the curve, which is about √A places wide for a load A.
 */
export function noPlaceCurve(offeredLoad: number, chosenPlaces: number): CurvePoint[] {
	const span = Math.max(6, Math.ceil(3 * Math.sqrt(offeredLoad) + 2));
	const from = Math.max(1, chosenPlaces - span);
	const to = chosenPlaces + Math.ceil(span / 2);
	const step = Math.max(1, Math.ceil((to - from) / MAX_POINTS));
	const points: CurvePoint[] = [];
	// One pass of the recursion: B(k) from B(k−1), so every point costs O(1).
	let b = 1;
	for (let k = 1; k <= to; k++) {
		b = (offeredLoad * b) / (k + offeredLoad * b);
		if (k >= from && ((k - from) % step === 0 || k === chosenPlaces || k === to))
			points.push({ places: k, probability: b });
	}
	return points;
}
