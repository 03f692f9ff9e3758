import { describe, expect, it } from 'vitest';
import { appSettingsUrl } from '../../src/app/cards/components/settingsLink';

/** The card's "Open the app's settings" link, built from the extension's context. */
describe('the link to this app’s settings page', () => {
  it('opens the settings tab of this app in this portal', () => {
    expect(appSettingsUrl({ portal: { id: 4410377 }, extension: { appId: 28600665 } })).toBe(
      'https://app.hubspot.com/integrations-settings/4410377/installed/framework/28600665/general-settings',
    );
    expect(
      appSettingsUrl({
        portal: { id: 4410377, dataHostingLocation: 'na1' },
        extension: { appId: '28600665' },
      }),
    ).toBe(
      'https://app.hubspot.com/integrations-settings/4410377/installed/framework/28600665/general-settings',
    );
  });

  it('uses the host of the account’s data center outside na1', () => {
    expect(
      appSettingsUrl({
        portal: { id: 139000123, dataHostingLocation: 'eu1' },
        extension: { appId: 28600665 },
      }),
    ).toBe(
      'https://app-eu1.hubspot.com/integrations-settings/139000123/installed/framework/28600665/general-settings',
    );
  });

  it('falls back to the portal’s connected apps when the context names no app', () => {
    expect(appSettingsUrl({ portal: { id: 4410377 } })).toBe(
      'https://app.hubspot.com/integrations-settings/4410377/installed',
    );
  });
});
