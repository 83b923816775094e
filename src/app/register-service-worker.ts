/**
 * Registers the service worker that vite-plugin-pwa generates (see vite.config.ts): it precaches
 * every file of the build, lazy chunks included, so the app works offline once loaded. When a
 * newer build has been downloaded, the UpdatePrompt offers to switch to it; the worker waits
 * until then, so a page never runs a mix of old and new files.
 *
 * Imported by src/main.tsx once the page has loaded, off the first screen's path.
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './app-update';

const updateServiceWorker = registerSW({
  // The page has loaded already: no need to wait for the load event again.
  immediate: true,
  onNeedRefresh: () => offerUpdate(() => updateServiceWorker(true)),
});
