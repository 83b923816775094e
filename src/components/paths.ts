/**
 * Every in-app address in one place, so features link to each other's pages without importing
 * each other. Routes live in the URL fragment (hash routing).
 */
export const paths = {
  home: () => '/',
  step: (serviceId: string, step: number) => `/services/${serviceId}/questions/${step}`,
  review: (serviceId: string) => `/services/${serviceId}/review`,
  result: (serviceId: string) => `/services/${serviceId}/result`,
  /** The evidence library, or one entry of it (an evidence id), scrolled to and focused. */
  evidence: (evidenceId?: string) => (evidenceId ? `/evidence/${evidenceId}` : '/evidence'),
  /** A criterion's entry in the evidence library. */
  criterionEvidence: (criterionId: string) => `/evidence/criterion-${criterionId}`,
} as const;

/** Route patterns matching `paths`, for the router. */
export const routes = {
  home: '/',
  step: '/services/:serviceId/questions/:step',
  review: '/services/:serviceId/review',
  result: '/services/:serviceId/result',
  evidence: '/evidence',
  evidenceItem: '/evidence/:itemId',
} as const;
