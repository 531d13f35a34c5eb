import { randomUUID } from 'node:crypto';
import { meetingInputSchema } from '../../../netwerk/meetings/meeting-input.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { parseInput } from '../../validation.ts';
import { assertCoordinator } from './meeting-access.ts';

/** Plans a new meeting (coordinator only); returns its id. */
export async function createMeeting(actor: Actor | null | undefined, input: unknown): Promise<{ id: string }> {
	assertCoordinator(actor);
	const meeting = parseInput(meetingInputSchema, input);
	const id = randomUUID();
	await getDb().insert(schema.networkMeeting).values({ id, ...meeting });
	return { id };
}
