/**
 * The Dutch message catalogue: every text the UI shows. One object, one section per area.
 * Components import `m` and read `m.section.key`; texts with placeholders use format().
 * Zod error messages for forms also come from here (section `validation`).
 */
export const m = {
	app: {
		name: 'Kleinschalig',
		tagline: 'Samen werken aan kleinschalig verblijf in de jeugdhulp'
	},
	// --- layout (header, navigation, footer, skip link, breadcrumb, error pages) ---
	layout: {},
	// --- modules (landing pages of the six modules) ---
	modules: {},
	// --- auth (login, sign-up, verification, password reset, invitations, account) ---
	auth: {},
	// --- admin (users, organisations, outbox) ---
	admin: {},
	// --- validation (form error messages, shared by forms, API and CLI) ---
	validation: {
		required: 'Vul dit veld in.'
	}
} as const;

/** Fills {name} placeholders in a catalogue text. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}
