/**
 * Hands the main thread back to the browser until its next task, so a tap or a frame can go
 * first. Start-up work is spread with it: content validation (knowledge-base.ts) and the start
 * of hydration (src/main.tsx).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same, without the 4 ms the browser adds to nested timers: `scheduler.yield()` where the
 * browser has it (Chromium), else a message to this window's own channel.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
