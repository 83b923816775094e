/**
 * Hands the main thread back to the browser until its next task, so a tap or a frame can go
 * first. Start-up work is spread with it: content validation (knowledge-base.ts) and the start
 * of hydration (src/main.tsx).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
