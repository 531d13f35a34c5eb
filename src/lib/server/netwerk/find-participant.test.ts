import { describe, expect, it } from 'vitest';
import { createActiveParticipant } from '../../../../tests/factories/netwerk.ts';
import { findActiveParticipantByUserId } from './find-participant.ts';

describe('findActiveParticipantByUserId', () => {
	it('finds the active participant of an account and nothing for another account', async () => {
		const { participant, userId } = await createActiveParticipant({ name: 'Anna de Vries' });
		expect(participant.name).toBe('Anna de Vries');
		expect(await findActiveParticipantByUserId(userId)).toEqual(participant);
		expect(await findActiveParticipantByUserId('someone-else')).toBeNull();
	});
});
