import { readFile } from 'node:fs/promises';
import { format, m } from '../lib/i18n/nl.ts';
import { AppError } from '../lib/server/errors.ts';

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks).toString('utf8');
}

/** Reads and parses the JSON in FILE, or standard input when FILE is "-"; Dutch errors (exit 2). */
export async function readJsonInput(
	file: string | undefined,
	stdin: NodeJS.ReadableStream
): Promise<unknown> {
	if (!file)
		throw new AppError('invalid-input', m.platform.cli.missingFile, [
			{ path: 'FILE', message: m.platform.cli.missingFile }
		]);
	const name = file === '-' ? 'standaardinvoer' : file;
	let text: string;
	try {
		text = file === '-' ? await readStream(stdin) : await readFile(file, 'utf8');
	} catch {
		const message = format(m.platform.cli.unreadableFile, { file: name });
		throw new AppError('invalid-input', message, [{ path: 'FILE', message }]);
	}
	try {
		return JSON.parse(text) as unknown;
	} catch {
		const message = format(m.platform.cli.invalidJson, { file: name });
		throw new AppError('invalid-input', message, [{ path: '', message }]);
	}
}
