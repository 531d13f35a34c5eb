import type { RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
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
		addMember: async (event: RequestEvent) => {
			const user = requireUser(event);
			const values = formText(await event.request.formData(), 'name', 'description', 'website');
			try {
				await addGroupMember(user, { group, ...values });
			} catch (err) {
				return networkFormFailure(err, values, 'addMember');
			}
			return { saved: true };
		},
		removeMember: async (event: RequestEvent) => {
			const user = requireUser(event);
			const { id } = formText(await event.request.formData(), 'id');
			try {
				await removeGroupMember(user, id);
			} catch (err) {
				return networkFormFailure(err, {}, 'removeMember');
			}
			return { saved: true };
		},
		addResearch: async (event: RequestEvent) => {
			const user = requireUser(event);
			const values = formText(await event.request.formData(), 'title', 'description', 'status');
			try {
				await addResearchItem(user, values);
			} catch (err) {
				return networkFormFailure(err, values, 'addResearch');
			}
			return { saved: true };
		},
		researchStatus: async (event: RequestEvent) => {
			const user = requireUser(event);
			const values = formText(await event.request.formData(), 'id', 'status');
			try {
				await setResearchItemStatus(user, values);
			} catch (err) {
				return networkFormFailure(err, values, 'researchStatus');
			}
			return { saved: true };
		},
		removeResearch: async (event: RequestEvent) => {
			const user = requireUser(event);
			const { id } = formText(await event.request.formData(), 'id');
			try {
				await removeResearchItem(user, id);
			} catch (err) {
				return networkFormFailure(err, {}, 'removeResearch');
			}
			return { saved: true };
		}
	};
}
