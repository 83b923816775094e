/**
 * One list of released knowledge-base versions (content/releases.ts); the version, the link tables
 * and the changelog must agree with it, so a version cannot ship without its table or entry.
 */
import { describe, expect, it } from 'vitest';
import {
  currentRelease,
  firstChangelogVersion,
  getKnowledgeBase,
  linkTables,
  releasedVersions,
  releases,
} from '../../content';

const kb = getKnowledgeBase();

/** Semver order: -1, 0 or 1. */
function compare(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

describe('released knowledge-base versions', () => {
  it('are listed once each, oldest first', () => {
    for (let i = 1; i < releasedVersions.length; i++) {
      expect(compare(releasedVersions[i - 1]!, releasedVersions[i]!), releasedVersions[i]).toBe(-1);
    }
  });

  it('end with the version and date the knowledge base carries', () => {
    expect(kb.version).toBe(releasedVersions.at(-1));
    expect(kb.date).toBe(currentRelease.date);
  });

  it('each have a link table, and every table belongs to released versions', () => {
    const tabled = linkTables.flatMap((t) => t.versions);
    expect([...tabled].sort(compare)).toEqual([...releasedVersions]);
  });

  it('each have a changelog entry with the release date, from the first changelog version on', () => {
    const expected = releases
      .filter((r) => compare(r.version, firstChangelogVersion) >= 0)
      .map((r) => ({ version: r.version, date: r.date }))
      .reverse();
    expect(kb.changelog.map((e) => ({ version: e.version, date: e.date }))).toEqual(expected);
  });
});
