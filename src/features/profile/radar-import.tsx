import { useState, type ChangeEvent } from 'react';
import { getKnowledgeBase } from '../../../content';
import { downloadFile } from '../../components/download-file';
import { decodeProfile } from '../../domain/profile';
import { decodeFileBytes } from '../../domain/file-text';

/**
 * "Import a radar": the organisation's technology radar (a Build-your-own-radar CSV, a Zalando or
 * a Backstage radar JSON) turned into an organisation profile in this browser, as
 * `rust-or-go profile from-radar` does, and offered as profile.json to keep and serve. The radar
 * reader (and its CSV parser) loads only when a radar is chosen.
 */
export function RadarImport() {
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setStatus('');
    setProblem('');
    if (!file) return;
    const { profileFromRadar, RADAR_KIND_NAME } = await import('../../domain/radar');
    const text = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
    const result = profileFromRadar(text, file.name.replace(/\.(csv|json)$/i, ''));
    if (!result.ok) return setProblem(`“${file.name}”: ${result.message}`);
    const json = `${JSON.stringify(result.profile, null, 2)}\n`;
    const valid = decodeProfile(getKnowledgeBase(), json);
    if (!valid.ok) {
      return setProblem(
        `“${file.name}” gives a profile that is not valid: ${valid.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}.`,
      );
    }
    downloadFile(json, 'profile.json', 'application/json');
    const found = Object.entries(result.found)
      .map(([l, ring]) => `${l === 'rust' ? 'Rust' : 'Go'} in ${ring}`)
      .join(', ');
    setStatus(
      `Read ${RADAR_KIND_NAME[result.kind]}: ${found}; ${result.ignored} other ${result.ignored === 1 ? 'entry' : 'entries'} ignored. Downloaded profile.json (“${result.profile.name}”, ${valid.value.hash}): open it above, or serve it next to index.html.`,
    );
  };

  return (
    <div className="profile__open">
      <label htmlFor="radar-file">Import a radar</label>
      <p className="field__hint" id="radar-file-hint">
        A Thoughtworks “Build your own radar” CSV, or a Zalando or Backstage radar JSON.
      </p>
      <input
        id="radar-file"
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby="radar-file-hint"
        onChange={(e) => void choose(e)}
      />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p role="status">{status}</p>
    </div>
  );
}
