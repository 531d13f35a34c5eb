/**
 * A stand-alone reminder worker for the two-instance test (reminders-two-instances.test.ts): one
 * Node process that, like an app instance, runs due jobs against DATABASE_URL until none are left,
 * and also calls the reminder handler directly for every given registration (as a retried or
 * doubled job would). Run with tsx; env: DATABASE_URL, WORKER_NOW (ISO time), REGISTRATION_IDS.
 */
import { closeDatabase } from '../../db/index.ts';
import { runDueJobs } from '../../jobs/index.ts';
import { sendMeetingReminder } from './send-meeting-reminder.ts';

const now = new Date(process.env.WORKER_NOW ?? '');
const registrationIds = (process.env.REGISTRATION_IDS ?? '').split(',').filter(Boolean);
let idle = 0;
let ran = 0;
// Small batches interleave the two workers as much as possible.
while (idle < 3) {
	const result = await runDueJobs({ now, limit: 1 });
	ran += result.ran;
	idle = result.ran === 0 ? idle + 1 : 0;
}
for (const registrationId of registrationIds) await sendMeetingReminder({ registrationId }, { now });
await closeDatabase();
process.stdout.write(JSON.stringify({ ran }));
