import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { getDb, schema } from '../db/index.ts';
import { env } from '../env.ts';
import { parseInput } from '../validation.ts';

const mailSchema = z.object({
	to: z.email('Vul een geldig e-mailadres in.'),
	subject: z.string().trim().min(1, 'Vul een onderwerp in.').max(300),
	text: z.string().min(1, 'Vul een tekst in.'),
	html: z.string().optional()
});

export type Mail = z.input<typeof mailSchema>;

let transport: { url: string; transporter: Transporter } | undefined;

// One pooled transporter per SMTP_URL; a changed URL (tests) gets a fresh one.
function transporterFor(url: string): Transporter {
	if (transport?.url !== url) {
		transport?.transporter.close();
		transport = { url, transporter: nodemailer.createTransport(url) };
	}
	return transport.transporter;
}

/**
 * Sends a mail: over SMTP when SMTP_URL is set, otherwise into table mail_outbox, so that the
 * demo works without a mail server and admins can read the mails at /beheer/e-mail.
 */
export async function sendMail(input: Mail): Promise<void> {
	const mail = parseInput(mailSchema, input);
	const { SMTP_URL, MAIL_FROM } = env();
	if (SMTP_URL) {
		await transporterFor(SMTP_URL).sendMail({ from: MAIL_FROM, ...mail });
		return;
	}
	await getDb()
		.insert(schema.mailOutbox)
		.values({ id: randomUUID(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null });
}
