// The consortium and klankbordgroep lists: public to read, the coordinator edits them.

export const networkGroups = ['consortium', 'klankbordgroep'] as const;
export type NetworkGroup = (typeof networkGroups)[number];

export interface GroupMember {
	id: string;
	name: string;
	description: string | null;
	website: string | null;
}
