import { m } from '../../i18n/nl.ts';
import { AppError } from '../errors.ts';
import { findHome } from './home-access.ts';
import { publicHomeOf, type PublicHome } from './home-view.ts';

/** The public view of an active home (no address, no contact person); archived homes are not found. */
export async function getPublicHome(options: { homeId: string }): Promise<PublicHome> {
	const { row, organizationName } = await findHome(options.homeId);
	if (row.status !== 'active') throw new AppError('not-found', m.register.home.notFound);
	return publicHomeOf(row, organizationName);
}
