import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import { criterionItemId, routes } from '../src/routes';

const match = (pattern: string, path: string) => matchRoute(parse, pattern, path);

/** Each link builder, called as the app calls it, with the route that must open it and its params. */
const cases: [string, string, keyof typeof routes, Record<string, string | undefined>][] = [
  ['home', routes.home.href(), 'home', {}],
  ['blank start', routes.start.href(), 'start', { presetId: undefined }],
  ['worked example', routes.start.href('ledger'), 'start', { presetId: 'ledger' }],
  ['services', routes.services.href(), 'services', {}],
  ['portfolio', routes.portfolio.href(), 'portfolio', {}],
  [
    'a step',
    routes.step.href('svc-1', 3),
    'step',
    { serviceId: 'svc-1', step: '3', from: undefined },
  ],
  [
    'a step from the review',
    routes.step.href('svc-1', 3, { fromReview: true }),
    'step',
    { serviceId: 'svc-1', step: '3', from: 'from-review' },
  ],
  ['review', routes.review.href('svc-1'), 'review', { serviceId: 'svc-1' }],
  ['result', routes.result.href('svc-1'), 'result', { serviceId: 'svc-1' }],
  [
    'a shared plan',
    routes.link.href('AbC-_1'),
    'link',
    { payload: 'AbC-_1', serviceId: undefined },
  ],
  [
    'a shared plan at one service',
    routes.link.href('AbC-_1', 'svc-2'),
    'link',
    { payload: 'AbC-_1', serviceId: 'svc-2' },
  ],
  ['open a file', routes.openFile.href(), 'openFile', {}],
  ['open decisions', routes.decisions.href(), 'decisions', {}],
  ['evidence library', routes.evidence.href(), 'evidence', { itemId: undefined }],
  ['an evidence entry', routes.evidence.href('gc-pauses'), 'evidence', { itemId: 'gc-pauses' }],
  [
    'a criterion entry',
    routes.evidence.href(criterionItemId('latency')),
    'evidence',
    { itemId: 'criterion-latency' },
  ],
  ['report', routes.report.href(), 'report', { mode: undefined }],
  ['report, printing', routes.report.href(true), 'report', { mode: 'print' }],
  [
    'one service’s report',
    routes.serviceReport.href('svc-1'),
    'serviceReport',
    { serviceId: 'svc-1' },
  ],
  [
    'one service’s report, printing',
    routes.serviceReport.href('svc-1', true),
    'serviceReport',
    { serviceId: 'svc-1', mode: 'print' },
  ],
  ['team view', routes.team.href(), 'team', { members: undefined }],
  ['team view with members', routes.team.href('m1.m2'), 'team', { members: 'm1.m2' }],
  ['comparison', routes.compare.href(), 'compare', {}],
  [
    'comparison with another plan, before it is opened',
    routes.compareWith.href(),
    'compareWith',
    { payload: undefined },
  ],
  [
    'comparison with another plan',
    routes.compareWith.href('AbC-_1'),
    'compareWith',
    { payload: 'AbC-_1', here: undefined, there: undefined },
  ],
  [
    'comparison with another plan, services picked',
    routes.compareWith.href('AbC-_1', 's2', 's5'),
    'compareWith',
    { payload: 'AbC-_1', here: 's2', there: 's5' },
  ],
];

describe('routes and the links that reach them', () => {
  it.each(cases)('%s: the link opens its route with its params', (_, path, route, params) => {
    const [matched, found] = match(routes[route].pattern, path);
    expect(matched).toBe(true);
    expect(found ?? {}).toMatchObject(params);
  });

  it('every route is reached by some link', () => {
    const reached = new Set(cases.map(([, , route]) => route));
    expect(Object.keys(routes).filter((r) => !reached.has(r as keyof typeof routes))).toEqual([]);
  });

  it('no link is also opened by an earlier, different route of the switch', () => {
    const order = Object.keys(routes) as (keyof typeof routes)[];
    for (const [name, path, route] of cases) {
      const first = order.find((r) => match(routes[r].pattern, path)[0]);
      expect(first, name).toBe(route);
    }
  });
});
