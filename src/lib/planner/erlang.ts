/**
 * Erlang's loss formula (Erlang B): the chance that an arriving youth finds all c places taken
 * when the offered load is A (arrivals × average stay). Computed with the standard recursion
 * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), which stays within (0, 1] at every step, so it
 * neither overflows nor loses precision for hundreds or thousands of places.
 */
export function erlangB(places: number, offeredLoad: number): number {
	let b = 1;
	for (let k = 1; k <= places; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
	return b;
}

/** The smallest whole c ≥ 1 with ErlangB(c, A) ≤ target, with that probability. */
export function placesFor(offeredLoad: number, target: number): { places: number; probability: number } {
	let b = 1;
	for (let k = 1; ; k++) {
		b = (offeredLoad * b) / (k + offeredLoad * b);
		if (b <= target) return { places: k, probability: b };
	}
}
