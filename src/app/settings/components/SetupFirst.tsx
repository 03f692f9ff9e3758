import { Button, EmptyState, Text } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';

/**
 * What a tab shows before setup: there is nothing to connect or sync yet, so instead of an error
 * with a Retry that cannot help, the one next step (`onSetup` opens the Setup tab).
 */
export function SetupFirst({
  onSetup,
  testId,
}: {
  onSetup?: (() => void) | undefined;
  testId: string;
}) {
  const { t } = useMessages();
  return (
    <EmptyState title={t('Run setup first')} layout="vertical" imageWidth={120}>
      <Text>
        {t(
          'The app is not set up in this portal yet. Run setup on the Setup tab, then connect a QuickBooks company.',
        )}
      </Text>
      {onSetup ? (
        <Button testId={testId} variant="primary" onClick={onSetup}>
          {t('Go to Setup')}
        </Button>
      ) : null}
    </EmptyState>
  );
}
