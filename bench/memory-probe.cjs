// Preloaded (`node -r`, with --expose-gc) into the server the benchmark measures: asked 'memory'
// over the IPC channel, it collects garbage and answers with process.memoryUsage(). The channel
// does not keep the process alive.
'use strict';
if (process.send) {
  process.channel?.unref();
  process.on('message', (m) => {
    if (m !== 'memory') return;
    globalThis.gc?.();
    process.send(process.memoryUsage());
  });
}
