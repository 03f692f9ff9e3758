import { Alert, Flex, Link, Select, Text } from '@hubspot/ui-extensions';
import { usableCompanies, type StartData } from '../state';

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
  const usable = usableCompanies(start);
  const unusable = start.companies.filter((company) => !company.usable);
  const settings = (
    <Link href={{ url: settingsUrl, external: true }} testId="settings-link">
      the app settings
    </Link>
  );
  if (start.companies.length === 0) {
    return (
      <Alert title="No QuickBooks company is connected" variant="warning" testId="no-company">
        An admin connects QuickBooks companies in {settings}. Open this again once one is connected.
      </Alert>
    );
  }
  return (
    <Flex direction="column" gap="sm">
      {usable.length === 0 ? (
        <Alert title="No QuickBooks company can be used now" variant="warning" testId="no-company">
          Every connected company needs attention (see below). An admin can fix it in {settings}.
        </Alert>
      ) : (
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
      )}
      {unusable.map((company) => (
        <Text key={company.realmId} variant="microcopy" testId={`unusable-${company.realmId}`}>
          {`${company.companyName} cannot be used: ${company.reason ?? 'it needs attention'}. Fix it in `}
          <Link href={{ url: settingsUrl, external: true }}>the app settings</Link>.
        </Text>
      ))}
    </Flex>
  );
}
