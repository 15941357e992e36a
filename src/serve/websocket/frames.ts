/**
 * Reads the frame headers of a client's byte stream (RFC 6455, 5.2) to find a data frame whose
 * payload is larger than `maxFrameBytes`: API Gateway closes the connection with 1009 for "a larger
 * frame size", not only for a larger message
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html).
 * The WebSocket library reassembles messages and checks their total size; frames it does not report.
 */
export class FrameSizeGuard {
  private header: number[] = [];
  private skip = 0;
  private tripped = false;

  constructor(private readonly maxFrameBytes: number, private readonly onTooLarge: (size: number) => void) {}

  feed(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length && !this.tripped) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      this.header.push(chunk[i++]!);
      const length = this.headerLength();
      if (length === undefined || this.header.length < length) continue;
      const payload = this.payloadLength();
      const opcode = this.header[0]! & 0x0f;
      this.header = [];
      // Control frames (close, ping, pong) are at most 125 bytes by the protocol itself.
      if (opcode < 0x8 && payload > this.maxFrameBytes) {
        this.tripped = true;
        this.onTooLarge(payload);
        return;
      }
      this.skip = payload;
    }
  }

  /** Bytes of the whole header once its first two are known. */
  private headerLength(): number | undefined {
    if (this.header.length < 2) return undefined;
    const len7 = this.header[1]! & 0x7f;
    const masked = (this.header[1]! & 0x80) !== 0;
    return 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0) + (masked ? 4 : 0);
  }

  private payloadLength(): number {
    const len7 = this.header[1]! & 0x7f;
    if (len7 < 126) return len7;
    if (len7 === 126) return (this.header[2]! << 8) | this.header[3]!;
    let n = 0;
    for (let k = 2; k < 10; k++) n = n * 256 + this.header[k]!;
    return n;
  }
}
