/** The path to return to after login: only local paths ("/x"), never another site ("//x", "/\x"). */
export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	// Control characters and backslashes can trick browsers into leaving the site.
	for (const char of value) if (char.charCodeAt(0) < 0x20 || char === '\\') return fallback;
	return value;
}
