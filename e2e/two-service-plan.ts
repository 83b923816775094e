/** The plan team decisions and comparisons start from: the fixture portfolio's first two services. */
import { readFile } from 'node:fs/promises';
import { getKnowledgeBase } from '../content';
import { decodeAnswersFile } from '../src/domain/answers-file';
import type { PlannerInputs } from '../src/domain/inputs';

export async function twoServicePlan(): Promise<PlannerInputs> {
  const opened = decodeAnswersFile(
    getKnowledgeBase(),
    await readFile('tests/fixtures/answers-portfolio.json', 'utf8'),
  );
  if (!opened.ok) throw new Error('fixture does not open');
  const inputs = opened.value.inputs;
  return { ...inputs, services: inputs.services.slice(0, 2) };
}
