/**
 * The source of the solver worker, run with `new Worker(source, { eval: true })`. It is plain
 * CommonJS in a string on purpose: the same file then works under Vite (dev and the node
 * build), under tsx (the CLI) and under Vitest, where a separate .ts worker entry would need a
 * loader of its own. It only runs HiGHS on a ready-made MIP (built on the calling thread) and
 * reports every improving solution and every better bound, so the caller keeps the best found
 * so far even when it has to terminate the worker.
 *
 * It first solves the bound LP (a quick bound), then the MIP.
 * Messages: { kind: 'incumbent', columns } | { kind: 'bound', dualBound }
 *         | { kind: 'done', columns, dualBound, isOptimal } | { kind: 'error', message }.
 */
export const solverWorkerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { highsPath, mip, boundLp, start, options } = workerData;

function modelData(highs, problem) {
	return {
		numCols: problem.numCols,
		numRows: problem.numRows,
		sense: highs.constants.objectiveSense.maximize,
		offset: 0,
		colCost: problem.colCost,
		colLower: problem.colLower,
		colUpper: problem.colUpper,
		rowLower: problem.rowLower,
		rowUpper: problem.rowUpper,
		matrix: { format: 'csr', numRows: problem.numRows, numCols: problem.numCols, starts: problem.starts, indices: problem.indices, values: problem.values },
		integrality: problem.integrality
	};
}

async function main() {
	const loaded = require(highsPath);
	const highs = await (loaded.default || loaded)();
	// First the bound LP (no pair terms, continuous): a quick upper bound.
	const lp = highs.createModel(modelData(highs, boundLp));
	lp.options.set(options);
	if (lp.run().modelStatus === highs.constants.modelStatus.optimal) {
		parentPort.postMessage({ kind: 'bound', dualBound: lp.getObjectiveValue() });
	}
	const lpSeconds = lp.getRunTime();
	lp.dispose();
	const model = highs.createModel(modelData(highs, mip));
	model.options.set({ ...options, time_limit: Math.max(0.05, options.time_limit - lpSeconds) });
	model.setSolution({ colValue: start });
	const type = highs.constants.callbackType;
	let lastBound = Infinity;
	const { modelStatus } = model.run({
		[type.mipImprovingSolution](event) {
			const columns = event.data.mip_solution;
			if (columns && columns.length === mip.numCols) parentPort.postMessage({ kind: 'incumbent', columns: Array.from(columns) });
		},
		[type.mipInterrupt](event) {
			const bound = event.data.mip_dual_bound;
			if (typeof bound === 'number' && Number.isFinite(bound) && bound < lastBound - 0.5) {
				lastBound = bound;
				parentPort.postMessage({ kind: 'bound', dualBound: bound });
			}
		}
	});
	const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
	const dualBound = Number(model.info.get('mip_dual_bound'));
	parentPort.postMessage({
		kind: 'done',
		columns: hasSolution ? Array.from(model.getSolution().colValue) : null,
		dualBound: Number.isFinite(dualBound) ? dualBound : null,
		isOptimal: modelStatus === highs.constants.modelStatus.optimal
	});
	model.dispose();
}

main().catch((error) => parentPort.postMessage({ kind: 'error', message: String((error && error.message) || error) }));
`;
