import { type Located, type Side, Source } from './source.js';

/**
 * A document built from another file's text rather than parsed from it: the API definition a
 * reader assembles from CloudFormation resources. Its value is the assembled document; its text
 * and positions are the template's, and every pointer into the assembled document is translated
 * to the template pointer of the text that declared it before it is located or printed.
 */
export class MappedSource extends Source {
  constructor(
    readonly template: Source,
    root: unknown,
    /** Assembled pointer → template pointer, for every node the reader placed. */
    private readonly places: ReadonlyMap<string, string>,
    /**
     * Where a node's *key* was written, when that is not the node itself: an integration
     * response is keyed by its `SelectionPattern`, a method by its `HttpMethod`.
     */
    private readonly keyPlaces: ReadonlyMap<string, string> = new Map(),
  ) {
    super(template.path, template.text, root, template.positions, template.format);
  }

  /** Values the reader made up rather than read (the Lambda URI SAM gives an event's route): not the user's to check. */
  readonly generated = new WeakSet<object>();

  /**
   * The template pointer of an assembled one: the nearest placed ancestor's, with the tokens
   * below it appended (a subtree copied from the template keeps its own keys) as far as the
   * template has them. A node the reader made up below a placed one (the `name` of a parameter
   * read from a `RequestParameters` key) is not in the template: its pointer is the placed one's.
   */
  override publicPointer(pointer: string, side: Side = 'value'): string {
    const { real, placed } = this.place(pointer, side);
    if (real === placed) return real;
    const found = super.locate(real).pointer;
    return found.length > placed.length ? found : placed;
  }

  /** The placed ancestor's template pointer and the tokens below it appended. */
  private place(pointer: string, side: Side): { real: string; placed: string } {
    if (side === 'key') {
      const key = this.keyPlaces.get(pointer);
      if (key !== undefined) return { real: key, placed: key };
    }
    const direct = this.places.get(pointer);
    if (direct !== undefined) return { real: direct, placed: direct };
    for (let cut = pointer.lastIndexOf('/'); cut >= 0; cut = cut > 0 ? pointer.lastIndexOf('/', cut - 1) : -1) {
      const placed = this.places.get(pointer.slice(0, cut));
      if (placed !== undefined) return { real: placed + pointer.slice(cut), placed };
    }
    return { real: pointer, placed: pointer };
  }

  override locate(pointer: string, side: Side = 'value'): Located {
    const real = this.place(pointer, side).real;
    return super.locate(real, real === this.place(pointer, 'value').real ? side : 'value');
  }

  override valueOffsets(pointer: string): [number, number] | undefined {
    return super.valueOffsets(this.place(pointer, 'value').real);
  }
}
