/**
 * `API.md`: the human reference of the generated client, emitted with the code so the
 * drift check guards it like any other output file. Signatures come from the checked
 * output (ts-morph), notes from the model, example calls from the spec's request
 * examples. Operations follow the model's stated order, grouped by module (tag);
 * other exports are sorted by name. It is written laid out: no formatter runs over it.
 */
import type { SourceFile } from "ts-morph";
import type { ApiModel, ModuleModel, OperationModel, ParameterModel } from "../model/types.js";
import { CLIENT_VARIABLE, exampleCalls } from "./apiMarkdown/exampleCalls.js";
import { clientMemberSignatures, functionSignature, otherExports } from "./apiMarkdown/signatures.js";
import { operationNotes } from "./apiMarkdown/operationNotes.js";
import { codeBlock, headingAnchor, htmlComment, inlineCode, tableCell } from "./apiMarkdown/markdownText.js";

export const API_MARKDOWN_FILE = "API.md";

/** Call-argument slots most APIs never use, so the reference names them only where they occur. */
const PARAMETER_SLOTS_SHOWN_WHEN_USED: readonly ParameterModel["in"][] = ["header", "cookie"];

export interface ApiMarkdownOptions {
  readonly model: ApiModel;
  /** The checked `index.ts`, whose exports are the public surface. */
  readonly index: SourceFile;
  readonly headerLines: readonly string[];
}

/** The reference, which reads the checked program's declarations (never its types). */
export function apiMarkdownText(options: ApiMarkdownOptions): string {
  const { model } = options;
  const sections = [
    htmlComment(options.headerLines),
    `# ${model.title} client reference`,
    introduction(model),
    tableOfContents(model),
    ...model.modules.flatMap((module) => moduleSection(module, options)),
    otherExportsSection(options),
  ];
  // Spec text may carry CR line ends; the output is LF only.
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`.replace(/\r\n?/g, "\n");
}

function introduction(model: ApiModel): string {
  const count = model.operations.length;
  return [
    `API version ${inlineCode(model.version)}: ${count} operation${count === 1 ? "" : "s"}. ` +
      `Each is an exported function taking the runtime first, and a method of the client that ${inlineCode(model.factoryName)} returns. ` +
      `A call takes one object ${inlineCode(callShape(model))} (only the parts the operation has) and resolves to its result.`,
    codeBlock("ts", `const ${CLIENT_VARIABLE} = ${model.factoryName}({ token: "<API token>" });`),
  ].join("\n\n");
}

/** `{ path, query, body, signal, timeoutMs }`, naming header and cookie only when some operation takes them. */
function callShape(model: ApiModel): string {
  const takes = (location: ParameterModel["in"]) =>
    model.operations.some((operation) => operation.parameters.some((parameter) => parameter.in === location));
  const slots = ["path", "query", ...PARAMETER_SLOTS_SHOWN_WHEN_USED.filter(takes), "body", "signal", "timeoutMs"];
  return `{ ${slots.join(", ")} }`;
}

function tableOfContents(model: ApiModel): string {
  return model.modules
    .map((module) => `- ${module.tag}: ${module.operations.map((operation) => `[${inlineCode(operation.name)}](${headingAnchor(operation.name)})`).join(", ")}`)
    .join("\n");
}

function moduleSection(module: ModuleModel, options: ApiMarkdownOptions): string[] {
  return [`## ${module.tag}`, ...module.operations.map((operation) => operationSection(operation, options))];
}

function operationSection(operation: OperationModel, options: ApiMarkdownOptions): string {
  const qualifiers = options.model.modules.map((module) => module.importName);
  const signatures = [
    ...clientMemberSignatures(options.index, options.model.clientTypeName, operation.name, qualifiers),
    ...(operation.waiter ? clientMemberSignatures(options.index, options.model.clientTypeName, operation.waiter.name, qualifiers) : []),
    functionSignature(options.index, operation.name) ?? "",
    // The raw call that also returns the declared response headers, where there are some.
    operation.code.withResponseName === null ? "" : (functionSignature(options.index, operation.code.withResponseName) ?? ""),
  ].filter((line) => line !== "");
  return [
    `### ${operation.name}`,
    operation.summary === null ? "" : `**${operation.summary.replace(/\s+/g, " ").trim()}**${operation.deprecated ? " (deprecated)" : ""}`,
    operation.description === null || operation.description === operation.summary ? "" : operation.description.trim(),
    notesList(operation),
    codeBlock("ts", signatures.join("\n")),
    parametersTable(operation),
    examplesBlock(operation),
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}

function notesList(operation: OperationModel): string {
  return operationNotes(operation)
    .map((note) => `- **${note.label}:** ${note.text.replace(/\s+/g, " ")}`)
    .join("\n");
}

function parametersTable(operation: OperationModel): string {
  // Path and query rows in spec order, then headers, then cookies.
  const shown = [
    ...operation.parameters.filter((parameter) => parameter.in === "path" || parameter.in === "query"),
    ...PARAMETER_SLOTS_SHOWN_WHEN_USED.flatMap((location) => operation.parameters.filter((parameter) => parameter.in === location)),
  ];
  if (shown.length === 0) return "";
  const rows = shown.map((parameter) =>
    `| ${inlineCode(`${parameter.in}.${parameter.name}`)} | ${parameter.required ? "yes" : "no"} | ${tableCell(parameter.description ?? "")} |`,
  );
  return ["| argument | required | description |", "| --- | --- | --- |", ...rows].join("\n");
}

function examplesBlock(operation: OperationModel): string {
  const calls = exampleCalls(operation);
  return calls
    .map((call) => `${call.title === null ? "Example:" : `Example (${call.title.replace(/\s+/g, " ").trim()}):`}\n\n${codeBlock("ts", call.code)}`)
    .join("\n\n");
}

function otherExportsSection(options: ApiMarkdownOptions): string {
  const operationNames = new Set(options.model.operations.map((operation) => operation.name));
  const rows = otherExports(options.index, operationNames).map(
    (entry) => `| ${inlineCode(entry.signature)} | ${tableCell(entry.summary ?? "")} |`,
  );
  if (rows.length === 0) return "";
  return ["## Other exported functions and classes", "| export | what it does |\n| --- | --- |\n" + rows.join("\n")].join("\n\n");
}
