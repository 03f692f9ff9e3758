/**
 * `npm start`: the offline sandbox. Starts the emulators with demo data on fixed local ports
 * (override with HUBSPOT_EMULATOR_PORT) and prints how to use them. Ctrl+C stops everything.
 */
import { startHubSpotEmulator } from '../test/emulators/hubspot';

const hubspotPort = Number(process.env.HUBSPOT_EMULATOR_PORT ?? 4010);

const hubspot = await startHubSpotEmulator({ port: hubspotPort, seed: 'demo' });

const lines = [
  '',
  'QuickBooks Online invoicing for HubSpot: offline sandbox',
  '',
  `HubSpot CRM emulator   ${hubspot.url}`,
  `  access token         ${hubspot.token}`,
  `  portal id            ${hubspot.portalId}`,
  `  demo deals           published quote ${hubspot.demo.deals.publishedQuote}, expired quote ${hubspot.demo.deals.expiredQuote}, no quote ${hubspot.demo.deals.lineItemsOnly}`,
  `  try                  curl -H "Authorization: Bearer ${hubspot.token}" "${hubspot.url}/crm/v3/objects/deals?properties=dealname,amount"`,
  `  control              POST ${hubspot.url}/__emulator/reset, POST ${hubspot.url}/__emulator/faults, GET ${hubspot.url}/__emulator/requests`,
  '',
  'Point the app functions at it (src/app/functions/.env or your shell):',
  `  PRIVATE_APP_ACCESS_TOKEN=${hubspot.token}`,
  `  EMULATOR_HUBSPOT_API_URL=${hubspot.url}`,
  '',
  'Press Ctrl+C to stop.',
];
console.log(lines.join('\n'));

const stop = () => {
  void hubspot.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
