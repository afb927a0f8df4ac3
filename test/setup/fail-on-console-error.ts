import { afterEach, beforeEach, vi } from "vitest";

// A stray console.error is a bug the test did not notice; tests that expect one
// replace this spy with their own.
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.error: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  consoleError.mockRestore();
});
