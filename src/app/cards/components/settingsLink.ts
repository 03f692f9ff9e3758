/**
 * The address of THIS app's settings page (its settings extension, `settings-hsmeta.json`) in the
 * portal the card runs in, from the extension's context (HubSpot's context reference:
 * `portal.id`, `portal.dataHostingLocation`, `extension.appId`). HubSpot documents no URL for the
 * page; an installed developer-platform app lives at
 * `integrations-settings/{portal}/installed/framework/{appId}/…` (HubSpot's own CLI 8.14 opens its
 * `app-cards` tab there, `lib/app/urls.js`) and the settings extension is its `general-settings`
 * tab. docs/deploy.md ("Settings link") says how this was checked and what to check on a real
 * portal. Without an app id: the portal's list of connected apps.
 */
export function appSettingsUrl(context: {
  portal: { id: number; dataHostingLocation?: string };
  extension?: { appId: number | string };
}): string {
  const { id, dataHostingLocation: region } = context.portal;
  // Accounts outside na1 are served from their own host (app-eu1.hubspot.com, …).
  const host = !region || region === 'na1' ? 'app' : `app-${region}`;
  const installed = `https://${host}.hubspot.com/integrations-settings/${id}/installed`;
  const appId = context.extension?.appId;
  return appId ? `${installed}/framework/${appId}/general-settings` : installed;
}
