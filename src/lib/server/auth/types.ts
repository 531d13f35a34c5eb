/** The signed-in user as the app sees it (filled by the auth handle). */
export interface SessionUser {
	id: string;
	name: string;
	email: string;
	emailVerified: boolean;
	/** Platform role: 'admin' | 'editor' | 'coordinator' | 'researcher' | 'user'. */
	role: string;
	/** Organisations the user belongs to, with the user's role there. */
	organizations: { id: string; name: string; kind: string; role: 'member' | 'manager' }[];
}

export interface SessionData {
	id: string;
	expiresAt: Date;
	activeOrganizationId: string | null;
}
