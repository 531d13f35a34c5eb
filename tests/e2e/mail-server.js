/**
 * A real SMTP server for the browser journeys: the app sends its mail to it over SMTP exactly as
 * it would in production, and journeys read what arrived. Mails are kept in memory only.
 */
import { EventEmitter } from 'node:events';
import { SMTPServer } from 'smtp-server';

/**
 * @typedef {object} ReceivedMail
 * @property {string} from envelope sender
 * @property {string[]} to envelope recipients, lower case
 * @property {string} subject decoded Subject header
 * @property {string} text the text/plain part (empty when absent)
 * @property {string} html the text/html part (empty when absent)
 * @property {string[]} links every http(s) URL in the text and html parts, in order, without duplicates
 * @property {string} raw the message as received
 */

/**
 * @typedef {object} MailServer
 * @property {number} port
 * @property {ReceivedMail[]} mails every mail received so far, oldest first
 * @property {(to: string, subject: RegExp, timeoutMs?: number) => Promise<ReceivedMail>} waitForMail
 * @property {() => Promise<void>} close
 */

/** Starts an SMTP server on a random local port that collects every mail it receives. */
export async function startMailServer() {
	/** @type {ReceivedMail[]} */
	const mails = [];
	const arrivals = new EventEmitter();

	const server = new SMTPServer({
		// Local test server: no TLS, no login; the app connects with a plain smtp:// URL.
		disabledCommands: ['STARTTLS'],
		authOptional: true,
		logger: false,
		onData(stream, session, callback) {
			/** @type {Buffer[]} */
			const chunks = [];
			stream.on('data', (chunk) => chunks.push(chunk));
			stream.on('error', callback);
			stream.on('end', () => {
				try {
					const raw = Buffer.concat(chunks).toString('utf8');
					const envelope = session.envelope;
					const mail = parseMail(raw, {
						from: envelope.mailFrom ? envelope.mailFrom.address : '',
						to: envelope.rcptTo.map((r) => r.address.toLowerCase())
					});
					mails.push(mail);
					arrivals.emit('mail', mail);
					callback();
				} catch (error) {
					callback(/** @type {Error} */ (error));
				}
			});
		}
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const address = server.server.address();
	if (!address || typeof address === 'string') throw new Error('SMTP server has no TCP address');

	/** @type {MailServer['waitForMail']} */
	function waitForMail(to, subject, timeoutMs = 10_000) {
		const wanted = to.toLowerCase();
		/** @param {ReceivedMail} mail */
		const matches = (mail) => mail.to.includes(wanted) && subject.test(mail.subject);
		const already = mails.find(matches);
		if (already) return Promise.resolve(already);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				arrivals.off('mail', listener);
				const seen = mails.map((m) => `  - to ${m.to.join(', ')}: "${m.subject}"`).join('\n') || '  (none)';
				reject(new Error(`No mail to ${to} with subject ${subject} within ${timeoutMs} ms. Mails received:\n${seen}`));
			}, timeoutMs);
			/** @param {ReceivedMail} mail */
			function listener(mail) {
				if (!matches(mail)) return;
				clearTimeout(timer);
				arrivals.off('mail', listener);
				resolve(mail);
			}
			arrivals.on('mail', listener);
		});
	}

	return /** @type {MailServer} */ ({
		port: address.port,
		mails,
		waitForMail,
		close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	});
}

/**
 * Parses a MIME message far enough for tests: headers, nested multipart, quoted-printable and
 * base64 bodies, RFC 2047 encoded subjects. (No mail parser is installed; this covers what
 * nodemailer produces.)
 * @param {string} raw
 * @param {{ from: string, to: string[] }} envelope
 * @returns {ReceivedMail}
 */
export function parseMail(raw, envelope) {
	const root = parsePart(raw);
	/** @type {{ text: string, html: string }} */
	const bodies = { text: '', html: '' };
	collectBodies(root, bodies);
	/** @type {string[]} */
	const links = [];
	for (const source of [bodies.text, bodies.html.replace(/&amp;/g, '&')]) {
		for (const match of source.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)) {
			const link = match[0].replace(/[.,;:!?]+$/, '');
			if (!links.includes(link)) links.push(link);
		}
	}
	return {
		from: envelope.from,
		to: envelope.to,
		subject: decodeWords(root.headers.get('subject') ?? ''),
		text: bodies.text,
		html: bodies.html,
		links,
		raw
	};
}

/**
 * @typedef {object} MimePart
 * @property {Map<string, string>} headers lower-cased names, unfolded values
 * @property {string} body the undecoded body
 * @property {MimePart[]} parts sub-parts of a multipart
 */

/** @param {string} raw @returns {MimePart} */
function parsePart(raw) {
	const normalised = raw.replace(/\r\n/g, '\n');
	const split = normalised.indexOf('\n\n');
	const head = split === -1 ? normalised : normalised.slice(0, split);
	const body = split === -1 ? '' : normalised.slice(split + 2);
	/** @type {Map<string, string>} */
	const headers = new Map();
	for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	/** @type {MimePart[]} */
	const parts = [];
	const type = headers.get('content-type') ?? 'text/plain';
	const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
	if (/^multipart\//i.test(type) && boundary) {
		const sections = body.split(`--${boundary}`);
		// sections[0] is the preamble; the last one starts with "--" (the closing delimiter).
		for (const section of sections.slice(1)) {
			if (section.startsWith('--')) break;
			parts.push(parsePart(section.replace(/^\n/, '')));
		}
	}
	return { headers, body, parts };
}

/** @param {MimePart} part @param {{ text: string, html: string }} into */
function collectBodies(part, into) {
	if (part.parts.length > 0) {
		for (const sub of part.parts) collectBodies(sub, into);
		return;
	}
	const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
	if (/attachment/i.test(part.headers.get('content-disposition') ?? '')) return;
	const charset = /charset="?([^";]+)"?/i.exec(type)?.[1] ?? 'utf-8';
	const decoded = decodeBody(part.body, part.headers.get('content-transfer-encoding') ?? '7bit', charset);
	if (type.startsWith('text/html') && !into.html) into.html = decoded;
	else if (type.startsWith('text/plain') && !into.text) into.text = decoded;
}

/** @param {string} body @param {string} encoding @param {string} charset */
function decodeBody(body, encoding, charset) {
	const enc = encoding.trim().toLowerCase();
	/** @type {Buffer} */
	let bytes;
	if (enc === 'base64') bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
	else if (enc === 'quoted-printable') bytes = decodeQuotedPrintable(body);
	else bytes = Buffer.from(body, 'utf8');
	return new TextDecoder(charset).decode(bytes).replace(/\n$/, '');
}

/** @param {string} text */
function decodeQuotedPrintable(text) {
	const joined = text.replace(/=\n/g, '');
	/** @type {number[]} */
	const bytes = [];
	for (let i = 0; i < joined.length; i++) {
		const char = joined[i];
		const hex = joined.slice(i + 1, i + 3);
		if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(char ?? '', 'utf8'));
		}
	}
	return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words such as =?UTF-8?Q?Uitnodiging_voor?=. @param {string} value */
function decodeWords(value) {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_whole, charset, kind, text) => {
			const bytes =
				kind.toUpperCase() === 'B'
					? Buffer.from(text, 'base64')
					: decodeQuotedPrintable(text.replace(/_/g, ' '));
			return new TextDecoder(charset).decode(bytes);
		});
}
