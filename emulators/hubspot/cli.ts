import { startHubSpotEmulator } from './index.js';

/** `tsx emulators/hubspot/cli.ts [--port N]`: runs the emulator with demo data. */
function portFromArgs(argv: string[]): number {
  const i = argv.indexOf('--port');
  const raw =
    i >= 0
      ? argv[i + 1]
      : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? process.env.HUBSPOT_EMULATOR_PORT);
  const port = Number(raw ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid port: ${String(raw)}`);
  return port;
}

const emulator = await startHubSpotEmulator({
  port: portFromArgs(process.argv.slice(2)),
  seed: 'demo',
});
console.log(`HubSpot emulator listening on ${emulator.url}`);
console.log(`Access token: ${emulator.token}`);
console.log(`Portal id: ${emulator.portalId}`);

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
