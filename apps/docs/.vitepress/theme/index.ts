import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import DocFigure from "./components/DocFigure.vue";
import KlPlayground from "./components/KlPlayground.vue";
import "./custom.css";

/** The default theme plus the two components the pages use: build-time figures and the playground. */
const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("DocFigure", DocFigure);
    app.component("KlPlayground", KlPlayground);
  },
};

export default theme;
