import { redirect } from '@sveltejs/kit';
import { articleFormValuesOf, articleInputFromForm, emptyArticleForm } from '$lib/kennis/article-form';
import { requireRole } from '$lib/server/auth/guards';
import { createArticle } from '$lib/server/kennis/create-article';
import { listThemeOptions } from '$lib/server/kennis/get-editor-article';
import { kennisFormFailure, previewArticle } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return { themes: await listThemeOptions(user), values: emptyArticleForm() };
};

export const actions: Actions = {
	voorbeeld: previewArticle,
	opslaan: async (event) => {
		const user = requireRole(event, 'editor');
		const values = articleFormValuesOf(await event.request.formData());
		let slug: string;
		try {
			({ slug } = await createArticle(user, { slug: values.slug, input: articleInputFromForm(values) }));
		} catch (err) {
			return kennisFormFailure(err, { values });
		}
		redirect(303, `/kennisdossier/redactie/artikel/${slug}?aangemaakt`);
	}
};
