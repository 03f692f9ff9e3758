import { useState } from 'react';
import {
  Alert,
  Button,
  ErrorState,
  Flex,
  LoadingButton,
  LoadingSpinner,
  Select,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import {
  mappingProblems,
  quickBooksFields,
  refusedMapping,
  type SyncObject,
} from '@qbo-invoicing/contract/catalog';
import type {
  CustomMapping,
  MappingRow,
  OperationError,
  OperationOutput,
} from '@qbo-invoicing/contract';
import { useMessages, useOperation, type Call, type Messages } from '@qbo-invoicing/ui';
import { chosenRealm, CompanySelect, ConnectFirst } from './CompanySelect';

type Preview = OperationOutput<'sync.mappings.preview'>;
type RowState = MappingRow['state'] | 'unsaved';

/** How each state of a mapping is shown: its words and its colour. */
const stateTags: Record<
  RowState,
  { label: Parameters<Messages['t']>[0]; variant: 'success' | 'warning' | 'danger' | 'info' }
> = {
  in_sync: { label: 'In sync', variant: 'success' },
  property_missing: { label: 'Property missing', variant: 'danger' },
  type_mismatch: { label: 'Type mismatch', variant: 'danger' },
  last_error: { label: 'Last error', variant: 'warning' },
  unsaved: { label: 'Not saved yet', variant: 'info' },
};

/**
 * The Property mappings tab: for one connected company (a selector when there are several) and
 * one object, every QuickBooks field ↔ HubSpot property the sync writes, with its state in the
 * portal; below, the admin's own mappings, checked for type before they are added and saved,
 * and previewed on one real QuickBooks record.
 */
export function PropertyMappingsPanel({ call, onConnect }: { call: Call; onConnect?: () => void }) {
  const { t } = useMessages();
  const { state, reload } = useOperation(() => call('connections.list', {}), 'connections');
  const [chosen, setChosen] = useState<string | null>(null);
  const [object, setObject] = useState<SyncObject>('contacts');

  if (state.status === 'loading')
    return <LoadingSpinner label={t('Loading the property mappings')} />;
  if (state.status === 'error')
    return (
      <ErrorState title={t('The property mappings could not be loaded')}>
        <Text>{state.error.message}</Text>
        <Button testId="retry-mappings-connections" onClick={reload}>
          {t('Retry')}
        </Button>
      </ErrorState>
    );
  const { connections } = state.data;
  if (connections.length === 0)
    return (
      <ConnectFirst
        text={t(
          'Property mappings belong to a connected QuickBooks company: connect one on the Connections tab.',
        )}
        onConnect={onConnect}
        testId="mappings-go-to-connections"
      />
    );
  const realmId = chosenRealm(connections, chosen);
  return (
    <Flex direction="column" gap="md">
      <Flex direction="row" gap="md">
        <CompanySelect
          name="mappings-company"
          label={t('QuickBooks company to map')}
          connections={connections}
          value={realmId}
          onChange={setChosen}
        />
        <Select
          name="mappings-object"
          label={t('What to map')}
          value={object}
          options={[
            { label: t('QuickBooks customers to HubSpot contacts'), value: 'contacts' },
            { label: t('QuickBooks items to HubSpot products'), value: 'products' },
          ]}
          onChange={(value) => setObject(value === 'products' ? 'products' : 'contacts')}
        />
      </Flex>
      <MappingsTable key={`${realmId}-${object}`} call={call} realmId={realmId} object={object} />
    </Flex>
  );
}

function MappingsTable({
  call,
  realmId,
  object,
}: {
  call: Call;
  realmId: string;
  object: SyncObject;
}) {
  const { t } = useMessages();
  const { state, reload } = useOperation(
    () => call('sync.mappings.get', { realmId, object }),
    `mappings-${realmId}-${object}`,
  );
  const [draft, setDraft] = useState<CustomMapping[] | null>(null);
  const [field, setField] = useState('');
  const [property, setProperty] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [error, setError] = useState<OperationError | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<'save' | 'preview' | null>(null);
  const [saved, setSaved] = useState(false);

  if (state.status === 'loading')
    return <LoadingSpinner label={t('Loading the property mappings')} />;
  if (state.status === 'error')
    return (
      <ErrorState title={t('The property mappings could not be loaded')}>
        <Text>{state.error.message}</Text>
        <Button testId={`retry-${object}-mappings`} onClick={reload}>
          {t('Retry')}
        </Button>
      </ErrorState>
    );
  const table = state.data;
  const savedCustom = table.rows.filter((row) => !row.builtIn);
  const custom = draft ?? savedCustom.map(({ field, property }) => ({ field, property }));
  const rowOf = (mapping: CustomMapping) =>
    savedCustom.find((row) => row.field === mapping.field && row.property === mapping.property);
  const labelOf = (name: string) => table.properties.find((p) => p.name === name)?.label ?? name;

  const edit = (next: CustomMapping[]) => {
    setDraft(next);
    setSaved(false);
    setError(null);
    setPreview(null);
  };
  const add = () => {
    const mapping = { field, property };
    // Only the new mapping is checked: a saved one gone stale shows its own state in the table.
    const refused = custom.some((m) => m.property === property)
      ? { problem: mappingProblems.twice, values: { property } }
      : refusedMapping(object, [mapping], table.properties);
    if (refused) {
      setRefusal(t(refused.problem, refused.values));
      return;
    }
    setRefusal(null);
    setField('');
    setProperty('');
    edit([...custom, mapping]);
  };
  const save = async () => {
    setBusy('save');
    const result = await call('sync.mappings.save', { realmId, object, mappings: custom });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDraft(null);
    setSaved(true);
    reload();
  };
  const showPreview = async () => {
    setBusy('preview');
    setError(null);
    const result = await call('sync.mappings.preview', { realmId, object, mappings: custom });
    setBusy(null);
    if (result.ok) setPreview(result.data);
    else setError(result.error);
  };

  return (
    <Flex direction="column" gap="md">
      <Text variant="microcopy">
        {t(
          'The sync is one way, QuickBooks to HubSpot. QuickBooks keeps its own custom fields on sales forms only, so customers and items offer their standard fields here.',
        )}
      </Text>
      <Table bordered={true}>
        <TableHead>
          <TableRow>
            <TableHeader>{t('QuickBooks field')}</TableHeader>
            <TableHeader>{t('Sync direction')}</TableHeader>
            <TableHeader>{t('HubSpot property')}</TableHeader>
            <TableHeader>{t('Mapping state')}</TableHeader>
            <TableHeader> </TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows
            .filter((row) => row.builtIn)
            .map((row) => (
              <MappingLine key={`built-in-${row.field}-${row.property}`} row={row} />
            ))}
          {custom.map((mapping, index) => {
            const row = rowOf(mapping);
            return (
              <MappingLine
                key={`custom-${mapping.field}-${mapping.property}`}
                row={
                  row ?? {
                    ...mapping,
                    propertyLabel: labelOf(mapping.property),
                    direction: 'to_hubspot',
                    builtIn: false,
                    state: 'in_sync',
                    problem: null,
                  }
                }
                unsaved={!row}
                onRemove={() => edit(custom.filter((_, at) => at !== index))}
              />
            );
          })}
        </TableBody>
      </Table>
      <Flex direction="row" gap="sm" align="end">
        <Select
          name={`${object}-mapping-field`}
          label={t('QuickBooks field')}
          value={field}
          options={quickBooksFields[object].map((f) => ({ label: f.path, value: f.path }))}
          onChange={(value) => setField(String(value))}
        />
        <Select
          name={`${object}-mapping-property`}
          label={t('HubSpot property')}
          value={property}
          options={table.properties.map((p) => ({ label: p.label, value: p.name }))}
          onChange={(value) => setProperty(String(value))}
        />
        <Button testId={`add-${object}-mapping`} disabled={!field || !property} onClick={add}>
          {t('Add mapping')}
        </Button>
      </Flex>
      {refusal ? (
        <Alert
          title={t('This mapping cannot be added')}
          variant="error"
          testId={`${object}-mapping-refused`}
        >
          {refusal}
        </Alert>
      ) : null}
      {error ? (
        <Alert
          title={t('Something went wrong with the mappings')}
          variant="error"
          testId={`${object}-mappings-error`}
        >
          {error.message}
          {error.fix ? ` ${error.fix}` : ''}
        </Alert>
      ) : null}
      {saved ? (
        <Alert title={t('Mappings saved')} variant="success" testId={`${object}-mappings-saved`}>
          {t('The next sync writes them.')}
        </Alert>
      ) : null}
      <Flex direction="row" gap="sm">
        <LoadingButton
          testId={`save-${object}-mappings`}
          variant="primary"
          loading={busy === 'save'}
          disabled={busy !== null || draft === null}
          onClick={() => void save()}
        >
          {t('Save mappings')}
        </LoadingButton>
        <LoadingButton
          testId={`preview-${object}-mappings`}
          loading={busy === 'preview'}
          disabled={busy !== null}
          onClick={() => void showPreview()}
        >
          {t('Preview on one record')}
        </LoadingButton>
      </Flex>
      {preview ? <PreviewTable preview={preview} /> : null}
    </Flex>
  );
}

