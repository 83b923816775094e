/**
 * Reading what the planner saved in this browser, whatever state it is in: nothing, damaged
 * JSON, an older or newer version, or a mix of valid and broken parts. What is valid is kept,
 * what is not is dropped, and the person is told in one sentence. Pure: text in, outcome out.
 *
 * Versions of the saved state (the `version` zustand's persist writes next to `state`):
 *   1  { teamAnswers, services, weights, activeServiceId }
 *   2  as 1, plus `kbVersion`: the knowledge base the answers were given against, so a later
 *      release can migrate answers whose ids it renamed. Version 1 was only written with 1.0.0.
 */
import * as z from 'zod/mini';
import {
  MAX_SERVICES,
  PlannerInputsSchema,
  SERVICE_NAME_MAX,
  SERVICE_NOTES_MAX,
  ServiceSchema,
  type PlannerInputs,
  type Service,
} from '../domain/inputs';

export const SAVED_STATE_VERSION = 2;

export const SavedStateSchema = z.strictObject({
  ...PlannerInputsSchema.shape,
  activeServiceId: z.string(),
  kbVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
});
export type SavedState = z.infer<typeof SavedStateSchema>;

export type RestoreOutcome =
  /** Nothing was saved (or only an empty value): start fresh, nothing to tell. */
  | { kind: 'nothing' }
  /** Saved state, entirely or in part; `notice` says what could not be kept. */
  | {
      kind: 'restored';
      inputs: PlannerInputs;
      activeServiceId: string;
      kbVersion: string;
      notice: string | null;
    }
  /** Nothing could be used. */
  | { kind: 'unreadable'; notice: string };

const UNREADABLE =
  'Your saved answers could not be read (the saved data is damaged), so the planner started fresh.';

/**
 * What zustand's `migrate` hands to `merge` for a state saved by another version: the state as
 * migrated so far, and the version that wrote it (a newer one is salvaged and said so).
 */
export class MigratedSave {
  constructor(
    readonly state: unknown,
    readonly savedVersion: number,
  ) {}
}

/** Saved text that is not JSON, or not an envelope `{ state, version }`: nothing can be used. */
export class DamagedSave {
  constructor(readonly text: string) {}
}

/**
 * Brings a state written by `version` up to this one, step by step; zustand's `persist` calls it
 * whenever the saved version differs. A newer or unknown version passes through unchanged, for
 * `restoreState` to keep what it can.
 */
export function migrateSavedState(state: unknown, version: number): MigratedSave {
  const steps: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
    // Version 1 was only ever written with knowledge base 1.0.0.
    1: (old) => ({ kbVersion: '1.0.0', ...old }),
  };
  let migrated = state;
  for (let from = version; from < SAVED_STATE_VERSION; from++) {
    const step = steps[from];
    if (step && isRecord(migrated)) migrated = step(migrated);
  }
  return new MigratedSave(migrated, version);
}

/**
 * Restores whatever the persisted storage produced: nothing, damaged text, a state migrated from
 * another version, or a state of this version.
 */
export function restorePersisted(persisted: unknown): RestoreOutcome {
  if (persisted === undefined || persisted === null) return { kind: 'nothing' };
  if (persisted instanceof DamagedSave) return { kind: 'unreadable', notice: UNREADABLE };
  if (persisted instanceof MigratedSave) {
    return restoreState(persisted.state, persisted.savedVersion);
  }
  return restoreState(persisted, SAVED_STATE_VERSION);
}

/** Reads the raw text saved under the planner's key. */
export function readSavedState(raw: string | null): RestoreOutcome {
  if (raw === null || raw.trim() === '') return { kind: 'nothing' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', notice: UNREADABLE };
  }
  if (!isRecord(envelope) || !isRecord(envelope.state)) {
    return { kind: 'unreadable', notice: UNREADABLE };
  }
  const version = typeof envelope.version === 'number' ? envelope.version : 0;
  return restoreState(migrateSavedState(envelope.state, version).state, version);
}

/**
 * Restores a saved state object written by `version` of the saved-state format, already brought
 * up to this version by `migrateSavedState`.
 */
export function restoreState(migrated: unknown, version: number): RestoreOutcome {
  const parsed = SavedStateSchema.safeParse(migrated);
  if (parsed.success && version <= SAVED_STATE_VERSION) {
    const { activeServiceId, kbVersion, ...inputs } = parsed.data;
    const ids = new Set(inputs.services.map((s) => s.id));
    if (ids.size === inputs.services.length) {
      return {
        kind: 'restored',
        inputs,
        activeServiceId: ids.has(activeServiceId) ? activeServiceId : inputs.services[0]!.id,
        kbVersion,
        notice: null,
      };
    }
  }
  return salvage(migrated, version);
}

