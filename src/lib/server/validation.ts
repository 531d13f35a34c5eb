import type { z } from 'zod';
import { AppError, type FieldError } from './errors.ts';

/** Turns zod issues into one Dutch message per field path ("a/0/b"), first message wins. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
	const seen = new Map<string, string>();
	for (const issue of error.issues) {
		const path = issue.path.map(String).join('/');
		if (!seen.has(path)) seen.set(path, issue.message);
	}
	return [...seen].map(([path, message]) => ({ path, message }));
}

/** Parses input with a schema at a boundary; throws AppError('invalid-input') with field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (!result.success) {
		throw new AppError('invalid-input', 'De invoer is niet geldig.', fieldErrorsOf(result.error));
	}
	return result.data;
}
