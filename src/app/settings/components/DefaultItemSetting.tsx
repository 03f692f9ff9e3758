import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Flex,
  LoadingButton,
  LoadingSpinner,
  Modal,
  ModalBody,
  SearchInput,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import type {
  ConnectionView,
  ItemSummary,
  OperationError,
  OperationOutput,
} from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';

type Current = OperationOutput<'items.default.get'>;
type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; current: Current }
  | { status: 'failed'; error: OperationError };

export const defaultItemModalId = (realmId: string) => `default-item-${realmId}`;

/**
 * The default QuickBooks item of one company: the item a rep puts on a quote line that matches
 * no QuickBooks item, with one click in the invoice wizard. Stored on the company's connection
 * record; an item made inactive in QuickBooks since is flagged so the admin chooses another.
 */
export function DefaultItemSetting({
  connection,
  call,
}: {
  connection: ConnectionView;
  call: Call;
}) {
  const { t } = useMessages();
  const id = defaultItemModalId(connection.realmId);
  const realmId = connection.realmId;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [found, setFound] = useState<ItemSummary[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<OperationError | null>(null);

  const load = useCallback(async () => {
    setLoaded({ status: 'loading' });
    setSaved(false);
    setError(null);
    const result = await call('items.default.get', { realmId });
    setLoaded(
      result.ok
        ? { status: 'ready', current: result.data }
        : { status: 'failed', error: result.error },
    );
  }, [call, realmId]);

  const search = async (text: string) => {
    const result = await call('items.default.search', { realmId, text, startPosition: 1 });
    if (!result.ok) return setError(result.error);
    setError(null);
    setFound(result.data.items);
    setChosen(result.data.items[0]?.id ?? null);
  };

  const save = async (itemId: string | null) => {
    setSaving(true);
    setSaved(false);
    const result = await call('items.default.save', { realmId, itemId });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    setLoaded({ status: 'ready', current: result.data });
  };

  const body = () => {
    if (loaded.status === 'loading') return <LoadingSpinner label={t('Loading')} />;
    if (loaded.status === 'failed') {
      return (
        <Alert title={t('The default item could not be loaded')} variant="error">
          <Text>{loaded.error.message}</Text>
          {loaded.error.fix ? <Text>{loaded.error.fix}</Text> : null}
          <Button onClick={() => void load()}>{t('Retry')}</Button>
        </Alert>
      );
    }
    const { item, unusable } = loaded.current;
    return (
      <Flex direction="column" gap="sm">
        <Text>
          {t(
            'In the invoice wizard, a quote line that matches no QuickBooks product or service can use this item with one click. The line keeps the HubSpot product’s name, description and price.',
          )}
        </Text>
        <Text testId={`${id}-current`}>
          {item ? t('Default item: {name}', { name: item.name }) : t('No default item is chosen.')}
        </Text>
        {item && unusable ? (
          <Alert
            title={t('Choose another default item')}
            variant="warning"
            testId={`${id}-unusable`}
          >
            {t('{name} is inactive or deleted in QuickBooks, so the wizard does not offer it.', {
              name: item.name,
            })}
          </Alert>
        ) : null}
        <SearchInput
          name={`${id}-search`}
          label={t('Find a QuickBooks product or service')}
          onChange={(text: string) => void search(text)}
        />
        {found.length > 0 ? (
          <Select
            name={`${id}-choice`}
            label={t('Products and services found')}
            value={chosen ?? undefined}
            options={found.map((candidate) => ({
              label: candidate.sku
                ? t('{name} (SKU {sku})', { name: candidate.name, sku: candidate.sku })
                : candidate.name,
              value: candidate.id,
            }))}
            onChange={(value) => setChosen(String(value))}
          />
        ) : null}
        {error ? (
          <Alert title={t('The default item was not saved')} variant="error" testId={`${id}-error`}>
            <Text>{error.message}</Text>
            {error.fix ? <Text>{error.fix}</Text> : null}
          </Alert>
        ) : null}
        {saved ? <Text testId={`${id}-saved`}>{t('Saved.')}</Text> : null}
        <Flex gap="sm">
          <LoadingButton
            testId={`${id}-save`}
            variant="primary"
            loading={saving}
            disabled={chosen === null}
            onClick={() => void save(chosen)}
          >
            {t('Make it the default item')}
          </LoadingButton>
          {item ? (
            <Button testId={`${id}-clear`} disabled={saving} onClick={() => void save(null)}>
              {t('Use no default item')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    );
  };

  return (
    <Button
      testId={id}
      overlay={
        <Modal
          id={id}
          title={t('Default item for {company}', { company: connection.companyName })}
          width="md"
          onOpen={() => void load()}
        >
          <ModalBody>{body()}</ModalBody>
        </Modal>
      }
    >
      {t('Default item')}
    </Button>
  );
}
