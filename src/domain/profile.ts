/**
 * An organisation profile: an organisation's own stance, stated once for every decision, in a small
 * versioned file the app and the command line apply visibly to every result.
 *
 *   {
 *     "format": "rust-or-go-profile",
 *     "formatVersion": 1,
 *     "name": "Acme platform group",
 *     "rings": { "rust": "trial", "go": "adopt" },    each language's ring on the technology radar
 *     "weights": { "operational-consolidation": 5 },  criterion id → 0–5: the organisation's defaults
 *     "maxRuntimes": 1,                                runtimes the organisation will run in production
 *     "evidence": [ { "claim": "…", "figure": "…", "sourceTitle": "…", "date": "2026-09" } ]
 *   }
 *
 * Rings follow the Thoughtworks radar convention, expressed as data in `RING_EFFECTS`: "hold" rules
 * the language out for new work; "assess" and "trial" raise the cost of adopting it (the language
 * must lead by one more close-call margin on trial, two more on assess); "adopt" changes nothing.
 *
 * This module is pure: `profileRules` turns a profile into rules (data), and `withProfile` turns
 * those into the knowledge base the one engine scores with — a hold becomes a deal-breaker, an
 * adoption cost a standing lean — so verdict, confidence and flips all see the profile.
 */
import * as z from 'zod/mini';
import type { Answers, KnowledgeBase, Language } from '../../content';
import { LANGUAGE_NAME } from './words';
import { issuesFromZod, type Issue } from './issues';
import { isCalendarDateOrPart } from './calendar-date';
import { forbiddenKeyIssues } from './json-keys';
import type { Portfolio } from './portfolio';
import { recommend, type Recommendation } from './recommend';
import { otherLanguage, verdictLanguage, type Verdict } from './engine';
import type { Weights } from './weights';

export const PROFILE_FORMAT = 'rust-or-go-profile';
export const PROFILE_FORMAT_VERSION = 1;
/** A profile is a few hundred bytes; this is far above any real one. */
export const PROFILE_MAX_CHARS = 262_144;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));

export const RingSchema = z.enum(['adopt', 'trial', 'assess', 'hold']);
export type Ring = z.infer<typeof RingSchema>;

export const ProfileEvidenceSchema = z.strictObject({
  claim: z.string().check(z.minLength(1), z.maxLength(600)),
  /** The figure behind the claim, as the organisation measured it ("p99 38 ms at 4k rps"). */
  figure: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  sourceTitle: z.string().check(z.minLength(1), z.maxLength(200)),
  date: z
    .string()
    .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')),
});
export type ProfileEvidence = z.infer<typeof ProfileEvidenceSchema>;

export const ProfileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  formatVersion: z.literal(PROFILE_FORMAT_VERSION),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Not both on hold (checked by `decodeProfile`: no decision would be left to make). */
  rings: z.optional(z.strictObject({ rust: z.optional(RingSchema), go: z.optional(RingSchema) })),
  weights: z.optional(z.record(id, z.number().check(z.gte(0), z.lte(5)))),
  maxRuntimes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
  evidence: z.optional(z.array(ProfileEvidenceSchema).check(z.maxLength(50))),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A validated profile and the short hash that names this exact version of it. */
export interface OpenedProfile {
  profile: Profile;
  /** Eight hex digits over the profile's content: shown with its name on every result. */
  hash: string;
}

/**
 * Which profile was applied, as results, reports, records and links name it: its name and its
 * short hash (two versions of one profile share a name, never a hash).
 */
export interface ProfileIdentity {
  name: string;
  hash: string;
}

/** The name and hash of an opened profile. */
export function profileIdentity(opened: OpenedProfile): ProfileIdentity {
  return { name: opened.profile.name, hash: opened.hash };
}

/** How a result names the profile it was scored with: “Acme platform” (a1b2c3d4). */
export function describeProfileIdentity(identity: ProfileIdentity): string {
  return `“${identity.name}” (${identity.hash})`;
}

export type ProfileResult =
  { ok: true; value: OpenedProfile } | { ok: false; summary: string; issues: Issue[] };

/**
 * Reads a profile file. Strict: an unknown key, a weight for a criterion this knowledge base does
 * not have, or a wrong format is refused with field → message. Never throws.
 */
