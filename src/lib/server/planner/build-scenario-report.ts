import PDFDocument from 'pdfkit';
import { format, m } from '../../i18n/nl.ts';
import type { ScenarioView } from '../../planner/describe-scenario.ts';
import { formatInput, formatPercent, formatWhole } from '../../planner/format-nl.ts';
import type { ChartGeometry } from '../../planner/no-place-chart.ts';
import { formatDifference, inputRows, resultRows, transitionRows } from '../../planner/scenario-rows.ts';

const A4_MARGIN = 50;
const TEXT = '#1a1a1a';
const MUTED = '#555555';
const LINE = '#b3b3b3';
const ACCENT = '#004b87';
const MARK = '#b3005e';

// The standard PDF fonts only know WinAnsi; Intl uses a real minus sign and narrow spaces.
const pdfText = (text: string) => text.replace(/\u2212/g, '-').replace(/[\u202f\u2009]/g, ' ');

type Doc = PDFKit.PDFDocument;

function table(doc: Doc, header: string[], rows: string[][], caption: string): void {
	const width = doc.page.width - 2 * A4_MARGIN;
	const labelWidth = header.length > 3 ? width * 0.34 : width * 0.45;
	const colWidth = (width - labelWidth) / Math.max(1, header.length - 1);
	const rowHeight = 16;
	if (doc.y + rowHeight * (rows.length + 2) > doc.page.height - A4_MARGIN) doc.addPage();
	doc.font('Helvetica-Bold').fontSize(11).fillColor(TEXT).text(pdfText(caption), A4_MARGIN, doc.y);
	doc.moveDown(0.3);
	const draw = (cells: string[], bold: boolean) => {
		const y = doc.y;
		doc
			.font(bold ? 'Helvetica-Bold' : 'Helvetica')
			.fontSize(9)
			.fillColor(TEXT);
		cells.forEach((text, i) => {
			const x = i === 0 ? A4_MARGIN : A4_MARGIN + labelWidth + (i - 1) * colWidth;
			doc.text(pdfText(text), x + 2, y + 3, {
				width: (i === 0 ? labelWidth : colWidth) - 6,
				align: i === 0 ? 'left' : 'right',
				lineBreak: false,
				ellipsis: true
			});
		});
		doc
			.moveTo(A4_MARGIN, y + rowHeight)
			.lineTo(A4_MARGIN + width, y + rowHeight)
			.lineWidth(0.5)
			.strokeColor(LINE)
			.stroke();
		doc.y = y + rowHeight;
	};
	draw(header, true);
	for (const row of rows) draw(row, false);
	doc.x = A4_MARGIN;
	doc.moveDown(1);
}

