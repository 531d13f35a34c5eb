/**
 * What a browser journey gets to work with: a page in a fresh browser context, helpers that run an
 * accessibility check (axe-core) on every page the journey shows, the mails the app sent, and the
 * demo accounts. The runner (run.js) creates one JourneyContext per journey.
 */
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

/** The WCAG levels every page must meet (axe-core tags). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * @typedef {object} DemoAccount
 * @property {string} email
 * @property {string} password
 * @property {string} name
 * @property {string} role platform role: admin, editor, coordinator, researcher or user
 * @property {string} [organization] organisation name, for members of an organisation
 * @property {string} [organizationRole] member or manager
 */

/** @typedef {typeof import('../../src/lib/i18n/nl.ts').m} Messages */

/**
 * @typedef {object} JourneyContext
 * @property {import('playwright-core').Page} page
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} baseURL
 * @property {(path: string, options?: { status?: number }) => Promise<import('playwright-core').Response | null>} visit
 *   open a path (relative to baseURL), assert the HTTP status (default 200) and run the accessibility check
 * @property {(action: () => Promise<unknown>, url?: string | RegExp | ((url: URL) => boolean)) => Promise<void>} follow
 *   do something that leads to another page (click a link, submit a form), wait until the URL
 *   changed (or matches `url`), then run the accessibility check
 * @property {(label?: string) => Promise<void>} audit run the accessibility check on the page as it is now
 * @property {import('./mail-server.js').MailServer['waitForMail']} waitForMail
 * @property {import('./mail-server.js').ReceivedMail[]} mails
 * @property {Record<string, DemoAccount>} accounts the demo accounts by key
 * @property {Messages} messages the app's Dutch message catalogue, for asserting exact texts
 * @property {(message: string) => void} log print a progress line under the journey's name
 */

/**
 * @typedef {object} Journey
 * @property {string} name
 * @property {(t: JourneyContext) => Promise<void>} run
 * @property {boolean} [javaScriptEnabled] false to check the no-JavaScript (progressive enhancement) path
 */

/**
 * Creates the journey helpers for one page. `finish()` fails when the journey showed a page that
 * was never checked for accessibility, so "every page is checked" does not depend on discipline.
 * @param {{ page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, baseURL: string, javaScriptEnabled: boolean,
 *   mail: import('./mail-server.js').MailServer, accounts: Record<string, DemoAccount>, messages: Messages, log: (message: string) => void }} options
 */
export function createJourneyContext({ page, context, baseURL, javaScriptEnabled, mail, accounts, messages, log }) {
	const origin = new URL(baseURL).origin;
	/** @type {Set<string>} */
	const shown = new Set();
	/** @type {Set<string>} */
	const audited = new Set();
	/** @type {string[]} */
	const pageErrors = [];

	/** @param {string} href */
	const keyOf = (href) => {
		const url = new URL(href);
		return url.origin === origin ? url.pathname + url.search : null;
	};

	page.on('framenavigated', (frame) => {
		if (frame !== page.mainFrame()) return;
		const key = keyOf(frame.url());
		if (key) shown.add(key);
	});
	page.on('pageerror', (error) => pageErrors.push(`${keyOf(page.url()) ?? page.url()}: ${error.message}`));

	/** Waits until a client-side navigation has rendered (two animation frames after the last task). */
	async function settle() {
		await page.waitForLoadState('load');
		if (!javaScriptEnabled) return;
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))))
		);
	}

	/**
	 * The page to run axe-core on. axe-core needs JavaScript; for a journey without it, the same HTML
	 * (scripts removed, so nothing hydrates) is served at the same URL to a scratch page that has
	 * JavaScript, and loads the same stylesheets from the server.
	 * @returns {Promise<{ target: import('playwright-core').Page, done: () => Promise<void> }>}
	 */
	async function pageToAudit() {
		if (javaScriptEnabled) return { target: page, done: async () => {} };
		const url = page.url();
		const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
		const scratchContext = await context.browser()?.newContext({ baseURL, locale: 'nl-NL' });
		if (!scratchContext) throw new Error('no browser to run the accessibility check in');
		const target = await scratchContext.newPage();
		await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
		await target.goto(url);
		return { target, done: () => scratchContext.close() };
	}

	/** @type {JourneyContext['audit']} */
	async function audit(label) {
		await settle();
		const key = keyOf(page.url()) ?? page.url();
		const { target, done } = await pageToAudit();
		// Only violations are needed; skipping passes/incomplete details makes each check faster.
		const results = await new AxeBuilder({ page: target })
			.withTags(axeTags)
			.options({ resultTypes: ['violations'] })
			.analyze()
			.finally(done);
		audited.add(key);
		if (results.violations.length === 0) return;
		const lines = results.violations.map((v) => {
			const nodes = v.nodes
				.slice(0, 5)
				.map((n) => `      at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`)
				.join('\n');
			const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
			return `  - [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
		});
		throw new Error(
			`Accessibility violations on ${key}${label ? ` (${label})` : ''}:\n${lines.join('\n')}`
		);
	}

	/** @type {JourneyContext['visit']} */
	async function visit(path, options = {}) {
		const response = await page.goto(new URL(path, baseURL).href);
		const expected = options.status ?? 200;
		assert.equal(response?.status(), expected, `GET ${path} answered ${response?.status()}, expected ${expected}`);
		await audit();
		return response;
	}

	/** @type {JourneyContext['follow']} */
	async function follow(action, url) {
		const before = page.url();
		await action();
		if (url === undefined) await page.waitForURL((u) => u.href !== before);
		else await page.waitForURL(url);
		await audit();
	}

	/** Throws when the journey had uncaught page errors or showed pages it never checked. */
	function finish() {
		if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
		const unchecked = [...shown].filter((key) => !audited.has(key));
		if (unchecked.length > 0) {
			throw new Error(`Pages shown but never checked for accessibility (use visit/follow/audit): ${unchecked.join(', ')}`);
		}
	}

	/** @type {JourneyContext} */
	const t = {
		page,
		context,
		baseURL,
		visit,
		follow,
		audit,
		waitForMail: mail.waitForMail,
		mails: mail.mails,
		accounts,
		messages,
		log
	};
	return { t, finish };
}
