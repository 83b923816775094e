import { render } from '@testing-library/react';
import { App } from '../../src/app/app';

/** Renders the whole app at an address, as a browser opening `#<hash>` would. */
export function renderAt(hash: string) {
  window.location.hash = hash;
  return render(<App />);
}
