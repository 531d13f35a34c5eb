// The whole database schema, one file per module. drizzle-kit reads this folder.
export * from './core.ts';