function chart(doc: Doc, geometry: ChartGeometry, caption: string): void {
	const scale = (doc.page.width - 2 * A4_MARGIN) / geometry.width;
	const height = geometry.height * scale;
	if (doc.y + height + 30 > doc.page.height - A4_MARGIN) doc.addPage();
	doc.font('Helvetica-Bold').fontSize(11).fillColor(TEXT).text(pdfText(caption), A4_MARGIN, doc.y);
	const top = doc.y + 4;
	const c = m.planner.chart;
	doc.save();
	doc.translate(A4_MARGIN, top).scale(scale);
	const { plot } = geometry;
	doc.lineWidth(0.6).strokeColor(LINE);
	for (const tick of geometry.yTicks) {
		doc.moveTo(plot.left, tick.y).lineTo(plot.right, tick.y).stroke();
		doc
			.font('Helvetica')
			.fontSize(9)
			.fillColor(MUTED)
			.text(pdfText(formatPercent(tick.value)), 0, tick.y - 4, { width: plot.left - 6, align: 'right' });
	}
	for (const tick of geometry.xTicks) {
		doc
			.moveTo(tick.x, plot.bottom)
			.lineTo(tick.x, plot.bottom + 4)
			.stroke();
		doc.text(pdfText(formatWhole(tick.value)), tick.x - 20, plot.bottom + 7, { width: 40, align: 'center' });
	}
	doc.text(c.xAxis, plot.left, plot.bottom + 22, { width: plot.right - plot.left, align: 'center' });
	doc
		.moveTo(plot.left, plot.top)
		.lineTo(plot.left, plot.bottom)
		.lineTo(plot.right, plot.bottom)
		.strokeColor(TEXT)
		.lineWidth(1)
		.stroke();
	doc
		.moveTo(plot.left, geometry.target.y)
		.lineTo(plot.right, geometry.target.y)
		.dash(4, { space: 3 })
		.strokeColor(MARK)
		.stroke()
		.undash();
	const [first, ...rest] = geometry.line;
	if (first) {
		doc.moveTo(first[0], first[1]);
		for (const [x, y] of rest) doc.lineTo(x, y);
		doc.lineWidth(2).strokeColor(ACCENT).stroke();
	}
	const { marker } = geometry;
	doc.circle(marker.x, marker.y, 5).fillColor(MARK).fill();
	doc
		.font('Helvetica-Bold')
		.fontSize(9)
		.fillColor(TEXT)
		.text(
			pdfText(`${c.chosen}: ${formatWhole(marker.places)} / ${formatPercent(marker.probability)}`),
			marker.x + 8,
			marker.y - 14,
			{ lineBreak: false }
		);
	doc.restore();
	doc.x = A4_MARGIN;
	doc.y = top + height + 8;
	doc
		.font('Helvetica')
		.fontSize(8)
		.fillColor(MUTED)
		.text(
			pdfText(
				format(c.description, {
					places: formatWhole(marker.places),
					probability: formatPercent(marker.probability),
					target: formatInput(geometry.target.value)
				})
			),
			{ width: doc.page.width - 2 * A4_MARGIN }
		);
	doc.moveDown(1);
}

/** A printable A4 report (PDF) of up to three scenarios: inputs, results, charts, transition. */
export function buildScenarioReport(views: ScenarioView[], now: Date = new Date()): Promise<Buffer> {
	const p = m.planner.pages;
	const r = p.report;
	const doc = new PDFDocument({
		size: 'A4',
		margin: A4_MARGIN,
		lang: 'nl-NL',
		displayTitle: true,
		info: { Title: r.title, Subject: r.subtitle, Creator: 'Kleinschalig' }
	});
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	doc.font('Helvetica-Bold').fontSize(18).fillColor(TEXT).text(r.title);
	doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(r.subtitle);
	doc
		.fontSize(9)
		.text(pdfText(format(r.made, { date: now.toLocaleDateString('nl-NL', { dateStyle: 'long' }) })));
	doc.moveDown(1);

	const header = ['', ...views.map((v) => v.name)];
	table(
		doc,
		header,
		inputRows.map((row) => [row.label, ...views.map((v) => row.format(v.input[row.key]))]),
		r.inputs
	);
	table(
		doc,
		header,
		resultRows.map((row) => [row.label, ...views.map((v) => row.format(v.result[row.key]))]),
		r.results
	);
	for (const view of views) chart(doc, view.chart, format(r.chart, { name: view.name }));
	for (const view of views) {
		const transition = view.transition;
		if (!transition) continue;
		const t = m.planner.transition;
		table(
			doc,
			['', t.now, view.name, t.difference],
			transitionRows.map((row) => [
				row.label,
				row.format(transition.current[row.key]),
				row.format(transition.scenario[row.key]),
				formatDifference(row, transition.difference[row.key])
			]),
			`${r.transition}: ${view.name}`
		);
	}
	doc
		.font('Helvetica')
		.fontSize(8)
		.fillColor(MUTED)
		.text(pdfText(r.method), A4_MARGIN, doc.y, { width: doc.page.width - 2 * A4_MARGIN });
	doc.end();
	return done;
}
