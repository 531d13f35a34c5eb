import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
	it('keeps local paths and refuses everything that could leave the site', () => {
		expect(safeReturnPath('/account?x=1')).toBe('/account?x=1');
		for (const bad of [null, '', 'https://evil.nl', '//evil.nl', '/\\evil.nl', '/a\\b', 'javascript:alert(1)', '/a\nb']) {
			expect(safeReturnPath(bad)).toBe('/');
		}
	});
});
