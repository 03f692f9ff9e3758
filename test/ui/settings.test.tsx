import {
  Alert,
  Button,
  ErrorState,
  LoadingButton,
  LoadingSpinner,
  StatusTag,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import { SetupPanel } from '../../src/app/settings/components/SetupPanel';
import type { SetupStatus } from '@qbo-invoicing/contract';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

const status = (done: boolean[]): SetupStatus => ({
  done: done.every(Boolean),
  items: done.map((isDone, index) => ({
    key: `item-${index}`,
    label: `Item ${index}`,
    done: isDone,
  })),
});

function renderSettings(script: Parameters<typeof scriptedCall>[0]) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall(script);
  renderer.render(<SetupPanel call={fake.call} />);
  return { ...renderer, calls: fake.calls };
}

describe('settings page: setup', () => {
  it('shows a spinner while it checks', () => {
    const { find } = renderSettings({ 'setup.status': () => new Promise(() => {}) });
    expect(find(LoadingSpinner).props.label).toBe('Checking setup');
  });

  it('lists what is installed and what is missing, and offers to run setup', async () => {
    const { waitFor, find, findAll } = renderSettings({
      'setup.status': ok(status([true, false])),
    });
    await waitFor(() => expect(find(Alert, { testId: 'setup-needed' })).toBeDefined());
    expect(findAll(StatusTag).map((tag) => tag.text)).toEqual(['Installed', 'Missing']);
    expect(find(LoadingButton, { testId: 'run-setup' }).text).toBe('Run setup');
  });

  it('runs setup and reports what it created', async () => {
    const { waitFor, find, findAll, calls } = renderSettings({
      'setup.status': ok(status([false, false])),
      'setup.run': ok({ ...status([true, true]), created: ['Item 0', 'Item 1'] }),
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'run-setup' })).toBeDefined());
    find(LoadingButton, { testId: 'run-setup' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'setup-complete' })).toBeDefined());
    expect(allText(find(Alert, { testId: 'setup-ran' }))).toContain('Created: Item 0, Item 1.');
    expect(findAll(StatusTag).map((tag) => tag.text)).toEqual(['Installed', 'Installed']);
    expect(calls.map((c) => c.op)).toEqual(['setup.status', 'setup.run']);
  });

  it('says when a second run found everything in place', async () => {
    const { waitFor, find } = renderSettings({
      'setup.status': ok(status([true])),
      'setup.run': ok({ ...status([true]), created: [] }),
    });
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'run-setup' }).text).toBe('Run setup again'),
    );
    find(LoadingButton, { testId: 'run-setup' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'setup-ran' }))).toContain(
        'Everything was already in place.',
      ),
    );
  });

  it('explains a failed run and keeps the button to run it again', async () => {
    const { waitFor, find } = renderSettings({
      'setup.status': ok(status([false])),
      'setup.run': failure({ message: 'HubSpot is having trouble right now. Try again.' }),
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'run-setup' })).toBeDefined());
    find(LoadingButton, { testId: 'run-setup' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'setup-failed' })).toBeDefined());
    expect(allText(find(Alert, { testId: 'setup-failed' }))).toContain(
      'Run setup again to finish it.',
    );
    expect(find(LoadingButton, { testId: 'run-setup' }).props.loading).toBe(false);
  });

  it('shows an error with Retry when the status cannot be read', async () => {
    const { waitFor, find, calls } = renderSettings({
      'setup.status': [
        failure({
          code: 'CONFIGURATION',
          message: 'The secret PRIVATE_APP_ACCESS_TOKEN is missing.',
          retryable: false,
        }),
        ok(status([true])),
      ],
    });
    await waitFor(() => expect(find(ErrorState)).toBeDefined());
    expect(allText(find(ErrorState))).toContain('PRIVATE_APP_ACCESS_TOKEN');
    find(Button, { testId: 'retry-status' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'setup-complete' })).toBeDefined());
    expect(calls).toHaveLength(2);
  });
});
