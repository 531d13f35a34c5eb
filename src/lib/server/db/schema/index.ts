// The whole database schema, one file per module. drizzle-kit reads this folder.
export * from './core.ts';
export * from './auth.ts';
export * from './mail.ts';
export * from './register.ts';
export * from './planner.ts';
