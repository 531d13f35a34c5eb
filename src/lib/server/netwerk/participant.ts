import { eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';

/** An active participant of the praktijkleernetwerk, as other parts of the module see one. */
export interface Participant {
	id: string;
	userId: string;
	name: string;
	email: string;
	organizationId: string | null;
	/** The linked organisation's name, else the proposed name (still to be approved), else null. */
	organizationName: string | null;
	/** Their job role. */
	role: string;
}

/** Columns and join that yield a Participant; shared by the finders so they agree on the shape. */
export function participantQuery() {
	const p = schema.networkParticipant;
	return getDb()
		.select({
			id: p.id,
			userId: p.userId,
			name: p.name,
			email: p.email,
			organizationId: p.organizationId,
			organizationName: schema.organization.name,
			proposedOrganizationName: p.proposedOrganizationName,
			role: p.role,
			status: p.status
		})
		.from(p)
		.leftJoin(schema.organization, eq(schema.organization.id, p.organizationId));
}

type ParticipantRow = Awaited<ReturnType<typeof participantQuery>>[number];

/** Turns a row of participantQuery into a Participant (null unless active with an account). */
export function toParticipant(row: ParticipantRow | undefined): Participant | null {
	if (!row || row.status !== 'active' || !row.userId) return null;
	return {
		id: row.id,
		userId: row.userId,
		name: row.name,
		email: row.email,
		organizationId: row.organizationId,
		organizationName: row.organizationName ?? row.proposedOrganizationName,
		role: row.role
	};
}
