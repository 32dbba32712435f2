/**
 * Debian's Chromium driven by playwright-core (no browser download): the flags the CI machines need,
 * and a record of every console error, page error and failed same-origin request.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where `apt-get install chromium` puts the browser on Debian, unless KLSCHED_CHROMIUM names another. */
export const CHROMIUM = process.env.KLSCHED_CHROMIUM || "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches headless Chromium, or fails with what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the docs site's browser test needs Debian's package ` +
        "(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; `npm test` does this as root).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Problems a page reported: console errors, uncaught exceptions, failed or 4xx/5xx same-origin requests. */
export interface PageProblems {
  readonly errors: string[];
}

/** Records a page's problems from now on, each tagged with the page's URL. */
export function watchProblems(page: Page, origin: string): PageProblems {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught on ${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (request.url().startsWith(origin))
      errors.push(`request failed on ${page.url()}: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on("response", (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400) {
      errors.push(`HTTP ${response.status()} on ${page.url()}: ${response.url()}`);
    }
  });
  return { errors };
}
