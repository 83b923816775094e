import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { serviceDecisionRecord } from '../../src/domain/decision-record';
import { portfolioDecisionRecord } from '../../src/domain/portfolio-record';
import { addMonths } from '../../src/domain/record-parts';
import { escapeInline, quoteBlock } from '../../src/domain/markdown';
import {
  billingApi,
  fullImageResizerAnswers,
  goOnlyTeam,
  imageResizer,
  presetAnswers,
  serviceAnswersOf,
  workedExamplesPlan,
} from '../support/plans';

const kb = getKnowledgeBase();
const billing = presetAnswers('billing-crud-api');
const options = {
  date: '2026-11-21',
  status: 'accepted' as const,
  decisionMakers: ['Ana Lima', 'Bo'],
  permalink: 'https://rust-or-go.example/#/link/abc',
};

/** Renders Markdown as GitHub would (CommonMark + GFM), without allowing raw HTML. */
const render = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe('MADR decision record', () => {
  it('matches the snapshot for a fixed state', () => {
    const record = serviceDecisionRecord(
      kb,
      { name: 'billing-api', notes: 'Invoices and subscriptions.', answers: billing },
      { latency: 3 },
      options,
    );
    expect(record).toMatchSnapshot();
  });

  it('states the lead once: in the verdict’s sentence, not again in the confidence', () => {
    const record = serviceDecisionRecord(
      kb,
      { name: 'billing-api', notes: '', answers: billing },
      {},
      options,
    );
    expect(record.match(/leads by \d+% of the largest possible score/g)).toHaveLength(1);
    expect(record).toMatch(
      /confidence: \d+ of \d+ questions answered \(\d+% of what carries weight\)/,
    );
    expect(record).not.toMatch(/ahead by/);
  });

  it('has every MADR part the decision needs', () => {
    const record = serviceDecisionRecord(
      kb,
      { name: 'billing-api', notes: '', answers: billing },
      {},
      options,
    );
    expect(
      record.startsWith(
        '---\nstatus: accepted\ndate: 2026-11-21\ndecision-makers: ["Ana Lima", "Bo"]\n---\n',
      ),
    ).toBe(true);
    for (const heading of [
      '# Build billing-api in Go',
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '### Confirmation',
      '## Revisit Triggers',
      '## More Information',
    ]) {
      expect(record).toContain(`\n${heading}\n`);
    }
    expect(record).toContain('| Team fluency | 4 | −4.0 |');
    // Reviewed sooner the less sure the verdict: months from the knowledge base, by confidence.
    expect(record).toMatch(/Review by 2027-(05|11)-21/);
    expect(record).toContain('<https://rust-or-go.example/#/link/abc>');
    expect(record).toContain(`Knowledge base version ${kb.version}`);
  });

  it('omits decision-makers when none are given and marks changed weights', () => {
    const record = serviceDecisionRecord(
      kb,
      { name: 'x', notes: '', answers: billing },
      { latency: 3 },
      { ...options, decisionMakers: [] },
    );
    expect(record).not.toContain('decision-makers');
    expect(record).toContain('| Latency budget and tail sensitivity | 3 (default 5) |');
  });

  it('keeps hostile names and notes inert', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '`rm -rf` | pipe | ',
      'evil\n# Heading\n- item',
      '[click](javascript:alert(1))',
      '](javascript:alert(1))',
      '<script>alert(1)</script>',
      '- starts like a list',
      '1. starts like a numbered list',
    ];
    for (const name of hostile) {
      const record = serviceDecisionRecord(
        kb,
        { name, notes: `${name}\n\`\`\`\n${name}`, answers: billing },
        {},
        options,
      );
      const html = render(record);
      expect(html, name).not.toMatch(/<img|<script|href="javascript:/i);
      // The title stays one heading and the drivers table keeps its 12 rows of 3 cells.
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html.match(/<tr>/g)).toHaveLength(13);
      expect(html).not.toContain('<pre>');
      // What the user typed still reads as typed once rendered (line breaks become spaces).
      const visible = name.replace(/\n/g, ' ');
      expect(decode(html), name).toContain(visible.trim());
    }
  });
});

