// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser, SessionData } from '$lib/server/auth/types';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			/** Logger whose lines carry this request's id. */
			log: import('pino').Logger;
			user: SessionUser | null;
			session: SessionData | null;
		}
	}
}

export {};
