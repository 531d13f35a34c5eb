import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../bench/matching/generate-instance.ts';
import { referenceFit, referenceRanking } from '../../../tests/reference/matching-reference.ts';
import { explainFit } from './explain-fit.ts';
import {
	matchingHomeSchema,
	matchingRulesSchema,
	matchingYouthSchema,
	rankHomesInputSchema,
	rankYouthsInputSchema
} from './matching-input.ts';
import { rankHomes } from './rank-homes.ts';
import { rankYouths } from './rank-youths.ts';

// The published example of matching.md, worked out by hand.
const example = {
	homes: [
		{
			id: 'h1',
			places: 4,
			ageMin: 12,
			ageMax: 18,
			regime: 'open',
			genders: ['f', 'm', 'x'],
			maxIntensity: 9,
			competences: ['trauma', 'lvb'],
			municipality: 'GM0363',
			region: 'JZ13',
			residents: [{ id: 'r1', age: 15, gender: 'f', needs: ['trauma'], intensity: 2 }]
		}
	],
	youth: {
		id: 'y1',
		age: 14,
		gender: 'm',
		needs: ['lvb', 'agressie'],
		intensity: 3,
		closedAuthorisation: false,
		municipality: 'GM0344',
		region: 'JZ20',
		waitingDays: 95
	},
	rules: {
		incompatible: [['seksueel-grensoverschrijdend', 'slachtoffer-seksueel-misbruik']],
		caution: [
			['agressie', 'agressie', 8],
			['verslaving', 'verslaving', 6]
		]
	}
};

describe('rankHomes on the published example', () => {
	it('scores 100 + 3 (95 days) + 10 (lvb) − 10 (agressie) = 103 with one line per term', () => {
		const { ranking } = rankHomes(rankHomesInputSchema.parse(example));
		expect(ranking).toEqual([
			{
				homeId: 'h1',
				feasible: true,
				score: 103,
				reasons: [
					'Plaatsing: +100.',
					'Wachttijd 95 dagen: +3.',
					'Behoeften waar het huis deskundig in is (lvb): +10.',
					'Behoeften waar het huis niet deskundig in is (agressie): −10.'
				]
			}
		]);
	});

	it('names every broken constraint of an infeasible home and gives no score', () => {
		const home = {
			...example.homes[0]!,
			id: 'h2',
			places: 1,
			ageMin: 16,
			regime: 'closed',
			genders: ['f'],
			maxIntensity: 4
		};
		const youth = { ...example.youth, needs: ['slachtoffer-seksueel-misbruik'] };
		const resident = {
			id: 'r2',
			age: 16,
			gender: 'f',
			needs: ['seksueel-grensoverschrijdend'],
			intensity: 2
		};
		const { ranking } = rankHomes(
			rankHomesInputSchema.parse({ ...example, youth, homes: [{ ...home, residents: [resident] }] })
		);
		expect(ranking[0]).toMatchObject({ homeId: 'h2', feasible: false, score: null });
		expect(ranking[0]!.reasons).toEqual([
			'Geen vrije plek: 1 bewoners en 1 plekken.',
			'Leeftijd 14 valt buiten de leeftijdsgrenzen van het huis (16–18).',
			'Het huis is gesloten en de jongere heeft geen machtiging gesloten jeugdhulp.',
			'Het huis neemt geen jongeren met geslacht m op.',
			'Onverenigbaar met bewoner r2: slachtoffer-seksueel-misbruik en seksueel-grensoverschrijdend samen.',
			'De zorgzwaarte wordt 5 en het huis kan ten hoogste 4 aan.'
		]);
	});

	it('counts a caution rule once per pair and the age gap beyond the free years', () => {
		const resident = { id: 'r1', age: 19, gender: 'f', needs: ['agressie', 'verslaving'], intensity: 1 };
		const youth = { ...example.youth, age: 12, needs: ['agressie', 'verslaving'], waitingDays: 0 };
		const rules = {
			...example.rules,
			caution: [
				['agressie', 'verslaving', 5],
				['agressie', 'agressie', 8]
			]
		};
		const home = {
			...example.homes[0]!,
			ageMax: 23,
			competences: ['agressie', 'verslaving'],
			residents: [resident]
		};
		const fit = explainFit(
			matchingYouthSchema.parse(youth),
			matchingHomeSchema.parse(home),
			matchingRulesSchema.parse(rules)
		);
		// 100 + 2 × 10 covered; pair: −2 × (7 − 3) = −8, −5 (agressie–verslaving, once), −8 (agressie–agressie).
		expect(fit.ownPoints).toBe(120);
		expect(fit.residents[0]!.points).toBe(-21);
		expect(fit.score).toBe(99);
		expect(fit.residents[0]!.lines).toHaveLength(3);
	});
});

describe('rankings agree with the independent reference', () => {
	it('rank-homes and rank-youths on random instances', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
				const instance = generateInstance(seed, { homes: 6, youths: 6, freeMin: 0, freeMax: 3 });
				const youth = instance.youths[0]!;
				const homes = rankHomes(
					rankHomesInputSchema.parse({ youth, homes: instance.homes, rules: instance.rules })
				).ranking;
				const expectedHomes = referenceRanking(
					instance.homes.map((home) => ({
						id: home.id as string,
						...referenceFit(youth, home, instance.rules)
					}))
				);
				expect(homes.map(({ homeId, feasible, score }) => ({ id: homeId, feasible, score }))).toEqual(
					expectedHomes
				);
				const home = instance.homes[0]!;
				const youths = rankYouths(
					rankYouthsInputSchema.parse({ home, youths: instance.youths, rules: instance.rules })
				).ranking;
				const expectedYouths = referenceRanking(
					instance.youths.map((y) => ({ id: y.id as string, ...referenceFit(y, home, instance.rules) }))
				);
				expect(youths.map(({ youthId, feasible, score }) => ({ id: youthId, feasible, score }))).toEqual(
					expectedYouths
				);
				for (const entry of [...homes, ...youths]) expect(entry.reasons.length).toBeGreaterThan(0);
			}),
			{ numRuns: 150 }
		);
	});

	it('ties are broken by id in code-unit order', () => {
		const home = { ...example.homes[0]!, residents: [] };
		const homes = ['b', 'B', 'a', '10', '9'].map((id) => ({ ...home, id }));
		const { ranking } = rankHomes(rankHomesInputSchema.parse({ ...example, homes }));
		expect(ranking.map((entry) => entry.homeId)).toEqual(['10', '9', 'B', 'a', 'b']);
	});
});
