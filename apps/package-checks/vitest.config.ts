import { klschedTestConfig } from "../../vitest.base.js";

// Packs every published package once (global-setup.ts), then checks the tarballs, an install of them, and a
// browser bundle. Run after the packages are built (turbo.json: dependsOn ^build).
export default klschedTestConfig({ include: ["test/**/*.test.ts"], globalSetup: ["test/global-setup.ts"] });
