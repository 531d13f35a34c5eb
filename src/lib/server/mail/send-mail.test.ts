import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb, schema } from '../db/index.ts';
import { resetEnv } from '../env.ts';
import { linkParts } from './link-parts.ts';
import { sendMail } from './send-mail.ts';

afterEach(() => {
	delete process.env.SMTP_URL;
	resetEnv();
});

describe('sendMail', () => {
	it('stores the mail in mail_outbox when no SMTP_URL is set', async () => {
		await sendMail({ to: 'ontvanger@example.nl', subject: 'Proef', text: 'Hallo https://example.nl/x.' });
		const rows = await getDb().select().from(schema.mailOutbox);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ to: 'ontvanger@example.nl', subject: 'Proef', text: 'Hallo https://example.nl/x.', html: null });
	});

	it('sends over SMTP when SMTP_URL is set, and then writes no outbox row', async () => {
		const received: string[] = [];
		const server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData(stream, _session, callback) {
				let raw = '';
				stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
				stream.on('end', () => {
					received.push(raw);
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = server.server.address() as AddressInfo;
			process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
			process.env.MAIL_FROM = 'Kleinschalig <test@kleinschalig.local>';
			resetEnv();
			const before = await getDb().select().from(schema.mailOutbox);
			await sendMail({ to: 'smtp@example.nl', subject: 'Via SMTP', text: 'Echte mail' });
			expect(received).toHaveLength(1);
			expect(received[0]).toContain('To: smtp@example.nl');
			expect(received[0]).toContain('Subject: Via SMTP');
			expect(received[0]).toContain('From: Kleinschalig <test@kleinschalig.local>');
			expect(received[0]).toContain('Echte mail');
			expect(await getDb().select().from(schema.mailOutbox)).toHaveLength(before.length);
		} finally {
			await new Promise<void>((resolve) => server.close(() => resolve()));
			delete process.env.MAIL_FROM;
		}
	});

	it('refuses an invalid address', async () => {
		await expect(sendMail({ to: 'geen adres', subject: 'x', text: 'y' })).rejects.toMatchObject({ code: 'invalid-input' });
	});
});

describe('linkParts', () => {
	it('splits links out of a text without trailing punctuation', () => {
		expect(linkParts('Ga naar https://a.nl/b?c=1. Klaar')).toEqual([
			{ text: 'Ga naar ' },
			{ text: 'https://a.nl/b?c=1', href: 'https://a.nl/b?c=1' },
			{ text: '. Klaar' }
		]);
	});
});
