import { checkFacility, type FacilityCheck } from '../../register/check-facility.ts';
import { facilityInputSchema } from '../../register/facility-input.ts';
import { parseInput } from '../validation.ts';

/**
 * Contract 1 end to end for untrusted input: validates one home (AppError 'invalid-input' with a
 * Dutch message per field) and checks it. The API endpoint and the CLI command both call this.
 * Opens no database, so `kleinschalig check-facility` stays fast in bulk.
 */
export function runDefinitionCheck(input: unknown): FacilityCheck {
	return checkFacility(parseInput(facilityInputSchema, input));
}
