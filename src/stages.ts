/**
 * Time spent per stage of the pipeline, for `npm run bench` (tests/bench/stages.mjs) and anyone
 * profiling: off by default, when a stage call costs one comparison. CPU time of the process
 * (milliseconds), so that other jobs on the machine do not count.
 */
const now = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let clock: Map<string, number> | null = null;

/** Start (or stop) adding up the time of each stage; returns the totals so far (ms by stage). */
export function timeStages(on: boolean): Map<string, number> | null {
  const was = clock;
  clock = on ? new Map() : null;
  return was;
}

/** The running totals, in milliseconds by stage name. */
export const stageTimes = (): ReadonlyMap<string, number> | null => clock;

/** Run one stage, adding its time to `name` when stages are timed. */
export function stage<T>(name: string, fn: () => T): T {
  if (clock === null) return fn();
  const t = now();
  try {
    return fn();
  } finally {
    clock.set(name, (clock.get(name) ?? 0) + now() - t);
  }
}

/** An asynchronous stage (reading a PDF): the process's CPU time from its start to its end, which is the stage's own when nothing else runs meanwhile. */
export async function stageAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (clock === null) return fn();
  const t = now();
  try {
    return await fn();
  } finally {
    clock?.set(name, (clock.get(name) ?? 0) + now() - t);
  }
}
