// Preloaded (`node -r`) into each measured process: at exit it writes its own peak resident set
// (getrusage's maxRSS, the kernel's VmHWM) to file descriptor 3, so the benchmark need not poll
// /proc from a second process while the command runs, which on two cores slows what it measures.
'use strict';
process.on('exit', () => {
  try {
    require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    /* not run by the benchmark */
  }
});
