import { lazy } from 'react';

/**
 * The replace question, loaded when first asked: it is never on screen at first paint, and
 * keeping it (with the words that name a plan) out of the first screen's code keeps that within
 * its budget. It imports nothing the first screen does not already have, so loading it apart
 * splits no shared code out of the first screen. Render it inside a Suspense boundary.
 */
export const ReplaceDialog = lazy(() =>
  import('./replace-dialog').then((module) => ({ default: module.ReplaceDialog })),
);
