#!/usr/bin/env node
// Reads every workspace's vitest JSON report (test-report.json) and prints the plain closing line CI
// reads: "N passed, N failed". A workspace with a test script but no report (its build or its test
// run crashed before vitest could write one) counts as one failed test, so a silent crash is visible; so
// does a test file that failed with no failed test of its own (an error while loading it or in a hook).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
for (const group of ["packages", "apps"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const pkgFile = join(dir, name, "package.json");
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    if (!pkg.scripts?.test) continue;
    const reportFile = join(dir, name, "test-report.json");
    if (!existsSync(reportFile)) {
      console.error(`test-summary: ${group}/${name} wrote no test report`);
      failed += 1;
      continue;
    }
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    const own = {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + failedFilesWithoutFailedTest(report),
    };
    passed += own.passed;
    failed += own.failed;
    console.error(`test-summary: ${group}/${name}: ${own.passed} passed, ${own.failed} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

/**
 * Test files that failed although none of their tests did (an import error, a throwing beforeAll): each
 * counts once. A file failed by its own failing tests is counted through them, not a second time.
 */
function failedFilesWithoutFailedTest(report) {
  return (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
  ).length;
}
