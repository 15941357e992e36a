// Preloaded (`node -r`) into the load generator: at exit it writes the CPU seconds it used (user +
// system) to file descriptor 3, so the benchmark can show whether the generator, not the server,
// was the limit.
'use strict';
process.on('exit', () => {
  try {
    const u = process.cpuUsage();
    require('node:fs').writeSync(3, String((u.user + u.system) / 1e6));
  } catch {
    /* not run by the benchmark */
  }
});
