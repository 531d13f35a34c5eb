import { resolve } from '$app/paths';
import type { Pathname, ResolvedPathname } from '$app/types';

/**
 * resolve() for a path held in a variable (menus, breadcrumb trails). resolve's parameter list
 * depends on the route, so TypeScript cannot check a call with a union of paths; a Pathname is
 * already a concrete path without parameters, so it resolves like a literal one.
 */
export function resolvePath(path: Pathname): ResolvedPathname {
	return resolve(path as '/');
}
