import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { findActiveParticipantByUserId, type Participant } from './find-participant.ts';

/** Whether the actor coordinates the network (platform role coordinator, or admin). */
export function isCoordinator(actor: Actor): boolean {
	return actor.role === 'coordinator' || actor.role === 'admin';
}

/** Throws AppError('forbidden') unless the actor is the network coordinator (or an admin). */
export function assertCoordinator(actor: Actor): void {
	if (!isCoordinator(actor)) throw new AppError('forbidden', m.netwerk.errors.notCoordinator);
}

/** The actor's active participant; throws AppError('forbidden') for anyone who is not one. */
export async function requireParticipant(actor: Actor): Promise<Participant> {
	const participant = await findActiveParticipantByUserId(actor.id);
	if (!participant) throw new AppError('forbidden', m.netwerk.errors.notParticipant);
	return participant;
}
