/**
 * The handlebars templates, compiled strict (a missing model field throws),
 * `knownHelpersOnly` (no helper can hide logic) and `noEscape` (we write TypeScript,
 * not HTML). One template per kind of output file; partials for repeated fragments.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Handlebars } from "../dependencies/handlebars.js";

export type TemplateName = "endpoints" | "client" | "index";
export type RenderTemplate = (name: TemplateName, context: object) => string;

const TEMPLATE_DIR = fileURLToPath(new URL("../templates/", import.meta.url));
const COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, noEscape: true } as const;

let cached: RenderTemplate | null = null;

/** Compiles the templates once per process. */
export function loadTemplates(): RenderTemplate {
  cached ??= compileTemplates(TEMPLATE_DIR);
  return cached;
}

function compileTemplates(dir: string): RenderTemplate {
  const handlebars = Handlebars.create();
  const partialDir = path.join(dir, "partials");
  for (const file of readdirSync(partialDir).filter((name) => name.endsWith(".hbs")).sort()) {
    handlebars.registerPartial(file.slice(0, -4), handlebars.compile(readTemplate(partialDir, file), COMPILE_OPTIONS));
  }
  const templates = new Map<TemplateName, HandlebarsTemplateDelegate>();
  for (const name of ["endpoints", "client", "index"] as const) {
    templates.set(name, handlebars.compile(readTemplate(dir, `${name}.hbs`), COMPILE_OPTIONS));
  }
  return (name, context) => {
    const template = templates.get(name);
    if (!template) throw new Error(`no template named ${name}`);
    return template(context);
  };
}

function readTemplate(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), "utf8");
}
