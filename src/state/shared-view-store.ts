/**
 * A shared plan on screen: a link's inputs shown in the planner without becoming the person's
 * own. While one is open, the planner store holds the link's inputs, saving is held, and the
 * person's own inputs wait here until they go back to them or replace them with a copy.
 */
import { create } from 'zustand';
import * as z from 'zod/mini';
import type { OpenedPlan } from '../domain/opened-plan';
import { PlannerInputsSchema, type PlannerInputs } from '../domain/inputs';
import type { VerdictSnapshot } from '../domain/verdict-snapshot';

export interface SharedView {
  /** The link payload the plan came from, so reopening the same link does nothing. */
  payload: string;
  plan: OpenedPlan;
  /** The person's own inputs and active service, as they were before the link opened. */
  own: { inputs: PlannerInputs; activeServiceId: string };
}

export const useSharedViewStore = create<{ view: SharedView | null }>()(() => ({ view: null }));

/** Whether a shared plan is on screen (and saving is held). */
export function isViewingSharedPlan(): boolean {
  return useSharedViewStore.getState().view !== null;
}

/**
 * The shared plan on screen, as edited, kept for this tab (sessionStorage) so that a reload
 * brings back both the shared plan and the edits made to it. Checked when read like any input.
 */
const SESSION_KEY = 'rust-or-go:shared-plan';

const IssueSchema = z.strictObject({ field: z.string(), message: z.string() });
/**
 * The author's verdicts are only shown, never scored, and this tab wrote them: their shape is
 * checked here without the domain's verdict schema, which would bring scoring into the first
 * screen's code.
 */
const AuthorVerdictSchema = z.nullable(
  z.strictObject({
    kind: z.string(),
    language: z.optional(z.string()),
    gateId: z.optional(z.string()),
  }),
);
const SharedSessionSchema = z.strictObject({
  payload: z.string().check(z.maxLength(4096)),
  plan: z.strictObject({
    inputs: PlannerInputsSchema,
    authorVerdicts: z.array(AuthorVerdictSchema),
    kbVersion: z.string(),
    formatVersion: z.number(),
    dropped: z.array(IssueSchema),
    authorProfile: z.optional(z.strictObject({ name: z.string(), hash: z.string() })),
  }),
  inputs: PlannerInputsSchema,
  activeServiceId: z.string(),
});

export function saveSharedSession(session: SharedSession): void {
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Without room the edits last while the tab is open, as before.
  }
}

export interface SharedSession {
  payload: string;
  plan: OpenedPlan;
  inputs: PlannerInputs;
  activeServiceId: string;
}

export function readSharedSession(): SharedSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (raw === null) return null;
    const parsed = SharedSessionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { plan } = parsed.data;
    const authorVerdicts = plan.authorVerdicts as (VerdictSnapshot | null)[];
    return { ...parsed.data, plan: { ...plan, authorVerdicts } };
  } catch {
    return null;
  }
}

export function clearSharedSession(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing to clear.
  }
}
