import { randomUUID } from 'node:crypto';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { format, m } from '../../i18n/nl.ts';
import {
	formatQuarter,
	previousQuarter,
	quarterEnd,
	quarterOf,
	type QuarterKey
} from '../../monitor/quarter.ts';
import { siteOrigin } from '../auth/request-event.ts';
import { getDb, schema } from '../db/index.ts';
import { sendMail } from '../mail/send-mail.ts';

/** Reminders go out from this many days after the end of a quarter. */
export const REMINDER_AFTER_DAYS = 14;

/** The quarter whose missing reports are due for a reminder at `now`, or undefined (too early). */
export function reminderQuarter(now: Date): QuarterKey | undefined {
	const quarter = previousQuarter(quarterOf(now));
	const due = quarterEnd(quarter).getTime() + REMINDER_AFTER_DAYS * 86_400_000;
	return now.getTime() >= due ? quarter : undefined;
}

/**
 * The daily 'monitor.missing-report-reminders' job: from two weeks after a quarter ends, mails
 * every manager of a provider with active homes that have no report for that quarter, listing the
 * homes. A manager gets one reminder per provider and quarter: the row in report_reminder is
 * claimed before the mail is sent (and released if sending fails, so the next run tries again).
 */
export async function sendMissingReportReminders(context: { now: Date }): Promise<{ sent: number }> {
	const quarter = reminderQuarter(context.now);
	if (!quarter) return { sent: 0 };
	const { home, quarterlyReport: report, member, user, organization } = schema;
	const missing = await getDb()
		.select({ homeName: home.name, organizationId: home.organizationId, organizationName: organization.name })
		.from(home)
		.innerJoin(organization, eq(organization.id, home.organizationId))
		.where(
			and(
				eq(home.status, 'active'),
				notExists(
					getDb()
						.select({ one: sql`1` })
						.from(report)
						.where(and(eq(report.homeId, home.id), eq(report.quarter, quarter)))
				)
			)
		)
		.orderBy(asc(home.name));
	const byOrganization = new Map<string, { name: string; homes: string[] }>();
	for (const row of missing) {
		const entry = byOrganization.get(row.organizationId) ?? { name: row.organizationName, homes: [] };
		entry.homes.push(row.homeName);
		byOrganization.set(row.organizationId, entry);
	}
	let sent = 0;
	for (const [organizationId, { name, homes }] of byOrganization) {
		const managers = await getDb()
			.select({ id: user.id, name: user.name, email: user.email })
			.from(member)
			.innerJoin(user, eq(user.id, member.userId))
			.where(and(eq(member.organizationId, organizationId), eq(member.role, 'manager')));
		for (const manager of managers) {
			const claimed = await getDb()
				.insert(schema.reportReminder)
				.values({ id: randomUUID(), organizationId, userId: manager.id, quarter, sentAt: context.now })
				.onConflictDoNothing()
				.returning({ id: schema.reportReminder.id });
			if (claimed.length === 0) continue;
			const quarterText = formatQuarter(quarter);
			try {
				await sendMail({
					to: manager.email,
					subject: format(m.monitor.reminder.subject, { quarter: quarterText }),
					text: format(m.monitor.reminder.body, {
						name: manager.name,
						quarter: quarterText,
						organization: name,
						homes: homes.map((h) => `- ${h}`).join('\n'),
						url: `${siteOrigin()}/monitor/kwartaalcijfers/${organizationId}`
					})
				});
				sent += 1;
			} catch (err) {
				await getDb().delete(schema.reportReminder).where(eq(schema.reportReminder.id, claimed[0]!.id));
				throw err;
			}
		}
	}
	return { sent };
}
