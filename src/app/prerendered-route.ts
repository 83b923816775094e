/**
 * The build renders the landing page into index.html (see src/prerender.tsx). The app hydrates
 * that HTML only when the address asks for the landing page; any other address is rendered
 * afresh. `public/boot.js` makes the same test to hide the landing's HTML meanwhile: keep the two
 * in step.
 */
export const PRERENDERED_HASH = /^#?\/?$/;

export function showsPrerenderedPage(hash: string): boolean {
  return PRERENDERED_HASH.test(hash);
}
