// @vitest-environment happy-dom
/**
 * The sandbox page's HTML components, each against the behaviour HubSpot documents for it (the
 * props and events of `@hubspot/ui-extensions` 0.17.0): when events fire, disabled and error
 * states, overlays opened by a button and closed by `actions.closeOverlay`, table paging.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, LoadingButton } from '../../sandbox/host/components/buttons';
import { DateInput, Select, ToggleGroup } from '../../sandbox/host/components/choice-inputs';
import { Alert, Text } from '../../sandbox/host/components/content';
import { Tab, Tabs } from '../../sandbox/host/components/navigation';
import {
  Modal,
  ModalBody,
  OverlayContext,
  Panel,
  PanelBody,
} from '../../sandbox/host/components/overlays';
import { Table, TableBody, TableCell, TableRow } from '../../sandbox/host/components/table';
import { Input, TextArea } from '../../sandbox/host/components/text-inputs';
import { createHostController } from '../../sandbox/host/controller';
import { createOverlayStore } from '../../sandbox/host/overlay-store';

afterEach(cleanup);

describe('text inputs', () => {
  it('fire onInput on every edit and onChange once, when the value is committed on blur', () => {
    const onInput = vi.fn();
    const onChange = vi.fn();
    render(<Input name="n" label="Name" onInput={onInput} onChange={onChange} />);
    const input = screen.getByLabelText('Name');
    for (const value of ['A', 'Am', 'Amy']) fireEvent.change(input, { target: { value } });
    expect(onInput.mock.calls).toEqual([['A'], ['Am'], ['Amy']]);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(input);
    expect(onChange.mock.calls).toEqual([['Amy']]);
    // Nothing new to commit: no second onChange.
    fireEvent.blur(input);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('commit a one-line field on Enter', () => {
    const onChange = vi.fn();
    render(<Input name="q" label="Search" onChange={onChange} />);
    const input = screen.getByLabelText('Search');
    fireEvent.change(input, { target: { value: 'Café' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('Café');
  });

  it('show a new value from the extension, replacing what was typed', () => {
    const { rerender } = render(<TextArea name="m" label="Message" value="first" />);
    const area = screen.getByLabelText('Message') as HTMLTextAreaElement;
    fireEvent.change(area, { target: { value: 'typed' } });
    rerender(<TextArea name="m" label="Message" value="second" />);
    expect(area.value).toBe('second');
  });

  it('show the error state with its validation message, and the testId as data-testid', () => {
    render(
      <Input
        name="d"
        label="Address"
        testId="address"
        error
        validationMessage="Paste the whole address."
      />,
    );
    expect(screen.getByTestId('address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Paste the whole address.');
  });
});

describe('choices', () => {
  it('Select hands back the option’s own value, numbers as numbers', () => {
    const onChange = vi.fn();
    render(
      <Select
        label="Term"
        options={[
          { label: 'Net 15', value: 15 },
          { label: 'Net 30', value: 30 },
        ]}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByLabelText('Term'), { target: { value: '1' } });
    expect(onChange).toHaveBeenCalledWith(30);
  });

  it('a checkbox ToggleGroup hands back every checked value; a radio list the one', () => {
    const onChange = vi.fn();
    const options = [
      { label: 'Deals', value: 'deals' },
      { label: 'Contacts', value: 'contacts' },
    ];
    const { rerender } = render(
      <ToggleGroup
        name="t"
        label="Objects"
        toggleType="checkboxList"
        options={options}
        value={['deals']}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText('Contacts'));
    expect(onChange).toHaveBeenLastCalledWith(['deals', 'contacts']);
    rerender(
      <ToggleGroup
        name="t"
        label="Objects"
        toggleType="radioButtonList"
        options={options}
        value="deals"
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText('Contacts'));
    expect(onChange).toHaveBeenLastCalledWith('contacts');
  });

  it('DateInput counts months from 0, as HubSpot’s does', () => {
    const onChange = vi.fn();
    render(
      <DateInput
        name="due"
        label="Due date"
        value={{ year: 2026, month: 0, date: 31 }}
        onChange={onChange}
      />,
    );
    const input = screen.getByLabelText('Due date') as HTMLInputElement;
    expect(input.value).toBe('2026-01-31');
    fireEvent.change(input, { target: { value: '2026-02-14' } });
    expect(onChange).toHaveBeenCalledWith({
      year: 2026,
      month: 1,
      date: 14,
      formattedDate: '2026-02-14',
    });
  });
});

describe('buttons', () => {
  it('a disabled button or a loading one does not fire onClick', () => {
    const onClick = vi.fn();
    render(
      <>
        <Button testId="off" disabled onClick={onClick}>
          Off
        </Button>
        <LoadingButton testId="busy" loading onClick={onClick}>
          Busy
        </LoadingButton>
        <Button testId="on" onClick={onClick}>
          On
        </Button>
      </>,
    );
    fireEvent.click(screen.getByTestId('off'));
    fireEvent.click(screen.getByTestId('busy'));
    expect(onClick).not.toHaveBeenCalled();
    expect(screen.getByTestId('busy').getAttribute('aria-busy')).toBe('true');
    fireEvent.click(screen.getByTestId('on'));
    // A serialisable event, not a DOM event (which could not cross into the worker).
    expect(onClick).toHaveBeenCalledWith(expect.objectContaining({ type: 'click' }));
  });
});

describe('overlays', () => {
  it('a button’s Panel opens on click (onOpen) and closes by actions.closeOverlay (onClose)', () => {
    const overlays = createOverlayStore();
    const onOpen = vi.fn();
    const onClose = vi.fn();
    render(
      <OverlayContext.Provider value={overlays}>
        <Button
          testId="open"
          overlay={
            <Panel id="wizard" title="Create invoice" onOpen={onOpen} onClose={onClose}>
              <PanelBody>
                <Text>Step one</Text>
              </PanelBody>
            </Panel>
          }
        >
          Create invoice
        </Button>
      </OverlayContext.Provider>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByTestId('open'));
    expect(screen.getByRole('dialog', { name: 'Create invoice' }).textContent).toContain(
      'Step one',
    );
    expect(onOpen).toHaveBeenCalledTimes(1);
    act(() => overlays.close('wizard')); // what the worker's actions.closeOverlay('wizard') does
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('a Modal closes from its own close button', () => {
    const overlays = createOverlayStore();
    const onClose = vi.fn();
    render(
      <OverlayContext.Provider value={overlays}>
        <Button
          testId="disconnect"
          overlay={
            <Modal id="confirm" title="Disconnect?" onClose={onClose}>
              <ModalBody>
                <Alert title="Careful" variant="warning">
                  Access ends.
                </Alert>
              </ModalBody>
            </Modal>
          }
        >
          Disconnect
        </Button>
      </OverlayContext.Provider>,
    );
    fireEvent.click(screen.getByTestId('disconnect'));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(overlays.isOpen('confirm')).toBe(false);
  });
});

describe('navigation', () => {
  it('a paginated Table asks for the page and stops at either end', () => {
    const onPageChange = vi.fn();
    const table = (page: number) => (
      <Table paginated pageCount={3} page={page} onPageChange={onPageChange}>
        <TableBody>
          <TableRow>
            <TableCell>Row of page {page}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    );
    const { rerender } = render(table(1));
    expect(
      (screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(2);
    fireEvent.click(screen.getByRole('button', { name: '3' }));
    expect(onPageChange).toHaveBeenLastCalledWith(3);
    rerender(table(3));
    expect(screen.getByRole('button', { name: '3' }).getAttribute('aria-current')).toBe('page');
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('Tabs show the selected tab’s content and report the change', () => {
    const onSelectedChange = vi.fn();
    render(
      <Tabs defaultSelected="connections" onSelectedChange={onSelectedChange}>
        <Tab tabId="connections" title="Connections">
          <Text>Companies</Text>
        </Tab>
        <Tab tabId="setup" title="Setup">
          <Text>Run setup</Text>
        </Tab>
      </Tabs>,
    );
    expect(screen.getByRole('tabpanel').textContent).toBe('Companies');
    fireEvent.click(screen.getByRole('tab', { name: 'Setup' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('Run setup');
    expect(onSelectedChange).toHaveBeenCalledWith('setup');
  });
});

describe('the controller', () => {
  it('draws a component it does not know as a placeholder naming it', () => {
    const Unknown = createHostController().get('CrmReport');
    render(<Unknown />);
    const placeholder = document.querySelector('[data-unmapped-component="CrmReport"]');
    expect(placeholder?.textContent).toMatch(/CrmReport is not drawn by the sandbox/);
    expect(createHostController().get('Button')).toBe(Button);
  });
});
