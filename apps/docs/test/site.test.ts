/**
 * The built site in Debian's Chromium: the playground against the CLI, its recompute time, bad uploads,
 * console errors, and every internal link of every page. Builds nothing: turbo runs this package's
 * `build` (and the CLI's) first; `pnpm build && pnpm test` does the same by hand.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isOptimized, parseAnyStrategy } from "@klsched/schedule-optim";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSignificant } from "../src/playground/view-model";
import { launchChromium, type PageProblems, watchProblems } from "./browser";
import { runCli } from "./cli";
import { type StaticSite, serveStatic } from "./static-server";

const DIST = fileURLToPath(new URL("../.vitepress/dist/", import.meta.url));
const ARTIFACTS = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const SPECTRUM = "geometric:d=784,min=1e-4,max=10";

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) {
    throw new Error(`${DIST} has no built site: run \`pnpm --filter @klsched/docs build\` first`);
  }
  browser = await launchChromium();
  site = await serveStatic(DIST);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

/** Opens `path` in a new page, runs `body`, and closes the page whatever happens. */
async function withPage(path: string, body: (page: Page, seen: PageProblems) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  try {
    const seen = watchProblems(page, site.origin);
    const response = await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    await body(page, seen);
  } finally {
    await page.close();
  }
}

/** The playground's request number once it shows results newer than `after`. */
async function waitForResults(page: Page, after: number): Promise<number> {
  const dataset = () => page.evaluate(() => JSON.stringify(document.querySelector<HTMLElement>(".klp")?.dataset));
  await page
    .waitForFunction(
      (previous) => {
        const root = document.querySelector<HTMLElement>(".klp");
        return root !== null && root.dataset.state !== "computing" && Number(root.dataset.request) > previous;
      },
      after,
      { timeout: 60_000 },
    )
    .catch(async (error: Error) => {
      throw new Error(`no playground results after request ${after} (${await dataset()}): ${error.message}`);
    });
  return Number(await page.locator(".klp").getAttribute("data-request"));
}

interface TableRow {
  strategy: string;
  kl: number;
  klReverse: number;
  shown: string;
  best: boolean;
}

async function readTable(page: Page): Promise<TableRow[]> {
  return page.$$eval("[data-testid=kl-table] tbody tr", (rows) =>
    rows.map((row) => {
      const el = row as HTMLElement;
      return {
        strategy: el.dataset.strategy ?? "",
        kl: Number(el.dataset.kl),
        klReverse: Number(el.dataset.klReverse),
        shown: el.querySelector("[data-col=kl]")?.textContent?.trim() ?? "",
        best: el.dataset.best === "true",
      };
    }),
  );
}

async function timings(page: Page): Promise<{ recomputeMs: number; workerMs: number }> {
  const root = page.locator(".klp");
  return {
    recomputeMs: Number(await root.getAttribute("data-recompute-ms")),
    workerMs: Number(await root.getAttribute("data-compute-ms")),
  };
}

async function setSteps(page: Page, steps: number, request: number): Promise<number> {
  await page.locator("[data-testid=steps]").fill(String(steps));
  await page.locator("[data-testid=steps]").press("Tab");
  return waitForResults(page, request);
}

async function setStrategy(page: Page, strategy: string, on: boolean, request: number): Promise<number> {
  await page.locator(`[data-testid="strategy-${strategy}"]`).setChecked(on);
  return waitForResults(page, request);
}