export function decodeProfile(kb: KnowledgeBase, text: string): ProfileResult {
  const unreadable = unreadableProfile(text);
  if (unreadable) return { ok: false, summary: unreadable, issues: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      summary: `The profile is not JSON${detail}: a profile is a JSON object, as the README shows.`,
      issues: [],
    };
  }
  const forbidden = forbiddenKeyIssues(raw, 'Profile');
  if (forbidden.length > 0)
    return { ok: false, summary: 'The profile is not valid:', issues: forbidden };
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      summary: 'The profile is not valid: the fields below are wrong.',
      issues: issuesFromZod(parsed.error, 'Profile'),
    };
  }
  const profile = parsed.data;
  if (profile.rings?.rust === 'hold' && profile.rings.go === 'hold') {
    return {
      ok: false,
      summary: 'The profile is not valid: it puts both languages on hold.',
      issues: [
        {
          field: 'rings › go',
          message: 'cannot put both languages on hold: no decision would be left to make',
        },
      ],
    };
  }
  const badDates = (profile.evidence ?? []).flatMap((e, i) =>
    isCalendarDateOrPart(e.date)
      ? []
      : [
          {
            field: `Evidence › ${i + 1} › date`,
            message: `"${e.date}" is not a date in the calendar`,
          },
        ],
  );
  if (badDates.length > 0)
    return { ok: false, summary: 'The profile is not valid:', issues: badDates };
  const unknown = Object.keys(profile.weights ?? {}).filter(
    (criterionId) => !kb.criteria.some((c) => c.id === criterionId),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      summary: `The profile is not valid: it weighs ${unknown.length === 1 ? 'a criterion' : 'criteria'} this knowledge base does not have.`,
      issues: unknown.map((criterionId) => ({
        field: `Weights › ${criterionId}`,
        message: `no criterion has this id in knowledge base ${kb.version}`,
      })),
    };
  }
  return { ok: true, value: { profile, hash: profileHash(profile) } };
}

/**
 * Why `text` cannot be a profile before it is even parsed, in a sentence that names the cause —
 * too large, a web page, UTF-16 rather than UTF-8 — or null when it may be one.
 */
function unreadableProfile(text: string): string | null {
  if (text.length > PROFILE_MAX_CHARS) {
    return `The profile has ${text.length.toLocaleString('en')} characters; a profile can have at most ${PROFILE_MAX_CHARS.toLocaleString('en')}.`;
  }
  // UTF-16 read as UTF-8: a byte-order mark turned into replacement characters, and a zero
  // byte beside every ASCII character.
  if (text.includes('\u0000') || /^\uFFFD\uFFFD/.test(text)) {
    return 'The profile is not UTF-8 text (it looks like UTF-16): save it as UTF-8.';
  }
  // No JSON starts with "<"; a web page (a host's start page or error page) does.
  if (
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  ) {
    return 'The profile is a web page (HTML), not a profile file: the address may lead to another page.';
  }
  return null;
}

/**
 * FNV-1a (32 bits) over the profile with its keys sorted: the same profile gives the same hash
 * whatever its layout. It names a version of a profile for people; it is not a security check.
 */
