/**
 * An independent reference for the matching model (docs: ../shared/docs/matching.md), written
 * straight from the published text and sharing no code with src/lib/matching: it reads the raw
 * JSON (its own defaults), scores, checks the hard constraints, and finds the true optimum of
 * small instances by enumerating every assignment.
 */

type Json = Record<string, unknown>;

interface RefPerson {
	id: string;
	age: number;
	gender: string;
	needs: string[];
	intensity: number;
	closed: boolean;
	municipality?: string;
	region?: string;
	waitingDays: number;
}

interface RefHome {
	id: string;
	places: number;
	ageMin: number;
	ageMax: number;
	regime: string;
	genders?: string[];
	maxIntensity?: number;
	competences: string[];
	municipality?: string;
	region?: string;
	residents: RefPerson[];
}

interface RefRules {
	incompatible: [string, string][];
	caution: [string, string, number][];
	w: Record<
		'placement' | 'covered' | 'uncovered' | 'municipality' | 'region' | 'ageGap' | 'ageGapFree',
		number
	>;
}

function person(raw: Json): RefPerson {
	return {
		id: raw.id as string,
		age: raw.age as number,
		gender: raw.gender as string,
		needs: (raw.needs as string[] | undefined) ?? [],
		intensity: raw.intensity as number,
		closed: raw.closedAuthorisation === true,
		municipality: raw.municipality as string | undefined,
		region: raw.region as string | undefined,
		waitingDays: (raw.waitingDays as number | undefined) ?? 0
	};
}

function home(raw: Json): RefHome {
	return {
		id: raw.id as string,
		places: raw.places as number,
		ageMin: raw.ageMin as number,
		ageMax: raw.ageMax as number,
		regime: raw.regime as string,
		genders: raw.genders as string[] | undefined,
		maxIntensity: raw.maxIntensity as number | undefined,
		competences: (raw.competences as string[] | undefined) ?? [],
		municipality: raw.municipality as string | undefined,
		region: raw.region as string | undefined,
		residents: ((raw.residents as Json[] | undefined) ?? []).map(person)
	};
}

function rules(raw: Json | undefined): RefRules {
	const weights = (raw?.weights as Record<string, number> | undefined) ?? {};
	const pick = (key: string, fallback: number) => weights[key] ?? fallback;
	return {
		incompatible: (raw?.incompatible as [string, string][] | undefined) ?? [],
		caution: (raw?.caution as [string, string, number][] | undefined) ?? [],
		w: {
			placement: pick('placement', 100),
			covered: pick('covered', 10),
			uncovered: pick('uncovered', 10),
			municipality: pick('municipality', 6),
			region: pick('region', 3),
			ageGap: pick('ageGap', 2),
			ageGapFree: pick('ageGapFree', 3)
		}
	};
}

/** Own terms of youth y in home h, by the bullet list of "Score". */
function own(y: RefPerson, h: RefHome, r: RefRules): number {
	let score = r.w.placement + Math.floor(y.waitingDays / 30);
	for (const need of y.needs) score += h.competences.includes(need) ? r.w.covered : -r.w.uncovered;
	if (y.municipality !== undefined && y.municipality === h.municipality) score += r.w.municipality;
	else if (y.region !== undefined && y.region === h.region) score += r.w.region;
	return score;
}

/** One youth has need a and the other need b, in either order. */
function across(p: RefPerson, q: RefPerson, a: string, b: string): boolean {
	return (p.needs.includes(a) && q.needs.includes(b)) || (p.needs.includes(b) && q.needs.includes(a));
}

function pair(p: RefPerson, q: RefPerson, r: RefRules): number {
	let score = -r.w.ageGap * Math.max(0, Math.abs(p.age - q.age) - r.w.ageGapFree);
	for (const [a, b, penalty] of r.caution) if (across(p, q, a, b)) score -= penalty;
	return score;
}

function incompatible(p: RefPerson, q: RefPerson, r: RefRules): boolean {
	return r.incompatible.some(([a, b]) => across(p, q, a, b));
}

