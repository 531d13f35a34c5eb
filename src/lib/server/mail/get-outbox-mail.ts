import { eq } from 'drizzle-orm';
import { assertPlatformAdmin, type Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { m } from '../../i18n/nl.ts';
import { AppError } from '../errors.ts';

/** Platform admins: one mail from the outbox, to read it (e.g. to follow a demo link). */
export async function getOutboxMail(actor: Actor, id: string): Promise<typeof schema.mailOutbox.$inferSelect> {
	assertPlatformAdmin(actor);
	const [row] = await getDb().select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, id.slice(0, 100)));
	if (!row) throw new AppError('not-found', m.admin.outbox.notFound);
	return row;
}
