/**
 * How a team's disagreements were settled, kept in this browser next to the plan (under a key of
 * its own, so the planner's saved state is untouched), so the printed report and the decision
 * record can say who answered what on the decisive questions. It counts only while the plan on
 * screen still has every settled answer (`settlementApplies`).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { getKnowledgeBase } from '../../content';
import { SettlementSchema, settlementApplies, type SettledItem } from '../domain/team-record';
import { usePlannerInputs } from './plan-link';

interface TeamSettlementState {
  items: SettledItem[];
}

export const TEAM_SETTLEMENT_KEY = 'rust-or-go-team-settlement';

export const useTeamSettlementStore = create<TeamSettlementState>()(
  persist((): TeamSettlementState => ({ items: [] }), {
    name: TEAM_SETTLEMENT_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    // Validated when restored, like every input: anything that does not parse is forgotten.
    merge: (persisted, current) => {
      const items = SettlementSchema.safeParse((persisted as { items?: unknown } | null)?.items);
      return { ...current, items: items.success ? items.data : [] };
    },
  }),
);

export function rememberSettlement(items: SettledItem[]): void {
  useTeamSettlementStore.setState({ items });
}

/** The settled disagreements, while the plan on screen still has the settled answers; else []. */
export function useTeamSettlement(): SettledItem[] {
  const items = useTeamSettlementStore((s) => s.items);
  const inputs = usePlannerInputs();
  return settlementApplies(getKnowledgeBase(), items, inputs) ? items : [];
}
