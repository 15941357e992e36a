import { describe, expect, it } from 'vitest';
import { FrameSizeGuard } from '../../src/serve/websocket/frames.js';

/** A masked client frame header (RFC 6455, 5.2) for a payload of `size` bytes, with its payload when `withPayload`. */
function frame(opcode: number, size: number, fin = true): Buffer {
  const first = (fin ? 0x80 : 0) | opcode;
  const len = size < 126 ? [0x80 | size] : size < 65536 ? [0x80 | 126, size >> 8, size & 0xff] : [0x80 | 127, 0, 0, 0, 0, (size >>> 24) & 0xff, (size >>> 16) & 0xff, (size >>> 8) & 0xff, size & 0xff];
  return Buffer.concat([Buffer.from([first, ...len, 1, 2, 3, 4]), Buffer.alloc(size, 0x61)]);
}

function feed(chunks: Buffer[], max = 32 * 1024): number[] {
  const tripped: number[] = [];
  const guard = new FrameSizeGuard(max, (n) => tripped.push(n));
  for (const c of chunks) guard.feed(c);
  return tripped;
}

// API Gateway closes the connection for "a larger frame size" than 32 KB, not only for a larger message
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html).
describe('FrameSizeGuard', () => {
  it.each([
    { name: 'frames within the limit, 7-bit, 16-bit and 64-bit lengths', chunks: [frame(1, 10), frame(1, 32 * 1024), frame(0, 200)], tripped: [] },
    { name: 'a 16-bit length over the limit', chunks: [frame(1, 32 * 1024 + 1)], tripped: [32 * 1024 + 1] },
    { name: 'a 64-bit length over the limit', chunks: [frame(1, 70_000)], tripped: [70_000] },
    { name: 'a continuation frame over the limit', chunks: [frame(1, 100, false), frame(0, 40_000)], tripped: [40_000] },
    { name: 'a header split across chunks', chunks: (() => { const f = frame(1, 40_000); return [f.subarray(0, 1), f.subarray(1, 3), f.subarray(3)]; })(), tripped: [40_000] },
    { name: 'frames in one chunk', chunks: [Buffer.concat([frame(1, 5), frame(9, 0), frame(1, 33_000)])], tripped: [33_000] },
  ])('$name', ({ chunks, tripped }) => {
    expect(feed(chunks)).toEqual(tripped);
  });
});
