import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig, type UserConfig } from "vitepress";

/** Vite's plugin type, reached through VitePress (vite itself is not a dependency of this package). */
type Plugin = Extract<NonNullable<NonNullable<UserConfig["vite"]>["plugins"]>[number], { name: string }>;

// The pages are the repository's docs/ folder (one source of truth, readable on GitHub too); the build
// writes the typedoc API reference into docs/api (ignored by git) and the figures into generated/.
const docsDir = fileURLToPath(new URL("../../../docs/", import.meta.url));
const apiSidebarFile = fileURLToPath(new URL("../../../docs/api/typedoc-sidebar.json", import.meta.url));

/**
 * The API sidebars from typedoc-vitepress-theme's file: /api/ lists the packages, and each package's pages
 * get that package's tree only (one sidebar of every export on every page would weigh 100 kB a page).
 */
function apiSidebars(): Record<string, DefaultTheme.SidebarItem[]> {
  if (!existsSync(apiSidebarFile)) return { "/api/": [{ text: "Run the build to generate the API reference" }] };
  const packages = JSON.parse(readFileSync(apiSidebarFile, "utf8")) as DefaultTheme.SidebarItem[];
  const index: DefaultTheme.SidebarItem = {
    text: "API reference",
    link: "/api/",
    items: packages.map(({ text, link }) => ({ text: text ?? "", ...(link === undefined ? {} : { link }) })),
  };
  const sidebars: Record<string, DefaultTheme.SidebarItem[]> = { "/api/": [index] };
  for (const item of packages) {
    if (item.link !== undefined) sidebars[item.link] = [index, { ...item, collapsed: false }];
  }
  return sidebars;
}

/**
 * The pages live outside this package, where `vue` cannot be resolved (pnpm installs it for apps/docs
 * only): resolve the imports compiled pages make as if they were made from this package.
 */
function resolveVueFromThisPackage(): Plugin {
  const anchor = fileURLToPath(new URL("./theme/index.ts", import.meta.url));
  return {
    name: "klsched-docs:resolve-vue-from-this-package",
    enforce: "pre",
    resolveId(id, importer, options) {
      if (!/^vue(\/server-renderer)?$/.test(id) || importer === undefined || !importer.startsWith(docsDir)) return null;
      return this.resolve(id, anchor, { ...options, skipSelf: true });
    },
  };
}

/** A plain mark for the browser tab (and no request for a missing /favicon.ico). */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M1 2 Q5 13 15 14" fill="none" stroke="#4e79a7" stroke-width="2.5"/></svg>`;

/**
 * A section's pages: the ones named here in this order, then any other page of the folder (added by a
 * later issue) by file name, titled by its first heading, so that no page is left out of the sidebar.
 */
function section(folder: string, known: readonly (readonly [file: string, text: string])[]): DefaultTheme.SidebarItem[] {
  const link = (file: string) => `/${folder}/${file === "index" ? "" : file}`;
  const names = new Set(known.map(([file]) => file));
  const others = readdirSync(`${docsDir}${folder}`)
    .filter((name) => name.endsWith(".md") && !names.has(name.slice(0, -3)))
    .sort()
    .map((name) => {
      const heading = /^#\s+(.+)$/m.exec(readFileSync(`${docsDir}${folder}/${name}`, "utf8"))?.[1];
      return { text: heading ?? name.slice(0, -3), link: link(name.slice(0, -3)) };
    });
  return [...known.map(([file, text]) => ({ text, link: link(file) })), ...others];
}

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: "Guide",
    items: section("guide", [
      ["quick-start", "Quick start"],
      ["pick-a-schedule", "Pick a schedule for your model"],
      ["real-data", "Does the Gaussian ranking hold on real data?"],
      ["conventions", "Conventions"],
      ["contract", "No silent wrong answers"],
    ]),
  },
];

const theory: DefaultTheme.SidebarItem[] = [
  {
    text: "Theory",
    items: section("theory", [
      ["index", "Overview"],
      ["model", "§1 Model"],
      ["closed-form", "§2 DDIM in closed form"],
      ["samplers", "§2, cont.: samplers in closed form"],
      ["divergences", "§3 Divergences"],
      ["tangent-law", "§4 One eigenvalue: the tangent law"],
      ["asymptotics", "§5 Many steps: Euler–Maclaurin"],
      ["geodesic", "§6 A spectrum: the geodesic"],
      ["pretrained", "§7 Pretrained models"],
      ["stationary", "§8 Spectra from data: the stationary estimate"],
      ["few-samples", "§9 Few samples, many dimensions"],
      ["top-k-spectrum", "§10 Spectra for large d: the top k plus a tail"],
    ]),
  },
];

const reference: DefaultTheme.SidebarItem[] = [{ text: "Reference", items: section("reference", [["cli", "CLI reference"]]) }];

const packages: DefaultTheme.SidebarItem[] = [
  {
    text: "Packages",
    items: [
      { text: "How they fit together", link: "/packages/" },
      { text: "@klsched/core-linalg", link: "/packages/core-linalg" },
      { text: "@klsched/datasets", link: "/packages/datasets" },
      { text: "@klsched/discretization", link: "/packages/discretization" },
      { text: "@klsched/gaussian-flow", link: "/packages/gaussian-flow" },
      { text: "@klsched/kl-metrics", link: "/packages/kl-metrics" },
      { text: "@klsched/schedule-optim", link: "/packages/schedule-optim" },
      { text: "@klsched/cli", link: "/packages/cli" },
    ],
  },
];

export default defineConfig({
  title: "klsched",
  description: "KL-optimal noise schedules for diffusion samplers, in closed form for Gaussian sources.",
  srcDir: "../../docs",
  // docs/README.md indexes the folder for readers on GitHub; the site's home is docs/index.md
  srcExclude: ["README.md"],
  lang: "en-GB",
  head: [["link", { rel: "icon", href: `data:image/svg+xml,${encodeURIComponent(FAVICON)}` }]],
  cleanUrls: false,
  // the page hash map (300+ pages) goes to one cached chunk instead of into every HTML file
  metaChunk: true,
  markdown: { math: true },
  vite: { plugins: [resolveVueFromThisPackage()], worker: { format: "es" } },
  themeConfig: {
    nav: [
      { text: "Guide", link: "/guide/quick-start", activeMatch: "^/guide/" },
      { text: "Theory", link: "/theory/", activeMatch: "^/theory/" },
      { text: "Reference", link: "/reference/cli", activeMatch: "^/reference/" },
      { text: "Packages", link: "/packages/", activeMatch: "^/packages/" },
      { text: "API", link: "/api/", activeMatch: "^/api/" },
      { text: "Playground", link: "/playground" },
    ],
    sidebar: {
      "/guide/": guide,
      "/theory/": theory,
      "/reference/": reference,
      "/packages/": packages,
      ...apiSidebars(),
    },
    outline: [2, 3],
    search: { provider: "local" },
    footer: { message: "klsched — MIT licensed. Figures and the API reference are generated from the packages at build time." },
  },
});
