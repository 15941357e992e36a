/**
 * `java.math.BigDecimal`, as far as templates meet it: json-smart reads decimals longer than
 * 18 characters as BigDecimal, and Velocity 1.7 then computes with BigDecimal (MathUtils), so
 * `$n - $d` can print every digit of the exact result.
 */
export class JBigDecimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  static fromString(text: string): JBigDecimal {
    const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
    if (!m) throw new Error(`not a decimal: ${text}`);
    const digits = (m[2] ?? '') + (m[3] ?? '');
    const unscaled = BigInt((m[1] === '-' ? '-' : '') + (digits || '0'));
    return new JBigDecimal(unscaled, (m[3]?.length ?? 0) - Number(m[4] ?? 0));
  }

  /** `new BigDecimal(double)`: the exact binary value. */
  static fromDouble(d: number): JBigDecimal {
    if (!Number.isFinite(d)) throw new Error(`Infinite or NaN: ${d}`);
    if (Number.isInteger(d)) return new JBigDecimal(BigInt(d), 0);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, d);
    const bits = buf.getBigUint64(0);
    const sign = bits >> 63n ? -1n : 1n;
    const exponent = Number((bits >> 52n) & 0x7ffn);
    let mantissa = bits & 0xfffffffffffffn;
    let e: number;
    if (exponent === 0) e = -1074;
    else {
      mantissa |= 1n << 52n;
      e = exponent - 1075;
    }
    while (mantissa > 0n && (mantissa & 1n) === 0n && e < 0) {
      mantissa >>= 1n;
      e++;
    }
    // mantissa × 2^e with e < 0 is mantissa × 5^-e / 10^-e.
    return new JBigDecimal(sign * mantissa * 5n ** BigInt(-e), -e);
  }

  private static align(a: JBigDecimal, b: JBigDecimal): [bigint, bigint, number] {
    const scale = Math.max(a.scale, b.scale);
    return [a.unscaled * 10n ** BigInt(scale - a.scale), b.unscaled * 10n ** BigInt(scale - b.scale), scale];
  }

  add(o: JBigDecimal): JBigDecimal {
    const [x, y, s] = JBigDecimal.align(this, o);
    return new JBigDecimal(x + y, s);
  }

  subtract(o: JBigDecimal): JBigDecimal {
    const [x, y, s] = JBigDecimal.align(this, o);
    return new JBigDecimal(x - y, s);
  }

  multiply(o: JBigDecimal): JBigDecimal {
    return new JBigDecimal(this.unscaled * o.unscaled, this.scale + o.scale);
  }

  /** `divide(divisor, ROUND_HALF_DOWN)`: the result keeps this number's scale. */
  divideHalfDown(o: JBigDecimal): JBigDecimal {
    let num = this.unscaled;
    let den = o.unscaled;
    const shift = o.scale;
    if (shift >= 0) num *= 10n ** BigInt(shift);
    else den *= 10n ** BigInt(-shift);
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    let q = num / den;
    const r = num % den;
    const twice = (r < 0n ? -r : r) * 2n;
    if (twice > den) q += num < 0n ? -1n : 1n;
    return new JBigDecimal(q, this.scale);
  }

  compareTo(o: JBigDecimal): number {
    const [x, y] = JBigDecimal.align(this, o);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  isZero(): boolean {
    return this.unscaled === 0n;
  }

  /** `BigDecimal.toString()`: plain unless the scale is negative or the exponent below -6. */
  toString(): string {
    const negative = this.unscaled < 0n;
    const digits = (negative ? -this.unscaled : this.unscaled).toString();
    const adjusted = digits.length - 1 - this.scale;
    let out: string;
    if (this.scale >= 0 && adjusted >= -6) {
      if (this.scale === 0) out = digits;
      else if (digits.length > this.scale) out = `${digits.slice(0, digits.length - this.scale)}.${digits.slice(digits.length - this.scale)}`;
      else out = `0.${'0'.repeat(this.scale - digits.length)}${digits}`;
    } else {
      const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
      out = `${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
    }
    return negative ? `-${out}` : out;
  }
}
