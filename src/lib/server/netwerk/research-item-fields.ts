// The research agenda: items with a status; public to read, the coordinator edits it.

export const researchStatuses = ['planned', 'running', 'done'] as const;

export interface ResearchItem {
	id: string;
	title: string;
	description: string | null;
	status: string;
}
