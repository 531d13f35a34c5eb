// The whole database schema, one file per module. drizzle-kit reads this folder.
export * from './core.ts';
export * from './auth.ts';
export * from './mail.ts';
export * from './register.ts';
export * from './planner.ts';
export * from './kennis.ts';
export * from './netwerk.ts';
export * from './netwerk-meetings.ts';
export * from './matching.ts';
export * from './monitor.ts';
export * from './jobs.ts';