function MappingLine({
  row,
  unsaved = false,
  onRemove,
}: {
  row: MappingRow;
  unsaved?: boolean;
  onRemove?: () => void;
}) {
  const { t } = useMessages();
  const tag = stateTags[unsaved ? 'unsaved' : row.state];
  return (
    <TableRow>
      <TableCell>{row.field}</TableCell>
      <TableCell>{t('QuickBooks to HubSpot')}</TableCell>
      <TableCell>
        <Text>{row.propertyLabel ?? row.property}</Text>
        <Text variant="microcopy">{row.property}</Text>
      </TableCell>
      <TableCell>
        <StatusTag variant={tag.variant}>{t(tag.label)}</StatusTag>
        {row.problem ? <Text variant="microcopy">{row.problem}</Text> : null}
      </TableCell>
      <TableCell>
        {onRemove ? (
          <Button
            testId={`remove-mapping-${row.property}`}
            variant="transparent"
            size="sm"
            onClick={onRemove}
          >
            {t('Remove mapping')}
          </Button>
        ) : (
          <Text variant="microcopy">{t('Built in')}</Text>
        )}
      </TableCell>
    </TableRow>
  );
}

/** What the sync would write for one real QuickBooks record, property by property. */
function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useMessages();
  if (!preview.record)
    return (
      <Text testId="mappings-preview-empty">
        {t(
          'This company has no {object, select, contacts {customer} other {item}} to preview yet.',
          { object: preview.object },
        )}
      </Text>
    );
  return (
    <Flex direction="column" gap="sm">
      <Text format={{ fontWeight: 'bold' }}>
        {t('What the sync would write for {name}', { name: preview.record.name })}
      </Text>
      {preview.skipped ? <Text>{preview.skipped}</Text> : null}
      <Table bordered={true}>
        <TableHead>
          <TableRow>
            <TableHeader>{t('HubSpot property')}</TableHeader>
            <TableHeader>{t('Value to write')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.values.map((value) => (
            <TableRow key={value.property}>
              <TableCell>
                <Text>{value.property}</Text>
                {value.custom ? <Text variant="microcopy">{t('Your mapping')}</Text> : null}
              </TableCell>
              <TableCell>{value.value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
