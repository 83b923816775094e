/** The portfolio of every service, derived from the store's inputs and never stored. */
import { use, useMemo, useState } from 'react';
import type { KnowledgeBase } from '../../content';
import {
  portfolioEntry,
  summariseEntries,
  summarisePortfolio,
  type Portfolio,
  type PortfolioEntry,
  type PortfolioInput,
} from '../domain/portfolio';
import { usePlannerStore } from './planner-store';
import { useScoringKnowledgeBase } from './scoring';
import { yieldToBrowser } from './next-task';

/**
 * From this many services on, a page opening on the portfolio scores it over several tasks
 * (each service costs a few milliseconds, more with the stability analysis): fifty services in
 * one go would hold the main thread for hundreds of milliseconds. Fewer are scored at once.
 */
export const SLICE_FROM_SERVICES = 6;
/** How long one task may score before it hands the main thread back. */
const SLICE_MS = 30;

/** Scores the services over several tasks, each at most about SLICE_MS long, same results. */
export async function summarisePortfolioInSlices(
  kb: KnowledgeBase,
  input: PortfolioInput,
): Promise<Portfolio> {
  const entries: PortfolioEntry[] = [];
  let sliceStart = performance.now();
  for (const service of input.services) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
    entries.push(portfolioEntry(kb, input, service));
  }
  return summariseEntries(kb, input, entries);
}

/** The last portfolio asked for while opening a page, shared by the renders that wait for it. */
let opening: { kb: KnowledgeBase; input: PortfolioInput; promise: Promise<Portfolio> } | undefined;

function sameInputs(a: PortfolioInput, b: PortfolioInput): boolean {
  return a.teamAnswers === b.teamAnswers && a.services === b.services && a.weights === b.weights;
}

/**
 * Every service's verdict (with the applied profile) and progress, and the runtimes they mean;
 * recomputed on input change. A page opening on a large portfolio waits for it (suspends) while
 * it is scored over several tasks; an edit on an open page rescores at once, as before.
 */
export function usePortfolio(): Portfolio {
  const kb = useScoringKnowledgeBase();
  const teamAnswers = usePlannerStore((s) => s.teamAnswers);
  const services = usePlannerStore((s) => s.services);
  const weights = usePlannerStore((s) => s.weights);
  const input = useMemo(
    () => ({ teamAnswers, services, weights }),
    [teamAnswers, services, weights],
  );
  // The inputs the page opened with: only those are scored over several tasks.
  const [openedWith] = useState(input);
  const sliced =
    input === openedWith && services.length >= SLICE_FROM_SERVICES
      ? openingPortfolio(kb, input)
      : undefined;
  const portfolio = useMemo(
    () => (sliced ? undefined : summarisePortfolio(kb, input)),
    [sliced, kb, input],
  );
  return portfolio ?? use(sliced!);
}

function openingPortfolio(kb: KnowledgeBase, input: PortfolioInput): Promise<Portfolio> {
  if (!opening || opening.kb !== kb || !sameInputs(opening.input, input)) {
    opening = { kb, input, promise: summarisePortfolioInSlices(kb, input) };
  }
  return opening.promise;
}
