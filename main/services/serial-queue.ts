/**
 * Runs async jobs one after another. IPC calls interleave at every await, so read-modify-write jobs
 * (the recent list) and saves (an older save must never rename over a newer one) go through a queue.
 */
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const result = tail.then(job);
      // The next job waits for this one to settle, whether it failed or not.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
