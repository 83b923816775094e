/**
 * The words the result page, the printed report, the decision record and the command line share:
 * one place, so they can never say the same thing differently.
 */
import type { Language } from '../../content';
import type { ConfidenceLevel } from './score';

export const LANGUAGE_NAME: Record<Language, string> = { rust: 'Rust', go: 'Go' };

/** How sure a verdict is, as a level name: "High confidence". */
export const LEVEL_NAME: Record<ConfidenceLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** What a service with no name is called everywhere. */
export const UNNAMED_SERVICE = 'Unnamed service';

/** A service's name as shown: its trimmed name, or "Unnamed service". */
export function nameOrUnnamed(name: string): string {
  return name.trim() || UNNAMED_SERVICE;
}

/** The headline of a service nobody has started answering. */
export const NOT_STARTED = 'Not started';

/** The headline when deal-breakers rule out both languages. */
export const CONSTRAINTS_CONFLICT = 'These constraints conflict';
