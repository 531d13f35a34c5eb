import { count } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
	buildHomeInput,
	buildOrganization,
	rosterWithNightGap
} from '../../../../tests/reference/register-factories.ts';
import { getDb, schema } from '../db/index.ts';
import { createHome } from './create-home.ts';
import { exportHomes } from './export-homes.ts';
import { getHome } from './get-home.ts';
import { exportColumnNames } from './home-columns.ts';
import { importHomes } from './import-homes.ts';
import { listHomeVersions } from './list-home-versions.ts';
import { listOrganizationHomes } from './list-organization-homes.ts';
import { setHomeArchived } from './set-home-archived.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const header = 'naam;gemeentecode;plaatsen;ligging;dag_en_nacht;perspectief_zorg;dagtarief;rooster';

async function counts() {
	const [homes] = await getDb().select({ n: count() }).from(schema.home);
	const [versions] = await getDb().select({ n: count() }).from(schema.homeVersion);
	return { homes: homes!.n, versions: versions!.n };
}

describe('importHomes', () => {
	it('imports the valid rows and reports each invalid row with row, column and Dutch message', async () => {
		const org = await buildOrganization();
		const csv = [
			header,
			'Huis Een;GM0344;4;woonwijk;ja;ja;450,50;"ma 07:00-15:00 x1; di 23:00-07:00"',
			'Huis Twee;GM9999;0;bos;misschien;;-5;ma 07:00-15:00',
			';;;;;;;',
			'Huis Drie;gm0307;5;campus;nee;nee;;xx 07:00-15:00',
			'Huis Vier;GM0307;3;instellingsterrein;;;12;"ma 07:00-25:00 x1; di 08:00-09:00 x0"',
			'Huis Zes;GM0307;3;;;;;ma 07:00-15:00;extra cel',
			'Huis Vijf;GM0363;2;;;;;geen'
		].join('\n');
		const before = await counts();
		const report = await importHomes(org.manager, {
			organizationId: org.id,
			format: 'csv',
			data: encode(csv)
		});
		expect(report).toEqual({
			rows: 6,
			created: 2,
			updated: 0,
			unchanged: 0,
			errors: [
				{ row: 3, column: 'gemeentecode', message: expect.stringContaining('gemeente') },
				{ row: 3, column: 'ligging', message: expect.stringContaining('neighbourhood') },
				{ row: 3, column: 'plaatsen', message: expect.stringContaining('plaatsen') },
				{ row: 3, column: 'dag_en_nacht', message: expect.stringContaining('ja of nee') },
				{ row: 3, column: 'dagtarief', message: expect.stringContaining('dagtarief') },
				{ row: 5, column: 'rooster', message: expect.stringContaining('"xx"') },
				{
					row: 6,
					column: 'rooster',
					message:
						'Dienst 1 in het rooster: De eindtijd moet de vorm UU:MM hebben, van 00:00 tot en met 24:00.'
				},
				{ row: 7, column: '', message: expect.stringContaining('meer cellen') }
			]
		});
		expect(await counts()).toEqual({ homes: before.homes + 2, versions: before.versions + 2 });
		const homes = await listOrganizationHomes(org.manager, { organizationId: org.id });
		expect(homes.map((h) => h.name)).toEqual(['Huis Een', 'Huis Vijf']);
		const een = await getHome(org.manager, { homeId: homes[0]!.id });
		expect(een).toMatchObject({
			places: 4,
			setting: 'neighbourhood',
			aroundTheClock: true,
			dayTariff: 450.5,
			perspective: { care: true }
		});
		expect(een.roster).toEqual([
			{ weekday: 1, start: '07:00', end: '15:00', carers: 1 },
			{ weekday: 2, start: '23:00', end: '07:00', carers: 1 }
		]);
		expect((await listHomeVersions(org.manager, { homeId: een.id }))[0]!.kind).toBe('imported');
		expect((await getHome(org.manager, { homeId: homes[1]!.id })).roster).toEqual([]);
	});

	it('refuses a file with unknown or missing columns, or that is not a spreadsheet, and imports nothing', async () => {
		const org = await buildOrganization();
		const before = await counts();
		const attempt = (format: 'csv' | 'xlsx', text: string) =>
			importHomes(org.manager, { organizationId: org.id, format, data: encode(text) });
		await expect(attempt('csv', 'naam,gemeentecode,kleur\nA,GM0344,rood')).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [{ path: 'file', message: expect.stringContaining('kleur') }]
		});
		await expect(attempt('csv', 'naam,plaatsen\nA,4')).rejects.toMatchObject({
			fieldErrors: [{ message: expect.stringContaining('gemeentecode') }]
		});
		await expect(attempt('csv', '')).rejects.toMatchObject({ code: 'invalid-input' });
		await expect(attempt('xlsx', 'dit is geen xlsx')).rejects.toMatchObject({
			fieldErrors: [{ message: expect.stringContaining('XLSX') }]
		});
		expect(await counts()).toEqual(before);
	});

	it('updates the homes whose id it names, reports foreign and repeated ids', async () => {
		const org = await buildOrganization();
		const other = await buildOrganization();
		const own = await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ name: 'Eigen' })
		});
		const foreign = await createHome(other.manager, {
			organizationId: other.id,
			input: buildHomeInput({ name: 'Vreemd' })
		});
		const csv = [
			'id,naam,gemeentecode,plaatsen',
			`${own.id},Eigen,GM0344,3`,
			`${foreign.id},Overgenomen,GM0344,3`,
			`${own.id},Eigen,GM0344,2`
		].join('\n');
		const report = await importHomes(org.manager, {
			organizationId: org.id,
			format: 'csv',
			data: encode(csv)
		});
		expect(report).toMatchObject({
			created: 0,
			updated: 1,
			errors: [
				{ row: 3, column: 'id' },
				{ row: 4, column: 'id' }
			]
		});
		const updated = await getHome(org.manager, { homeId: own.id });
		// Columns missing from the file are "not given": a partial file replaces the whole home.
		expect(updated).toMatchObject({ places: 3, version: 2, street: null });
		expect((await getHome(other.manager, { homeId: foreign.id })).name).toBe('Vreemd');
	});
});

