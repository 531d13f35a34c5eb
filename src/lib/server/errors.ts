/**
 * The one error type of the platform. Module functions throw AppError with a code; routes, API
 * endpoints and the CLI map the code to a response in one place each (see http/problem.ts and
 * src/cli). `fieldErrors` carries one Dutch message per invalid field, keyed by path.
 */
export type AppErrorCode =
	| 'invalid-input'
	| 'unauthenticated'
	| 'forbidden'
	| 'not-found'
	| 'conflict'
	| 'rate-limited'
	| 'internal';

export interface FieldError {
	/** JSON-pointer-like path of the field, e.g. "roster/0/start" or "email". */
	path: string;
	/** Dutch message for the user. */
	message: string;
}

export class AppError extends Error {
	constructor(
		public readonly code: AppErrorCode,
		message: string,
		public readonly fieldErrors: FieldError[] = []
	) {
		super(message);
		this.name = 'AppError';
	}
}

/** The HTTP status that belongs to each error code. */
export const httpStatusOf: Record<AppErrorCode, number> = {
	'invalid-input': 400,
	unauthenticated: 401,
	forbidden: 403,
	'not-found': 404,
	conflict: 409,
	'rate-limited': 429,
	internal: 500
};

/** Whether a value is an AppError (also across module copies in tests). */
export function isAppError(value: unknown): value is AppError {
	return value instanceof AppError || (value instanceof Error && value.name === 'AppError');
}
