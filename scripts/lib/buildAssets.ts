/**
 * Source folders (relative to the repository) that the compiled code reads at run time
 * rather than imports, so a build copies them to the same place relative to dist/ as in
 * the source tree. Shared by `npm run build` and the benchmark's installed copy.
 */
export const RUNTIME_ASSETS: readonly string[] = [
  // generator/emit/templates.ts reads `../templates/` beside itself.
  "generator/templates",
];
