import { useEffect, useState } from 'react';
import type { SandboxRecord } from '../protocol';

/**
 * The record's own properties beside the card, as HubSpot's left sidebar shows them; read again
 * when the extension calls `actions.refreshObjectProperties()`.
 */
export function RecordProperties({
  record,
  version,
}: {
  record: SandboxRecord & { properties: Array<{ name: string; label: string }> };
  version: number;
}) {
  const [values, setValues] = useState<Record<string, string | null> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const names = record.properties.map((p) => p.name).join(',');
    fetch(
      `/api/record/${record.objectTypeId}/${record.objectId}?properties=${encodeURIComponent(names)}`,
    )
      .then(async (response) => {
        const body = (await response.json()) as {
          properties?: Record<string, string | null>;
          message?: string;
        };
        if (!current) return;
        if (!response.ok || !body.properties)
          setError(body.message ?? 'The record could not be read.');
        else setValues(body.properties);
      })
      .catch(() => current && setError('The record could not be read.'));
    return () => {
      current = false;
    };
  }, [record, version]);
  return (
    <div className="sandbox-properties" data-testid="record-properties" data-version={version}>
      <h2>About this record</h2>
      {error ? <p className="hs-field__error">{error}</p> : null}
      <dl>
        {record.properties.map((property) => (
          <div key={property.name} className="sandbox-properties__item">
            <dt>{property.label}</dt>
            <dd data-testid={`property-${property.name}`}>
              {values ? values[property.name] || '—' : '…'}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