/** Constraints 1–6 for a home with a group of newly placed youths. */
function groupFits(h: RefHome, group: RefPerson[], r: RefRules): boolean {
	if (group.length === 0) return true;
	if (h.residents.length + group.length > h.places) return false;
	for (const y of group) {
		if (y.age < h.ageMin || y.age > h.ageMax) return false;
		if (y.closed !== (h.regime === 'closed')) return false;
		if (h.genders && !h.genders.includes(y.gender)) return false;
	}
	const everyone = [...h.residents, ...group];
	for (let i = 0; i < everyone.length; i++) {
		for (let j = i + 1; j < everyone.length; j++) {
			const isNewPair = i >= h.residents.length || j >= h.residents.length;
			if (isNewPair && incompatible(everyone[i]!, everyone[j]!, r)) return false;
		}
	}
	if (h.maxIntensity !== undefined && everyone.reduce((s, p) => s + p.intensity, 0) > h.maxIntensity)
		return false;
	return true;
}

/** The objective of a home's group (own terms + pairs with at least one new youth). */
function groupValue(h: RefHome, group: RefPerson[], r: RefRules): number {
	let value = 0;
	for (const y of group) value += own(y, h, r) + h.residents.reduce((s, res) => s + pair(y, res, r), 0);
	for (let i = 0; i < group.length; i++)
		for (let j = i + 1; j < group.length; j++) value += pair(group[i]!, group[j]!, r);
	return value;
}

/** Feasibility and objective of an assignment { youthId → homeId } given as the assign output. */
export function referenceObjective(
	input: Json,
	assignments: { youthId: string; homeId: string }[]
): { feasible: boolean; objective: number } {
	const homes = (input.homes as Json[]).map(home);
	const youths = new Map((input.youths as Json[]).map((raw) => [raw.id as string, person(raw)]));
	const r = rules(input.rules as Json | undefined);
	let feasible = true;
	let objective = 0;
	for (const h of homes) {
		const group = assignments.filter((a) => a.homeId === h.id).map((a) => youths.get(a.youthId)!);
		if (!groupFits(h, group, r)) feasible = false;
		objective += groupValue(h, group, r);
	}
	if (assignments.some((a) => !homes.some((h) => h.id === a.homeId) || !youths.has(a.youthId)))
		feasible = false;
	if (new Set(assignments.map((a) => a.youthId)).size !== assignments.length) feasible = false;
	return { feasible, objective };
}

/** The true optimum by enumerating every assignment (each youth: unplaced or one of the homes). */
export function referenceOptimum(input: Json): number {
	const homes = (input.homes as Json[]).map(home);
	const youths = (input.youths as Json[]).map(person);
	const r = rules(input.rules as Json | undefined);
	const groups: RefPerson[][] = homes.map(() => []);
	let best = 0;
	const visit = (index: number) => {
		if (index === youths.length) {
			let total = 0;
			for (const [k, h] of homes.entries()) {
				if (!groupFits(h, groups[k]!, r)) return;
				total += groupValue(h, groups[k]!, r);
			}
			best = Math.max(best, total);
			return;
		}
		visit(index + 1);
		for (const [k, h] of homes.entries()) {
			if (groups[k]!.length + h.residents.length >= h.places) continue;
			groups[k]!.push(youths[index]!);
			visit(index + 1);
			groups[k]!.pop();
		}
	};
	visit(0);
	return best;
}

/** Placing one youth alone in a home: feasible, and the score (own + pairs with residents). */
export function referenceFit(
	youthRaw: Json,
	homeRaw: Json,
	rulesRaw: Json | undefined
): { feasible: boolean; score: number | null } {
	const y = person(youthRaw);
	const h = home(homeRaw);
	const r = rules(rulesRaw);
	if (!groupFits(h, [y], r)) return { feasible: false, score: null };
	return { feasible: true, score: groupValue(h, [y], r) };
}

/** The expected ranking: feasible by score desc then id, then infeasible by id (code-unit order). */
export function referenceRanking<T extends { id: string; feasible: boolean; score: number | null }>(
	entries: T[]
): T[] {
	const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const feasible = entries.filter((e) => e.feasible).sort((a, b) => b.score! - a.score! || byId(a, b));
	return [...feasible, ...entries.filter((e) => !e.feasible).sort(byId)];
}
