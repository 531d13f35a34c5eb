import type { DemoLogin } from './seed-demo.ts';

const roleNames: Record<string, string> = {
	admin: 'beheerder',
	editor: 'redacteur',
	coordinator: 'coördinator',
	researcher: 'onderzoeker',
	user: 'gebruiker'
};

/** The block printed at start after seeding: where to log in, with which e-mail and password. */
export function formatDemoLogins(logins: DemoLogin[], password: string, loginUrl: string): string {
	const width = Math.max(...logins.map((login) => login.email.length));
	const lines = [
		'',
		'================ Kleinschalig: demodata aangemaakt ================',
		`Inloggen: ${loginUrl}`,
		`Wachtwoord voor alle demo-accounts: ${password}`,
		'',
		...logins.map((login) => {
			const role = login.organization
				? `${login.organization.role === 'manager' ? 'beheerder' : 'lid'} van ${login.organization.name}`
				: (roleNames[login.role] ?? login.role);
			return `  ${login.email.padEnd(width)}  ${role}`;
		}),
		'',
		'De demodata zijn verzonnen. Zet SEED_DEMO=false voor een installatie zonder demodata.',
		'===================================================================',
		''
	];
	return lines.join('\n');
}
