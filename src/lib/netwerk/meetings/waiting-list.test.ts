import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	nextQueueNumber,
	promotionsFor,
	statusForNewRegistration,
	waitingPosition,
	type QueueEntry
} from './waiting-list.ts';

/** Applies a register/cancel sequence with the rules, as the database side does. */
function simulate(capacity: number, actions: { kind: 'register' | 'cancel'; who: number }[]) {
	const entries: QueueEntry[] = [];
	const promotedOrder: string[] = [];
	for (const action of actions) {
		const id = `p${action.who}`;
		const existing = entries.find((e) => e.id === id);
		if (action.kind === 'register') {
			if (existing && existing.status !== 'cancelled') continue;
			const confirmed = entries.filter((e) => e.status === 'confirmed').length;
			const status = statusForNewRegistration(confirmed, capacity);
			const queueNumber = nextQueueNumber(entries);
			if (existing) Object.assign(existing, { status, queueNumber });
			else entries.push({ id, status, queueNumber });
		} else {
			if (!existing || existing.status === 'cancelled') continue;
			existing.status = 'cancelled';
			for (const promoted of promotionsFor(entries, capacity)) {
				entries.find((e) => e.id === promoted)!.status = 'confirmed';
				promotedOrder.push(promoted);
			}
		}
		const confirmed = entries.filter((e) => e.status === 'confirmed').length;
		const waiting = entries.filter((e) => e.status === 'waiting').length;
		expect(confirmed).toBeLessThanOrEqual(capacity);
		// Nobody waits while a seat is free.
		if (waiting > 0) expect(confirmed).toBe(capacity);
	}
	return { entries, promotedOrder };
}

describe('waiting list rules', () => {
	it('gives a seat while one is free, then the waiting list', () => {
		expect(statusForNewRegistration(0, 2)).toBe('confirmed');
		expect(statusForNewRegistration(1, 2)).toBe('confirmed');
		expect(statusForNewRegistration(2, 2)).toBe('waiting');
	});

	it('promotes the earliest waiting registrations into the free seats only', () => {
		const entries: QueueEntry[] = [
			{ id: 'a', status: 'confirmed', queueNumber: 1 },
			{ id: 'b', status: 'cancelled', queueNumber: 2 },
			{ id: 'd', status: 'waiting', queueNumber: 5 },
			{ id: 'c', status: 'waiting', queueNumber: 3 }
		];
		expect(promotionsFor(entries, 2)).toEqual(['c']);
		expect(promotionsFor(entries, 3)).toEqual(['c', 'd']);
		expect(promotionsFor(entries, 1)).toEqual([]);
		expect(promotionsFor(entries, 0)).toEqual([]);
		expect(waitingPosition(entries, 'd')).toBe(2);
		expect(waitingPosition(entries, 'a')).toBeNull();
		expect(nextQueueNumber(entries)).toBe(6);
		expect(nextQueueNumber([])).toBe(1);
	});

	it('never confirms more than the capacity and promotes first come, first served', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 5 }),
				fc.array(
					fc.record({
						kind: fc.constantFrom('register' as const, 'cancel' as const),
						who: fc.integer({ min: 0, max: 9 })
					}),
					{
						maxLength: 60
					}
				),
				(capacity, actions) => {
					const { entries, promotedOrder } = simulate(capacity, actions);
					// Promotions happen in queue order: each promoted one registered before those still waiting.
					const stillWaiting = entries.filter((e) => e.status === 'waiting').map((e) => e.queueNumber);
					for (const id of promotedOrder) {
						const entry = entries.find((e) => e.id === id)!;
						if (entry.status !== 'confirmed') continue;
						for (const q of stillWaiting) expect(entry.queueNumber).toBeLessThan(q);
					}
					// Queue numbers stay unique.
					const numbers = entries.map((e) => e.queueNumber);
					expect(new Set(numbers).size).toBe(numbers.length);
				}
			)
		);
	});
});
