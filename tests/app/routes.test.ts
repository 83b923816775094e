import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import { paths, routes } from '../../src/app/routes';

const match = (pattern: string, path: string) => matchRoute(parse, pattern, path);

/** Each link builder, called as the app calls it, with the route that must open it and its params. */
const cases: [string, string, keyof typeof routes, Record<string, string | undefined>][] = [
  ['home', paths.home(), 'home', {}],
  ['blank start', paths.start(), 'start', { presetId: undefined }],
  ['worked example', paths.start('ledger'), 'start', { presetId: 'ledger' }],
  ['services', paths.services(), 'services', {}],
  ['portfolio', paths.portfolio(), 'portfolio', {}],
  ['a step', paths.step('svc-1', 3), 'step', { serviceId: 'svc-1', step: '3', from: undefined }],
  [
    'a step from the review',
    paths.changeStep('svc-1', 3),
    'step',
    { serviceId: 'svc-1', step: '3', from: 'from-review' },
  ],
  ['review', paths.review('svc-1'), 'review', { serviceId: 'svc-1' }],
  ['result', paths.result('svc-1'), 'result', { serviceId: 'svc-1' }],
  ['a shared plan', paths.link('AbC-_1'), 'link', { payload: 'AbC-_1', serviceId: undefined }],
  [
    'a shared plan at one service',
    paths.link('AbC-_1', 'svc-2'),
    'link',
    { payload: 'AbC-_1', serviceId: 'svc-2' },
  ],
  ['open a file', paths.openFile(), 'openFile', {}],
  ['evidence library', paths.evidence(), 'evidence', {}],
  ['an evidence entry', paths.evidence('gc-pauses'), 'evidenceItem', { itemId: 'gc-pauses' }],
  [
    'a criterion entry',
    paths.criterionEvidence('latency'),
    'evidenceItem',
    { itemId: 'criterion-latency' },
  ],
  ['report', paths.report(), 'report', { mode: undefined }],
  ['report, printing', paths.report(true), 'report', { mode: 'print' }],
  ['one service’s report', paths.serviceReport('svc-1'), 'serviceReport', { serviceId: 'svc-1' }],
  [
    'one service’s report, printing',
    paths.serviceReport('svc-1', true),
    'serviceReport',
    { serviceId: 'svc-1', mode: 'print' },
  ],
  ['team view', paths.team(), 'team', { members: undefined }],
  ['team view with members', paths.team('m1.m2'), 'team', { members: 'm1.m2' }],
  ['comparison', paths.compare(), 'compare', {}],
  [
    'comparison with another plan, before it is opened',
    paths.compareWith(),
    'compareWith',
    { payload: undefined },
  ],
  [
    'comparison with another plan',
    paths.compareWith('AbC-_1'),
    'compareWith',
    { payload: 'AbC-_1', here: undefined, there: undefined },
  ],
  [
    'comparison with another plan, services picked',
    paths.compareWith('AbC-_1', 's2', 's5'),
    'compareWith',
    { payload: 'AbC-_1', here: 's2', there: 's5' },
  ],
];

describe('routes and the links that reach them', () => {
  it.each(cases)('%s: the link opens its route with its params', (_, path, route, params) => {
    const [matched, found] = match(routes[route], path);
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
      const first = order.find((r) => match(routes[r], path)[0]);
      expect(first, name).toBe(route);
    }
  });
});
