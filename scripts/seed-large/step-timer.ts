/** Progress lines with the time each step took, and the total. */
export function createStepTimer(log: (line: string) => void) {
  const started = Date.now();
  const seconds = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
  return {
    /** Runs a step and logs its label (or what the label function makes of its result). */
    async step<T>(label: string | ((result: T) => string), work: () => Promise<T>): Promise<T> {
      const begun = Date.now();
      const result = await work();
      log(`${typeof label === "string" ? label : label(result)} (${seconds(begun)}; ${seconds(started)} in all)`);
      return result;
    },
    elapsedSeconds: () => (Date.now() - started) / 1000,
  };
}

export type StepTimer = ReturnType<typeof createStepTimer>;
