/**
 * One line per change for people: `createProject: body.description became required`.
 * The subject (operation or type) comes first, then the field path, then what happened.
 */
import type { ApiChange } from "./change.js";

export function describeChange(change: ApiChange): string {
  return `${change.subject}: ${what(change)}`;
}

function what(change: ApiChange): string {
  const field = change.path === "" ? "the argument" : change.path;
  const fromTo = `from ${change.before ?? "?"} to ${change.after ?? "?"}`;
  switch (change.kind) {
    case "operation-removed":
      return `operation removed (was ${change.before})`;
    case "operation-added":
      return `operation added (${change.after})`;
    case "type-removed":
      return "type removed";
    case "type-added":
      return "type added";
    case "method-changed":
      return `method changed ${fromTo}`;
    case "path-changed":
      return `path changed ${fromTo}`;
    case "scope-removed":
      return `scope ${change.path} removed (was ${change.before})`;
    case "scope-added":
      return `scope ${change.path} added (${change.after})`;
    case "scope-path-changed":
      return `scope ${change.path} path changed ${fromTo}`;
    case "pagination-removed":
      return "no longer paginated (.all() and .pages() removed)";
    case "pagination-added":
      return "now paginated (.all() and .pages() added)";
    case "waiter-removed":
      return `waiter ${change.before} removed`;
    case "waiter-added":
      return `waiter ${change.after} added`;
    case "argument-became-required":
      return "the argument object became required";
    case "argument-became-optional":
      return "the argument object became optional";
    case "property-removed":
      return `${field} removed`;
    case "property-added-optional":
      return `${field} added (optional)`;
    case "property-added-required":
      return change.side === "request" ? `${field} added as required` : `${field} added`;
    case "became-required":
      return change.side === "request" ? `${field} became required` : `${field} became required (always present)`;
    case "became-optional":
      return change.side === "request" ? `${field} became optional` : `${field} became optional (may be absent)`;
    case "enum-value-removed":
      return `${field} enum value ${change.before} removed`;
    case "enum-value-added":
      return `${field} enum value ${change.after} added${change.side === "response" ? (change.openEnum ? " (open enum)" : " (closed enum)") : ""}`;
    case "type-narrowed":
      return `${field} type narrowed ${fromTo}`;
    case "type-widened":
      return `${field} type widened ${fromTo}`;
    case "type-changed":
      return `${field} type changed ${fromTo}`;
  }
}
