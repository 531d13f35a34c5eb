import type { RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/types';
import { isCoordinator } from '$lib/server/netwerk/access';
import { addGroupMember } from '$lib/server/netwerk/add-group-member';
import { addResearchItem } from '$lib/server/netwerk/add-research-item';
import type { NetworkGroup } from '$lib/server/netwerk/group-member-fields';
import { listGroupMembers } from '$lib/server/netwerk/list-group-members';
import { listResearchItems } from '$lib/server/netwerk/list-research-items';
import { removeGroupMember } from '$lib/server/netwerk/remove-group-member';
import { removeResearchItem } from '$lib/server/netwerk/remove-research-item';
import { setResearchItemStatus } from '$lib/server/netwerk/set-research-item-status';
import { formText, networkFormFailure } from './form.server';

// The consortium and klankbordgroep pages share their load and their coordinator actions.

/** Members of the group, the research agenda, and whether the viewer may edit. */
export async function loadGroupPage(group: NetworkGroup, locals: App.Locals) {
	return {
		members: await listGroupMembers(group),
		research: await listResearchItems(),
		canEdit: !!locals.user && isCoordinator(locals.user)
	};
}

/** The coordinator's form actions on a group page (the module functions check the role). */
export function groupActions(group: NetworkGroup) {
	return {
		addMember: groupAction('addMember', ['name', 'description', 'website'], (user, values) =>
			addGroupMember(user, { group, ...values })
		),
		removeMember: groupAction('removeMember', ['id'], (user, { id }) => removeGroupMember(user, id), false),
		addResearch: groupAction('addResearch', ['title', 'description', 'status'], addResearchItem),
		researchStatus: groupAction('researchStatus', ['id', 'status'], setResearchItemStatus),
		removeResearch: groupAction(
			'removeResearch',
			['id'],
			(user, { id }) => removeResearchItem(user, id),
			false
		)
	};
}

/**
 * One form action: reads the named fields, runs the module function for the signed-in user, and
 * reports a refusal under the form's name (with the input kept when `keepValues`).
 */
function groupAction<const K extends string>(
	form: string,
	fields: K[],
	run: (user: SessionUser, values: Record<K, string>) => Promise<unknown>,
	keepValues = true
) {
	return async (event: RequestEvent) => {
		const user = requireUser(event);
		const values = formText(await event.request.formData(), ...fields);
		try {
			await run(user, values);
		} catch (err) {
			return networkFormFailure(err, keepValues ? values : {}, form);
		}
		return { saved: true };
	};
}
