import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang.ts';
import { planScenario } from './plan-scenario.ts';
import { scenarioInputSchema } from './scenario-input.ts';

/** Erlang B from its closed form, (A^c/c!) / Σ_{k≤c} A^k/k!, summed in log space. */
function referenceErlangB(c: number, a: number): number {
	const logTerms = Array.from({ length: c + 1 }, (_, k) => {
		let logFactorial = 0;
		for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
		return k * Math.log(a) - logFactorial;
	});
	const max = Math.max(...logTerms);
	const logSum = max + Math.log(logTerms.reduce((s, t) => s + Math.exp(t - max), 0));
	return Math.exp(logTerms[c]! - logSum);
}

describe('erlangB', () => {
	it('matches the closed form for loads up to a thousand places', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1200 }),
				fc.double({ min: 0.01, max: 1000, noNaN: true }),
				(c, a) => {
					const b = erlangB(c, a);
					const reference = referenceErlangB(c, a);
					// Relative error 1e-9; the tiny absolute slack only matters where both underflow.
					expect(Math.abs(b - reference)).toBeLessThanOrEqual(1e-9 * reference + 1e-300);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('knows the textbook values', () => {
		expect(erlangB(0, 5)).toBe(1);
		expect(erlangB(1, 1)).toBeCloseTo(0.5, 15);
		expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
		expect(erlangB(10, 5)).toBeCloseTo(0.018384570336, 10);
	});
});

describe('planScenario', () => {
	it('computes the contract fields for the defaults', () => {
		const result = planScenario(scenarioInputSchema.parse({ arrivalsPerYear: 40, averageStayDays: 300 }));
		const a = (40 * 300) / 365;
		expect(result.offeredLoad).toBe(a);
		expect(erlangB(result.places, a)).toBeLessThanOrEqual(0.05);
		expect(erlangB(result.places - 1, a)).toBeGreaterThan(0.05);
		expect(result.noPlaceProbability).toBe(erlangB(result.places, a));
		expect(result.homes).toBe(Math.ceil(result.places / 4));
		expect(result.carersOnDutyPerHome).toBe(1);
		expect(result.ftePerHome).toBeCloseTo(168 / (36 * 0.8), 12);
		expect(result.fteTotal).toBeCloseTo(result.homes * result.ftePerHome, 9);
		expect(result.costPerYear).toBeCloseTo(result.fteTotal * 75000 + result.homes * 4 * 30000, 6);
		expect(result.costPerOccupiedDay).toBeCloseTo(
			result.costPerYear / (a * (1 - result.noPlaceProbability) * 365),
			9
		);
	});

	it('stays finite and exact for hundreds of places', () => {
		const result = planScenario(
			scenarioInputSchema.parse({ arrivalsPerYear: 2000, averageStayDays: 365, maxNoPlaceProbability: 0.001 })
		);
		expect(result.places).toBeGreaterThan(2000);
		for (const v of Object.values(result)) expect(Number.isFinite(v)).toBe(true);
		expect(result.occupancy).toBeLessThanOrEqual(1);
	});

	it('refuses invalid input with a message per field', () => {
		const r = scenarioInputSchema.safeParse({
			averageStayDays: 0,
			groupSize: 7,
			rosterableShare: 1.2,
			maxNoPlaceProbability: 1
		});
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path.join('/')).sort()).toEqual(
			['arrivalsPerYear', 'averageStayDays', 'groupSize', 'maxNoPlaceProbability', 'rosterableShare'].sort()
		);
	});
});