describe('exportHomes → importHomes round trip', () => {
	for (const format of ['csv', 'xlsx'] as const) {
		it(`gives back the same homes through ${format.toUpperCase()}`, async () => {
			const org = await buildOrganization();
			const inputs = [
				buildHomeInput(),
				buildHomeInput({
					name: 'Huis; met "quotes", en komma',
					places: 6,
					setting: 'campus',
					regime: 'closed',
					targetGroup: 'closed-authorisation',
					educationArrangement: 'integrated-day-programme',
					ijwCategory: 44,
					teamFte: 12.25,
					roster: rosterWithNightGap([3, 7], 2),
					perspective: { housing: true, care: false }
				}),
				{ name: 'Alleen het nodige', municipalityCode: 'GM0363', roster: [] }
			];
			const created = [];
			for (const input of inputs)
				created.push(await createHome(org.manager, { organizationId: org.id, input }));
			await setHomeArchived(org.manager, { homeId: created[2]!.id, archived: true });

			const file = await exportHomes(org.member, { organizationId: org.id, format });
			expect(file.fileName).toMatch(new RegExp(`^woningen-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
			// Importing the unchanged export into the same organisation changes nothing.
			const again = await importHomes(org.manager, { organizationId: org.id, format, data: file.body });
			expect(again).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3, errors: [] });

			// Without the ids, another organisation gets identical copies.
			const copy = await buildOrganization();
			const withoutIds = await stripIds(format, file.body);
			const report = await importHomes(copy.manager, { organizationId: copy.id, format, data: withoutIds });
			expect(report).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
			const originals = await Promise.all(created.map((h) => getHome(org.manager, { homeId: h.id })));
			const copies = await listOrganizationHomes(copy.manager, { organizationId: copy.id });
			for (const original of originals) {
				const twin = copies.find((h) => h.name === original.name)!;
				const copied = await getHome(copy.manager, { homeId: twin.id });
				expect(copied.input).toEqual(original.input);
				expect(copied.check).toEqual(original.check);
			}
		});
	}

	it('writes the documented columns, ja/nee and Dutch labels', async () => {
		const org = await buildOrganization();
		await createHome(org.manager, { organizationId: org.id, input: buildHomeInput({ teamFte: 6.5 }) });
		const file = await exportHomes(org.manager, { organizationId: org.id, format: 'csv' });
		expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [head, row] = new TextDecoder().decode(file.body).split('\r\n');
		expect(head!.split(';')).toEqual(exportColumnNames);
		expect(row).toContain(
			';woonwijk;open;4;12;18;complexe problematiek;ja;ja;nee;ja;8;6,5;ja;ja;ja;ja;school in de wijk;43;450,5;GM0344 GM0307;'
		);
		expect(row).toContain('"ma 07:00-15:00 x1; ma 15:00-23:00 x1; ma 23:00-07:00 x1; di');
		expect(row!.endsWith(';actief')).toBe(true);
	});
});

async function stripIds(format: 'csv' | 'xlsx', body: Uint8Array): Promise<Uint8Array> {
	if (format === 'csv') {
		const lines = new TextDecoder().decode(body).split('\r\n');
		// The id is the first column and never contains a separator.
		return encode(lines.map((line) => line.replace(/^\uFEFF?[^;]*;/, '')).join('\r\n'));
	}
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(body) as unknown as ArrayBuffer);
	workbook.worksheets[0]!.spliceColumns(1, 1);
	return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
