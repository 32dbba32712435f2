import { klschedTestConfig } from "../../vitest.base.js";

export default klschedTestConfig();
