/**
 * Every route of the app and the links that reach it, declared together: `routes` are the
 * patterns the router in app.tsx matches, `paths` build the addresses features link to. The one
 * module of src/app that features and the command line may import (see eslint.config.js), so
 * they link to each other's pages without importing each other or the shell. Routes live in the
 * URL fragment (hash routing).
 */
export const paths = {
  home: () => '/',
  /**
   * Starts over, blank or from a worked example (a preset id). A plain link, so that it works
   * before the app has run; the landing page asks first when it would replace saved work.
   */
  start: (presetId?: string) => (presetId ? `/start/${presetId}` : '/start'),
  services: () => '/services',
  portfolio: () => '/portfolio',
  step: (serviceId: string, step: number) => `/services/${serviceId}/questions/${step}`,
  /** A step opened from the review's "Change": Back and Next return to the review. */
  changeStep: (serviceId: string, step: number) =>
    `/services/${serviceId}/questions/${step}/from-review`,
  review: (serviceId: string) => `/services/${serviceId}/review`,
  result: (serviceId: string) => `/services/${serviceId}/result`,
  /** A shared plan; `serviceId` picks the result to open (the first service when absent). */
  link: (payload: string, serviceId?: string) =>
    `/link/${payload}${serviceId ? `/${serviceId}` : ''}`,
  openFile: () => '/open',
  /** The decision log of a folder of decision files, opened in the browser. */
  decisions: () => '/decisions',
  /** The evidence library, or one entry of it (an evidence id), scrolled to and focused. */
  evidence: (evidenceId?: string) => (evidenceId ? `/evidence/${evidenceId}` : '/evidence'),
  /** A criterion's entry in the evidence library. */
  criterionEvidence: (criterionId: string) => `/evidence/criterion-${criterionId}`,
  /** The printable report of every service; `print` opens the browser's print dialog on arrival. */
  report: (print = false) => (print ? '/report/print' : '/report'),
  /** The printable report of one service. */
  serviceReport: (serviceId: string, print = false) =>
    `/services/${serviceId}/report${print ? '/print' : ''}`,
  /** The team view: blank to gather members, or with the members' plans (see team-link.ts). */
  team: (members?: string) => (members ? `/team/${members}` : '/team'),
  /** The services of the plan on screen side by side. */
  compare: () => '/compare',
  /**
   * A service of this plan beside its version in another plan (a link payload; without one, the
   * form that brings the other plan in); `here` and `there` pick the services (this plan's first
   * and its counterpart when absent; `there` only with `here`).
   */
  compareWith: (payload?: string, here?: string, there?: string) =>
    ['/compare/with', payload, here, there].filter(Boolean).join('/'),
} as const;

/** Route patterns matching `paths`, for the router. */
export const routes = {
  home: '/',
  start: '/start/:presetId?',
  services: '/services',
  portfolio: '/portfolio',
  step: '/services/:serviceId/questions/:step/:from?',
  review: '/services/:serviceId/review',
  result: '/services/:serviceId/result',
  link: '/link/:payload?/:serviceId?',
  openFile: '/open',
  decisions: '/decisions',
  evidence: '/evidence',
  evidenceItem: '/evidence/:itemId',
  report: '/report/:mode?',
  serviceReport: '/services/:serviceId/report/:mode?',
  team: '/team/:members?',
  compare: '/compare',
  compareWith: '/compare/with/:payload?/:here?/:there?',
} as const;
