import { boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

// Tables of better-auth (core, admin plugin, organization plugin). Table and property names follow
// better-auth's model and field names exactly, because its Drizzle adapter looks them up by name.

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
	timestamp({ withTimezone: true })
		.notNull()
		.defaultNow()
		.$onUpdate(() => new Date());

/** Accounts. `role` is the platform role (accounts/roles.ts); `banned` blocks login. */
export const user = pgTable('user', {
	id: text().primaryKey(),
	name: text().notNull(),
	email: text().notNull().unique(),
	emailVerified: boolean().notNull().default(false),
	image: text(),
	role: text().notNull().default('user'),
	banned: boolean().notNull().default(false),
	banReason: text(),
	banExpires: timestamp({ withTimezone: true }),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

/** Database sessions; the cookie holds the signed token. */
export const session = pgTable(
	'session',
	{
		id: text().primaryKey(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		token: text().notNull().unique(),
		ipAddress: text(),
		userAgent: text(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		impersonatedBy: text(),
		activeOrganizationId: text(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('session_user_id_idx').on(t.userId)]
);

/** Login methods of a user; providerId 'credential' holds the password hash. */
export const account = pgTable(
	'account',
	{
		id: text().primaryKey(),
		accountId: text().notNull(),
		providerId: text().notNull(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text(),
		refreshToken: text(),
		idToken: text(),
		accessTokenExpiresAt: timestamp({ withTimezone: true }),
		refreshTokenExpiresAt: timestamp({ withTimezone: true }),
		scope: text(),
		password: text(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('account_user_id_idx').on(t.userId)]
);

/** Short-lived tokens (e-mail verification, password reset). */
export const verification = pgTable(
	'verification',
	{
		id: text().primaryKey(),
		identifier: text().notNull(),
		value: text().notNull(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('verification_identifier_idx').on(t.identifier)]
);

/** Organisations (providers, municipalities, knowledge institutes, other); `kind` per roles.ts. */
export const organization = pgTable('organization', {
	id: text().primaryKey(),
	name: text().notNull(),
	slug: text().notNull().unique(),
	kind: text().notNull().default('other'),
	logo: text(),
	metadata: text(),
	createdAt: createdAt()
});

/** Membership of a user in an organisation; role 'member' or 'manager'. */
export const member = pgTable(
	'member',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text().notNull().default('member'),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('member_organization_user_idx').on(t.organizationId, t.userId),
		index('member_user_id_idx').on(t.userId)
	]
);

/** Invitations by e-mail; status pending → accepted | canceled | rejected. */
export const invitation = pgTable(
	'invitation',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		email: text().notNull(),
		role: text().notNull().default('member'),
		status: text().notNull().default('pending'),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		inviterId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [
		index('invitation_organization_id_idx').on(t.organizationId),
		index('invitation_email_idx').on(t.email)
	]
);