describe("the playground", () => {
  it("playground after changing N and a strategy shows the KL table of `klsched compare --json`, best marked", async () => {
    const query = new URLSearchParams({
      spectrum: SPECTRUM,
      process: "sd15",
      steps: "10",
      strategies: "uniform karras tangent:c=1",
    });
    await withPage(`/playground.html?${query}`, async (page, seen) => {
      let request = await waitForResults(page, 0);
      request = await setSteps(page, 20, request);
      request = await setStrategy(page, "optimal", true, request);
      request = await setStrategy(page, "uniform", false, request);
      const shared = new URL(page.url()).searchParams;
      expect(shared.get("steps")).toBe("20");
      expect(shared.get("strategies")).toBe("karras tangent:c=1 optimal");

      const rows = await readTable(page);
      const cli = JSON.parse(
        runCli([
          "compare",
          "--process",
          "sd15",
          "--spectrum",
          SPECTRUM,
          "--steps",
          "20",
          "--strategies",
          "karras tangent:c=1 optimal",
          "--json",
        ]),
      ) as { rows: { strategy: string; steps: number; kl: number; klReverse: number }[]; best: { strategies: string[] }[] };
      expect(rows.map((r) => r.strategy)).toEqual(cli.rows.map((r) => r.strategy));
      let identical = 0;
      const differences: string[] = [];
      rows.forEach((row, i) => {
        const reference = cli.rows[i] as (typeof cli.rows)[number];
        // An optimiser stops where its last iterate lands; Chromium's and Node's V8 may differ in the last
        // bit of a Math function, which moves the optimum's levels by ~1e-8 — second order in the KL it
        // minimises, first order in the reverse KL.
        const optimized = isOptimized(parseAnyStrategy(row.strategy));
        const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
        expect(relative(row.kl, reference.kl), row.strategy).toBeLessThan(optimized ? 1e-10 : 1e-12);
        expect(relative(row.klReverse, reference.klReverse), row.strategy).toBeLessThan(optimized ? 1e-7 : 1e-12);
        expect(row.shown, row.strategy).toBe(formatSignificant(reference.kl));
        if (row.kl === reference.kl && row.klReverse === reference.klReverse) identical++;
        differences.push(
          `${row.strategy}: KL ${relative(row.kl, reference.kl).toExponential(1)}, reverse ${relative(row.klReverse, reference.klReverse).toExponential(1)}`,
        );
      });
      expect(rows.filter((r) => r.best).map((r) => r.strategy)).toEqual(cli.best[0]?.strategies);
      console.log(
        `playground vs CLI: ${identical} of ${rows.length} rows bit-identical to the CLI's; relative differences ${differences.join("; ")}`,
      );

      // the export is the CLI's `schedule --format diffusers` text
      await page.locator("[data-testid=export-strategy]").selectOption("optimal");
      await page.waitForFunction(() => !document.querySelector("[data-testid=export-text]")?.textContent?.includes("computing"));
      const exported = (await page.locator("[data-testid=export-text]").textContent()) ?? "";
      const reference = runCli([
        "schedule",
        "--process",
        "sd15",
        "--spectrum",
        SPECTRUM,
        "--strategy",
        "optimal",
        "--steps",
        "20",
        "--format",
        "diffusers",
      ]);
      expect(exported.trim()).toBe(reference.trim());

      await page.waitForFunction(() => document.querySelector<HTMLElement>(".klp")?.dataset.sweepDone === "true", null, {
        timeout: 120_000,
      });
      await page.screenshot({ path: `${ARTIFACTS}playground.png`, fullPage: true });
      expect(seen.errors).toEqual([]);
    });
  });

  it("playground recompute time for d = 784 and N ≤ 50 is measured and recorded (not asserted)", async () => {
    const query = new URLSearchParams({ spectrum: SPECTRUM, process: "sd15", steps: "10" });
    await withPage(`/playground.html?${query}`, async (page, seen) => {
      let request = await waitForResults(page, 0);
      const records: { change: string; recomputeMs: number; workerMs: number }[] = [];
      const record = async (change: string) => records.push({ change, ...(await timings(page)) });
      await record("first view: uniform, karras, tangent:c=1, tangent, optimal at N = 10 (cold worker)");
      for (const n of [20, 30, 40, 50]) {
        request = await setSteps(page, n, request);
        await record(`N → ${n}: the 5 strategies`);
      }
      request = await setStrategy(page, "quadratic", true, request);
      await record("add quadratic at N = 50 (the other cells are cached in the worker)");
      request = await setStrategy(page, "geodesic", true, request);
      await record("add geodesic at N = 50 (only it is computed)");
      await page.locator("[data-testid=process-preset]").selectOption("edm");
      request = await waitForResults(page, request);
      await record("process → edm at N = 50: 7 strategies recomputed, geodesic included");
      request = await setStrategy(page, "geodesic", false, request);
      await page.locator("[data-testid=process-preset]").selectOption("vp");
      request = await waitForResults(page, request);
      await record("process → vp at N = 50: 6 strategies recomputed, without geodesic");
      request = await setSteps(page, 30, request);
      await record("N → 30 on vp, without geodesic");
      await page.locator("[data-testid=sampler-preset]").selectOption("euler");
      request = await waitForResults(page, request);
      await record("sampler → euler at N = 30 (its optimum by finite differences), without geodesic");
      for (const r of records) expect(Number.isFinite(r.recomputeMs), r.change).toBe(true);
      writeFileSync(`${ARTIFACTS}recompute-times.json`, `${JSON.stringify(records, null, 2)}\n`);
      console.log(
        `playground recompute times (d = 784):\n${records.map((r) => `  ${r.change}: ${r.recomputeMs.toFixed(1)} ms (worker ${r.workerMs.toFixed(1)} ms)`).join("\n")}`,
      );
      expect(seen.errors).toEqual([]);
    });
  });

  it("playground shows a clear message for a bad upload and keeps its results; a good upload replaces the spectrum", async () => {
    const query = new URLSearchParams({
      spectrum: "geometric:d=64,min=1e-3,max=10",
      process: "edm",
      steps: "8",
      strategies: "karras tangent",
    });
    await withPage(`/playground.html?${query}`, async (page, seen) => {
      let request = await waitForResults(page, 0);
      const before = await readTable(page);
      const tooMany = npyFloat64(Float64Array.from({ length: 70000 }, (_, i) => 1 + i));
      const cases: { name: string; mimeType: string; buffer: Buffer; message: RegExp }[] = [
        {
          name: "not-a-spectrum.json",
          mimeType: "application/json",
          buffer: Buffer.from('{"weights": [1, 2]}'),
          message: /not a usable spectrum.*eigenvalues/,
        },
        { name: "negative.csv", mimeType: "text/csv", buffer: Buffer.from("1\n-2\n3\n"), message: /eigenvalue #\d+ is -2/ },
        {
          name: "too-many.npy",
          mimeType: "application/octet-stream",
          buffer: tooMany,
          message: /70000 eigenvalues; the playground takes at most 65536/,
        },
        {
          name: "image.npy",
          mimeType: "application/octet-stream",
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0]),
          message: /not a \.npy file/,
        },
        { name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(17 * 1024 * 1024, "1\n"), message: /up to 16 MB/ },
        {
          name: "eigenvalues.png",
          mimeType: "image/png",
          buffer: Buffer.from([0x89, 0x50]),
          message: /not a \.npy, \.json, \.csv or \.txt file/,
        },
      ];
      for (const c of cases) {
        await page.locator("[data-testid=upload]").setInputFiles({ name: c.name, mimeType: c.mimeType, buffer: c.buffer });
        const message = page.locator("[data-testid=upload-message]");
        await message.waitFor({ state: "visible" });
        expect(await message.textContent(), c.name).toMatch(c.message);
        expect(await message.textContent(), c.name).toContain("previous spectrum is still in use");
        expect(await readTable(page), c.name).toEqual(before);
      }
      await page.locator("[data-testid=upload]").setInputFiles({
        name: "eigenvalues.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ eigenvalues: [4, 2, 1, 0.5, 0.25] })),
      });
      request = await waitForResults(page, request);
      expect(await page.locator(".klp").getAttribute("data-d")).toBe("5");
      expect(await page.locator("[data-testid=upload-message]").count()).toBe(0);
      expect(new URL(page.url()).searchParams.get("spectrum")).toBe("upload:eigenvalues.json");
      expect(seen.errors).toEqual([]);
    });
  });

  it("playground names a bad spec next to its field and a strategy the process refuses in its row, and keeps working", async () => {
    const query = new URLSearchParams({
      spectrum: "geometric:d=64,min=1e-3,max=10",
      process: "edm",
      steps: "8",
      strategies: "karras",
    });
    await withPage(`/playground.html?${query}`, async (page, seen) => {
      let request = await waitForResults(page, 0);
      await page.locator("[data-testid=process]").fill("vp:bmin=5,bmax=1");
      await page.locator("[data-testid=process]").press("Enter");
      request = await waitForResults(page, request);
      expect(await page.locator(".klp").getAttribute("data-state")).toBe("error");
      expect(await page.locator("[role=alert]").allTextContents()).toEqual([
        expect.stringMatching(/bmin=5 must be below bmax=1/),
      ]);
      await page.locator("[data-testid=process-preset]").selectOption("flow");
      request = await waitForResults(page, request);
      await page.locator('[data-testid="strategy-tangent:c=1"]').setChecked(true);
      request = await waitForResults(page, request);
      const rows = page.locator("[data-testid=kl-table] tbody tr");
      expect(await rows.nth(0).textContent()).toMatch(/karras.*needs finite positive σ\/α/);
      expect(Number(await rows.nth(1).getAttribute("data-kl"))).toBeGreaterThan(0);
      expect(await rows.nth(1).getAttribute("data-best")).toBe("true");
      expect(seen.errors).toEqual([]);
    });
  });
});

