import { error, redirect } from '@sveltejs/kit';
import type { PlatformRole } from '../accounts/roles.ts';
import type { SessionUser } from './types.ts';

interface GuardEvent {
	locals: App.Locals;
	url: URL;
}

/** The signed-in user, or a redirect to the login page that returns here afterwards. */
export function requireUser(event: GuardEvent): SessionUser {
	if (!event.locals.user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/inloggen?terug=${encodeURIComponent(back)}`);
	}
	return event.locals.user;
}

/** The signed-in user if they hold one of the platform roles (admins always pass); 403 otherwise. */
export function requireRole(event: GuardEvent, ...roles: PlatformRole[]): SessionUser {
	const user = requireUser(event);
	if (user.role !== 'admin' && !roles.includes(user.role as PlatformRole)) {
		error(403, 'U heeft geen toegang tot deze pagina.');
	}
	return user;
}

/** The signed-in user if they are a manager of the organisation (admins always pass); 403 otherwise. */
export function requireOrganizationManager(event: GuardEvent, organizationId: string): SessionUser {
	const user = requireUser(event);
	const isManager = user.organizations.some((o) => o.id === organizationId && o.role === 'manager');
	if (user.role !== 'admin' && !isManager) {
		error(403, 'Alleen beheerders van deze organisatie kunnen dit doen.');
	}
	return user;
}
