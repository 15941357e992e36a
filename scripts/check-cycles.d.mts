export type ImportGraph = Record<string, string[]>;
export function specifiers(text: string): string[];
export function importGraph(root?: string, folder?: string): ImportGraph;
export function findCycles(graph: ImportGraph): string[][];
