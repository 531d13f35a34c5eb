// Dutch number formats for the planner's screens, CSV and report (the contract keeps full precision).

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToThree = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat('nl-NL', {
	style: 'percent',
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** A whole number, e.g. 1.250. */
export const formatWhole = (value: number): string => whole.format(value);
/** One decimal, e.g. 58,3 (FTE, load). */
export const formatOneDecimal = (value: number): string => oneDecimal.format(value);
/** Up to three decimals, for inputs as the user typed them (0,05). */
export const formatInput = (value: number): string => upToThree.format(value);
/** A percentage with one decimal, e.g. 4,3%. */
export const formatPercent = (value: number): string => percent.format(value);
/** Euros without cents, e.g. € 5.575.000. */
export const formatEuro = (value: number): string => euro.format(value);

/** A signed difference: "+3", "−1,5"; zero without sign. */
export function formatSigned(value: number, formatter: (value: number) => string): string {
	if (value === 0 || formatter(Math.abs(value)) === formatter(0)) return formatter(0);
	return `${value > 0 ? '+' : '−'}${formatter(Math.abs(value))}`;
}
