// Meetings are planned in Dutch local time but stored as UTC instants. Intl knows the time zone
// rules (summer time from the last Sunday of March, winter time from the last Sunday of October),
// so no time zone data is bundled here.

/** The zone every meeting time in the UI is in. */
export const meetingTimeZone = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: meetingTimeZone,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** A wall-clock date and time in Amsterdam: `date` YYYY-MM-DD, `time` HH:MM. */
export interface LocalDateTime {
	date: string;
	time: string;
}

/** The Amsterdam wall-clock date and time of an instant. */
export function toAmsterdam(instant: Date): LocalDateTime {
	const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
	return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of an Amsterdam wall-clock time, or null when it does not exist (the hour skipped
 * when summer time starts) or is malformed. In the doubled hour when winter time starts the
 * earlier instant (still summer time) is chosen, as calendar programs do.
 */
export function fromAmsterdam(local: LocalDateTime): Date | null {
	const d = datePattern.exec(local.date);
	const t = timePattern.exec(local.time);
	if (!d || !t) return null;
	const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
	const check = new Date(asUtc);
	if (check.getUTCDate() !== Number(d[3]) || check.getUTCMonth() !== Number(d[2]) - 1) return null;
	// Amsterdam is UTC+1 or UTC+2: try both offsets, earliest first, and keep the one that maps back.
	for (const offsetHours of [2, 1]) {
		const candidate = new Date(asUtc - offsetHours * 3_600_000);
		const back = toAmsterdam(candidate);
		if (back.date === local.date && back.time === local.time) return candidate;
	}
	return null;
}

const longFormat = new Intl.DateTimeFormat('nl-NL', {
	timeZone: meetingTimeZone,
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric'
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
	timeZone: meetingTimeZone,
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** "dinsdag 10 maart 2026, 13:30–16:00" in Amsterdam time (end date added when it differs). */
export function formatMeetingTime(startsAt: Date, endsAt: Date): string {
	const startDay = longFormat.format(startsAt);
	const endDay = longFormat.format(endsAt);
	const start = timeFormat.format(startsAt);
	const end = timeFormat.format(endsAt);
	return startDay === endDay ? `${startDay}, ${start}–${end}` : `${startDay}, ${start} – ${endDay}, ${end}`;
}
