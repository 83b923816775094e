import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { recordFileName, recordTitle, slugify } from '../../src/domain/record-file-name';
import { reportModel } from '../../src/domain/report-model';

const kb = getKnowledgeBase();
const options = { date: '2026-11-21', permalink: 'https://rust-or-go.example/#/link/abc' };
const team = { 'team-fluency': 'go', 'team-size': 'under-10', 'runtimes-in-production': 'go-only' };

/** A preset's own answers, without the team's (those are shared by every service). */
const serviceOnly = (presetId: string) =>
  Object.fromEntries(
    Object.entries(kb.presets.find((p) => p.id === presetId)!.answers).filter(
      ([q]) => kb.questions.find((x) => x.id === q)?.scope === 'service',
    ),
  );

const three = {
  teamAnswers: team,
  weights: {},
  services: [
    { id: 's1', name: 'billing-api', notes: '', answers: serviceOnly('billing-crud-api') },
    {
      id: 's2',
      name: 'image-resizer',
      notes: '',
      // A hard tail deadline under a sub-10 ms budget: a deal-breaker decides this one.
      answers: { ...serviceOnly('image-resizer'), 'tail-spikes': 'no' },
    },
    { id: 's3', name: '  ', notes: '', answers: serviceOnly('internal-admin-tool') },
  ],
};

describe('report model', () => {
  it('has every service’s verdict, margin, reasons, flips and triggers, in order', () => {
    const report = reportModel(kb, three, options);
    expect(report.title).toBe('Decision report: 3 services');
    expect(report.knowledgeBase).toBe(`${kb.version} (${kb.date})`);
    expect(report.permalink).toBe(options.permalink);
    expect(report.services.map((s) => [s.position, s.name, s.view.headline])).toEqual([
      [1, 'billing-api', 'Go'],
      [2, 'image-resizer', 'Rust — Go is ruled out'],
      [3, 'Unnamed service', 'Go'],
    ]);
    for (const service of report.services) {
      const { view } = service;
      expect(view.score).toMatch(/^Score: .+ out of a possible [\d.]+ either way\.$/);
      // The lead in points, never in percent.
      expect(view.detail).toMatch(/leads by [\d.]+ points? of a possible|A deal-breaker rules/);
      expect(view.detail).not.toMatch(/%/);
      expect(view.confidence.sentence).toMatch(/confidence: \d+ of \d+ questions answered/);
      expect(view.stability?.sentence).toMatch(/holds in \d+ of 100 plausible variations\.$/);
      expect(view.reasons.length).toBeGreaterThan(0);
      for (const reason of view.reasons) {
        expect(reason.sources.length).toBeGreaterThan(0);
        expect(reason.points).toMatch(/^[+−]\d+\.\d$/);
      }
      // Every answer given is listed on paper, as given.
      expect(view.answers.given.length).toBeGreaterThan(0);
      expect(view.flips.weightSentence.length).toBeGreaterThan(0);
      // Neither a repeated flip row nor a weight change is a revisit trigger.
      for (const id of ['flip-answers', 'flip-events', 'flip-weight']) {
        expect(view.triggers.map((t) => t.id)).not.toContain(id);
      }
      expect(view.review.sentence).toMatch(/^Review by \d{4}-\d{2}-\d{2} \(\d+ months?, for/);
      expect(view.triggers.length).toBeGreaterThan(0);
    }
  });

  it('lists every article any part of the report cites, once, in the knowledge base’s order', () => {
    const report = reportModel(kb, three, options);
    const cited = new Set(
      report.services.flatMap((s) => [
        ...s.view.reasons.flatMap((r) => r.sources),
        ...s.view.notes.flatMap((n) => n.sources),
        ...s.view.triggers.flatMap((t) => (t.source ? [t.source] : [])),
      ]),
    );
    for (const cost of report.portfolio?.costs ?? []) cited.add(cost.source);
    expect(report.sources).toEqual(kb.sources.map((s) => s.title).filter((t) => cited.has(t)));
  });

  it('sums up the portfolio when there are several services, and not for one', () => {
    const report = reportModel(kb, three, options);
    expect(report.portfolio?.headline).toBe('3 services, 2 runtimes in production');
    expect(report.portfolio?.rows.map((r) => r.verdict)).toEqual([
      'Go',
      'Rust (deal-breaker)',
      'Go',
    ]);
    expect(report.portfolio?.costs).toHaveLength(kb.runtimeCosts.length);
    expect(report.portfolio?.loneRuntimes).toEqual([
      expect.stringMatching(/^image-resizer alone brings Rust into production/),
    ]);

    const one = reportModel(kb, { ...three, services: three.services.slice(0, 1) }, options);
    expect(one.title).toBe('Decision report: billing-api');
    expect(one.portfolio).toBeNull();
  });

  it('quotes a lead only where the score decides: not for a deal-breaker, nor a service not started', () => {
    const plan = {
      ...three,
      services: [...three.services, { id: 's4', name: 'not-yet', notes: '', answers: {} }],
    };
    const rows = reportModel(kb, plan, options).portfolio!.rows;
    // The image resizer's hard tail deadline rules Go out: a deal-breaker decides, whatever the lead.
    expect(rows[1]).toMatchObject({ lead: 'Decided by a rule' });
    expect(rows[0]?.lead).toMatch(/^[\d.]+ points?$/);
    expect(rows[3]).toMatchObject({ verdict: 'Not started', lead: '—', confidence: '—' });
  });

  it('explains a held gate and keeps Go for a rewrite “because it is faster”', () => {
    const report = reportModel(
      kb,
      {
        ...three,
        services: [
          { id: 's1', name: 'orders', notes: '', answers: serviceOnly('rewrite-because-faster') },
        ],
      },
      options,
    );
    const [orders] = report.services;
    expect(orders?.view.headline).toMatch(/^Keep Go/);
    expect(orders?.view.notes[0]?.title).toMatch(/not cleared$/);
    expect(orders?.view.notes[0]?.sources.length).toBeGreaterThan(0);
    expect(orders?.view.flips.weightSentence).toMatch(/holds this verdict whatever the weights/);
  });
});

describe('decision record file names', () => {
  it.each([
    ['billing-api', ['go'], 1, '0001-build-billing-api-in-go.md'],
    ['Billing API (v2)', ['rust'], 7, '0007-build-billing-api-v2-in-rust.md'],
    ['Café Über-Service', ['go'], 12, '0012-build-cafe-uber-service-in-go.md'],
    ['../../etc/passwd', ['go'], 1, '0001-build-etc-passwd-in-go.md'],
    ['<script>', ['go'], 1, '0001-build-script-in-go.md'],
    ['   ', ['go'], 1, '0001-build-service-in-go.md'],
    ['画像', ['rust'], 9999, '9999-build-in-rust.md'],
    ['billing-api', ['go'], 0, '0001-build-billing-api-in-go.md'],
    ['billing-api', ['go'], 123456, '9999-build-billing-api-in-go.md'],
  ] as const)('%s, number %s → %s', (name, languages, number, expected) => {
    expect(recordFileName(recordTitle(name, languages, true), number)).toBe(expected);
  });

  it('names a portfolio record after its languages, each once', () => {
    expect(recordFileName(recordTitle('portfolio', ['go', 'rust', 'go'], false), 3)).toBe(
      '0003-portfolio-go-rust.md',
    );
  });

  it('keeps long names short and never ends a slug on a hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b c`, 'x');
    expect(slug).toBe('a'.repeat(59));
    expect(slugify('x'.repeat(200), 'y')).toHaveLength(60);
  });
});
