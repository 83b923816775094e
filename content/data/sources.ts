import type { Source } from '../schema';

/** The five public articles the knowledge base is built from. */
export const sources: Source[] = [
  {
    id: 'language-choice',
    title: 'Rust vs Go for Backends: Language choice',
    kind: 'guide',
    seedFile: '000_f9b2117f0fe9352e.txt',
    contributes:
      'Classifying a workload by risk profile, weighting by team fluency, build-time footprint, recording the choice with the conditions that would reopen it, and why every extra runtime compounds.',
  },
  {
    id: 'backend-comparison',
    title: 'Rust vs Go for Backend Development (comparison)',
    kind: 'comparison',
    seedFile: '001_38acbad5954a146c.txt',
    contributes:
      'The feature axes: performance, memory safety, learning curve, concurrency, compile speed, ecosystem, error handling and cloud-native fit.',
  },
  {
    id: 'when-each-wins',
    title: 'Rust vs Go for Backend APIs, When Each One Wins',
    kind: 'benchmark-post',
    seedFile: '002_4f3bfebec586bb7d.txt',
    contributes:
      'Matched billing-API implementations measured side by side (code size, build and test times, throughput, latency, memory, CPU), hiring, when to reach for each, the bar for a rewrite, AI-assisted development and common pitfalls.',
  },
  {
    id: 'high-load-2025',
    title: 'Rust vs. Go: Choosing a Backend Language for High-Load Systems in 2025',
    kind: 'forum-post',
    date: '2025',
    seedFile: '003_0c69c112d720d477.txt',
    contributes:
      'CPU-bound versus I/O-bound work, garbage-collector latency spikes, and the domains each language is typically chosen for.',
  },
  {
    id: 'eternal-struggle',
    title: 'The Eternal Struggle: Speed of Development vs. Speed of Execution',
    kind: 'blog-post',
    seedFile: '004_ed81040636f1cab8.txt',
    contributes:
      'The microservices view: velocity against efficiency, tail latency and constrained hardware, the hybrid architecture, and starting with Go when unsure.',
  },
];
