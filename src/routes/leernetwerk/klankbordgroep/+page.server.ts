import { groupActions, loadGroupPage } from '../group-page.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => loadGroupPage('klankbordgroep', locals);

export const actions: Actions = groupActions('klankbordgroep');
