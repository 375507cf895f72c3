// Preloaded (NODE_OPTIONS=--import) into a measured Node child when GNU time is not
// installed: prints the process's own peak RSS at exit for spawnMeasured to read.
process.on("exit", () => {
  process.stderr.write(`\nnf-bench-max-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
