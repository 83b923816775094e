/**
 * Renders the landing page to HTML at build time, for index.html (see vite.config.ts), so the
 * first screen paints before any JavaScript runs; src/main.tsx then hydrates it.
 *
 * It renders the app as a first visit sees it: no saved work (the store starts empty on the
 * server and zustand hands hydration that same initial state), the system colour theme, the
 * address "#/". Whatever depends on the visitor's browser appears right after hydration.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { loadKnowledgeBase } from './state/knowledge-base';

export async function renderLandingPage(): Promise<string> {
  // The landing's worked examples and the footer wait for content: have it ready, and fail the
  // build loudly if it is invalid.
  const content = await loadKnowledgeBase();
  if (!content.ok) {
    const list = content.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    throw new Error(`The knowledge base is invalid:\n${list}`);
  }
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