export function profileHash(profile: Profile): string {
  let hash = 0x811c9dc5;
  for (const char of canonicalJson(profile)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What each ring does to a decision: the radar convention, as data. An adoption cost is counted in
 * close-call margins (the knowledge base's own unit of "too close to call"), so it scales with
 * the weights and with the knowledge base's settings.
 */
export const RING_EFFECTS: Record<
  Ring,
  { kind: 'none' } | { kind: 'rule-out' } | { kind: 'adoption-cost'; closeCallMargins: number }
> = {
  adopt: { kind: 'none' },
  /** Being tried on real work: the language must lead by one more close-call margin. */
  trial: { kind: 'adoption-cost', closeCallMargins: 1 },
  /** Only being explored: two more. */
  assess: { kind: 'adoption-cost', closeCallMargins: 2 },
  hold: { kind: 'rule-out' },
};

/** A rule a profile adds to every decision, with the sentence that explains it. */
export type ProfileRule =
  | { kind: 'rule-out'; language: Language; ring: 'hold'; sentence: string }
  | {
      kind: 'adoption-cost';
      language: Language;
      ring: 'trial' | 'assess';
      /** The cost, in close-call margins (each a share of the largest possible score). */
      closeCallMargins: number;
      sentence: string;
    };

/** The rules a profile's rings add, in language order (Rust, then Go). */
export function profileRules(profile: Profile): ProfileRule[] {
  const rules: ProfileRule[] = [];
  for (const language of ['rust', 'go'] as const) {
    const ring = profile.rings?.[language];
    if (ring === undefined) continue;
    const effect = RING_EFFECTS[ring];
    const name = LANGUAGE_NAME[language];
    if (effect.kind === 'rule-out' && ring === 'hold') {
      rules.push({
        kind: 'rule-out',
        language,
        ring,
        sentence: `The organisation profile “${profile.name}” puts ${name} on hold: not for new work.`,
      });
    } else if (effect.kind === 'adoption-cost' && (ring === 'trial' || ring === 'assess')) {
      rules.push({
        kind: 'adoption-cost',
        language,
        ring,
        closeCallMargins: effect.closeCallMargins,
        sentence: `The organisation profile “${profile.name}” has ${name} in ${ring}: adopting it costs more (training, tooling, support), so ${name} must lead by more to be chosen.`,
      });
    }
  }
  return rules;
}

/** The weights to score with: the profile's defaults, then the plan's own overrides on top. */
export function profileWeights(
  profile: Profile,
  weights: Readonly<Record<string, number>>,
): Record<string, number> {
  return { ...profile.weights, ...weights };
}

/**
 * The knowledge base as an organisation profile makes it, so that the one engine scores with the
 * profile — verdict, confidence and flips alike:
 * - its weights become the criteria's defaults (a plan's own overrides still win);
 * - a language on hold is a deal-breaker with no condition, which always holds;
 * - the adoption costs of "trial" and "assess" become a standing lean against that language, in
 *   close-call margins (`scoring.bias`).
 * Memoised per knowledge base and profile, so the engine compiles it once.
 */
export function withProfile(kb: KnowledgeBase, opened: OpenedProfile): KnowledgeBase {
  let byHash = profiled.get(kb);
  if (!byHash) profiled.set(kb, (byHash = new Map<string, KnowledgeBase>()));
  const cached = byHash.get(opened.hash);
  if (cached) return cached;
  const rules = profileRules(opened.profile);
  const weights = opened.profile.weights ?? {};
  let bias = 0;
  const adjustments: NonNullable<KnowledgeBase['scoring']['adjustments']> = [];
  for (const rule of rules) {
    if (rule.kind !== 'adoption-cost') continue;
    const lean = rule.closeCallMargins * kb.scoring.closeCallMargin;
    const share = rule.language === 'rust' ? -lean : lean;
    bias += share;
    adjustments.push({
      id: adjustmentId(rule.language),
      label: `${LANGUAGE_NAME[rule.language]} in ${rule.ring} (organisation profile)`,
      share,
      sentence: rule.sentence,
    });
  }
  const derived: KnowledgeBase = {
    ...kb,
    criteria: kb.criteria.map((c) => ({ ...c, defaultWeight: weights[c.id] ?? c.defaultWeight })),
    dealBreakers: [
      ...kb.dealBreakers,
      ...rules.flatMap((rule) =>
        rule.kind === 'rule-out'
          ? [
              {
                id: holdId(rule.language),
                // Single quotes: verdicts quote a deal-breaker's label in double ones.
                label: `On hold in the organisation profile ‘${opened.profile.name}’`,
                when: [],
                rulesOut: rule.language,
                explanation: rule.sentence,
                evidenceIds: [],
                fromProfile: true as const,
              },
            ]
          : [],
      ),
    ],
    scoring: { ...kb.scoring, ...(adjustments.length > 0 ? { bias, adjustments } : {}) },
  };
  byHash.set(opened.hash, derived);
  return derived;
}

const profiled = new WeakMap<KnowledgeBase, Map<string, KnowledgeBase>>();

/** The id of the part a profile's adoption cost for `language` becomes. */
function adjustmentId(language: Language): string {
  return `profile-adoption-cost-${language}`;
}

/** The id of the deal-breaker a profile's hold on `language` becomes. */
function holdId(language: Language): string {
  return `profile-hold-${language}`;
}

/**
 * A verdict after a profile: the engine's own, where `byProfile` names the language the profile
 * put on hold when that hold is among what ruled it out (or made the constraints conflict).
 */
export type ProfiledVerdict = Verdict & { byProfile?: Language };

/** A profile rule as it applied to one recommendation. */
export interface AppliedRule {
  rule: ProfileRule;
  /** Points the adoption cost took from the language's side (0 for a rule-out). */
  points: number;
  /** Whether this rule changed the verdict (the profile as a whole turned it, through this rule). */
  decisive: boolean;
}

export interface ProfiledRecommendation {
  verdict: ProfiledVerdict;
  /** The score with the profile; positive leans Rust. */
  score: number;
  /** |score| over the largest possible score, with the profile. */
  margin: number;
  applied: AppliedRule[];
  /** The whole recommendation with the profile, from the engine. */
  recommendation: Recommendation;
  /** The same answers scored without the profile, to show what it changed. */
  without: Recommendation;
}

/**
 * What a profile makes of one service: its recommendation scored with the profile, and each rule
 * with its cost and whether it turned the verdict (against the same answers scored without it).
 */
export function applyProfile(
  kb: KnowledgeBase,
  opened: OpenedProfile,
  answers: Answers,
  weights: Weights,
): ProfiledRecommendation {
  const without = recommend(kb, answers, weights);
  const recommendation = recommend(withProfile(kb, opened), answers, weights);
  const turned = verdictLanguage(without.verdict) !== verdictLanguage(recommendation.verdict);
  const held = heldBy(recommendation.verdict);
  const applied = profileRules(opened.profile).map((rule): AppliedRule => {
    if (rule.kind === 'rule-out') {
      return { rule, points: 0, decisive: turned && held === rule.language };
    }
    const points = rule.closeCallMargins * kb.scoring.closeCallMargin * recommendation.maxScore;
    return { rule, points, decisive: turned && held === undefined };
  });
  return {
    verdict: held ? { ...recommendation.verdict, byProfile: held } : recommendation.verdict,
    score: recommendation.score,
    margin: recommendation.margin,
    applied,
    recommendation,
    without,
  };
}

/** The language a profile's hold ruled out in this verdict, if a hold is what ruled it out. */
function heldBy(verdict: Verdict): Language | undefined {
  if (verdict.kind !== 'ruled-out' && verdict.kind !== 'conflict') return undefined;
  for (const language of ['rust', 'go'] as const) {
    if (verdict.dealBreakerIds.includes(holdId(language))) return language;
  }
  return undefined;
}

/**
 * The profile's limit on runtimes, read against the runtimes the verdicts (after the profile)
 * would have in production: a warning when they are more than the organisation allows.
 */
export function runtimeLimitWarning(
  profile: Profile,
  portfolio: Pick<Portfolio, 'inProduction'>,
  languages: readonly Language[],
): string | null {
  if (profile.maxRuntimes === undefined) return null;
  const runtimes = new Set<Language>([...(portfolio.inProduction ?? []), ...languages]);
  if (runtimes.size <= profile.maxRuntimes) return null;
  const names = [...runtimes].map((l) => LANGUAGE_NAME[l]).join(' and ');
  return `The organisation profile “${profile.name}” allows at most ${profile.maxRuntimes} ${profile.maxRuntimes === 1 ? 'runtime' : 'runtimes'} in production; these verdicts mean ${runtimes.size} (${names}).`;
}

/**
 * A verdict the profile decided, in words: "Go (Rust ruled out by the organisation profile …)";
 * null when the profile did not decide it (describe it as the engine's verdict).
 */
export function describeProfiledVerdict(verdict: ProfiledVerdict, profile: Profile): string | null {
  if (verdict.byProfile === undefined) return null;
  const held = LANGUAGE_NAME[verdict.byProfile];
  if (verdict.kind === 'ruled-out') {
    return `${LANGUAGE_NAME[verdict.language]} (${held} ruled out by the organisation profile “${profile.name}”)`;
  }
  return `No language: the organisation profile “${profile.name}” puts ${held} on hold, and a deal-breaker rules out ${LANGUAGE_NAME[otherLanguage(verdict.byProfile)]}`;
}
