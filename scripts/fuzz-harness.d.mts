import type { Arbitrary } from 'fast-check';

export const PROTOTYPE_NAMES: string[];
export interface Seed { name: string; value: unknown }
export type Mutation = Record<string, unknown> & { op: string };
export interface Rendering { format: 'yaml' | 'json' | 'min'; cut: number | null; flip: [number, string] | null }
export function seedDocuments(): Seed[];
export const mutation: Arbitrary<Mutation>;
export function applyMutations(seed: unknown, mutations: Mutation[]): unknown;
export const rendering: Arbitrary<Rendering>;
export function renderDocument(doc: unknown, how: Rendering): { text: string; ext: string };
export function commandLines(file: string, doc: unknown): string[][];
export function runAll(text: string, ext: string, doc: unknown, dir: string): Promise<string[]>;
export function scratchDirectory(): string;
export function removeDirectory(dir: string): void;
