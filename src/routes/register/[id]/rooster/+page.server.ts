import { error, fail } from '@sveltejs/kit';
import { format, m } from '$lib/i18n/nl';
import { copyDay } from '$lib/register/copy-day';
import { homeFormValuesOf, homeInputFromForm } from '$lib/register/home-form';
import { requireUser } from '$lib/server/auth/guards';
import { getHome } from '$lib/server/register/get-home';
import { updateHome } from '$lib/server/register/update-home';
import { homeFormFailure, pageError, withoutRemovedRows } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

const t = m.registerUi.roster;
const weekdayNames: Record<number, string> = m.register.labels.weekday;

/** The home if the user may change it; 403 for everyone else (also for plain members). */
async function editableHome(event: { locals: App.Locals; url: URL; params: { id: string } }) {
	const user = requireUser(event);
	const home = await getHome(user, { homeId: event.params.id }).catch((err: unknown) => pageError(err, event.url));
	if (!home.canEdit) error(403, m.auth.errors.notManager);
	return { user, home };
}

/** The roster rows of a submitted form (removed and empty rows dropped, the rest renumbered). */
async function rowsOf(request: Request): Promise<Record<string, string>[] | undefined> {
	return homeInputFromForm(withoutRemovedRows(await request.formData())).roster;
}

/** A weekday 1–7 from a form value, or undefined. */
function weekdayOf(value: FormDataEntryValue | null): number | undefined {
	const day = Number(value);
	return Number.isInteger(day) && day >= 1 && day <= 7 ? day : undefined;
}

export const load: PageServerLoad = async (event) => {
	const { home } = await editableHome(event);
	return { home, rows: homeFormValuesOf(home.input).roster ?? [] };
};

export const actions: Actions = {
	opslaan: async (event) => {
		const { user, home } = await editableHome(event);
		const rows = await rowsOf(event.request);
		try {
			const saved = await updateHome(user, { homeId: home.id, input: { ...home.input, roster: rows } });
			return { saved: saved.version !== home.version };
		} catch (err) {
			return homeFormFailure(err, { roster: rows ?? [] });
		}
	},
	// Plain forms cannot add rows by script, so the server sends the rows back with more empty ones.
	meerRijen: async (event) => {
		await editableHome(event);
		return { more: true, values: { roster: (await rowsOf(event.request)) ?? [] } };
	},
	dagKopieren: async (event) => {
		const { user, home } = await editableHome(event);
		const form = await event.request.formData();
		const from = weekdayOf(form.get('van'));
		const to = [...new Set(form.getAll('naar').map(weekdayOf))].filter((d): d is number => d !== undefined && d !== from);
		const errors: Record<string, string> = {};
		const roster = home.input.roster ?? [];
		if (from === undefined) errors.van = t.copyFromInvalid;
		else if (!roster.some((s) => s.weekday === from)) errors.van = format(t.copyFromEmpty, { day: weekdayNames[from]! });
		if (to.length === 0) errors.naar = t.copyToInvalid;
		if (from === undefined || Object.keys(errors).length > 0) {
			return fail(400, { copyErrors: errors, copyValues: { van: String(form.get('van') ?? ''), naar: to.map(String) } });
		}
		try {
			await updateHome(user, { homeId: home.id, input: { ...home.input, roster: copyDay(roster, from, to) } });
		} catch (err) {
			return homeFormFailure(err, {});
		}
		return { copied: format(t.copied, { day: weekdayNames[from]!, days: to.map((d) => weekdayNames[d]!).join(', ') }) };
	}
};
