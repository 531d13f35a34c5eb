import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInstance, makeRandom } from '../../../bench/matching/generate-instance.ts';
import { referenceObjective, referenceOptimum } from '../../../tests/reference/matching-reference.ts';
import { buildAssignModel } from './assign-model.ts';
import { assign, type AssignResult } from './assign.ts';
import { greedyAssign } from './greedy-assign.ts';
import { improveAssignment } from './improve-assignment.ts';
import { assignInputSchema } from './matching-input.ts';

/** Every published promise of an assign answer, checked against the independent reference. */
function expectValidAnswer(raw: Record<string, unknown>, result: AssignResult): void {
	const youthIds = (raw.youths as { id: string }[]).map((y) => y.id).sort();
	const seen = [...result.assignments.map((a) => a.youthId), ...result.unplaced.map((u) => u.youthId)].sort();
	expect(seen).toEqual(youthIds);
	const ids = result.assignments.map((a) => a.youthId);
	expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	const recomputed = referenceObjective(raw, result.assignments);
	expect(recomputed.feasible).toBe(true);
	expect(recomputed.objective).toBe(result.objective);
	expect(result.assignments.reduce((sum, a) => sum + a.score, 0)).toBe(result.objective);
	expect(result.bound).toBeGreaterThanOrEqual(result.objective);
	expect(Number.isInteger(result.bound)).toBe(true);
	expect(result.optimal).toBe(result.objective === result.bound);
	for (const a of result.assignments) expect(a.reasons.length).toBeGreaterThan(0);
	for (const u of result.unplaced) expect(u.reason).not.toBe('');
}

describe('assign against brute force on small instances', () => {
	it('is feasible, recomputable and optimal on seeded random instances', async () => {
		const random = makeRandom(2026);
		for (let run = 0; run < 60; run++) {
			const raw = {
				...generateInstance(Math.floor(random() * 1e9), {
					homes: 1 + Math.floor(random() * 3),
					youths: 1 + Math.floor(random() * 7),
					freeMin: 0,
					freeMax: 3
				})
			};
			const result = await assign(assignInputSchema.parse(raw));
			expectValidAnswer(raw, result);
			expect(result.optimal).toBe(true);
			expect(result.objective).toBe(referenceOptimum(raw));
		}
	}, 120_000);

	it('property: optimal on instances with heavy pair rules (fast-check)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 1e9 }),
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 2, max: 7 }),
				fc.integer({ min: 0, max: 20 }),
				async (seed, homes, youths, ageGap) => {
					const generated = generateInstance(seed, { homes, youths, freeMin: 2, freeMax: 4 });
					const raw = {
						...generated,
						rules: { ...generated.rules, weights: { ageGap, ageGapFree: 1, placement: 40 } }
					};
					const result = await assign(assignInputSchema.parse(raw));
					expectValidAnswer(raw, result);
					expect(result.objective).toBe(referenceOptimum(raw));
					expect(result.optimal).toBe(true);
				}
			),
			{ numRuns: 40 }
		);
	}, 120_000);

	it('gives each new youth half of each pair term with another new youth (halves may be .5)', async () => {
		const home = { id: 'h', places: 2, ageMin: 10, ageMax: 20, regime: 'open' };
		const youths = [
			{ id: 'a', age: 12, gender: 'f', needs: [], intensity: 1 },
			{ id: 'b', age: 16, gender: 'f', needs: [], intensity: 1 }
		];
		// Pair term: −1 × (4 − 3) = −1, so each youth gets 100 − 0,5.
		const raw = { homes: [home], youths, rules: { weights: { ageGap: 1 } } };
		const result = await assign(assignInputSchema.parse(raw));
		expect(result.assignments.map((a) => a.score)).toEqual([99.5, 99.5]);
		expect(result.objective).toBe(199);
		expect(result.assignments[0]!.reasons.at(-1)).toContain('−0,5');
		expect(result.optimal).toBe(true);
	});

	it('explains why a youth stays unplaced', async () => {
		const home = { id: 'h', places: 1, ageMin: 12, ageMax: 18, regime: 'open' };
		const youths = [
			{ id: 'a', age: 14, gender: 'f', needs: [], intensity: 1, waitingDays: 300 },
			{ id: 'b', age: 14, gender: 'm', needs: [], intensity: 1 },
			{ id: 'c', age: 30, gender: 'x', needs: [], intensity: 1 }
		];
		const result = await assign(assignInputSchema.parse({ homes: [home], youths }));
		expect(result.assignments.map((a) => a.youthId)).toEqual(['a']);
		expect(result.unplaced).toEqual([
			{
				youthId: 'b',
				reason: 'De beschikbare plekken leveren bij andere jongeren samen een hogere totale score op.'
			},
			{ youthId: 'c', reason: 'Er is geen huis waar deze jongere volgens de harde eisen kan wonen.' }
		]);
	});

	it('handles no homes and no youths', async () => {
		const none = await assign(assignInputSchema.parse({ homes: [], youths: [] }));
		expect(none).toMatchObject({ assignments: [], unplaced: [], objective: 0, bound: 0, optimal: true });
	});
});

describe('the start solution', () => {
	it('local search keeps the greedy start feasible and never makes it worse', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
				const raw = generateInstance(seed, { homes: 8, youths: 20 });
				const input = assignInputSchema.parse(raw);
				const model = buildAssignModel(input);
				const objectiveOf = (chosen: number[]) => {
					const assignments = chosen.flatMap((c) => {
						const candidate = model.candidates[c];
						return candidate
							? [{ youthId: input.youths[candidate.youth]!.id, homeId: input.homes[candidate.home]!.id }]
							: [];
					});
					const recomputed = referenceObjective(raw, assignments);
					expect(recomputed.feasible).toBe(true);
					return recomputed.objective;
				};
				const greedy = greedyAssign(model);
				expect(objectiveOf(improveAssignment(model, greedy))).toBeGreaterThanOrEqual(objectiveOf(greedy));
			}),
			{ numRuns: 60 }
		);
	});
});

describe('assign under a time limit', () => {
	it('returns a valid answer with a bound on a large instance', async () => {
		const raw = { ...generateInstance(7, { homes: 100, youths: 300 }), timeLimitSeconds: 2 };
		const result = await assign(assignInputSchema.parse(raw));
		expectValidAnswer(raw, result);
		expect(typeof result.optimal).toBe('boolean');
	}, 120_000);
});
