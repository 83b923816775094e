/**
 * The build renders the landing page into index.html (see src/prerender.tsx). The app hydrates
 * that HTML only when the address asks for the landing page; any other address is rendered
 * afresh. `public/boot.js` makes the same test to hide the landing's HTML meanwhile: keep the two
 * in step.
 *
 * A start address (#/start, #/start/<presetId>) shows the landing page too: its links lead there
 * when they are followed before the app runs. Hydration renders the address the build rendered
 * ("/", the router's server snapshot), so the HTML matches, and the app moves on to the start
 * address right after.
 */
export const PRERENDERED_HASH = /^#?\/?(?:start(?:\/[^/]+)?)?$/;

export function showsPrerenderedPage(hash: string): boolean {
  return PRERENDERED_HASH.test(hash);
}
