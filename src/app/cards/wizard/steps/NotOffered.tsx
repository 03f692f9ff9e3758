import { Link, Text } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';
import { say } from '../say';
import { whyNotOffered, type StartData } from '../state';

/**
 * The connected companies the wizard does not offer, each with why (it needs reconnecting, it
 * cannot bill the deal's currency): shown even when the account step is skipped, so the rep knows
 * the company named in the title is the only one that can take this invoice.
 */
export function NotOffered({ start, settingsUrl }: { start: StartData; settingsUrl?: string }) {
  const messages = useMessages();
  return (
    <>
      {start.companies.map((company) => {
        const why = whyNotOffered(start, company);
        if (why === null) return null;
        return (
          <Text key={company.realmId} variant="microcopy" testId={`unusable-${company.realmId}`}>
            {messages.t('{company} is not offered: {why}', {
              company: company.companyName,
              why: typeof why === 'string' ? why : say(messages, why),
            })}
            {settingsUrl ? ' ' : null}
            {settingsUrl ? (
              <Link href={{ url: settingsUrl, external: true }}>
                {messages.t('Open the app settings')}
              </Link>
            ) : null}
          </Text>
        );
      })}
    </>
  );
}