/** Keeps every valid part of a saved state that failed validation as a whole. */
function salvage(state: unknown, version: number): RestoreOutcome {
  if (!isRecord(state)) return { kind: 'unreadable', notice: UNREADABLE };
  const lost = new SalvageLosses();

  const teamAnswers = salvageAnswers(state.teamAnswers, lost);
  const weights: Record<string, number> = {};
  if (isRecord(state.weights)) {
    for (const [key, value] of Object.entries(state.weights)) {
      const ok = PlannerInputsSchema.shape.weights.safeParse({ [key]: value }).success;
      if (ok) weights[key] = value as number;
      else lost.add('weight');
    }
  } else if (state.weights !== undefined) {
    lost.add('set of weights');
  }

  const services: Service[] = [];
  const used = new Set<string>();
  const list: unknown[] = Array.isArray(state.services) ? state.services : [];
  if (!Array.isArray(state.services)) lost.add('list of services');
  for (const item of list) {
    if (services.length >= MAX_SERVICES) {
      lost.add('service');
      continue;
    }
    const service = salvageService(item, used, lost);
    if (service) {
      used.add(service.id);
      services.push(service);
    }
  }
  const known = new Set(['teamAnswers', 'services', 'weights', 'activeServiceId', 'kbVersion']);
  const unknownKeys = Object.keys(state).filter((key) => !known.has(key));
  if (unknownKeys.length > 0) lost.add('setting', unknownKeys.length);

  if (services.length === 0 && Object.keys(teamAnswers).length === 0) {
    return { kind: 'unreadable', notice: UNREADABLE };
  }
  if (services.length === 0) services.push({ id: 's1', name: '', notes: '', answers: {} });

  const active = typeof state.activeServiceId === 'string' ? state.activeServiceId : '';
  const newer = version > SAVED_STATE_VERSION;
  return {
    kind: 'restored',
    inputs: { teamAnswers, services, weights },
    activeServiceId: used.has(active) ? active : services[0]!.id,
    kbVersion:
      typeof state.kbVersion === 'string' && /^\d+\.\d+\.\d+$/.test(state.kbVersion)
        ? state.kbVersion
        : '1.0.0',
    notice: lost.sentence(newer),
  };
}

function salvageService(item: unknown, used: Set<string>, lost: SalvageLosses): Service | null {
  const parsed = ServiceSchema.safeParse(item);
  if (parsed.success && !used.has(parsed.data.id)) return parsed.data;
  if (!isRecord(item)) {
    lost.add('service');
    return null;
  }
  const idOk = ServiceSchema.shape.id.safeParse(item.id).success && !used.has(item.id as string);
  let id = idOk ? (item.id as string) : '';
  for (let n = used.size + 1; id === ''; n++) if (!used.has(`s${n}`)) id = `s${n}`;
  const text = (value: unknown, max: number, what: string): string => {
    if (typeof value !== 'string') {
      if (value !== undefined) lost.add(what);
      return '';
    }
    if (value.length > max) lost.shorten(what);
    return value.slice(0, max);
  };
  return {
    id,
    name: text(item.name, SERVICE_NAME_MAX, 'service name'),
    notes: text(item.notes, SERVICE_NOTES_MAX, 'note'),
    answers: salvageAnswers(item.answers, lost),
  };
}

function salvageAnswers(value: unknown, lost: SalvageLosses): Record<string, string> {
  const kept: Record<string, string> = {};
  if (!isRecord(value)) {
    if (value !== undefined) lost.add('set of answers');
    return kept;
  }
  for (const [questionId, optionId] of Object.entries(value)) {
    if (PlannerInputsSchema.shape.teamAnswers.safeParse({ [questionId]: optionId }).success) {
      kept[questionId] = optionId as string;
    } else {
      lost.add('answer');
    }
  }
  return kept;
}

/**
 * What salvaging a saved state dropped or shortened, counted by kind, and said in one sentence.
 * (Not the engine's tally of scores: these are losses.)
 */
class SalvageLosses {
  private readonly dropped = new Map<string, number>();
  private readonly shortened = new Map<string, number>();

  add(what: string, count = 1): void {
    this.dropped.set(what, (this.dropped.get(what) ?? 0) + count);
  }

  shorten(what: string): void {
    this.shortened.set(what, (this.shortened.get(what) ?? 0) + 1);
  }

  sentence(newer: boolean): string | null {
    const cause = newer ? ' (it was saved by a newer version of Rust or Go?)' : '';
    const clauses = [
      this.dropped.size > 0 &&
        `${listOf(this.dropped)} could not be read and ${verb(this.dropped)} left out`,
      this.shortened.size > 0 &&
        `${listOf(this.shortened)} ${verb(this.shortened)} too long and ${verb(this.shortened)} shortened`,
    ].filter((clause): clause is string => typeof clause === 'string');
    if (clauses.length === 0) {
      return newer
        ? 'Your answers were saved by a newer version of Rust or Go?; all of them were restored.'
        : null;
    }
    return `Part of your saved work could not be restored${cause}: ${clauses.join('; ')}. Everything else is as you left it.`;
  }
}

/** "2 answers and 1 weight". */
function listOf(counts: Map<string, number>): string {
  const plural = (what: string) =>
    what.includes(' of ') ? what.replace(/^(\w+)/, '$1s') : `${what}s`;
  const parts = [...counts].map(([what, n]) => (n === 1 ? `1 ${what}` : `${n} ${plural(what)}`));
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function verb(counts: Map<string, number>): string {
  return [...counts.values()].reduce((a, b) => a + b, 0) === 1 ? 'was' : 'were';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
