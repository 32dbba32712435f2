#!/usr/bin/env node
// Installs the system packages `npm test` needs beyond Node and npm, so the README's two commands work on a
// fresh machine: Debian's Chromium for the docs site's browser test (apps/docs/test/browser.ts) and the
// DejaVu fonts the CLI's PNG plots are rendered with. Present files mean nothing to do (no apt, no network);
// missing ones are installed with apt-get as root. When that cannot be done it prints one line saying what
// is missing and how to get it, and exits 1.
//
// KLSCHED_CHROMIUM overrides where the browser is looked for (the docs browser test reads it too); if that
// path is still missing after the install, that is an error.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** A file the tests need and the Debian package that provides it. */
const REQUIREMENTS = [
  {
    purpose: "the docs browser test",
    path: process.env.KLSCHED_CHROMIUM || "/usr/bin/chromium",
    debianPackage: "chromium",
  },
  {
    purpose: "the PNG plot tests",
    path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    debianPackage: "fonts-dejavu-core",
  },
];

/** Stops with one line on stderr and exit code 1. */
function fail(message) {
  console.error(`ensure-test-system: ${message}`);
  process.exit(1);
}

/** The first executable called `name` on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** Runs apt-get with its output kept off the terminal unless it fails; waits up to 5 min for the dpkg lock. */
function aptGet(aptPath, args) {
  const result = spawnSync(aptPath, ["-o", "DPkg::Lock::Timeout=300", "-qq", ...args], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    fail(`apt-get ${args.join(" ")} failed (${reason})`);
  }
}

const missing = REQUIREMENTS.filter((requirement) => !existsSync(requirement.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((requirement) => requirement.debianPackage);
const what = missing.map((r) => `${r.path} (Debian package ${r.debianPackage}, for ${r.purpose})`).join(" and ");
const howTo = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`;
const aptPath = onPath("apt-get");
if (!aptPath) fail(`missing ${what}; this machine has no apt-get to install it with`);
if (process.getuid?.() !== 0) fail(`missing ${what}; run \`npm test\` as root, or first as root: ${howTo}`);

console.error(`ensure-test-system: installing ${packages.join(" ")} for ${missing.map((r) => r.purpose).join(" and ")}`);
aptGet(aptPath, ["update"]);
aptGet(aptPath, ["install", "-y", ...packages]);
const stillMissing = missing.filter((requirement) => !existsSync(requirement.path));
if (stillMissing.length > 0) {
  fail(`apt-get installed ${packages.join(" ")}, but ${stillMissing.map((r) => r.path).join(" and ")} is still missing`);
}
