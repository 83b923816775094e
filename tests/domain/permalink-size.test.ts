/**
 * How long links are, and why the encoding is what it is. The limits are the product's promise
 * (one fully answered service: at most 200 characters of fragment; ten with names: at most 600).
 * The comparison re-measures the candidates the encoding was chosen from, so the choice stays
 * justified as the knowledge base grows; the README quotes these figures.
 */
import { deflateRawSync } from 'node:zlib';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, linkTables } from '../../content';
import type { PlannerInputs } from '../../src/domain/inputs';
import { encodePermalink } from '../../src/domain/permalink/permalink';
import { routes } from '../../src/routes';

const kb = getKnowledgeBase();

/** Every question of a scope answered, picking a different option for each seed. */
function answerAll(scope: 'team' | 'service', seed: number): Record<string, string> {
  const answers: Record<string, string> = {};
  kb.questions
    .filter((q) => q.scope === scope)
    .forEach((q, i) => {
      answers[q.id] = q.options[(seed + i) % q.options.length]!.id;
    });
  return answers;
}

const NAMES = [
  'billing-api',
  'auth-token-service',
  'edge-proxy (eu-west)',
  'search indexer',
  'orders',
  'notifications-gateway',
  'payments ledger',
  'image-resizer',
  'k8s-operator',
  'admin console',
];

function plan(count: number): PlannerInputs {
  return {
    teamAnswers: answerAll('team', 0),
    services: Array.from({ length: count }, (_, i) => ({
      id: `s${i + 1}`,
      name: count === 1 ? 'Billing CRUD API' : (NAMES[i] ?? `service ${i + 1}`),
      notes: '',
      answers: answerAll('service', i * 3),
    })),
    weights: {},
  };
}

/** The fragment of a link: everything after "#". */
const fragmentOf = (payload: string) => routes.link.href(payload).length;

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** Every candidate encoding, as the length of the fragment it gives. */
function candidates(inputs: PlannerInputs): Record<string, number> {
  const positional = encodePermalink(kb, inputs, linkTables);
  const bytes = Buffer.from(positional, 'base64url');
  const json = Buffer.from(JSON.stringify(inputs));
  return {
    'positional, base64url (chosen)': fragmentOf(positional),
    'positional + deflate, base64url': fragmentOf(base64url(deflateRawSync(bytes, { level: 9 }))),
    'positional + lz-string': fragmentOf(
      LZString.compressToEncodedURIComponent(String.fromCharCode(...bytes)),
    ),
    'JSON with ids, base64url': fragmentOf(base64url(json)),
    'JSON with ids + deflate, base64url': fragmentOf(base64url(deflateRawSync(json, { level: 9 }))),
    'JSON with ids + lz-string': fragmentOf(
      LZString.compressToEncodedURIComponent(JSON.stringify(inputs)),
    ),
  };
}

describe('link length', () => {
  it('one fully answered service fits in 200 characters of fragment', () => {
    const payload = encodePermalink(kb, plan(1), linkTables);
    expect(fragmentOf(payload)).toBeLessThanOrEqual(200);
  });

  it('ten fully answered services with names fit in 600 characters of fragment', () => {
    const payload = encodePermalink(kb, plan(10), linkTables);
    // Opening another service than the first adds its id ("/s10").
    expect(routes.link.href(payload, 's10').length).toBeLessThanOrEqual(600);
  });

  it('the chosen encoding is the shortest of the candidates measured', () => {
    for (const count of [1, 10]) {
      const lengths = candidates(plan(count));
      console.info(`fragment lengths, ${count} fully answered service(s):`, lengths);
      const chosen = lengths['positional, base64url (chosen)']!;
      expect(Math.min(...Object.values(lengths))).toBe(chosen);
    }
  });
});
