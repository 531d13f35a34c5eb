import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SelectField from './SelectField.svelte';
import TextField from './TextField.svelte';

describe('form fields', () => {
	it('link label, description and Dutch error to the text box', () => {
		const { body } = render(TextField, {
			props: { name: 'email', label: 'E-mailadres', value: 'a@b.nl', description: 'Uw werkadres', error: 'Vul een geldig e-mailadres in.' }
		});
		expect(body).toContain('for="veld-email"');
		expect(body).toMatch(/<input[^>]*id="veld-email"/);
		expect(body).toContain('aria-describedby="veld-email-uitleg veld-email-fout"');
		expect(body).toContain('aria-invalid="true"');
		expect(body).toContain('value="a@b.nl"');
	});

	it('render the chosen option as selected, without JavaScript', () => {
		const { body } = render(SelectField, {
			props: {
				name: 'rol',
				label: 'Rol',
				value: 'manager',
				options: [
					{ value: 'member', label: 'Lid' },
					{ value: 'manager', label: 'Beheerder' }
				]
			}
		});
		expect(body).toMatch(/<option value="manager"[^>]*selected/);
		expect(body).not.toMatch(/<option value="member"[^>]*selected/);
		expect(body).not.toContain('aria-describedby');
	});
});
