import { quoteValue } from "./message-text.js";

/**
 * A bad command-line value: exit code 2 and the one-line message `--flag "value": detail`.
 * `value` is absent for flags that take none (`--no-clean`) or when no single value is to blame; a long
 * value is quoted by its start and length ({@link quoteValue}).
 */
export class UsageError extends Error {
  readonly flag: string;
  readonly value: string | undefined;
  readonly detail: string;

  constructor(flag: string, value: string | undefined, detail: string) {
    super(value === undefined ? `${flag}: ${detail}` : `${flag} ${quoteValue(value)}: ${detail}`);
    this.name = "UsageError";
    this.flag = flag;
    this.value = value;
    this.detail = detail;
  }
}
