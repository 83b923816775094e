import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setAnswer, startOver } from '../../src/state/planner-store';
import { renderAt } from '../support/render-app';
import { threeNamedServices } from '../support/stores';
import { promptOf } from '../support/content';

describe('the team step', () => {
  beforeEach(threeNamedServices);

  it('says its answers are shared by all services, and shows them prefilled for another', async () => {
    setAnswer('s1', 'team-fluency', 'go');
    renderAt('#/services/s3/questions/5');
    expect(
      await screen.findByText(
        /These answers are shared by all 3 services: a change here applies to billing-api and image-resizer too. Answers already given are filled in./,
      ),
    ).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: promptOf('team-fluency') })).getByRole('radio', {
        name: 'Go',
      }),
    ).toBeChecked();
  });

  it('says the answers will be shared by every service added, when there is one', async () => {
    startOver();
    renderAt('#/services/s1/questions/5');
    expect(
      await screen.findByText(/they will be shared by every service you add: you answer them once/),
    ).toBeVisible();
  });
});
