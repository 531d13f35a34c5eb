// Scheduled jobs stored in the database: schedule, cancel, run what is due (see README.md).
export { cancelJob, scheduleJob, type ScheduleOptions } from './schedule-job.ts';
export { runDueJobs, type RunDueJobsOptions } from './run-due-jobs.ts';
export { startJobRunner, stopJobRunner } from './job-runner.ts';
export { nextCronRun } from './recurring-jobs.ts';
export type { JobContext, JobKind } from './job-kinds.ts';
