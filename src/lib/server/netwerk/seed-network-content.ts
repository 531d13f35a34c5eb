import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';

// The real starting content of the consortium, klankbordgroep and research agenda pages, from the
// public record (product.md); the coordinator edits it from there.

const consortium: { name: string; description: string }[] = [
	{ name: 'Parlan', description: 'Aanbieder van jeugdhulp' },
	{ name: 'Via Jeugd', description: 'Aanbieder van jeugdhulp' },
	{ name: 'Vigo', description: 'Aanbieder van jeugdhulp' },
	{ name: 'iHUB', description: 'Aanbieder van jeugdhulp' },
	{ name: 'Pluryn', description: 'Aanbieder van jeugdhulp' },
	{ name: 'Levvel', description: 'Aanbieder van jeugdhulp' },
	{ name: 'Schakenbosch', description: 'Aanbieder van jeugdhulp' },
	{ name: 'Academische Werkplaats Risicojeugd', description: 'Onderzoek en kennisontwikkeling' },
	{
		name: 'Ervaringsdeskundigen',
		description: 'Jongeren en ouders die zelf jeugdhulp met verblijf meemaakten'
	},
	{ name: 'Nederlands Jeugdinstituut (NJi)', description: 'Begeleidt sinds 2021 het praktijkleernetwerk' }
];

const klankbordgroep: { name: string; description: string }[] = [
	{ name: 'Aanbieders van jeugdhulp', description: 'Lid sinds de initiatiefgroep van 2020' },
	{ name: 'Scholen', description: 'Lid sinds de initiatiefgroep van 2020' },
	{ name: 'StroomOP', description: 'Lid sinds de initiatiefgroep van 2020' },
	{ name: 'Ondersteuningsteam Zorg voor de Jeugd', description: 'Lid sinds de initiatiefgroep van 2020' },
	{ name: 'Jeugdzorg Nederland', description: 'Lid sinds de initiatiefgroep van 2020' },
	{
		name: 'Ministerie van Volksgezondheid, Welzijn en Sport (VWS)',
		description: 'Lid sinds de initiatiefgroep van 2020'
	}
];

const researchAgenda: { title: string; description: string; status: 'planned' | 'running' | 'done' }[] = [
	{
		title: 'Kleine groepen bij grote problemen (2019–2020)',
		description:
			'Onderzoek naar een gedeelde definitie, een overzicht van voorzieningen en werkzame factoren.',
		status: 'done'
	},
	{
		title: 'Onderzoeksvoorstel van het consortium',
		description:
			'Het consortium schreef een onderzoeksvoorstel en werkt daarvoor samen met het praktijkleernetwerk.',
		status: 'running'
	},
	{
		title: 'Personeel',
		description: 'Hoe vinden en houden kleine, vaste teams goede begeleiders?',
		status: 'planned'
	},
	{
		title: 'Onderwijs',
		description: 'Passend onderwijs dichtbij huis voor jongeren in kleinschalig verblijf.',
		status: 'planned'
	},
	{
		title: 'Matchen van jongeren',
		description: 'Welke jongeren passen samen in een huis, en bij welk team?',
		status: 'planned'
	},
	{
		title: 'Financiering',
		description: 'Tarieven, contracten en beschikbaarheidsfinanciering voor kleine voorzieningen.',
		status: 'planned'
	}
];

/** Fills the consortium, klankbordgroep and research agenda when they are still empty (idempotent). */
export async function seedNetworkContent(): Promise<void> {
	const db = getDb();
	const [members] = await db.select({ n: count() }).from(schema.networkGroupMember);
	if ((members?.n ?? 0) === 0) {
		const rows = [
			...consortium.map((m, i) => ({ ...m, kind: 'consortium', position: i + 1 })),
			...klankbordgroep.map((m, i) => ({ ...m, kind: 'klankbordgroep', position: i + 1 }))
		];
		await db
			.insert(schema.networkGroupMember)
			.values(rows.map((r) => ({ id: randomUUID(), ...r })))
			.onConflictDoNothing();
	}
	const [items] = await db.select({ n: count() }).from(schema.networkResearchItem);
	if ((items?.n ?? 0) === 0) {
		await db
			.insert(schema.networkResearchItem)
			.values(researchAgenda.map((r, i) => ({ id: randomUUID(), ...r, position: i + 1 })));
	}
}
