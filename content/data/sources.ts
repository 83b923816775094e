import type { Source } from '../schema';

/**
 * The five public articles the knowledge base is built from, with the site that publishes each
 * (`publisher`) and its public address. No author is given where the page names none.
 */
export const sources: Source[] = [
  {
    id: 'language-choice',
    title: 'Rust vs Go for Backends: Language choice',
    kind: 'guide',
    publisher: 'novaaiops.com',
    url: 'https://novaaiops.com/blog/rust-vs-go',
    seedFile: '000_f9b2117f0fe9352e.txt',
    contributes:
      'Classifying a workload by risk profile, weighting by team fluency, build-time footprint, recording the choice with the conditions that would reopen it, and why every extra runtime compounds.',
  },
  {
    id: 'backend-comparison',
    title: 'Rust vs Go for Backend Development (comparison)',
    kind: 'comparison',
    publisher: 'opensoft.asia',
    url: 'https://opensoft.asia/compare/rust-vs-go',
    seedFile: '001_38acbad5954a146c.txt',
    contributes:
      'The feature axes: performance, memory safety, learning curve, concurrency, compile speed, ecosystem, error handling and cloud-native fit.',
  },
  {
    id: 'when-each-wins',
    title: 'Rust vs Go for Backend APIs, When Each One Wins',
    kind: 'benchmark-post',
    publisher: 'muhammadamal.my.id',
    url: 'https://muhammadamal.my.id/blog/rust-vs-go-backend-api/',
    seedFile: '002_4f3bfebec586bb7d.txt',
    contributes:
      'Matched billing-API implementations measured side by side (code size, build and test times, throughput, latency, memory, CPU), hiring, when to reach for each, the bar for a rewrite, AI-assisted development and common pitfalls.',
  },
  {
    id: 'high-load-2025',
    title: 'Rust vs. Go: Choosing a Backend Language for High-Load Systems in 2025',
    kind: 'forum-post',
    date: '2025',
    publisher: 'XMTP Improve forum (improve.xmtp.org)',
    url: 'https://improve.xmtp.org/t/rust-vs-go-choosing-a-backend-language-for-high-load-systems-in-2025/1932',
    seedFile: '003_0c69c112d720d477.txt',
    contributes:
      'CPU-bound versus I/O-bound work, garbage-collector latency spikes, and the domains each language is typically chosen for.',
  },
  {
    id: 'eternal-struggle',
    title: 'The Eternal Struggle: Speed of Development vs. Speed of Execution',
    kind: 'blog-post',
    publisher: 'ajmani.dev',
    url: 'https://ajmani.dev/go-vs-rust-for-microservices/',
    seedFile: '004_ed81040636f1cab8.txt',
    contributes:
      'The microservices view: velocity against efficiency, tail latency and constrained hardware, the hybrid architecture, and starting with Go when unsure.',
  },
];
