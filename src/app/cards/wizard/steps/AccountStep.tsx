import { Alert, Flex, Link, Select } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';
import { noCompanyForCurrency, usableCompanies, type StartData } from '../state';
import { NotOffered } from './NotOffered';

/** Which QuickBooks company the invoice goes to; the ones not offered are explained, not hidden. */
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
  const { t } = useMessages();
  const usable = usableCompanies(start);
  const settings = (
    <Link href={{ url: settingsUrl, external: true }} testId="settings-link">
      {t('Open the app settings')}
    </Link>
  );
  if (start.companies.length === 0) {
    return (
      <Alert title={t('No QuickBooks company is connected')} variant="warning" testId="no-company">
        {t(
          'An admin connects QuickBooks companies in the app settings. Open this again once one is connected.',
        )}{' '}
        {settings}
      </Alert>
    );
  }
  const currency = start.deal.currency ?? '';
  return (
    <Flex direction="column" gap="sm">
      {usable.length > 0 ? (
        <Select
          name="realmId"
          label={t('QuickBooks company')}
          value={realmId ?? undefined}
          options={usable.map((company) => ({
            label: t('{company} ({country}, {currency})', {
              company: company.companyName,
              country: company.country,
              currency: company.homeCurrency,
            }),
            value: company.realmId,
          }))}
          onChange={(value) => onChoose(String(value))}
        />
      ) : noCompanyForCurrency(start) ? (
        <Alert
          title={t('No connected QuickBooks company can invoice in {currency}', { currency })}
          variant="warning"
          testId="no-company"
        >
          {t(
            'Ask an admin to turn on multicurrency in QuickBooks (Settings → Account and settings → Advanced → Currency) or to connect a company that bills in {currency}.',
            { currency },
          )}{' '}
          {settings}
        </Alert>
      ) : (
        <Alert
          title={t('No QuickBooks company can be used now')}
          variant="warning"
          testId="no-company"
        >
          {t(
            'Every connected company needs attention (see below). An admin can fix it in the app settings.',
          )}{' '}
          {settings}
        </Alert>
      )}
      <NotOffered start={start} settingsUrl={settingsUrl} />
    </Flex>
  );
}
