/**
 * Keeping the planner in step beyond one page load, started once with the app:
 * - a shared plan on screen, with the edits made to it, survives a reload of its tab (kept in
 *   sessionStorage, see shared-view-store.ts);
 * - another tab's save is taken over rather than written over (the `storage` event).
 */
import { create } from 'zustand';
import { loadKnowledgeBase } from './knowledge-base';
import { getOwnPlan, STORAGE_KEY, usePlannerStore } from './planner-store';
import { readSavedState } from './saved-state';
import {
  clearSharedSession,
  readSharedSession,
  saveSharedSession,
  useSharedViewStore,
} from './shared-view-store';
import { withoutSaving } from './write-hold';

// A shared plan on screen, with the edits made to it, survives a reload of this tab.
usePlannerStore.subscribe((state) => {
  const view = useSharedViewStore.getState().view;
  if (!view) return;
  saveSharedSession({
    payload: view.payload,
    plan: view.plan,
    inputs: { teamAnswers: state.teamAnswers, services: state.services, weights: state.weights },
    activeServiceId: state.activeServiceId,
  });
});
useSharedViewStore.subscribe((state) => {
  if (!state.view) clearSharedSession();
});
{
  const session = typeof sessionStorage === 'undefined' ? null : readSharedSession();
  if (session) {
    // Hold saving first, then bring the shared plan back as it was left.
    useSharedViewStore.setState({
      view: { payload: session.payload, plan: session.plan, own: getOwnPlan() },
    });
    usePlannerStore.setState({ ...session.inputs, activeServiceId: session.activeServiceId });
  }
}

/** Another tab saved newer work and this tab now shows it; null when nothing to say. */
export const useTabSyncStore = create<{ notice: 'updated' | null }>()(() => ({ notice: null }));

export function dismissTabSyncNotice(): void {
  useTabSyncStore.setState({ notice: null });
}

/**
 * Another tab of this browser saved the planner: its save is newer than anything here (every
 * change is saved as it is made), so this tab takes it over instead of later writing an older
 * plan over it — behind a shared plan, the person's own plan waits updated for "Back to my
 * answers".
 */
export function takeOverOtherTabSave(raw: string | null): void {
  if (raw === null) return;
  const outcome = readSavedState(raw);
  if (outcome.kind !== 'restored') return;
  const plan = { inputs: outcome.inputs, activeServiceId: outcome.activeServiceId };
  const view = useSharedViewStore.getState().view;
  if (view) {
    useSharedViewStore.setState({ view: { ...view, own: plan } });
    return;
  }
  const state = usePlannerStore.getState();
  const same =
    JSON.stringify([state.teamAnswers, state.services, state.weights]) ===
    JSON.stringify([plan.inputs.teamAnswers, plan.inputs.services, plan.inputs.weights]);
  if (same) return;
  // Stay on the service this tab shows, if the other tab still has it.
  const keepActive = plan.inputs.services.some((s) => s.id === state.activeServiceId);
  withoutSaving(() =>
    usePlannerStore.setState({
      ...plan.inputs,
      activeServiceId: keepActive ? state.activeServiceId : plan.activeServiceId,
      kbVersion: outcome.kbVersion,
      removed: null,
    }),
  );
  useTabSyncStore.setState({ notice: 'updated' });
  // The notice is among the shell's share notices, which load once content has been requested.
  void loadKnowledgeBase();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && event.storageArea === localStorage) {
      takeOverOtherTabSave(event.newValue);
    }
  });
}
