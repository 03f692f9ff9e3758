import {
  Alert,
  Button,
  LoadingButton,
  Modal,
  SearchInput,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { ConnectionView } from '@qbo-invoicing/contract';
import { DefaultItemSetting } from '../../src/app/settings/components/DefaultItemSetting';
import { ConnectionsPanel } from '../../src/app/settings/components/ConnectionsPanel';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { allText } from '../support/ui';
import { item } from '../support/wizard-fixtures';

const connection: ConnectionView = {
  realmId: '9130354',
  companyName: 'Cedar & Pine Landscaping',
  country: 'US',
  homeCurrency: 'USD',
  environment: 'sandbox',
  status: 'connected',
  lastError: null,
  refreshTokenExpiresAt: null,
  refreshTokenHardExpiresAt: null,
  lastUsedAt: null,
};
const services = item({ id: '1', name: 'Services', sku: null });
const design = item({ id: '4', name: 'Design', sku: 'SRV-DES' });
const id = 'default-item-9130354';

function render(script: Parameters<typeof scriptedCall>[0], spanish = false) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall(script);
  const element = <DefaultItemSetting connection={connection} call={fake.call} />;
  renderer.render(spanish ? inSpanish(element, 'settings') : element);
  const modal = () => renderer.find(Button, { testId: id }).props.overlay!;
  const open = async () => {
    modal().find(Modal).trigger('onOpen');
    await renderer.waitFor(() => expect(modal().maybeFind(SearchInput)).not.toBeNull());
  };
  return { renderer, calls: fake.calls, modal, open };
}

describe('settings: the default item of a company', () => {
  it('is offered on a connected company’s tile', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({ 'connections.list': ok({ connections: [connection] }) });
    renderer.render(<ConnectionsPanel call={fake.call} />);
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: id }).text).toBe('Default item'),
    );
  });

  it('shows none, finds items, saves the chosen one and can clear it', async () => {
    const { renderer, calls, modal, open } = render({
      'items.default.get': ok({ realmId: '9130354', item: null, unusable: false }),
      'items.default.search': ok({ items: [design, services], nextStartPosition: null }),
      'items.default.save': [
        ok({ realmId: '9130354', item: services, unusable: false }),
        ok({ realmId: '9130354', item: null, unusable: false }),
      ],
    });
    await open();
    expect(modal().find(Modal).props.title).toBe('Default item for Cedar & Pine Landscaping');
    expect(modal().find(Text, { testId: `${id}-current` }).text).toBe('No default item is chosen.');
    expect(modal().find(LoadingButton, { testId: `${id}-save` }).props.disabled).toBe(true);

    modal()
      .find(SearchInput)
      .trigger('onChange', 'serv' as never);
    await renderer.waitFor(() => expect(modal().maybeFind(Select)).not.toBeNull());
    expect(modal().find(Select).props.options).toEqual([
      { label: 'Design (SKU SRV-DES)', value: '4' },
      { label: 'Services', value: '1' },
    ]);
    modal()
      .find(Select)
      .trigger('onChange', '1' as never);
    modal()
      .find(LoadingButton, { testId: `${id}-save` })
      .trigger('onClick');
    await renderer.waitFor(() =>
      expect(modal().find(Text, { testId: `${id}-current` }).text).toBe('Default item: Services'),
    );
    expect(modal().find(Text, { testId: `${id}-saved` }).text).toBe('Saved.');

    modal()
      .find(Button, { testId: `${id}-clear` })
      .trigger('onClick');
    await renderer.waitFor(() =>
      expect(modal().find(Text, { testId: `${id}-current` }).text).toBe(
        'No default item is chosen.',
      ),
    );
    expect(calls.filter((c) => c.op === 'items.default.save').map((c) => c.input)).toEqual([
      { realmId: '9130354', itemId: '1' },
      { realmId: '9130354', itemId: null },
    ]);
    expect(calls.find((c) => c.op === 'items.default.search')?.input).toEqual({
      realmId: '9130354',
      text: 'serv',
      startPosition: 1,
    });
  });

  it('flags a default item made inactive since, and shows a refusal with its fix', async () => {
    const { renderer, modal, open } = render({
      'items.default.get': ok({
        realmId: '9130354',
        item: { ...design, active: false },
        unusable: true,
      }),
      'items.default.search': ok({ items: [design], nextStartPosition: null }),
      'items.default.save': failure({
        code: 'INVALID_INPUT',
        retryable: false,
        field: 'input.itemId',
        message: 'That QuickBooks item is inactive, deleted or cannot go on an invoice line.',
        fix: 'Search again and choose an active product or service.',
      }),
    });
    await open();
    expect(allText(modal().find(Alert, { testId: `${id}-unusable` }))).toBe(
      'Design is inactive or deleted in QuickBooks, so the wizard does not offer it.',
    );
    modal()
      .find(SearchInput)
      .trigger('onChange', 'Des' as never);
    await renderer.waitFor(() => expect(modal().maybeFind(Select)).not.toBeNull());
    modal()
      .find(LoadingButton, { testId: `${id}-save` })
      .trigger('onClick');
    await renderer.waitFor(() =>
      expect(modal().maybeFind(Alert, { testId: `${id}-error` })).not.toBeNull(),
    );
    expect(allText(modal().find(Alert, { testId: `${id}-error` }))).toBe(
      'That QuickBooks item is inactive, deleted or cannot go on an invoice line. Search again and choose an active product or service.',
    );
  });

  it('speaks Spanish to a Spanish-speaking admin', async () => {
    const { renderer, modal, open } = render(
      {
        'items.default.get': ok({ realmId: '9130354', item: services, unusable: false }),
      },
      true,
    );
    expect(renderer.find(Button, { testId: id }).text).toBe('Producto o servicio predeterminado');
    await open();
    expect(modal().find(Modal).props.title).toBe(
      'Producto o servicio predeterminado de Cedar & Pine Landscaping',
    );
    expect(modal().find(Text, { testId: `${id}-current` }).text).toBe(
      'Producto o servicio predeterminado: Services',
    );
    expect(modal().find(SearchInput).props.label).toBe(
      'Buscar un producto o servicio de QuickBooks',
    );
    expect(modal().find(LoadingButton, { testId: `${id}-save` }).text).toBe(
      'Convertirlo en el predeterminado',
    );
    expect(modal().find(Button, { testId: `${id}-clear` }).text).toBe(
      'No usar ningún producto o servicio predeterminado',
    );
  });
});
