/**
 * The knowledge base's public entry point: the raw content assembled, validated once, and exported.
 * Every content change releases a new version in `./releases` (semver: minor for new content,
 * major when a change can turn an existing verdict), with its date.
 */
import { consequences } from './data/consequences';
import { criteria, triggers } from './data/criteria';
import { evidence } from './data/evidence';
import { presets } from './data/presets';
import { questions, steps } from './data/questions';
import {
  changelog,
  conflicts,
  dealBreakers,
  gates,
  portfolio,
  runtimeCosts,
  scoring,
} from './data/rules';
import { sources } from './data/sources';
import { currentRelease } from './releases';
import type { KnowledgeBase } from './schema';
import {
  validateKnowledgeBase,
  validateKnowledgeBaseInSteps,
  type ContentResult,
} from './validate';

export const rawKnowledgeBase = {
  version: currentRelease.version,
  date: currentRelease.date,
  sources,
  evidence,
  triggers,
  criteria,
  questions,
  steps,
  gates,
  dealBreakers,
  conflicts,
  presets,
  runtimeCosts,
  scoring,
  portfolio,
  consequences,
  changelog,
} satisfies KnowledgeBase;

/** Content is validated once, on first use; this holds the result. */
let validated: ContentResult | undefined;

/** The validation result, for callers that show content errors instead of throwing. */
export function knowledgeBaseResult(): ContentResult {
  validated ??= validateKnowledgeBase(rawKnowledgeBase);
  return validated;
}

/**
 * The same result, validated over several tasks (see validateKnowledgeBaseInSteps): how the
 * browser app loads content without one long task. Later calls of either function reuse it.
 */
export async function loadKnowledgeBaseResult(pause: () => Promise<void>): Promise<ContentResult> {
  validated ??= await validateKnowledgeBaseInSteps(rawKnowledgeBase, pause);
  return validated;
}

/** The validated knowledge base. Throws if content is invalid: that is a bug the tests catch. */
export function getKnowledgeBase(): KnowledgeBase {
  const result = knowledgeBaseResult();
  if (!result.ok) {
    const list = result.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    throw new Error(`The knowledge base is invalid:\n${list}`);
  }
  return result.value;
}

export * from './schema';
export {
  validateKnowledgeBase,
  validateKnowledgeBaseInSteps,
  checkReferences,
  describeZodIssue,
  formatPath,
  type ContentIssue,
  type ContentResult,
} from './validate';
export { linkTables, LinkTableSchema, type LinkTable } from './link-tables';
export {
  releases,
  releasedVersions,
  currentRelease,
  firstChangelogVersion,
  type Release,
} from './releases';
