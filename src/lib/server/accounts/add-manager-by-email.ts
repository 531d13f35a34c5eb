import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { emailField, idField } from './account-fields.ts';
import { assertPlatformAdmin, type Actor } from './actor.ts';
import { addMember } from './add-member.ts';

const schemaOf = z.object({ organizationId: idField, email: emailField });

/** Platform admins: makes an existing user (by e-mail) a manager of the organisation. */
export async function addManagerByEmail(
	actor: Actor,
	input: { organizationId: string; email: unknown }
): Promise<{ userId: string; name: string }> {
	assertPlatformAdmin(actor);
	const data = parseInput(schemaOf, input);
	const [found] = await getDb()
		.select({ id: schema.user.id, name: schema.user.name })
		.from(schema.user)
		.where(eq(schema.user.email, data.email));
	if (!found) {
		throw new AppError('not-found', m.auth.errors.userNotFound, [{ path: 'email', message: m.auth.errors.userNotFound }]);
	}
	await addMember({ organizationId: data.organizationId, userId: found.id, role: 'manager' });
	return { userId: found.id, name: found.name };
}
