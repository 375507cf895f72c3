/**
 * `nf/path-params-required`: every parameter of the path template is declared with
 * `required: true`. OpenAPI 3.1 §4.8.12.1 (Parameter Object, `required`): "If the
 * parameter location is "path", this field is REQUIRED and its value MUST be true."
 * Declaring each template parameter at all is Redocly's `path-parameters-defined`.
 */
import { operationVisitor, templateParameters } from "../operationVisitor.js";

export const pathParamsRequired = () =>
  operationVisitor((info) => {
    for (const name of templateParameters(info.path)) {
      const parameter = info.parameters.find((p) => p.in === "path" && p.name === name);
      if (!parameter || parameter.node.required === true || !parameter.location) continue;
      const hasRequired = Object.hasOwn(parameter.node, "required");
      info.report({
        message: `path parameter \`${name}\` of ${info.method.toUpperCase()} ${info.path} must have \`required: true\``,
        location: hasRequired ? parameter.location.child(["required"]) : parameter.location.key(),
      });
    }
  });
