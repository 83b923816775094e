import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { recordFileName, recordTitle, slugify } from '../../src/domain/record-file-name';
import { reportModel } from '../../src/domain/report-model';
import { serviceAnswersOf, workedExamplesPlan } from '../support/plans';

const kb = getKnowledgeBase();
const options = { date: '2026-11-21', permalink: 'https://rust-or-go.example/#/link/abc' };
const three = workedExamplesPlan(['billing-api', 'image-resizer', '  ']);

describe('report model', () => {
  it('has every service’s verdict, margin, reasons, flips and triggers, in order', () => {
    const report = reportModel(kb, three, options);
    expect(report.title).toBe('Decision report: 3 services');
    expect(report.knowledgeBase).toBe(`${kb.version} (${kb.date})`);
    expect(report.permalink).toBe(options.permalink);
    expect(report.services.map((s) => [s.position, s.name, s.verdict])).toEqual([
      [1, 'billing-api', 'Go'],
      [2, 'image-resizer', 'Rust — Go is ruled out'],
      [3, 'Unnamed service', 'Go'],
    ]);
    for (const service of report.services) {
      expect(service.margin).toMatch(/^Score: .+ out of a possible [\d.]+ either way\.$/);
      expect(service.verdictDetail).toMatch(
        /leads by \d+% of the largest possible score|A deal-breaker rules/,
      );
      expect(service.confidence).toMatch(/confidence: \d+ of \d+ questions answered/);
      expect(service.reasons.length).toBeGreaterThan(0);
      for (const reason of service.reasons) {
        expect(reason.sources.length).toBeGreaterThan(0);
        expect(reason.points).toMatch(/^[+−]\d+\.\d$/);
      }
      // Some way to flip it, or a word on why none is listed.
      expect(service.flips.rows.length > 0 || service.flips.weightNote !== null).toBe(true);
      // A trigger that repeats a row of the flip table is not listed again.
      expect(service.triggers.map((t) => t.id)).not.toContain('flip-answers');
      expect(service.review).toMatch(/^Review by \d{4}-\d{2}-\d{2} \(\d+ months/);
      expect(service.triggers.length).toBeGreaterThan(0);
    }
  });

  it('lists every article any part of the report cites, once, in the knowledge base’s order', () => {
    const report = reportModel(kb, three, options);
    const cited = new Set(
      report.services.flatMap((s) => [
        ...s.reasons.flatMap((r) => r.sources),
        ...s.notes.flatMap((n) => n.sources),
        ...s.triggers.flatMap((t) => (t.source ? [t.source] : [])),
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
    // The image resizer's pauses break it: a deal-breaker decides, whatever the lead.
    expect(rows[1]).toMatchObject({ lead: 'Decided by a rule' });
    expect(rows[0]?.lead).toMatch(/^\d+%$/);
    expect(rows[3]).toMatchObject({ verdict: 'Not started', lead: '—', confidence: '—' });
  });

  it('explains a held gate and keeps Go for a rewrite “because it is faster”', () => {
    const report = reportModel(
      kb,
      {
        ...three,
        services: [
          {
            id: 's1',
            name: 'orders',
            notes: '',
            answers: serviceAnswersOf('rewrite-because-faster'),
          },
        ],
      },
      options,
    );
    const [orders] = report.services;
    expect(orders?.verdict).toMatch(/^Keep Go/);
    expect(orders?.notes[0]?.title).toMatch(/not cleared$/);
    expect(orders?.notes[0]?.sources.length).toBeGreaterThan(0);
    expect(orders?.flips.weightNote).toMatch(/holds this verdict whatever the weights/);
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
