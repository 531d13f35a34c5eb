import { m } from '../../i18n/nl.ts';
import type { ScenarioInput } from '../../planner/scenario-input.ts';
import { AppError } from '../errors.ts';
import { findScenario } from './get-scenario.ts';

/** The read-only view of a scenario behind a share link: name, input and organisation only. */
export async function getSharedScenario(
	token: string
): Promise<{ name: string; input: ScenarioInput; organizationName: string | null; createdAt: Date }> {
	// Tokens are 43 base64url characters; anything else cannot match, so skip the query.
	const scenario = /^[\w-]{43}$/.test(token) ? await findScenario({ shareToken: token }) : undefined;
	if (!scenario) throw new AppError('not-found', m.planner.errors.notFound);
	return {
		name: scenario.name,
		input: scenario.input,
		organizationName: scenario.organizationName,
		createdAt: scenario.createdAt
	};
}
