import { describe, expect, it } from 'vitest';
import { legendOf, fillOf, mapShapes } from './map.ts';
import { daysInQuarter, formatQuarter, parseQuarter, quarterOf, quartersBetween } from './quarter.ts';
import { checkReportAgainstHome, reportValuesSchema } from './report-input.ts';

describe('quarters', () => {
	it('reads the spellings people use and rejects others', () => {
		expect(parseQuarter('2025Q3')).toBe('2025Q3');
		expect(parseQuarter(' 2025-k3 ')).toBe('2025Q3');
		expect(parseQuarter('2025 K1')).toBe('2025Q1');
		expect(parseQuarter('2025Q5')).toBeUndefined();
		expect(parseQuarter('25Q1')).toBeUndefined();
	});

	it('knows days, order and the Dutch label', () => {
		expect([daysInQuarter('2024Q1'), daysInQuarter('2025Q1'), daysInQuarter('2025Q3')]).toEqual([91, 90, 92]);
		expect(quartersBetween('2025Q3', '2026Q2')).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2']);
		expect(quarterOf(new Date('2026-11-22T12:00:00Z'))).toBe('2026Q4');
		expect(formatQuarter('2026Q3')).toBe('2026 K3');
	});
});

describe('report figures', () => {
	const figures = {
		youthDays: '360',
		intake: '1',
		dischargePlanned: '0',
		dischargeUnplanned: '1',
		waitingList: '2',
		averageStayDays: '200,5',
		educationPercent: '100',
		carersLeft: '0',
		carersJoined: '0',
		openVacancies: '1',
		restraintIncidents: '0'
	};

	it('takes text from forms and spreadsheets, with a decimal comma', () => {
		expect(reportValuesSchema.parse(figures)).toMatchObject({ youthDays: 360, averageStayDays: 200.5 });
	});

	it('names each invalid field in Dutch', () => {
		const result = reportValuesSchema.safeParse({
			...figures,
			educationPercent: '101',
			intake: '1,5',
			youthDays: ''
		});
		expect(result.success).toBe(false);
		const messages = result.error!.issues.map((i) => i.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringContaining('Deelname onderwijs'),
				expect.stringContaining('Instroom'),
				expect.stringContaining('Bezetting')
			])
		);
	});

	it('limits youth-days to places × days and refuses quarters that have not begun', () => {
		const values = reportValuesSchema.parse({ ...figures, youthDays: '369' });
		const today = new Date('2026-11-22T12:00:00Z');
		expect(checkReportAgainstHome(values, { quarter: '2026Q3', places: 4, today })).toEqual([
			{ path: 'youthDays', message: expect.stringContaining('4 plaatsen × 92 dagen in het kwartaal = 368') }
		]);
		expect(checkReportAgainstHome(values, { quarter: '2026Q3', places: 5, today })).toEqual([]);
		expect(
			checkReportAgainstHome(values, { quarter: '2027Q1', places: 5, today }).map((e) => e.path)
		).toEqual(['quarter']);
	});
});

describe('map', () => {
	it('projects the 42 jeugdregio’s and 12 provinces inside the box', () => {
		const regions = mapShapes('region');
		expect(regions).toHaveLength(42);
		expect(mapShapes('province')).toHaveLength(12);
		for (const shape of regions) {
			const numbers = shape.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(501);
		}
	});

	it('puts every value in one legend class', () => {
		const legend = legendOf([0.5, 0.6, 0.7, 0.8, 0.9, 1]);
		expect(legend).toHaveLength(5);
		for (const v of [0.5, 0.75, 1]) expect(fillOf(v, legend)).toBeDefined();
		expect(legendOf([])).toEqual([]);
	});
});
