import { describe, expect, it } from 'vitest';
import { buildScenarioCsv } from './build-scenario-csv.ts';
import { describeScenario } from './describe-scenario.ts';
import { erlangB } from './erlang.ts';
import { formatEuro, formatPercent, formatSigned, formatWhole } from './format-nl.ts';
import { noPlaceCurve } from './no-place-curve.ts';
import { planScenario } from './plan-scenario.ts';
import { currentGroupsSchema, planTransition } from './plan-transition.ts';
import { columnQuery, parseDutchNumber } from './scenario-form.ts';
import { scenarioInputSchema } from './scenario-input.ts';

const defaults = scenarioInputSchema.parse({ arrivalsPerYear: 40, averageStayDays: 300 });

describe('parseDutchNumber', () => {
	it('reads numbers the way Dutch users type them', () => {
		expect(parseDutchNumber('0,05')).toBe(0.05);
		expect(parseDutchNumber('0.05')).toBe(0.05);
		expect(parseDutchNumber('75.000')).toBe(75000);
		expect(parseDutchNumber('€ 1.234,5')).toBe(1234.5);
		expect(parseDutchNumber(' 36 ')).toBe(36);
		expect(parseDutchNumber('-3')).toBe(-3);
		expect(parseDutchNumber('')).toBeUndefined();
		expect(parseDutchNumber(null)).toBeUndefined();
		for (const bad of ['veertig', '1,2,3', '4e5', '12abc', '.']) expect(parseDutchNumber(bad)).toBeNaN();
	});

	it('round-trips what columnQuery writes for saved scenarios', () => {
		const input = scenarioInputSchema.parse({
			arrivalsPerYear: 1234.5,
			averageStayDays: 0.25,
			maxNoPlaceProbability: 1e-7
		});
		for (const [key, value] of columnQuery('b', 'X', input).slice(1)) {
			expect(parseDutchNumber(value)).toBe(input[key.slice(2) as keyof typeof input]);
		}
	});
});

describe('planTransition', () => {
	it('costs today with the scenario assumptions and gives the differences', () => {
		const result = planScenario(defaults);
		const current = currentGroupsSchema.parse({ groups: 4, groupSize: 10, carersOnDuty: 2 });
		const t = planTransition(current, defaults, result);
		expect(t.current.places).toBe(40);
		expect(t.current.homes).toBe(4);
		expect(t.current.fteTotal).toBeCloseTo((4 * 2 * 168) / (36 * 0.8), 12);
		expect(t.current.costPerYear).toBeCloseTo(t.current.fteTotal * 75000 + 40 * 30000, 6);
		expect(t.scenario).toEqual({
			places: result.places,
			homes: result.homes,
			fteTotal: result.fteTotal,
			costPerYear: result.costPerYear
		});
		expect(t.difference.places).toBe(result.places - 40);
		expect(t.difference.costPerYear).toBeCloseTo(result.costPerYear - t.current.costPerYear, 6);
	});

	it('refuses impossible groups with Dutch messages', () => {
		const r = currentGroupsSchema.safeParse({ groups: 0, groupSize: 31, carersOnDuty: 1.5 });
		expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['carersOnDuty', 'groupSize', 'groups']);
		expect(r.error?.issues[0]?.message).toMatch(/^Het aantal/);
	});
});

describe('noPlaceCurve and the chart', () => {
	it('follows Erlang B around the chosen point, falling, with the chosen point included', () => {
		for (const [arrivals, stay] of [
			[40, 300],
			[0.5, 1],
			[2000, 300]
		] as const) {
			const input = scenarioInputSchema.parse({ arrivalsPerYear: arrivals, averageStayDays: stay });
			const result = planScenario(input);
			const curve = noPlaceCurve(result.offeredLoad, result.places);
			expect(curve.length).toBeLessThanOrEqual(162);
			expect(
				curve.some((p) => p.places === result.places && p.probability === result.noPlaceProbability)
			).toBe(true);
			for (const p of curve) expect(p.probability).toBeCloseTo(erlangB(p.places, result.offeredLoad), 12);
			for (let i = 1; i < curve.length; i++)
				expect(curve[i]!.probability).toBeLessThan(curve[i - 1]!.probability);
		}
	});

	it('puts the marker on the curve and inside the plot', () => {
		const view = describeScenario('A', defaults);
		const { chart } = view;
		expect(chart.line).toContainEqual([chart.marker.x, chart.marker.y]);
		for (const [x, y] of chart.line) {
			expect(x).toBeGreaterThanOrEqual(chart.plot.left);
			expect(x).toBeLessThanOrEqual(chart.plot.right + 1e-9);
			expect(y).toBeGreaterThanOrEqual(chart.plot.top - 1e-9);
			expect(y).toBeLessThanOrEqual(chart.plot.bottom);
		}
		expect(chart.target.y).toBeGreaterThan(chart.plot.top);
		expect(chart.xTicks.length).toBeGreaterThan(1);
	});
});

describe('Dutch formats and the CSV', () => {
	it('formats numbers the Dutch way', () => {
		expect(formatWhole(1250)).toBe('1.250');
		expect(formatPercent(0.0426)).toBe('4,3%');
		expect(formatEuro(5575000).replace(/\s/g, ' ')).toBe('€ 5.575.000');
		expect(formatSigned(-1.5, (v) => v.toString())).toBe('−1.5');
		expect(formatSigned(0.0001, formatWhole)).toBe('0');
	});

	it('writes one column per scenario with decimal commas and the transition', () => {
		const a = describeScenario('Scenario A', defaults, { groups: 4, groupSize: 10, carersOnDuty: 2 });
		const b = describeScenario(
			'Met "aanhalingstekens"; en meer',
			scenarioInputSchema.parse({ arrivalsPerYear: 60, averageStayDays: 250 })
		);
		const csv = buildScenarioCsv([a, b]);
		expect(csv.startsWith('\uFEFF;Scenario A;"Met ""aanhalingstekens""; en meer"\r\n')).toBe(true);
		const lines = csv.split('\r\n');
		expect(lines).toContain(`Benodigde plaatsen;${a.result.places};${b.result.places}`);
		expect(lines).toContain('Kans dat er geen plek vrij is (hoogstens);0,05;0,05');
		expect(b.result.fteTotal).toBeCloseTo(70, 9);
		expect(lines).toContain('Fte in totaal;58,333333;70');
		expect(lines).toContain('Benodigde plaatsen: Nu;40;');
	});
});
