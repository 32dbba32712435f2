import { checkDocExamples } from "../../../scripts/doc-examples.js";

checkDocExamples(import.meta.url);