describe('what an architect files', () => {
  // A hot path for a Go team: Rust wins, with team fluency and more pulling against it.
  const answers = {
    ...presetAnswers('image-resizer'),
    'team-fluency': 'go',
  };
  const record = serviceDecisionRecord(kb, { name: 'resizer', notes: '', answers }, {}, options);
  const section = (title: string) => record.split(`\n### ${title}\n`)[1]?.split('\n## ')[0] ?? '';

  it('gives each cost of the choice a mitigation from the knowledge base', () => {
    const consequences = section('Consequences').split('\n### ')[0]!;
    const known = (kb.consequences ?? []).filter((c) => c.chosen === 'rust');
    const bad = consequences.split('\n').filter((line) => line.startsWith('* Bad, because'));
    expect(bad.length).toBeGreaterThan(0);
    for (const entry of known.filter((c) => consequences.includes(c.consequence.slice(1, 40)))) {
      expect(consequences).toContain(`  * Mitigation: ${entry.mitigation}`);
    }
    expect(consequences.match(/^ {2}\* Mitigation: /gm)?.length).toBeGreaterThan(0);
  });

  it('lists pros and cons for each option', () => {
    expect(record).toContain('## Pros and Cons of the Options');
    expect(section('Rust')).toMatch(/^\* Good, because /m);
    expect(section('Go')).toMatch(/^\* Good, because /m);
    expect(section('Go')).toMatch(/^\* Bad, because /m);
  });

  it('keeps the languages’ names capitalised and the Markdown free of needless escapes', () => {
    const billingRecord = serviceDecisionRecord(
      kb,
      { name: 'billing-api', notes: 'About ~6 weeks; p99 < 10 ms & fine.', answers: billing },
      {},
      options,
    );
    expect(billingRecord).not.toMatch(/because (go|rust)\b/);
    expect(billingRecord).toContain('> About ~6 weeks; p99 < 10 ms & fine.');
  });
});

describe('escaping helpers', () => {
  it('escapes inline markup and leading markers', () => {
    expect(escapeInline('a|b')).toBe('a\\|b');
    expect(escapeInline('- x')).toBe('\\- x');
    expect(escapeInline('2. x')).toBe('2\\. x');
    expect(escapeInline('line\nbreak')).toBe('line break');
    expect(quoteBlock('a\n> b')).toBe('> a\n> \\> b');
  });

  it('shows a bidirectional control as its code point, so a name cannot read backwards', () => {
    expect(escapeInline('\u202Egnp.exe')).toBe('(U+202E)gnp.exe');
    expect(quoteBlock('a\u2066b\u2069')).toBe('> a(U+2066)b(U+2069)');
  });

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-21', 3)).toBe('2027-02-21');
    expect(addMonths('2026-11-21', 12)).toBe('2027-11-21');
  });
});

/** The text of rendered HTML, with entities decoded, as a reader would see it. */
function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('portfolio decision record', () => {
  const team = goOnlyTeam();
  const input = (names: [string, string, string]) => {
    const plan = workedExamplesPlan(names);
    plan.services[1]!.notes = 'Decodes untrusted images.';
    return plan;
  };

  it('matches the snapshot for a fixed three-service portfolio', () => {
    expect(
      portfolioDecisionRecord(kb, input(['billing-api', 'image-resizer', 'admin']), options),
    ).toMatchSnapshot();
  });

  it('shows every verdict, the runtime count and each extra runtime’s cost', () => {
    const record = portfolioDecisionRecord(
      kb,
      input(['billing-api', 'image-resizer', 'admin']),
      options,
    );
    expect(record).toContain('# Choose the language per service: Go for 2, Rust for 1');
    expect(record).toContain('| billing-api | Go |');
    expect(record).toContain('| image-resizer | Rust (deal-breaker) |');
    expect(record).toContain('**3 services, 2 runtimes in production.**');
    for (const cost of kb.runtimeCosts) expect(record).toContain(cost.label);
    expect(record).toContain('### image-resizer: Rust (deal-breaker)');
  });

  it('names what a lone runtime would give up by the criteria’s own labels, capitals kept', () => {
    const record = portfolioDecisionRecord(
      kb,
      {
        teamAnswers: team,
        weights: {},
        services: [
          billingApi({ answers: serviceAnswersOf('billing-crud-api') }),
          imageResizer({ answers: fullImageResizerAnswers() }),
        ],
      },
      options,
    );
    expect(record).toContain('**image-resizer alone brings in Rust, by a small margin**');
    expect(record).toContain('“CPU-bound or I/O-bound” (+5.0)');
    expect(record).not.toMatch(/cpu-bound|i\/o-bound/);
  });

  it('keeps hostile names inert here too', () => {
    const html = render(
      portfolioDecisionRecord(
        kb,
        input(['<img src=x onerror=alert(1)>', '](javascript:alert(1))', 'a | b\n# c']),
        options,
      ),
    );
    expect(html).not.toMatch(/<img|<script|href="javascript:/i);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(decode(html)).toContain('<img src=x onerror=alert(1)>');
  });
});
