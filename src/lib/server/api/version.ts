import packageJson from '../../../../package.json' with { type: 'json' };

/** The platform's version, from package.json (shown by the API index and `kleinschalig --version`). */
export function appVersion(): string {
	return packageJson.version;
}
