import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { parseInput } from '../validation.ts';
import { assertMatchingAccess } from './access.ts';
import { assignInWorker } from './engine/assign-in-worker.ts';
import { writeAuditForProfiles } from './audit.ts';
import {
	loadGroupHomes,
	loadWaitingProfiles,
	matchingHomeOf,
	matchingRulesOf,
	matchingYouthOf
} from './matching-data.ts';
import { todayOf } from './profile-view.ts';

const timeLimit = m.matching.proposal.timeLimitInvalid;

/** The proposal form: how long the solver may search. */
export const proposalInputSchema = z.object({
	timeLimitSeconds: z.coerce.number(timeLimit).int(timeLimit).min(1, timeLimit).max(60, timeLimit).default(10)
});

/** A batch proposal for the organisation's waiting list, with names and profile ids for the screens. */
export interface Proposal {
	assignments: {
		profileId: string;
		code: string;
		homeId: string;
		homeName: string;
		score: number;
		reasons: string[];
	}[];
	unplaced: { profileId: string; code: string; reason: string }[];
	objective: number;
	bound: number;
	optimal: boolean;
	seconds: number;
}

/**
 * Proposes placements for every waiting youth of the organisation over its homes' free places
 * (the published model, exact with a proven bound). Advice only: nothing is stored except the
 * audit lines of the profiles it looked at.
 */
export async function proposeAssignment(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown; now?: Date }
): Promise<Proposal> {
	const known = await assertMatchingAccess(actor, options.organizationId);
	const { timeLimitSeconds } = parseInput(proposalInputSchema, options.input);
	const today = todayOf(options.now ?? new Date());
	const homes = (await loadGroupHomes(options.organizationId)).filter((h) => h.isComplete);
	const waiting = await loadWaitingProfiles(options.organizationId);
	const byCode = new Map(waiting.map((p) => [p.code, p]));
	const homeNames = new Map(homes.map((h) => [h.id, h.name]));
	// Off the request thread: the server keeps answering while HiGHS searches.
	const result = await assignInWorker({
		homes: homes.map((h) => matchingHomeOf(h, today)),
		youths: waiting.map((p) => matchingYouthOf(p, today)),
		rules: await matchingRulesOf(options.organizationId),
		timeLimitSeconds
	});
	await writeAuditForProfiles(
		{ organizationId: options.organizationId, actor: known, action: 'propose' },
		waiting.map((p) => ({ id: p.id, code: p.code }))
	);
	return {
		assignments: result.assignments.map((a) => ({
			profileId: byCode.get(a.youthId)!.id,
			code: a.youthId,
			homeId: a.homeId,
			homeName: homeNames.get(a.homeId) ?? a.homeId,
			score: a.score,
			reasons: a.reasons
		})),
		unplaced: result.unplaced.map((u) => ({
			profileId: byCode.get(u.youthId)!.id,
			code: u.youthId,
			reason: u.reason
		})),
		objective: result.objective,
		bound: result.bound,
		optimal: result.optimal,
		seconds: result.seconds
	};
}
