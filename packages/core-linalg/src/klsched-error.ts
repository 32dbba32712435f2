/**
 * Base class of every error klsched throws on purpose. `code` is stable across releases, so callers
 * (the CLI, the docs playground) can branch on it without parsing messages.
 */
export class KlschedError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}
