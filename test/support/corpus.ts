import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The corpus of real-world definitions (fixtures/corpus, see its README). */
export const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

export interface CorpusEntry {
  file: string;
  source_repo: string;
  source_path: string;
  oas_version: string;
  api_kind: 'rest' | 'http';
  format: 'yaml' | 'json';
  aws_accepted: true | 'unknown';
  why: string;
}

export const corpus: CorpusEntry[] = JSON.parse(readFileSync(`${CORPUS}manifest.json`, 'utf8'));
