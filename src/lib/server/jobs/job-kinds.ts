/**
 * Every kind of scheduled job the platform runs, and the recurring ones. Adding a kind: one entry
 * here whose `run` imports the module's handler lazily (so loading this file stays cheap).
 */

/** What a handler receives besides its payload. */
export interface JobContext {
	/** The moment the runner treats as now (tests pass their own). */
	now: Date;
}

/** One kind of job: how to run it. A handler must be safe to run again (check state first). */
export interface JobKind {
	run: (payload: Record<string, unknown>, context: JobContext) => Promise<void>;
}

/** The handlers by kind name (`<module>.<what>`). */
export const jobKinds: Record<string, JobKind> = {
	'netwerk.meeting-reminder': {
		run: async (payload, context) =>
			(await import('../netwerk/meetings/send-meeting-reminder.ts')).sendMeetingReminder(payload, context)
	},
	'netwerk.remove-unconfirmed': {
		run: async (_payload, { now }) =>
			void (await (
				await import('../netwerk/remove-unconfirmed-participants.ts')
			).removeUnconfirmedParticipants({ now }))
	},
	'monitor.missing-report-reminders': {
		run: async (_payload, { now }) =>
			void (await (await import('../monitor/send-missing-report-reminders.ts')).sendMissingReportReminders({ now }))
	},
	'matching.delete-expired-profiles': {
		run: async (payload, context) =>
			void (await (await import('../matching/delete-expired-profiles.ts')).deleteExpiredProfiles(payload, context))
	}
};

/** Work that repeats on a cron schedule (5 fields, Europe/Amsterdam); the payload is empty. */
export const recurringJobs: { kind: string; cron: string }[] = [
	{ kind: 'netwerk.remove-unconfirmed', cron: '20 3 * * *' },
	{ kind: 'matching.delete-expired-profiles', cron: '40 3 * * *' },
	{ kind: 'monitor.missing-report-reminders', cron: '0 9 * * *' }
];
