/** Platform-wide roles (better-auth admin plugin `user.role`); 'user' is an ordinary account. */
export const platformRoles = ['admin', 'editor', 'coordinator', 'researcher', 'user'] as const;
export type PlatformRole = (typeof platformRoles)[number];

/** Roles inside one organisation (better-auth organization plugin `member.role`). */
export const organizationRoles = ['member', 'manager'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];

/** Kinds of organisation: aanbieder, gemeente/jeugdregio, kennisinstituut, overig. */
export const organizationKinds = ['provider', 'municipality', 'knowledge-institute', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** Whether a platform role string is one we know. */
export function isPlatformRole(value: string): value is PlatformRole {
	return (platformRoles as readonly string[]).includes(value);
}
