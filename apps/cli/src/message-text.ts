/** The most characters of one input value a message quotes; the rest is elided with its length. */
export const QUOTED_VALUE_LIMIT = 160;

/** The most characters of one message line; a longer one keeps its start and end. */
export const MESSAGE_LIMIT = 1000;

/**
 * A value as a message quotes it: JSON-quoted (control characters escaped by JSON), and when longer than
 * {@link QUOTED_VALUE_LIMIT} characters its start and its length: `"[1, 2, 3, …" (5242880 characters)`.
 */
export function quoteValue(value: string): string {
  if (value.length <= QUOTED_VALUE_LIMIT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTED_VALUE_LIMIT)).slice(0, -1)}…" (${value.length} characters)`;
}

/**
 * A message made safe for a terminal line: C0 and C1 control characters (ESC of a colour sequence in a
 * file name, a carriage return) written as `\xNN`, and the whole cut to {@link MESSAGE_LIMIT} characters.
 */
export function terminalSafe(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
  const escaped = message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  if (escaped.length <= MESSAGE_LIMIT) return escaped;
  const half = Math.floor((MESSAGE_LIMIT - 30) / 2);
  return `${escaped.slice(0, half)} … (${escaped.length - 2 * half} characters) … ${escaped.slice(-half)}`;
}
