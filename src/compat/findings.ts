import type { Loc } from '../document/refs.js';
import type { Verdict } from './features.js';

/** One place a feature is used; `verdict` overrides the feature's default for this use. */
export interface Finding {
  id: string;
  loc: Loc;
  verdict?: Verdict;
  detail?: string;
  /** The method it belongs to (`POST /contacts`), when it belongs to one. */
  route?: string;
}

export type Emit = (id: string, loc: Loc, extra?: { verdict?: Verdict; detail?: string; route?: string }) => void;
