import { pairLookupOf, type AssignModel } from './assign-model.ts';

/**
 * A quick feasible assignment: candidates by value (highest first), each placed when its home
 * still has room and the placement still adds to the objective with the youths placed there
 * before it. The solver's starting point and the benchmark's baseline. Returns the chosen
 * candidate per youth (−1 = unplaced).
 */
export function greedyAssign(model: AssignModel): number[] {
	const chosen = model.byYouth.map(() => -1);
	const placed: number[][] = model.byHome.map(() => []);
	const intensity = model.byHome.map(() => 0);
	const { conflictOf, weightOf } = pairLookupOf(model);
	const order = model.candidates.map((candidate, c) => ({ candidate, c }));
	order.sort((a, b) => b.candidate.value - a.candidate.value || a.c - b.c);
	for (const { candidate, c } of order) {
		const { youth, home, value } = candidate;
		const group = placed[home]!;
		if (chosen[youth] !== -1 || group.length >= model.free[home]!) continue;
		if (intensity[home]! + candidate.intensity > model.intensityRoom[home]!) continue;
		if (group.some((other) => conflictOf(c, other))) continue;
		const gain = group.reduce((sum, other) => sum + weightOf(c, other), value);
		if (gain <= 0) continue;
		chosen[youth] = c;
		group.push(c);
		intensity[home] = intensity[home]! + candidate.intensity;
	}
	return chosen;
}
