import type { Loc } from '../spec/refs.js';
import type { Verdict } from './features.js';

/** One place a feature is used; `verdict` overrides the feature's default for this use. */
export interface Finding {
  id: string;
  loc: Loc;
  verdict?: Verdict;
  detail?: string;
}

export type Emit = (id: string, loc: Loc, extra?: { verdict?: Verdict; detail?: string }) => void;
