import { InvalidArgumentError } from "@klsched/core-linalg";
import { expect } from "vitest";

/** The InvalidArgumentError `f` throws, checked to be one line; fails the test if `f` throws nothing. */
export function thrownArgumentError(f: () => unknown): InvalidArgumentError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).not.toContain("\n");
    return error as InvalidArgumentError;
  }
  throw new Error("expected InvalidArgumentError");
}
