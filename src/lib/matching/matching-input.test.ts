import { describe, expect, it } from 'vitest';
import {
	assignInputSchema,
	defaultWeights,
	matchingYouthSchema,
	rankYouthsInputSchema
} from './matching-input.ts';

describe('matching input', () => {
	it('fills the published defaults: no pair rules, default weights, 30 s, no waiting, open', () => {
		const parsed = assignInputSchema.parse({
			homes: [],
			youths: [{ id: 'y', age: 14, gender: 'x', intensity: 1 }]
		});
		expect(parsed.rules).toEqual({ incompatible: [], caution: [], weights: defaultWeights });
		expect(parsed.timeLimitSeconds).toBe(30);
		expect(parsed.youths[0]).toMatchObject({ needs: [], closedAuthorisation: false, waitingDays: 0 });
		const partial = assignInputSchema.parse({ homes: [], youths: [], rules: { weights: { ageGap: 5 } } });
		expect(partial.rules.weights).toEqual({ ...defaultWeights, ageGap: 5 });
	});

	it('names the field in Dutch for each invalid value', () => {
		const result = matchingYouthSchema.safeParse({
			id: '',
			age: 14.5,
			gender: 'v',
			needs: ['a', 'a'],
			intensity: 4
		});
		expect(result.success).toBe(false);
		const messages = Object.fromEntries(
			result.error!.issues.map((issue) => [issue.path.join('/'), issue.message])
		);
		expect(messages).toEqual({
			id: 'Geef een code (id) van 1 tot 100 tekens.',
			age: 'Geef de leeftijd als heel getal van 0 tot en met 30.',
			gender: 'Kies het geslacht: f, m of x.',
			needs: 'Geef de behoeften als lijst van codes (elk 1 tot 60 tekens, geen dubbele).',
			intensity: 'Geef de zorgzwaarte (intensity) als heel getal van 1 tot en met 3.'
		});
	});

	it('requires unique ids across the home, its residents and the youths', () => {
		const home = {
			id: 'a',
			places: 2,
			ageMin: 12,
			ageMax: 18,
			regime: 'open',
			residents: [{ id: 'r', age: 14, gender: 'f', intensity: 1 }]
		};
		const result = rankYouthsInputSchema.safeParse({
			home,
			youths: [{ id: 'r', age: 14, gender: 'f', intensity: 1 }]
		});
		expect(result.error?.issues.map((issue) => issue.path.join('/'))).toEqual(['youths/0/id']);
	});
});
