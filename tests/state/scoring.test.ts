/** What is scored with the organisation profile outside the result page: the answers file. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { decodeAnswersFile } from '../../src/domain/answers-file';
import { answersFileFor } from '../../src/state/answers-download';
import { applyProfileText, resetSiteProfile } from '../../src/state/profile-store';

const kb = getKnowledgeBase();
const auth = kb.presets.find((p) => p.id === 'auth-token-service')!.answers;
const inputs = {
  teamAnswers: {},
  weights: {},
  services: [{ id: 's1', name: 'auth-tokens', notes: '', answers: auth }],
};
const savedVerdict = async () => {
  const opened = decodeAnswersFile(kb, (await answersFileFor(inputs, new Date(0))).text);
  if (!opened.ok) throw new Error('the file did not open');
  return opened.value.authorVerdicts[0];
};

afterEach(() => {
  resetSiteProfile();
  vi.unstubAllGlobals();
});

const holdProfile = JSON.stringify({
  format: 'rust-or-go-profile',
  formatVersion: 1,
  name: 'Acme',
  rings: { rust: 'hold' },
});

describe('an answers file records the verdicts the result page shows', () => {
  it('without a profile: the knowledge base’s own verdict', async () => {
    expect(await savedVerdict()).toEqual({ kind: 'clear', language: 'rust' });
  });

  it('with a profile applied: the verdict scored with it', async () => {
    applyProfileText(kb, holdProfile, 'file');
    expect(await savedVerdict()).toEqual({ kind: 'ruled-out', language: 'go' });
  });

  it('asked for before the site’s profile has answered: made once it has, scored with it', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const verdict = savedVerdict();
    await Promise.resolve();
    answer(new Response(holdProfile, { headers: { 'content-type': 'application/json' } }));
    expect(await verdict).toEqual({ kind: 'ruled-out', language: 'go' });
  });
});
