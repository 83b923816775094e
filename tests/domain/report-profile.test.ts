/** The printed report and the decision record with an organisation profile applied. */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { decodeProfile, withProfile, type OpenedProfile } from '../../src/domain/profile';
import { serviceDecisionRecord } from '../../src/domain/decision-record';
import { portfolioDecisionRecord } from '../../src/domain/portfolio-record';
import { reportModel } from '../../src/domain/report-model';

const kb = getKnowledgeBase();
const presetAnswers = (id: string) => kb.presets.find((p) => p.id === id)!.answers;

function open(fields: Record<string, unknown>): OpenedProfile {
  const result = decodeProfile(
    kb,
    JSON.stringify({
      format: 'rust-or-go-profile',
      formatVersion: 1,
      name: 'Acme platform',
      ...fields,
    }),
  );
  if (!result.ok) throw new Error(result.summary);
  return result.value;
}

const acme = open({
  rings: { rust: 'trial' },
  weights: { 'operational-consolidation': 5 },
  maxRuntimes: 1,
});
const plan = {
  teamAnswers: {},
  weights: {},
  services: [
    { id: 's1', name: 'billing-api', notes: '', answers: presetAnswers('billing-crud-api') },
    { id: 's2', name: 'edge-proxy', notes: '', answers: presetAnswers('edge-proxy') },
  ],
};
const reportOptions = { date: '2026-11-21', permalink: 'https://rust-or-go.example/#/link/abc' };
const recordOptions = {
  date: '2026-11-21',
  status: 'accepted' as const,
  decisionMakers: [],
  permalink: 'https://rust-or-go.example/#/link/abc',
};

describe('the report with an organisation profile', () => {
  it('names the profile with its hash, and says none without one', () => {
    const report = reportModel(kb, plan, { ...reportOptions, profile: acme });
    expect(report.profile).toMatchObject({ name: 'Acme platform', hash: acme.hash });
    expect(report.profile?.effect).toContain('has Rust in trial');
    expect(reportModel(kb, plan, reportOptions).profile).toBeNull();
  });

  it('scores every service with the profile, not without it', () => {
    const profiled = reportModel(kb, plan, { ...reportOptions, profile: acme });
    const plain = reportModel(kb, plan, reportOptions);
    const byProfileKb = reportModel(withProfile(kb, acme), plan, reportOptions);
    expect(profiled.services.map((s) => [s.view.headline, s.view.score])).toEqual(
      byProfileKb.services.map((s) => [s.view.headline, s.view.score]),
    );
    expect(profiled.services.map((s) => s.view.score)).not.toEqual(
      plain.services.map((s) => s.view.score),
    );
    // The trial ring's adoption cost is a part of its own, and the parts add up to the net.
    for (const { view } of profiled.services) {
      expect(view.parts.some((p) => p.kind === 'profile')).toBe(true);
      const sum = view.parts.reduce((total, p) => total + p.value, 0);
      expect(sum).toBeCloseTo(view.net, 6);
    }
  });

  it('warns when the verdicts mean more runtimes than the profile allows', () => {
    const report = reportModel(kb, plan, { ...reportOptions, profile: acme });
    const languages = new Set(report.services.map((s) => s.language));
    expect(languages).toEqual(new Set(['go', 'rust']));
    expect(report.profile?.runtimeWarning).toContain('allows at most 1 runtime in production');
  });
});

describe('the decision record with an organisation profile', () => {
  const service = { name: 'edge-proxy', notes: '', answers: presetAnswers('edge-proxy') };
  const held = open({ rings: { rust: 'hold' } });

  it('names the profile and its hash, and is scored with it', () => {
    const record = serviceDecisionRecord(kb, service, {}, { ...recordOptions, profile: held });
    expect(record).toContain(`The organisation profile “Acme platform” (${held.hash}) applies`);
    expect(record).toContain(`* Organisation profile applied: “Acme platform” (${held.hash}).`);
    expect(record).toContain(
      '**Deal-breaker: On hold in the organisation profile ‘Acme platform’ — rules out Rust.**',
    );
    expect(record).not.toContain('(Sources: .)');
    expect(record).toMatch(/^# Build edge-proxy in Go$/m);
  });

  it('is the record it was without a profile when none applies', () => {
    const record = serviceDecisionRecord(kb, service, {}, recordOptions);
    expect(record).not.toContain('Organisation profile');
    expect(record).toMatch(/^# Build edge-proxy in Rust$/m);
  });

  it('warns in the portfolio record when its verdicts pass the profile’s runtime limit', () => {
    const record = portfolioDecisionRecord(kb, plan, { ...recordOptions, profile: acme });
    expect(record).toContain(
      '**Warning:** The organisation profile “Acme platform” allows at most 1 runtime in production',
    );
    expect(portfolioDecisionRecord(kb, plan, recordOptions)).not.toContain('**Warning:**');
  });

  it('names it in the portfolio record too, with the profile’s verdicts', () => {
    const record = portfolioDecisionRecord(kb, plan, { ...recordOptions, profile: held });
    expect(record).toContain(`* Organisation profile applied: “Acme platform” (${held.hash}).`);
    expect(record).toMatch(/^# Build all 2 services in Go$/m);
  });
});
