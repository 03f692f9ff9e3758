import { Alert, Link, Select, Text } from '@hubspot/ui-extensions';
import type { StartData } from '../state';

/** Which QuickBooks company the invoice goes to; unusable ones are explained, not hidden. */
export function AccountStep({
  start,
  realmId,
  settingsUrl,
  onChoose,
}: {
  start: StartData;
  realmId: string | null;
  settingsUrl: string;
  onChoose: (realmId: string) => void;
}) {
  const usable = start.companies.filter((company) => company.usable);
  const unusable = start.companies.filter((company) => !company.usable);
  if (start.companies.length === 0) {
    return (
      <Alert title="No QuickBooks company is connected" variant="warning" testId="no-company">
        Connect one on the{' '}
        <Link href={{ url: settingsUrl, external: true }}>app settings page</Link>, then open this
        again.
      </Alert>
    );
  }
  return (
    <>
      <Select
        name="realmId"
        label="QuickBooks company"
        value={realmId ?? undefined}
        options={usable.map((company) => ({
          label: `${company.companyName} (${company.country}, ${company.homeCurrency})`,
          value: company.realmId,
        }))}
        onChange={(value) => onChoose(String(value))}
      />
      {unusable.map((company) => (
        <Text key={company.realmId} variant="microcopy" testId={`unusable-${company.realmId}`}>
          {company.companyName}: {company.reason ?? 'not usable right now'} (
          <Link href={{ url: settingsUrl, external: true }}>settings</Link>)
        </Text>
      ))}
    </>
  );
}
