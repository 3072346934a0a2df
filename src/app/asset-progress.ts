/** Counts loaded parts (fonts, sounds, engine) towards one honest progress fraction. */
export function createProgress(total: number, onChange: (fraction: number) => void) {
  let done = 0;
  return {
    complete(parts = 1) {
      done = Math.min(total, done + parts);
      onChange(done / total);
    },
    get fraction() {
      return done / total;
    },
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}
