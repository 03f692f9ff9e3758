import { describe, expect, it } from 'vitest';
import { invoiceStatus, todayIn, type StatusFacts } from '../../serverless/invoicing/status';

const facts = (overrides: Partial<StatusFacts> = {}): StatusFacts => ({
  voided: false,
  deleted: false,
  total: '100.00',
  balance: '100.00',
  dueDate: '2026-11-26',
  emailStatus: 'NeedToSend',
  today: '2026-11-26',
  ...overrides,
});

describe('invoice status', () => {
  it('is Awaiting send until QuickBooks has emailed it', () => {
    expect(invoiceStatus(facts())).toEqual({ status: 'AWAITING_SEND', daysOverdue: null });
    expect(invoiceStatus(facts({ emailStatus: 'NotSet' })).status).toBe('AWAITING_SEND');
    expect(invoiceStatus(facts({ emailStatus: null })).status).toBe('AWAITING_SEND');
  });

  it('is Sent once emailed', () => {
    expect(invoiceStatus(facts({ emailStatus: 'EmailSent' })).status).toBe('SENT');
  });

  it('is not overdue on its due date, and overdue by one day the day after', () => {
    expect(invoiceStatus(facts({ dueDate: '2026-11-26' })).status).toBe('AWAITING_SEND');
    expect(invoiceStatus(facts({ dueDate: '2026-11-25' }))).toEqual({
      status: 'OVERDUE',
      daysOverdue: 1,
    });
  });

  it('counts days overdue across a month and a daylight-saving change', () => {
    expect(invoiceStatus(facts({ dueDate: '2026-10-20', today: '2026-11-26' })).daysOverdue).toBe(
      37,
    );
  });

  it('is Paid in full at a balance of exactly zero, even past the due date', () => {
    expect(invoiceStatus(facts({ balance: '0.00', dueDate: '2026-01-01' })).status).toBe('PAID');
    expect(invoiceStatus(facts({ balance: '0' })).status).toBe('PAID');
  });

  it('treats one cent left as not paid', () => {
    expect(invoiceStatus(facts({ balance: '0.01' })).status).toBe('PARTIALLY_PAID');
  });

  it('prefers Overdue over Partial payment when a remainder is past due', () => {
    expect(invoiceStatus(facts({ balance: '40.00', dueDate: '2026-11-20' }))).toEqual({
      status: 'OVERDUE',
      daysOverdue: 6,
    });
    expect(invoiceStatus(facts({ balance: '40.00', emailStatus: 'EmailSent' })).status).toBe(
      'PARTIALLY_PAID',
    );
  });

  it('compares amounts exactly, whatever the currency', () => {
    // 0.1 + 0.2 style values that floats get wrong.
    expect(invoiceStatus(facts({ total: '0.30', balance: '0.30' })).status).toBe('AWAITING_SEND');
    expect(invoiceStatus(facts({ total: '1234567.89', balance: '1234567.88' })).status).toBe(
      'PARTIALLY_PAID',
    );
  });

  it('is Voided after a void, even one that follows a payment', () => {
    expect(invoiceStatus(facts({ voided: true, balance: '0.00', total: '0.00' })).status).toBe(
      'VOIDED',
    );
    expect(
      invoiceStatus(facts({ voided: true, balance: '40.00', dueDate: '2020-01-01' })).status,
    ).toBe('VOIDED');
  });

  it('never calls an invoice without a due date overdue', () => {
    expect(invoiceStatus(facts({ dueDate: null, today: '2030-01-01' })).status).toBe(
      'AWAITING_SEND',
    );
  });
});

describe('today in a time zone', () => {
  const instant = new Date('2026-11-26T23:30:00Z');
  it('is the portal’s calendar date, not the server’s', () => {
    expect(todayIn('UTC', instant)).toBe('2026-11-26');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-11-27');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-26');
  });
});
