/**
 * Every released knowledge-base version, oldest first: the one list the others derive from.
 *
 * - The last is the current version: `content/index.ts` takes its version and date from here.
 * - Every version needs a link table (`content/link-tables.ts`), or links made with it stop opening.
 * - Every version from `firstChangelogVersion` on needs a changelog entry (`content/data/rules.ts`)
 *   with the same date, so an old link whose verdict moved can say why.
 * - Saved plans written with each version must keep opening (`tests/state/saved-shapes.test.ts`).
 *
 * `tests/content/releases.test.ts` fails when any of these disagree. To release a version, add it
 * here with its date, then follow the failing tests.
 */
export interface Release {
  version: string;
  /** YYYY-MM-DD; left out for versions released before the changelog kept dates. */
  date?: string;
}

export const releases: readonly Release[] = [
  { version: '1.0.0' },
  { version: '2.3.0' },
  { version: '2.4.0' },
  { version: '2.4.1' },
  { version: '3.0.0', date: '2026-11-30' },
  { version: '4.0.0', date: '2026-11-30' },
  { version: '5.0.0', date: '2026-12-07' },
];

/** Changelog entries start with this version; every release since has one. */
export const firstChangelogVersion = '3.0.0';

const newest = releases[releases.length - 1]!;

/**
 * The version the knowledge base is at now: the newest release. A release without a date leaves
 * it empty, which the knowledge base's own validation rejects.
 */
export const currentRelease: Required<Release> = {
  version: newest.version,
  date: newest.date ?? '',
};

/** Just the version strings, oldest first. */
export const releasedVersions: readonly string[] = releases.map((r) => r.version);
