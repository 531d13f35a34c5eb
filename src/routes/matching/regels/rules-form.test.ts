import { describe, expect, it } from 'vitest';
import { rulesFromForm } from './rules-form.ts';

describe('rulesFromForm', () => {
	it('reads pair rows and weights, drops empty rows and renumbers the rest', () => {
		const form = new FormData();
		form.append('incompatible/0/0', '');
		form.append('incompatible/0/1', '');
		form.append('incompatible/1/0', 'agressie');
		form.append('incompatible/1/1', 'trauma');
		form.append('caution/0/0', 'verslaving');
		form.append('caution/0/1', 'verslaving');
		form.append('caution/0/2', '6');
		form.append('caution/1/2', '3');
		form.append('weights/placement', ' 90 ');
		expect(rulesFromForm(form)).toEqual({
			incompatible: [['agressie', 'trauma']],
			caution: [
				['verslaving', 'verslaving', '6'],
				['', '', '3']
			],
			weights: { placement: '90' }
		});
	});
});
