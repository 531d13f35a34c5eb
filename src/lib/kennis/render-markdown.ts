import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance: no global marked options leak in from elsewhere.
const markdown = new Marked({ gfm: true, breaks: false });

// What an article body may contain after rendering: text structure, links, tables. No scripts,
// styles, iframes, event handlers or inline images from elsewhere.
const allowed: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'br',
		'hr',
		'blockquote',
		'pre',
		'code',
		'em',
		'strong',
		'del',
		'ul',
		'ol',
		'li',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'abbr',
		'sup',
		'sub'
	],
	allowedAttributes: { a: ['href', 'title'], abbr: ['title'], th: ['scope'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	// A heading level 1 in the body would compete with the article title: demote it.
	transformTags: { h1: 'h2' }
};

/** Renders an article body (Markdown) to sanitised HTML; what is not allowed is dropped. */
export function renderMarkdown(source: string): string {
	const html = markdown.parse(source, { async: false });
	return sanitizeHtml(html, allowed);
}

/** The plain text of a Markdown body (for search and feeds): rendered, then every tag removed. */
export function markdownToPlainText(source: string): string {
	const html = markdown.parse(source, { async: false });
	const text = sanitizeHtml(html.replace(/<\/(p|h\d|li|tr|blockquote|pre)>/g, '$&\n'), {
		allowedTags: [],
		allowedAttributes: {}
	});
	return decodeEntities(text)
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}

// sanitize-html escapes text; plain text for search must read as the author wrote it.
function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&#x27;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}
