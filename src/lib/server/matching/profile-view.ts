import { findMunicipality, findRegion } from '../../nl/places.ts';
import type { schema } from '../db/index.ts';

/** A stored profile row. */
export type ProfileRow = typeof schema.youthProfile.$inferSelect;

/** A profile as the screens and the export show it. */
export interface ProfileView {
	id: string;
	code: string;
	birthYear: number;
	age: number;
	gender: string;
	needs: string[];
	intensity: number;
	closedAuthorisation: boolean;
	municipality: { code: string; name: string };
	region: { code: string; name: string };
	waitingSince: string;
	waitingDays: number;
	notes: string | null;
	status: 'waiting' | 'placed' | 'left';
	home: { id: string; name: string } | null;
	placedSince: string | null;
	leftSince: string | null;
	/** The day the retention job deletes the profile (youths who left only). */
	deleteOn: string | null;
}

/** Age in whole years on `today` from a birth year: the year difference (a birth year is all we keep). */
export function ageOf(birthYear: number, today: string): number {
	return Number(today.slice(0, 4)) - birthYear;
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"), never negative. */
export function daysBetween(from: string, to: string): number {
	const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
	return Math.max(0, Math.floor(ms / 86_400_000));
}

/** The day `days` after a date ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today in the Netherlands as "YYYY-MM-DD" (the server's only clock read for matching). */
export function todayOf(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The view of a stored profile on `today`. */
export function profileViewOf(
	row: ProfileRow,
	options: { today: string; homeName?: string | null; retentionDays: number }
): ProfileView {
	const municipality = findMunicipality(row.municipalityCode);
	const region = findRegion(row.regionCode);
	return {
		id: row.id,
		code: row.code,
		birthYear: row.birthYear,
		age: ageOf(row.birthYear, options.today),
		gender: row.gender,
		needs: row.needs,
		intensity: row.intensity,
		closedAuthorisation: row.closedAuthorisation,
		municipality: { code: row.municipalityCode, name: municipality?.name ?? row.municipalityCode },
		region: { code: row.regionCode, name: region?.name ?? row.regionCode },
		waitingSince: row.waitingSince,
		waitingDays: daysBetween(row.waitingSince, options.today),
		notes: row.notes,
		status: row.status as ProfileView['status'],
		home: row.homeId ? { id: row.homeId, name: options.homeName ?? row.homeId } : null,
		placedSince: row.placedSince,
		leftSince: row.leftSince,
		deleteOn: row.status === 'left' && row.leftSince ? addDays(row.leftSince, options.retentionDays) : null
	};
}
