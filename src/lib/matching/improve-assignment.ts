import { pairLookupOf, type AssignModel } from './assign-model.ts';

/**
 * Local search on a feasible assignment (chosen candidate per youth, −1 = unplaced): insert,
 * remove, swap within a home, and move a youth to another home to make room for a waiting one,
 * each only when the objective strictly improves. Gives the solver a strong start (so its bound
 * can close the gap early) and is the fallback answer when a time limit stops the solver.
 */
export function improveAssignment(model: AssignModel, start: number[], maxRounds = 50): number[] {
	const chosen = [...start];
	const { conflictOf, weightOf } = pairLookupOf(model);
	const members: number[][] = model.byHome.map(() => []);
	const intensity = model.byHome.map(() => 0);
	for (const c of chosen) {
		if (c < 0) continue;
		const { home } = model.candidates[c]!;
		members[home]!.push(c);
		intensity[home] = intensity[home]! + model.candidates[c]!.intensity;
	}
	const candidate = (c: number) => model.candidates[c]!;
	/** Gain of adding c to its home, with `without` left out; null when c does not fit. */
	const insertGain = (c: number, without = -1): number | null => {
		const { home, value } = candidate(c);
		const group = members[home]!.filter((other) => other !== without);
		const room =
			model.intensityRoom[home]! - (intensity[home]! - (without >= 0 ? candidate(without).intensity : 0));
		if (group.length >= model.free[home]! || candidate(c).intensity > room) return null;
		if (group.some((other) => conflictOf(c, other))) return null;
		return group.reduce((sum, other) => sum + weightOf(c, other), value);
	};
	const contribution = (c: number) => {
		const { home, value } = candidate(c);
		return members[home]!.reduce((sum, other) => (other === c ? sum : sum + weightOf(c, other)), value);
	};
	const place = (c: number) => {
		const { youth, home } = candidate(c);
		chosen[youth] = c;
		members[home]!.push(c);
		intensity[home] = intensity[home]! + candidate(c).intensity;
	};
	const unplace = (c: number) => {
		const { youth, home } = candidate(c);
		chosen[youth] = -1;
		members[home] = members[home]!.filter((other) => other !== c);
		intensity[home] = intensity[home]! - candidate(c).intensity;
	};
	/** The best waiting youth's candidate for a home, with its gain (null when none fits). */
	const bestInsertInto = (home: number, exceptYouth: number): { c: number; gain: number } | null => {
		let best: { c: number; gain: number } | null = null;
		for (const c of model.byHome[home]!) {
			if (candidate(c).youth === exceptYouth || chosen[candidate(c).youth] !== -1) continue;
			const gain = insertGain(c);
			if (gain !== null && gain > 0 && (best === null || gain > best.gain)) best = { c, gain };
		}
		return best;
	};

	for (let round = 0; round < maxRounds; round++) {
		let hasImproved = false;
		for (const [y, list] of model.byYouth.entries()) {
			const current = chosen[y]!;
			if (current < 0) {
				// Insert, or swap out a placed youth of the same home.
				let best: { c: number; out: number; gain: number } | null = null;
				for (const c of list) {
					const direct = insertGain(c);
					if (direct !== null && direct > 0 && (best === null || direct > best.gain))
						best = { c, out: -1, gain: direct };
					for (const out of members[candidate(c).home]!) {
						const swapped = insertGain(c, out);
						if (swapped === null) continue;
						const gain = swapped - contribution(out);
						if (gain > 0 && (best === null || gain > best.gain)) best = { c, out, gain };
					}
				}
				if (best) {
					if (best.out >= 0) unplace(best.out);
					place(best.c);
					hasImproved = true;
				}
				continue;
			}
			const own = contribution(current);
			if (own <= 0) {
				unplace(current);
				hasImproved = true;
				continue;
			}
			// Move to another home, counting the best waiting youth that can take the freed place.
			for (const c of list) {
				if (c === current) continue;
				const moved = insertGain(c);
				if (moved === null) continue;
				const home = candidate(current).home;
				unplace(current);
				const refill = bestInsertInto(home, y);
				const gain = moved - own + (refill?.gain ?? 0);
				if (gain > 0) {
					place(c);
					if (refill && insertGain(refill.c) !== null) place(refill.c);
					hasImproved = true;
					break;
				}
				place(current);
			}
		}
		if (!hasImproved) break;
	}
	return chosen;
}
