/**
 * Golden links: links made by released versions, frozen in tests/fixtures/golden-links.json.
 * Every future version must keep opening them with the same answers. If a knowledge-base change
 * moves a verdict on purpose, update `verdictsToday` for that link — never the link itself.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import type { PlannerInputs } from '../../src/domain/inputs';
import { decodePermalink } from '../../src/domain/permalink/permalink';
import {
  changesSince,
  compareVerdicts,
  type VerdictSnapshot,
} from '../../src/domain/verdict-snapshot';
import goldenLinks from '../fixtures/golden-links.json';

interface GoldenLink {
  description: string;
  madeWith: { knowledgeBase: string; linkFormat: number };
  fragment: string;
  inputs: PlannerInputs;
  verdictsWhenMade: VerdictSnapshot[];
  verdictsToday: VerdictSnapshot[];
}

const kb = getKnowledgeBase();
const golden = goldenLinks as GoldenLink[];

describe('golden links', () => {
  it('covers at least five plans', () => {
    expect(golden.length).toBeGreaterThanOrEqual(5);
  });

  it.each(golden.map((g) => [g.description, g] as const))('%s', (_description, link) => {
    expect(link.fragment.startsWith('#/link/')).toBe(true);
    const result = decodePermalink(kb, link.fragment.slice('#/link/'.length), linkTables);
    if (!result.ok) throw new Error(`The link no longer opens: ${JSON.stringify(result.reason)}`);
    const { inputs, authorVerdicts, kbVersion, formatVersion, dropped } = result.value;
    expect(kbVersion).toBe(link.madeWith.knowledgeBase);
    expect(formatVersion).toBe(link.madeWith.linkFormat);
    expect(inputs).toEqual(link.inputs);
    expect(dropped).toEqual([]);
    expect(authorVerdicts).toEqual(link.verdictsWhenMade);
    const today = compareVerdicts(kb, inputs, authorVerdicts).map((c) => c.today);
    expect(today, 'a verdict moved: if on purpose, update verdictsToday').toEqual(
      link.verdictsToday,
    );
    // A verdict that moved since the link was made is explained by a change in the changelog.
    const moved = compareVerdicts(kb, inputs, authorVerdicts).some((c) => c.differs);
    if (moved) expect(changesSince(kb, kbVersion).length).toBeGreaterThan(0);
  });
});
