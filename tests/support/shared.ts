/**
 * The project's shared data (../shared: the seed article, the BBC corpus, the gold) sits beside
 * a development checkout but not beside a user's clone. Tests that need it skip with this reason
 * in their name where it is absent, so a bare clone's run says what it left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEED_PATH = `${SHARED_DIR}articles/interpol-flash-weka.txt`;

/** True when ../shared is beside the repository. */
export const hasShared = existsSync(SEED_PATH);

/** Appended to the name of a test or suite that skips without ../shared. */
export const NEEDS_SHARED = hasShared ? '' : ' [skipped: needs ../shared beside the repository]';

/** The seed article's text, or '' where ../shared is absent (its tests are skipped then). */
export const seedText = (): string => (hasShared ? readFileSync(SEED_PATH, 'utf8') : '');
