import { Select } from '@hubspot/ui-extensions';

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
