import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFile, buildContentDir } from '../factories/kennis.ts';
import { spawnCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'kleinschalig-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const kleinschalig = spawnCli(dir);

describe('kleinschalig import-articles (contract 3, spawned)', { timeout: 180_000 }, () => {
	it('imports valid files, lists invalid ones with file and reason, and is a no-op the second time', async () => {
		const content = await buildContentDir({
			'themes.yml': '- { slug: wonen, title: Wonen, intro: Over wonen. }\n',
			'goed.md': articleFile(
				'title: Een goed artikel\ntheme: wonen\nsummary: Een artikel dat helemaal klopt.'
			),
			'fout.md': articleFile('title: Fout\ntheme: wonen')
		});
		const first = await kleinschalig('import-articles', content, '--publish');
		expect(first.code).toBe(0);
		const result = JSON.parse(first.stdout);
		expect(result).toMatchObject({
			created: ['een-goed-artikel'],
			published: ['een-goed-artikel'],
			themesCreated: ['wonen']
		});
		expect(result.invalid).toEqual([{ file: 'fout.md', reason: expect.stringContaining('Samenvatting') }]);
		const second = JSON.parse((await kleinschalig('import-articles', content, '--publish')).stdout);
		expect(second).toMatchObject({
			created: [],
			updated: [],
			unchanged: ['een-goed-artikel'],
			published: []
		});
	});

	it('exits 2 with a Dutch message without DIR or with a folder that does not exist', async () => {
		const missing = await kleinschalig('import-articles');
		expect(missing.code).toBe(2);
		expect(JSON.parse(missing.stderr).errors[0]).toMatchObject({ path: 'DIR' });
		const nowhere = await kleinschalig('import-articles', join(dir, 'bestaat-niet'));
		expect(nowhere.code).toBe(2);
		expect(JSON.parse(nowhere.stderr).errors[0].message).toContain('bestaat niet');
	});
});
