import { redirect } from '@sveltejs/kit';
import { articleFormValuesOf, articleInputFromForm, emptyArticleForm } from '$lib/kennis/article-form';
import { renderMarkdown } from '$lib/kennis/render-markdown';
import { requireRole } from '$lib/server/auth/guards';
import { createArticle } from '$lib/server/kennis/create-article';
import { listThemeOptions } from '$lib/server/kennis/get-editor-article';
import { kennisFormFailure } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return { themes: await listThemeOptions(user), values: emptyArticleForm() };
};

export const actions: Actions = {
	// Renders the Markdown on the server, so the preview works without JavaScript; nothing is stored.
	voorbeeld: async (event) => {
		requireRole(event, 'editor');
		const values = articleFormValuesOf(await event.request.formData());
		return { preview: renderMarkdown(values.body), values };
	},
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
