/** The signed-in user as the app sees it (filled by the auth handle). */
export interface SessionUser {
	id: string;
	name: string;
	email: string;
	emailVerified: boolean;
	/** Platform role: 'admin' | 'editor' | 'coordinator' | 'researcher' | 'user'. */
	role: string;
}

export interface SessionData {
	id: string;
	expiresAt: Date;
	activeOrganizationId: string | null;
}
