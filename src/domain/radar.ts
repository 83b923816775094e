/**
 * An organisation profile from a technology radar the organisation already keeps, so it need not
 * be retyped. Three public formats are read:
 *
 * - Thoughtworks "Build your own radar" CSV: a header row `name,ring,quadrant,isNew,description`,
 *   the ring a name (Adopt, Trial, Assess, Hold); descriptions are HTML in quoted fields that may
 *   hold commas, doubled quotes and line breaks, so the CSV is read with a real parser (papaparse).
 * - The Zalando tech radar's JSON: `{ "entries": [{ "label", "quadrant", "ring", "moved" }] }`,
 *   the ring an index into the radar's `rings` (ADOPT, TRIAL, ASSESS, HOLD unless the file names
 *   its own).
 * - Backstage's tech-radar plugin JSON: `{ "rings": [{ "id", "name" }], "entries": [{ "title",
 *   "ring" } or { "title", "timeline": [{ "ringId", "date" }] }] }`, the ring the entry's own or its
 *   latest timeline entry's; Backstage's default first ring is "use", read as adopt.
 *
 * Entries named Rust or Go (also Golang, any case) give the profile's rings; everything else is
 * counted and ignored. Kept out of the domain's barrel: only the command line and the profile
 * import page load it (and the CSV parser with it).
 */
import Papa from 'papaparse';
import type { Language } from '../../content';
import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION, type Profile, type Ring } from './profile';

export type RadarKind = 'byor-csv' | 'zalando-json' | 'backstage-json';

export const RADAR_KIND_NAME: Record<RadarKind, string> = {
  'byor-csv': 'Thoughtworks “Build your own radar” CSV',
  'zalando-json': 'Zalando tech radar JSON',
  'backstage-json': 'Backstage tech-radar JSON',
};

export type RadarResult =
  | {
      ok: true;
      kind: RadarKind;
      profile: Profile;
      /** Entries that are neither Rust nor Go. */
      ignored: number;
      /** What the radar said of each language, as found ("Adopt", "use"). */
      found: Partial<Record<Language, string>>;
    }
  | { ok: false; message: string };

const LANGUAGE_NAMES: Record<string, Language> = { rust: 'rust', go: 'go', golang: 'go' };

/** A radar's ring name as a profile ring: Backstage's "use" is adopt. */
function ringOf(name: string): Ring | null {
  const ring = name.trim().toLowerCase();
  if (ring === 'adopt' || ring === 'use') return 'adopt';
  if (ring === 'trial' || ring === 'assess' || ring === 'hold') return ring;
  return null;
}

interface Entry {
  name: string;
  ring: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromByor(text: string): { entries: Entry[] } | { error: string } {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('name') || !fields.includes('ring')) {
    return {
      error:
        'The CSV has no "name" and "ring" columns (expected name,ring,quadrant,isNew,description).',
    };
  }
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken)
    return { error: `The CSV cannot be read: ${broken.message} (row ${broken.row ?? '?'}).` };
  return { entries: parsed.data.map((row) => ({ name: row.name ?? '', ring: row.ring ?? '' })) };
}

function fromZalando(raw: Record<string, unknown>, entries: unknown[]): Entry[] {
  const rings = Array.isArray(raw.rings)
    ? raw.rings.map((r) => (isRecord(r) && typeof r.name === 'string' ? r.name : ''))
    : ['ADOPT', 'TRIAL', 'ASSESS', 'HOLD'];
  return entries.flatMap((e) =>
    isRecord(e) && typeof e.label === 'string' && typeof e.ring === 'number'
      ? [{ name: e.label, ring: rings[e.ring] ?? '' }]
      : [],
  );
}

