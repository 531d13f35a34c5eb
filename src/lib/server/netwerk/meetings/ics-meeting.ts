import type { IcsMeeting } from '../../../netwerk/meetings/build-ics.ts';
import type { MeetingRow } from './meeting-access.ts';

/** What the calendar file says about a stored meeting; the online link only when `mayJoin`. */
export function icsMeetingOf(row: MeetingRow, mayJoin: boolean): IcsMeeting {
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		location: row.location,
		onlineUrl: mayJoin ? row.onlineUrl : null,
		isCancelled: row.status === 'cancelled',
		sequence: row.sequence,
		updatedAt: row.updatedAt
	};
}