describe("the site", () => {
  it("every internal link of every page resolves (anchors included), with no console errors", {
    timeout: 1_200_000,
  }, async () => {
    const pages = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
    const seen = pages.map((page) => watchProblems(page, site.origin));
    const queue = ["/"];
    const enqueued = new Set(queue);
    const loaded = new Set<string>();
    const anchors = new Map<string, Set<string>>();
    const links: { from: string; to: string }[] = [];
    const broken: string[] = [];
    let active = 0;
    const crawl = async (page: Page) => {
      for (;;) {
        const path = queue.shift();
        if (path === undefined) {
          if (active === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        active++;
        try {
          const response = await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
          if (response?.status() !== 200) {
            broken.push(`${path}: HTTP ${response?.status()}`);
            continue;
          }
          loaded.add(path);
          anchors.set(path, new Set(await page.$$eval("[id]", (els) => els.map((e) => e.id))));
          for (const href of await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
            const url = new URL(href);
            if (url.origin !== site.origin) continue;
            links.push({ from: path, to: `${url.pathname}${url.hash}` });
            if (!enqueued.has(url.pathname)) {
              enqueued.add(url.pathname);
              queue.push(url.pathname);
            }
          }
        } finally {
          active--;
        }
      }
    };
    try {
      await Promise.all(pages.map(crawl));
    } finally {
      await Promise.all(pages.map((page) => page.close()));
    }
    for (const { from, to } of links) {
      const [path, hash] = to.split("#") as [string, string | undefined];
      if (!loaded.has(path) || hash === undefined || hash === "") continue; // a failed load is reported above
      if (!anchors.get(path)?.has(decodeURIComponent(hash))) broken.push(`${from} → ${to}: no such anchor`);
    }
    console.log(`crawled ${loaded.size} pages, checked ${links.length} internal links`);
    expect(loaded.size).toBeGreaterThan(20);
    expect([...new Set(broken)]).toEqual([]);
    expect(seen.flatMap((s) => s.errors)).toEqual([]);
  });
});

/** A 1-D little-endian float64 .npy file. */
function npyFloat64(values: Float64Array): Buffer {
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${values.length},), }`;
  header += `${" ".repeat(63 - ((10 + header.length) % 64))}\n`;
  const prefix = Buffer.alloc(10);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]).copy(prefix);
  prefix.writeUInt16LE(header.length, 8);
  return Buffer.concat([prefix, Buffer.from(header, "latin1"), Buffer.from(values.buffer)]);
}