function fromBackstage(raw: Record<string, unknown>, entries: unknown[]): Entry[] {
  const names = new Map<string, string>();
  if (Array.isArray(raw.rings)) {
    for (const r of raw.rings) {
      if (isRecord(r) && typeof r.id === 'string') {
        names.set(r.id, typeof r.name === 'string' ? r.name : r.id);
      }
    }
  }
  const ringName = (id: string) => {
    // A ring id the standard names know is read as such ("use"); else the ring's display name.
    return ringOf(id) ? id : (names.get(id) ?? id);
  };
  return entries.flatMap((e) => {
    if (!isRecord(e) || typeof e.title !== 'string') return [];
    if (typeof e.ring === 'string') return [{ name: e.title, ring: ringName(e.ring) }];
    if (!Array.isArray(e.timeline)) return [];
    const latest = e.timeline
      .flatMap((t) =>
        isRecord(t) && typeof t.ringId === 'string'
          ? [{ ringId: t.ringId, date: typeof t.date === 'string' ? t.date : '' }]
          : [],
      )
      .sort((a, b) => b.date.localeCompare(a.date))[0];
    return latest ? [{ name: e.title, ring: ringName(latest.ringId) }] : [];
  });
}

/** Which radar `text` is and its entries, or why it is not one of the three. */
function readEntries(text: string): { kind: RadarKind; entries: Entry[] } | { error: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const csv = fromByor(body);
    return 'error' in csv ? csv : { kind: 'byor-csv', entries: csv.entries };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { error: `The radar is not JSON: ${error instanceof Error ? error.message : ''}` };
  }
  const record = isRecord(raw) ? raw : { entries: raw };
  const entries = Array.isArray(record.entries) ? record.entries : null;
  if (!entries) return { error: 'The radar JSON has no "entries" list.' };
  const zalando = entries.some(
    (e) => isRecord(e) && typeof e.label === 'string' && typeof e.ring === 'number',
  );
  if (zalando) return { kind: 'zalando-json', entries: fromZalando(record, entries) };
  const backstage = entries.some((e) => isRecord(e) && typeof e.title === 'string');
  if (backstage) return { kind: 'backstage-json', entries: fromBackstage(record, entries) };
  return {
    error:
      'The radar JSON\'s entries are neither Zalando\'s ("label", "ring" as a number) nor Backstage\'s ("title", "ring" or "timeline").',
  };
}

/**
 * The organisation profile a radar gives, named `name`: its rings for Rust and Go. Fails when the
 * radar cannot be read, names neither language, or gives a ring no radar convention has.
 */
export function profileFromRadar(text: string, name: string): RadarResult {
  const read = readEntries(text);
  if ('error' in read) return { ok: false, message: read.error };
  const rings: Partial<Record<Language, Ring>> = {};
  const found: Partial<Record<Language, string>> = {};
  let ignored = 0;
  for (const entry of read.entries) {
    const language = Object.hasOwn(LANGUAGE_NAMES, entry.name.trim().toLowerCase())
      ? LANGUAGE_NAMES[entry.name.trim().toLowerCase()]
      : undefined;
    if (!language) {
      ignored++;
      continue;
    }
    const ring = ringOf(entry.ring);
    if (!ring) {
      return {
        ok: false,
        message: `The radar puts ${entry.name.trim()} in the ring "${entry.ring}", which is not Adopt, Trial, Assess or Hold.`,
      };
    }
    rings[language] = ring;
    found[language] = entry.ring.trim();
  }
  if (!rings.rust && !rings.go) {
    return {
      ok: false,
      message: `The radar (${RADAR_KIND_NAME[read.kind]}, ${ignored} ${ignored === 1 ? 'entry' : 'entries'}) has no entry for Rust or Go (or Golang), so it gives no profile.`,
    };
  }
  return {
    ok: true,
    kind: read.kind,
    ignored,
    found,
    profile: {
      format: PROFILE_FORMAT,
      formatVersion: PROFILE_FORMAT_VERSION,
      name: name.trim().slice(0, 80) || 'Technology radar',
      rings: { ...(rings.rust ? { rust: rings.rust } : {}), ...(rings.go ? { go: rings.go } : {}) },
    },
  };
}
