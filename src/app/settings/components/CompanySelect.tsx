import { Button, EmptyState, Select, Text } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';

interface Company {
  realmId: string;
  companyName: string;
}

/**
 * The company a per-company tab shows: the one the admin chose while it is still connected,
 * else the first (the list is never empty here).
 */
export function chosenRealm(connections: readonly Company[], chosen: string | null): string {
  return chosen && connections.some((c) => c.realmId === chosen)
    ? chosen
    : (connections[0] as Company).realmId;
}

/** A per-company tab's company selector: shown only when there are several to choose from. */
export function CompanySelect({
  name,
  label,
  connections,
  value,
  onChange,
}: {
  name: string;
  label: string;
  connections: readonly Company[];
  value: string;
  onChange: (realmId: string) => void;
}) {
  if (connections.length < 2) return null;
  return (
    <Select
      name={name}
      label={label}
      value={value}
      options={connections.map((c) => ({ label: c.companyName, value: c.realmId }))}
      onChange={(chosen) => onChange(String(chosen))}
    />
  );
}

/**
 * A per-company tab with no company connected yet: why it is empty, and the one way on (the
 * Connections tab, when the page can open it).
 */
export function ConnectFirst({
  text,
  onConnect,
  testId,
}: {
  text: string;
  onConnect?: (() => void) | undefined;
  testId: string;
}) {
  const { t } = useMessages();
  return (
    <EmptyState title={t('No QuickBooks company connected')} layout="vertical" imageWidth={120}>
      <Text>{text}</Text>
      {onConnect ? (
        <Button testId={testId} variant="primary" onClick={onConnect}>
          {t('Go to Connections')}
        </Button>
      ) : null}
    </EmptyState>
  );
}
