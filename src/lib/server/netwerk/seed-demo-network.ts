import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { registrationConsent } from '../../netwerk/consent.ts';
import { createUser } from '../accounts/create-user.ts';
import { getDb, schema } from '../db/index.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../demo/demo-accounts.ts';
import { postQuestion } from './post-question.ts';
import { postReply } from './post-reply.ts';
import { seedNetworkContent } from './seed-network-content.ts';
import { toggleVote } from './toggle-vote.ts';

// Synthetic network data for the demo: participants (existing demo accounts and two extra), one
// proposed organisation and one unconfirmed sign-up for the coordinator, questions with votes and replies.

interface DemoParticipant {
	email: string;
	name: string;
	organization: 'providerLinde' | 'providerAnker' | 'region' | null;
	proposed?: string;
	role: string;
	themes: string[];
}

const participants: DemoParticipant[] = [
	{
		email: `teamleider@${DEMO_EMAIL_DOMAIN}`,
		name: 'Demo Teamleider',
		organization: 'providerLinde',
		role: 'teamleider',
		themes: ['team', 'groepssamenstelling']
	},
	{
		email: `medewerker@${DEMO_EMAIL_DOMAIN}`,
		name: 'Demo Pedagogisch Medewerker',
		organization: 'providerLinde',
		role: 'pedagogisch medewerker',
		themes: ['leefklimaat', 'onderwijs']
	},
	{
		email: `beleid@${DEMO_EMAIL_DOMAIN}`,
		name: 'Demo Beleidsmedewerker',
		organization: 'region',
		role: 'beleidsmedewerker jeugd',
		themes: ['financiering']
	},
	{
		email: `gedragswetenschapper@${DEMO_EMAIL_DOMAIN}`,
		name: 'Demo Gedragswetenschapper',
		organization: 'providerAnker',
		role: 'gedragswetenschapper',
		themes: ['behandeling', 'groepssamenstelling']
	},
	{
		email: `begeleider@${DEMO_EMAIL_DOMAIN}`,
		name: 'Demo Begeleider',
		organization: null,
		proposed: 'Demo: Stichting Kleine Huizen',
		role: 'persoonlijk begeleider',
		themes: ['begeleiding']
	}
];

const questions = [
	{
		by: 0,
		title: 'Hoe houden jullie het team klein en vast bij ziekte en verlof?',
		body: 'Wij werken met vijf vaste begeleiders. Bij ziekte vallen we terug op invallers die de jongeren niet kennen. Hoe lossen andere huizen dat op?',
		theme: 'team',
		voters: [1, 2, 3],
		replies: [
			{ by: 3, body: 'Wij hebben een vaste poule van twee invallers die ook bij teamoverleggen zijn.' }
		]
	},
	{
		by: 1,
		title: 'Welke school werkt goed samen met een klein huis in de wijk?',
		body: 'Twee van onze jongeren kunnen (nog) niet naar een gewone school. Zijn er goede voorbeelden van onderwijs-zorgarrangementen?',
		theme: 'onderwijs',
		voters: [0, 4],
		replies: []
	},
	{
		by: 3,
		title: 'Wegen jullie de match met de andere jongeren mee bij een plaatsing?',
		body: 'Hoe betrekken jullie de jongeren die er al wonen bij een nieuwe plaatsing, en wie beslist?',
		theme: 'groepssamenstelling',
		voters: [0],
		replies: [
			{
				by: 0,
				body: 'Bij ons maakt de gedragswetenschapper eerst een gezamenlijke analyse; de jongeren maken kennis voordat we besluiten.'
			}
		]
	},
	{
		by: 2,
		title: 'Hoe financieren gemeenten de beschikbaarheid van plekken?',
		body: 'Wij onderzoeken beschikbaarheidsfinanciering voor kleine voorzieningen in onze regio. Wie heeft ervaring?',
		theme: 'financiering',
		voters: [],
		replies: []
	}
];

/** Seeds the network's demo data; organisation ids by demo key (only called on an empty database). */
export async function seedDemoNetwork(organizationIds: {
	providerLinde: string;
	providerAnker: string;
	region: string;
}): Promise<void> {
	await seedNetworkContent();
	const db = getDb();
	const now = Date.now();
	const extraEmails = participants.map((p) => p.email);
	const users = await db
		.select({ id: schema.user.id, email: schema.user.email })
		.from(schema.user)
		.where(inArray(schema.user.email, extraEmails));
	const actors: { id: string; role: string }[] = [];
	for (const [i, p] of participants.entries()) {
		const userId =
			users.find((u) => u.email === p.email)?.id ??
			(await createUser({ name: p.name, email: p.email, password: DEMO_PASSWORD, emailVerified: true })).id;
		const at = new Date(now - (40 - i) * 24 * 60 * 60 * 1000);
		await db.insert(schema.networkParticipant).values({
			id: randomUUID(),
			userId,
			name: p.name,
			email: p.email,
			organizationId: p.organization ? organizationIds[p.organization] : null,
			proposedOrganizationName: p.proposed ?? null,
			role: p.role,
			themes: p.themes,
			consentVersion: registrationConsent.version,
			consentAt: at,
			status: 'active',
			createdAt: at,
			confirmedAt: at
		});
		actors.push({ id: userId, role: 'user' });
	}
	// One sign-up that was never confirmed, so the coordinator's list shows both states.
	await db.insert(schema.networkParticipant).values({
		id: randomUUID(),
		name: 'Demo Nog Niet Bevestigd',
		email: `aanmelding@${DEMO_EMAIL_DOMAIN}`,
		organizationId: organizationIds.providerAnker,
		role: 'pedagogisch medewerker',
		themes: [],
		consentVersion: registrationConsent.version,
		consentAt: new Date(now - 2 * 24 * 60 * 60 * 1000),
		status: 'pending',
		confirmationTokenHash: randomUUID(),
		confirmationExpiresAt: new Date(now - 24 * 60 * 60 * 1000),
		createdAt: new Date(now - 2 * 24 * 60 * 60 * 1000)
	});
	for (const [i, q] of questions.entries()) {
		const { id } = await postQuestion(actors[q.by]!, q, new Date(now - (20 - i * 3) * 24 * 60 * 60 * 1000));
		for (const voter of q.voters) await toggleVote(actors[voter]!, id);
		for (const reply of q.replies) await postReply(actors[reply.by]!, id, reply);
	}
}
