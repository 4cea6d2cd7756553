// One task at a time, in call order (storage read-modify-writes: two quick events must not lose one). A task that
// fails does not stop the ones after it; its caller gets the failure.
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
}
