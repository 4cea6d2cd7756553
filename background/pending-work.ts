// Work the worker has started for an event and not finished yet: a message being handled (until it is stored), a closed
// tab's clean-up, a day-cache run. Only counted, for the service-worker console and the e2e tests, which empty the ledger
// between tests once nothing is on its way to it (before round 59 they waited for 400 ms with no new record instead:
// blind to a handler slower than that, and idle time on every test).
let pending = 0;

/** Counts `work` as pending until it settles; returns it unchanged. */
export function trackWork<T>(work: Promise<T>): Promise<T> {
  pending++;
  return work.finally(() => pending--);
}

/** How many pieces of tracked work have not settled yet. */
export function pendingWork(): number {
  return pending;
}
