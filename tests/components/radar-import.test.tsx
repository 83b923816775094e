/** "Import a radar" turns a radar into profile.json in the browser, as the command line does. */
import { readFile } from 'node:fs/promises';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as download from '../../src/components/download-file';
import { RadarImport } from '../../src/features/profile/radar-import';

describe('Import a radar', () => {
  it('downloads the profile a Backstage radar gives, and says what it read', async () => {
    const save = vi.spyOn(download, 'downloadFile').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<RadarImport />);
    const text = await readFile('tests/fixtures/radars/backstage.json', 'utf8');
    await user.upload(
      screen.getByLabelText('Import a radar'),
      new File([text], 'platform-radar.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/Rust in trial, Go in use/)).toHaveTextContent(
      'Rust in trial, Go in use; 1 other entry ignored. Downloaded profile.json',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded profile.json');
    const [json, name] = save.mock.calls[0]!;
    expect(name).toBe('profile.json');
    expect(JSON.parse(json)).toMatchObject({
      name: 'platform-radar',
      rings: { rust: 'trial', go: 'adopt' },
    });
  });

  it('says so when the radar names neither language', async () => {
    const user = userEvent.setup();
    render(<RadarImport />);
    const text = await readFile('tests/fixtures/radars/neither.csv', 'utf8');
    await user.upload(
      screen.getByLabelText('Import a radar'),
      new File([text], 'radar.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('has no entry for Rust or Go');
  });
});
