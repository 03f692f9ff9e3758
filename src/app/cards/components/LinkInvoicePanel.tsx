import { useState } from 'react';
import {
  Alert,
  Button,
  EmptyState,
  Flex,
  Heading,
  Input,
  LoadingButton,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelFooter,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import { linkSearchStatuses, type LinkSearchStatus } from '@qbo-invoicing/contract/catalog';
import type { LinkCandidate, OperationError, RecordObjectType } from '@qbo-invoicing/contract';
import { useMessages, type Call, type Messages } from '@qbo-invoicing/ui';
import { CandidateTable } from './CandidateTable';
import { Actions, Column, ProblemAlert } from './parts';

export const LINK_PANEL_ID = 'link-existing-invoice';

interface Filters {
  number: string;
  customerName: string;
  from: string;
  to: string;
  status: LinkSearchStatus | '';
  minTotal: string;
  maxTotal: string;
}
const noFilters: Filters = {
  number: '',
  customerName: '',
  from: '',
  to: '',
  status: '',
  minTotal: '',
  maxTotal: '',
};
/** The search's status choices, in the rep's language. */
const statusOptions = (t: Messages['t']) => [
  { label: t('Any status'), value: '' },
  ...linkSearchStatuses.map((status) => ({
    label: { open: t('Open'), overdue: t('Overdue'), paid: t('Paid'), voided: t('Voided') }[status],
    value: status,
  })),
];

export interface LinkInvoicePanelProps {
  call: Call;
  objectType: RecordObjectType;
  timeZone: string;
  /** After invoices were linked, so the card's list shows them. */
  onLinked: () => void;
}

/**
 * Link existing invoice: the QuickBooks company, suggestions from the customers matching this
 * record (with the reason), a search by number, customer, dates, status and total, then the
 * chosen invoices linked in one go.
 */
export function LinkInvoicePanel({ call, objectType, timeZone, onLinked }: LinkInvoicePanelProps) {
  const { t } = useMessages();
  const [companies, setCompanies] = useState<{ realmId: string; companyName: string }[]>([]);
  const [realmId, setRealmId] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [suggestions, setSuggestions] = useState<{ invoice: LinkCandidate; reason: string }[]>([]);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [results, setResults] = useState<LinkCandidate[] | null>(null);
  const [nextStart, setNextStart] = useState<number | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<OperationError | null>(null);
  const [linking, setLinking] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const suggest = async (realm: string | null) => {
    setLoading(true);
    setError(null);
    setSelected([]);
    setResults(null);
    const result = await call('links.suggest', { objectType, realmId: realm, timeZone });
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setCompanies(result.data.companies);
    setRealmId(result.data.realmId);
    setSuggestions(result.data.suggestions);
  };

  const search = async (startPosition: number) => {
    if (!realmId) return;
    setError(null);
    const result = await call('links.search', {
      objectType,
      realmId,
      timeZone,
      startPosition,
      filters: {
        number: filters.number,
        customerName: filters.customerName,
        from: filters.from || null,
        to: filters.to || null,
        status: filters.status || null,
        minTotal: filters.minTotal || null,
        maxTotal: filters.maxTotal || null,
      },
    });
    if (!result.ok) return setError(result.error);
    setResults(
      startPosition === 1 ? result.data.invoices : [...(results ?? []), ...result.data.invoices],
    );
    setNextStart(result.data.nextStartPosition);
  };

  const link = async () => {
    if (!realmId || selected.length === 0) return;
    setLinking(true);
    setError(null);
    const result = await call('links.link', {
      objectType,
      realmId,
      invoiceIds: selected,
      timeZone,
    });
    setLinking(false);
    if (!result.ok) return setError(result.error);
    const count = result.data.linked.length;
    setDone(
      count === 0
        ? t('Those invoices were already linked here; nothing changed.')
        : t(
            '{count, plural, one {# invoice linked} other {# invoices linked}} to {record, select, deals {this deal, its primary contact and its company} contacts {this contact} other {this company}}.',
            { count, record: objectType },
          ),
    );
    setSelected([]);
    onLinked();
    void suggest(realmId);
  };

  const toggle = (invoiceId: string, on: boolean) =>
    setSelected((current) =>
      on ? [...new Set([...current, invoiceId])] : current.filter((id) => id !== invoiceId),
    );
  const field = (name: keyof Filters, label: string, placeholder?: string) => (
    <Input
      name={`link-${name}`}
      testId={`link-filter-${name}`}
      label={label}
      placeholder={placeholder}
      value={filters[name]}
      onChange={(value) => setFilters({ ...filters, [name]: value })}
    />
  );

  return (
    <Panel
      id={LINK_PANEL_ID}
      title={t('Link existing invoice')}
      width="lg"
      onOpen={() => {
        setDone(null);
        setFilters(noFilters);
        void suggest(null);
      }}
    >
      <PanelBody>
        {loading ? (
          <LoadingSpinner
            label={t('Looking for this record’s invoices in QuickBooks')}
            layout="centered"
          />
        ) : (
          body()
        )}
      </PanelBody>
      <PanelFooter>
        <Actions>
          <LoadingButton
            testId="link-confirm"
            variant="primary"
            loading={linking}
            disabled={selected.length === 0}
            onClick={() => void link()}
          >
            {t('{count, plural, =0 {Link invoice} one {Link invoice} other {Link # invoices}}', {
              count: selected.length,
            })}
          </LoadingButton>
        </Actions>
      </PanelFooter>
    </Panel>
  );

  function body() {
    return (
      <Column gap="md">
        {error ? (
          <ProblemAlert title={t('QuickBooks invoices could not be linked')} error={error} />
        ) : null}
        {done ? (
          <Alert title={t('Linked')} variant="success">
            {done}
          </Alert>
        ) : null}
        {companies.length === 0 && !error ? (
          <EmptyState title={t('No QuickBooks company is connected')} layout="vertical">
            <Text>{t('An admin connects QuickBooks companies on the app’s settings page.')}</Text>
          </EmptyState>
        ) : null}
        {companies.length > 1 ? (
          <Select
            name="link-company"
            label={t('QuickBooks company')}
            value={realmId ?? ''}
            options={companies.map((c) => ({ label: c.companyName, value: c.realmId }))}
            onChange={(value) => void suggest(String(value))}
          />
        ) : null}
        {realmId ? (
          <>
            <Heading>{t('Suggested')}</Heading>
            {suggestions.length === 0 ? (
              <Text variant="microcopy" testId="link-no-suggestions">
                {t(
                  'No QuickBooks customer matches this record’s email, name, company or domain. Search below.',
                )}
              </Text>
            ) : (
              <CandidateTable
                testId="link-suggestions"
                candidates={suggestions.map((s) => s.invoice)}
                reasons={suggestions.map((s) => s.reason)}
                selected={selected}
                onToggle={toggle}
              />
            )}
            <Heading>{t('Search')}</Heading>
            <Flex gap="sm" wrap="wrap">
              {field('number', t('Invoice number'))}
              {field('customerName', t('Customer name'))}
              {field('from', t('From date'), t('YYYY-MM-DD'))}
              {field('to', t('To date'), t('YYYY-MM-DD'))}
              <Select
                name="link-status"
                testId="link-filter-status"
                label={t('Status')}
                value={filters.status}
                options={statusOptions(t)}
                onChange={(value) =>
                  setFilters({ ...filters, status: String(value) as LinkSearchStatus | '' })
                }
              />
              {field('minTotal', t('Total from'), '0.00')}
              {field('maxTotal', t('Total up to'), '0.00')}
            </Flex>
            <Button testId="link-search" onClick={() => void search(1)}>
              {t('Search')}
            </Button>
            {results === null ? null : results.length === 0 ? (
              <Text testId="link-no-results">
                {t('No invoice of this company matches the search.')}
              </Text>
            ) : (
              <CandidateTable
                testId="link-results"
                candidates={results}
                selected={selected}
                onToggle={toggle}
              />
            )}
            {nextStart ? (
              <Button testId="link-more" onClick={() => void search(nextStart)}>
                {t('More results')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Column>
    );
  }
}
