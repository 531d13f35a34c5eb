// The waiting-list rules, kept pure so they can be checked exhaustively; the database side
// (src/lib/server/netwerk/meetings) applies them while it holds a lock on the meeting row.

export type RegistrationStatus = 'confirmed' | 'waiting' | 'cancelled';

/** What the rules need to know of one registration. */
export interface QueueEntry {
	id: string;
	status: RegistrationStatus;
	/** First come, first served: lower numbers registered earlier. */
	queueNumber: number;
}

/** The status a new registration gets: a seat while one is free, otherwise the waiting list. */
export function statusForNewRegistration(confirmedCount: number, capacity: number): 'confirmed' | 'waiting' {
	return confirmedCount < capacity ? 'confirmed' : 'waiting';
}

/**
 * The waiting registrations that move up to fill the free seats, earliest first. Nobody is ever
 * moved down: when the capacity is below the confirmed count, nobody moves up.
 */
export function promotionsFor(entries: readonly QueueEntry[], capacity: number): string[] {
	const confirmed = entries.filter((e) => e.status === 'confirmed').length;
	const free = Math.max(0, capacity - confirmed);
	return entries
		.filter((e) => e.status === 'waiting')
		.sort((a, b) => a.queueNumber - b.queueNumber)
		.slice(0, free)
		.map((e) => e.id);
}

/** The next queue number for a meeting: one past the highest handed out so far. */
export function nextQueueNumber(entries: readonly QueueEntry[]): number {
	return entries.reduce((max, e) => Math.max(max, e.queueNumber), 0) + 1;
}

/** The 1-based place of a waiting registration on the list, or null when it is not waiting. */
export function waitingPosition(entries: readonly QueueEntry[], id: string): number | null {
	const waiting = entries.filter((e) => e.status === 'waiting').sort((a, b) => a.queueNumber - b.queueNumber);
	const index = waiting.findIndex((e) => e.id === id);
	return index === -1 ? null : index + 1;
}
