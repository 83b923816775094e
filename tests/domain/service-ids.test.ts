import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { decodeAnswersFile } from '../../src/domain/answers-file';
import { normalizeInputs } from '../../src/domain/inputs';

const kb = getKnowledgeBase();
const service = (id: string, name: string) => ({ id, name, notes: '', answers: {} });

describe('service ids used twice', () => {
  it('get fresh ids, each change reported, the first keeping its own', () => {
    const { inputs, dropped } = normalizeInputs(kb, {
      teamAnswers: {},
      services: [service('s1', 'a'), service('s1', 'b'), service('s3', 'c'), service('s1', '')],
      weights: {},
    });
    expect(inputs.services.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(dropped.map((d) => d.field)).toEqual(['Service “b”', 'Service 4']);
  });

  it('in an answers file: refused, naming the service whose id is taken', () => {
    const result = decodeAnswersFile(
      kb,
      JSON.stringify({
        format: 'rust-or-go-answers',
        formatVersion: 1,
        knowledgeBaseVersion: kb.version,
        teamAnswers: {},
        services: [service('s2', 'first'), service('s2', 'second')],
        weights: {},
      }),
    );
    expect(!result.ok && result.reason).toEqual({
      kind: 'invalid',
      issues: [
        { field: expect.stringContaining('Service 2'), message: expect.stringMatching(/"s2"/) },
      ],
    });
  });

  it('malformed ids are refused with the field named', () => {
    const result = decodeAnswersFile(
      kb,
      JSON.stringify({
        format: 'rust-or-go-answers',
        formatVersion: 1,
        knowledgeBaseVersion: kb.version,
        teamAnswers: {},
        services: [service('__proto__', 'x')],
        weights: {},
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.kind).toBe('invalid');
  });
});
