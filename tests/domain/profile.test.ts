import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import {
  applyProfile,
  decodeProfile,
  profileRules,
  profileWeights,
  type Profile,
  profileHash,
  withProfile,
} from '../../src/domain/profile';
import { recommend } from '../../src/domain/recommend';
import { verdictLanguage } from '../../src/domain/score';

const kb = getKnowledgeBase();
const base: Profile = { format: 'rust-or-go-profile', formatVersion: 1, name: 'Acme' };
const open = (fields: Record<string, unknown>) =>
  decodeProfile(kb, JSON.stringify({ ...base, ...fields }));
const preset = (id: string) => kb.presets.find((p) => p.id === id)!;
const opened = (profile: Profile) => ({ profile, hash: profileHash(profile) });

describe('organisation profile', () => {
  it('opens a valid profile with a short hash that ignores key order', () => {
    const a = decodeProfile(kb, JSON.stringify({ ...base, rings: { rust: 'trial', go: 'adopt' } }));
    const b = decodeProfile(
      kb,
      `\uFEFF${JSON.stringify({ rings: { go: 'adopt', rust: 'trial' }, ...base })}`,
    );
    expect(a.ok && a.value.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(a.ok && b.ok && a.value.hash === b.value.hash).toBe(true);
    const c = open({ rings: { rust: 'assess', go: 'adopt' } });
    expect(a.ok && c.ok && a.value.hash !== c.value.hash).toBe(true);
  });

  it.each([
    [{ format: 'something-else' }, 'format'],
    [{ formatVersion: 2 }, 'formatVersion'],
    [{ name: '' }, 'name'],
    [{ rings: { rust: 'hold', go: 'hold' } }, 'rings › go'],
    [{ maxRuntimes: 0 }, 'maxRuntimes'],
    [{ weights: { latency: 6 } }, 'Weights › latency'],
    [{ weights: { 'no-such-criterion': 1 } }, 'Weights › no-such-criterion'],
    [{ evidence: [{ claim: 'x', sourceTitle: 'y', date: 'last year' }] }, 'evidence › 0 › date'],
  ])('refuses %j, naming %s', (fields, field) => {
    const result = open(fields);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.field)).toContain(field);
  });

  it.each([
    ['not JSON', '{"format": ', /^The profile is not JSON \(.+\): a profile is a JSON object/],
    [
      'too large',
      `{"name": "${'x'.repeat(300_000)}"}`,
      /^The profile has 300,012 characters; a profile can have at most 262,144\.$/,
    ],
    [
      'a web page',
      '<!doctype html><html><body>Not found</body></html>',
      /^The profile is a web page \(HTML\)/,
    ],
    [
      'UTF-16 read as UTF-8',
      '\uFFFD\uFFFD{\u0000"\u0000f\u0000',
      /^The profile is not UTF-8 text \(it looks like UTF-16\)/,
    ],
    [
      'a wrong field',
      JSON.stringify({ ...base, maxRuntimes: 0 }),
      /^The profile is not valid: the fields below are wrong\.$/,
    ],
    [
      'both languages on hold',
      JSON.stringify({ ...base, rings: { rust: 'hold', go: 'hold' } }),
      /puts both languages on hold/,
    ],
    [
      'an unknown criterion',
      JSON.stringify({ ...base, weights: { nope: 1 } }),
      /weighs a criterion this knowledge base does not have/,
    ],
  ])('says why a profile that is %s is refused', (_, text, summary) => {
    const result = decodeProfile(kb, text);
    expect(!result.ok && result.summary).toMatch(summary);
  });

  it('turns rings into rules: hold rules out, assess costs more than trial, adopt adds none', () => {
    expect(profileRules({ ...base, rings: { rust: 'adopt', go: 'adopt' } })).toEqual([]);
    const [hold] = profileRules({ ...base, rings: { go: 'hold' } });
    expect(hold).toMatchObject({ kind: 'rule-out', language: 'go' });
    expect(hold!.sentence).toContain('“Acme” puts Go on hold');
    const [trial] = profileRules({ ...base, rings: { rust: 'trial' } });
    const [assess] = profileRules({ ...base, rings: { rust: 'assess' } });
    expect(trial?.kind === 'adoption-cost' && assess?.kind === 'adoption-cost').toBe(true);
    if (trial?.kind === 'adoption-cost' && assess?.kind === 'adoption-cost')
      expect(assess.closeCallMargins).toBeGreaterThan(trial.closeCallMargins);
  });

  it('lets the plan’s own weights win over the profile’s defaults', () => {
    expect(profileWeights({ ...base, weights: { latency: 5, hiring: 1 } }, { latency: 2 })).toEqual(
      { latency: 2, hiring: 1 },
    );
  });

  it('rules a held language out, and says the hold turned the verdict only where it did', () => {
    const hold = opened({ ...base, rings: { rust: 'hold' } });
    const rust = preset('auth-token-service').answers;
    const held = applyProfile(kb, hold, rust, {});
    expect(held.verdict).toEqual({
      kind: 'ruled-out',
      language: 'go',
      dealBreakerIds: ['profile-hold-rust'],
      byProfile: 'rust',
    });
    expect(held.applied[0]?.decisive).toBe(true);
    // The engine itself scored it: no answer change can lift an organisation's hold.
    expect(held.recommendation.flips.answers.kind).toBe('none');

    const go = kb.presets.find((p) => p.expected === 'go')!.answers;
    const kept = applyProfile(kb, hold, go, {});
    expect(verdictLanguage(kept.verdict)).toBe('go');
    expect(kept.applied[0]?.decisive).toBe(false);
  });

  it('leaves no language when a deal-breaker rules out the other one', () => {
    const hold = opened({ ...base, rings: { rust: 'hold' } });
    // A hard tail deadline under a sub-10 ms budget: the knowledge base rules Go out.
    const answers = {
      ...preset('auth-token-service').answers,
      'tail-spikes': 'no',
      'latency-budget': 'under-10ms',
    };
    expect(recommend(kb, answers).verdict.kind).toBe('ruled-out');
    expect(applyProfile(kb, hold, answers, {}).verdict).toMatchObject({
      kind: 'conflict',
      byProfile: 'rust',
    });
  });

  it('takes an adoption cost from the score, towards the other language', () => {
    const answers = preset('auth-token-service').answers;
    const r = recommend(kb, answers);
    const trial = applyProfile(kb, opened({ ...base, rings: { rust: 'trial' } }), answers, {});
    expect(trial.score).toBeLessThan(r.score);
    expect(trial.score).toBeCloseTo(r.score - kb.scoring.closeCallMargin * r.maxScore, 9);
    const goTrial = applyProfile(kb, opened({ ...base, rings: { go: 'trial' } }), answers, {});
    expect(goTrial.score).toBeGreaterThan(r.score);
  });

  it('makes its weights the defaults, under the plan’s own overrides', () => {
    const profile = opened({ ...base, weights: { latency: 1 } });
    const derived = withProfile(kb, profile);
    expect(derived.criteria.find((c) => c.id === 'latency')?.defaultWeight).toBe(1);
    expect(withProfile(kb, profile)).toBe(derived);
  });
});

describe('the README', () => {
  it('shows a profile example that opens', () => {
    const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```json\n([\s\S]*?)```/g)];
    const example = blocks.map((m) => m[1]!).find((b) => b.includes('"rust-or-go-profile"'));
    expect(example).toBeDefined();
    expect(decodeProfile(kb, example!).ok).toBe(true);
  });
});
