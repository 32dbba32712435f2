// Lets tsc (which checks the .ts files only) accept .vue imports; Vite compiles the components.
declare module "*.vue" {
  import type { DefineComponent } from "vue";

  const component: DefineComponent<object, object, unknown>;
  export default component;
}
