import type { ReactNode } from 'react';

/** HubSpot's `testId` is what its test utilities find a component by; the page exposes it to tests. */
export function testIdOf(props: { testId?: string }): { 'data-testid'?: string } {
  return props.testId ? { 'data-testid': props.testId } : {};
}

/** Space between children, in HubSpot's spacing scale (`xs`…`xl`, `flush` is none). */
export const spacing: Record<string, string> = {
  flush: '0',
  'extra-small': '4px',
  xs: '4px',
  small: '8px',
  sm: '8px',
  medium: '16px',
  md: '16px',
  large: '24px',
  lg: '24px',
  'extra-large': '32px',
  xl: '32px',
};

export function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** A label with its required marker, description and validation message, as HubSpot lays out fields. */
export function Field({
  id,
  label,
  required,
  description,
  error,
  validationMessage,
  children,
}: {
  id: string;
  label?: string;
  required?: boolean;
  description?: string;
  error?: boolean;
  validationMessage?: string;
  children: ReactNode;
}) {
  return (
    <div className={classes('hs-field', error && 'hs-field--error')}>
      {label ? (
        <label className="hs-field__label" htmlFor={id}>
          {label}
          {required ? <span className="hs-field__required"> *</span> : null}
        </label>
      ) : null}
      {description ? <div className="hs-field__description">{description}</div> : null}
      {children}
      {validationMessage ? (
        <div
          className={error ? 'hs-field__error' : 'hs-field__message'}
          role={error ? 'alert' : undefined}
        >
          {validationMessage}
        </div>
      ) : null}
    </div>
  );
}
