import { redirect } from '@sveltejs/kit';
import {
	articleFormValuesFromContent,
	articleFormValuesOf,
	articleInputFromForm
} from '$lib/kennis/article-form';
import { requireRole } from '$lib/server/auth/guards';
import { approveArticle } from '$lib/server/kennis/approve-article';
import { archiveArticle, unarchiveArticle } from '$lib/server/kennis/archive-article';
import { getEditorArticle } from '$lib/server/kennis/get-editor-article';
import { returnToDraft } from '$lib/server/kennis/return-to-draft';
import { submitArticle } from '$lib/server/kennis/submit-article';
import { updateArticle } from '$lib/server/kennis/update-article';
import { kennisFormFailure, kennisPageError, previewArticle } from '../../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	try {
		const article = await getEditorArticle(user, { slug: event.params.slug });
		return { article, values: articleFormValuesFromContent(article.slug, article.content) };
	} catch (err) {
		kennisPageError(err, event.url);
	}
};

/** Runs one workflow step and reports it as `{ done }`, or as a failed action with the reason. */
async function step(
	event: Parameters<Actions[string]>[0],
	done: string,
	run: (user: App.Locals['user'] & object, slug: string) => Promise<unknown>
) {
	const user = requireRole(event, 'editor');
	try {
		await run(user, event.params.slug!);
	} catch (err) {
		return kennisFormFailure(err);
	}
	return { done };
}

export const actions: Actions = {
	voorbeeld: previewArticle,
	opslaan: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const values = articleFormValuesOf(form);
		const expected = Number(form.get('revision'));
		let result;
		try {
			result = await updateArticle(user, {
				slug: event.params.slug,
				input: articleInputFromForm(values),
				expectedRevision: Number.isInteger(expected) && expected > 0 ? expected : undefined
			});
		} catch (err) {
			return kennisFormFailure(err, { values });
		}
		redirect(
			303,
			`/kennisdossier/redactie/artikel/${result.slug}?${result.changed ? `opgeslagen=${result.revision}` : 'ongewijzigd'}`
		);
	},
	aanbieden: (event) => step(event, 'submitted', (user, slug) => submitArticle(user, { slug })),
	goedkeuren: (event) => step(event, 'approved', (user, slug) => approveArticle(user, { slug })),
	publiceren: async (event) => {
		const note = String((await event.request.formData()).get('note') ?? '');
		return step(event, 'approved', (user, slug) => approveArticle(user, { slug, override: true, note }));
	},
	terugzetten: (event) => step(event, 'returned', (user, slug) => returnToDraft(user, { slug })),
	archiveren: (event) => step(event, 'archived', (user, slug) => archiveArticle(user, { slug })),
	dearchiveren: (event) => step(event, 'unarchived', (user, slug) => unarchiveArticle(user, { slug }))
};
