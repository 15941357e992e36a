import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared material beside the repository (`../shared`), present in CI. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared = existsSync(SHARED);

/** Say visibly that a test needing ../shared did not run. */
export function noticeIfNoShared(what: string): void {
  if (!hasShared) console.warn(`NOTICE: ${SHARED} is absent; skipping ${what}`);
}
