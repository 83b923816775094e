/**
 * Every page of the app as a `{ pattern, href }` pair: `pattern` is what the router in
 * src/app/app.tsx matches, `href` builds the address that reaches it, side by side so that the two
 * cannot drift apart (tests/routes.test.ts opens every `href` with its own `pattern`). It imports
 * nothing, so every layer that links to a page may import it (features, components, the command
 * line) without importing the shell or each other. Routes live in the URL fragment (hash routing).
 */

/** Where a step was opened from: the review's "Change" makes Back and Next return to the review. */
export interface StepOptions {
  fromReview?: boolean;
}

/** The evidence library's entry for a criterion (its `itemId` in `routes.evidence`). */
export const criterionItemId = (criterionId: string) => `criterion-${criterionId}`;

export const routes = {
  home: { pattern: '/', href: () => '/' },
  /**
   * Starts over, blank or from a worked example (a preset id). A plain link, so that it works
   * before the app has run; the landing page asks first when it would replace saved work.
   */
  start: {
    pattern: '/start/:presetId?',
    href: (presetId?: string) => (presetId ? `/start/${presetId}` : '/start'),
  },
  services: { pattern: '/services', href: () => '/services' },
  portfolio: { pattern: '/portfolio', href: () => '/portfolio' },
  step: {
    pattern: '/services/:serviceId/questions/:step/:from?',
    href: (serviceId: string, step: number, { fromReview = false }: StepOptions = {}) =>
      `/services/${serviceId}/questions/${step}${fromReview ? '/from-review' : ''}`,
  },
  review: {
    pattern: '/services/:serviceId/review',
    href: (serviceId: string) => `/services/${serviceId}/review`,
  },
  result: {
    pattern: '/services/:serviceId/result',
    href: (serviceId: string) => `/services/${serviceId}/result`,
  },
  /** A shared plan; `serviceId` picks the result to open (the first service when absent). */
  link: {
    pattern: '/link/:payload?/:serviceId?',
    href: (payload: string, serviceId?: string) =>
      `/link/${payload}${serviceId ? `/${serviceId}` : ''}`,
  },
  openFile: { pattern: '/open', href: () => '/open' },
  /** The decision log of a folder of decision files, opened in the browser. */
  decisions: { pattern: '/decisions', href: () => '/decisions' },
  /** The evidence library, or one entry of it (an evidence id), scrolled to and focused. */
  evidence: {
    pattern: '/evidence/:itemId?',
    href: (itemId?: string) => (itemId ? `/evidence/${itemId}` : '/evidence'),
  },
  /** The printable report of every service; `print` opens the browser's print dialog on arrival. */
  report: {
    pattern: '/report/:mode?',
    href: (print = false) => (print ? '/report/print' : '/report'),
  },
  /** The printable report of one service. */
  serviceReport: {
    pattern: '/services/:serviceId/report/:mode?',
    href: (serviceId: string, print = false) =>
      `/services/${serviceId}/report${print ? '/print' : ''}`,
  },
  /** The team view: blank to gather members, or with the members' plans (see team-link.ts). */
  team: {
    pattern: '/team/:members?',
    href: (members?: string) => (members ? `/team/${members}` : '/team'),
  },
  /** The services of the plan on screen side by side. */
  compare: { pattern: '/compare', href: () => '/compare' },
  /**
   * A service of this plan beside its version in another plan (a link payload; without one, the
   * form that brings the other plan in); `here` and `there` pick the services (this plan's first
   * and its counterpart when absent; `there` only with `here`).
   */
  compareWith: {
    pattern: '/compare/with/:payload?/:here?/:there?',
    href: (payload?: string, here?: string, there?: string) =>
      ['/compare/with', payload, here, there].filter(Boolean).join('/'),
  },
} as const;
