/** handlebars by `require` (see requireDependency.ts). */
import type HandlebarsModule from "handlebars";
import { requireDependency } from "./requireDependency.js";

export const Handlebars = requireDependency<typeof HandlebarsModule>("handlebars");
