import { useId, useState, type KeyboardEvent } from 'react';
import { Field, testIdOf } from './shared';

/**
 * HubSpot's text fields (read from the Input props of `@hubspot/ui-extensions` 0.17.0): `onInput`
 * gets the value on every edit, `onChange` when the value is committed (on blur, or Enter in a
 * one-line field), `onBlur`/`onFocus` the value at that moment. `value` may change from the
 * extension at any time; what the user is typing is kept until then.
 */
interface TextFieldProps<V> {
  label?: string;
  name?: string;
  value?: V;
  defaultValue?: V;
  required?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
  description?: string;
  placeholder?: string;
  error?: boolean;
  validationMessage?: string;
  testId?: string;
  onChange?: (value: V) => void;
  onInput?: (value: V) => void;
  onBlur?: (value: V) => void;
  onFocus?: (value: V) => void;
}

function useCommittedText<V>(
  props: TextFieldProps<V>,
  parse: (text: string) => V,
  show: (value: V | undefined) => string,
) {
  const [draft, setDraft] = useState(() => show(props.value ?? props.defaultValue));
  const [committed, setCommitted] = useState(draft);
  // A new value from the extension replaces what is shown (React's "adjust state on a prop change").
  const [seen, setSeen] = useState(props.value);
  if (props.value !== undefined && props.value !== seen) {
    setSeen(props.value);
    setDraft(show(props.value));
    setCommitted(show(props.value));
  }
  const commit = () => {
    if (draft === committed) return;
    setCommitted(draft);
    props.onChange?.(parse(draft));
  };
  return {
    value: draft,
    onChange: (text: string) => {
      setDraft(text);
      props.onInput?.(parse(text));
    },
    onBlur: () => {
      commit();
      props.onBlur?.(parse(draft));
    },
    onFocus: () => props.onFocus?.(parse(draft)),
    onEnter: commit,
  };
}

const asText = (value: string | undefined) => value ?? '';
const identity = (text: string) => text;

function TextField(
  props: TextFieldProps<string> & { type: 'text' | 'password' | 'search'; clearable?: boolean },
) {
  const id = useId();
  const field = useCommittedText(props, identity, asText);
  return (
    <Field id={id} {...props}>
      <div className="hs-input-wrap">
        <input
          id={id}
          className="hs-input"
          type={props.type}
          name={props.name}
          value={field.value}
          placeholder={props.placeholder}
          readOnly={props.readOnly}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={props.error || undefined}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          onFocus={field.onFocus}
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key === 'Enter') field.onEnter();
          }}
          {...testIdOf(props)}
        />
        {props.clearable && field.value !== '' && !props.readOnly ? (
          <button
            type="button"
            className="hs-input-clear"
            aria-label="Clear"
            onClick={() => {
              field.onChange('');
              props.onChange?.('');
            }}
          >
            ×
          </button>
        ) : null}
      </div>
    </Field>
  );
}

export function Input(props: TextFieldProps<string> & { type?: 'text' | 'password' }) {
  return <TextField {...props} type={props.type ?? 'text'} />;
}

export function SearchInput(props: TextFieldProps<string> & { clearable?: boolean }) {
  return <TextField {...props} type="search" clearable={props.clearable ?? true} />;
}

export function TextArea(
  props: TextFieldProps<string> & {
    rows?: number;
    cols?: number;
    maxLength?: number;
    resize?: string;
  },
) {
  const id = useId();
  const field = useCommittedText(props, identity, asText);
  return (
    <Field id={id} {...props}>
      <textarea
        id={id}
        className="hs-input hs-textarea"
        name={props.name}
        value={field.value}
        rows={props.rows}
        cols={props.cols}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        required={props.required}
        aria-invalid={props.error || undefined}
        style={{ resize: (props.resize ?? 'vertical') as 'vertical' }}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        onFocus={field.onFocus}
        {...testIdOf(props)}
      />
    </Field>
  );
}

const asNumber = (text: string) =>
  text.trim() === '' ? (undefined as unknown as number) : Number(text);
const showNumber = (value: number | undefined) =>
  value === undefined || value === null ? '' : String(value);

export function NumberInput(
  props: TextFieldProps<number> & { min?: number; max?: number; precision?: number },
) {
  const id = useId();
  const field = useCommittedText(props, asNumber, showNumber);
  return (
    <Field id={id} {...props}>
      <input
        id={id}
        className="hs-input"
        type="number"
        name={props.name}
        value={field.value}
        min={props.min}
        max={props.max}
        step={props.precision ? 1 / 10 ** props.precision : 'any'}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        required={props.required}
        aria-invalid={props.error || undefined}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        onFocus={field.onFocus}
        onKeyDown={(event) => {
          if (event.key === 'Enter') field.onEnter();
        }}
        {...testIdOf(props)}
      />
    </Field>
  );
}

export function CurrencyInput(
  props: TextFieldProps<number> & {
    currency?: string;
    min?: number;
    max?: number;
    precision?: number;
  },
) {
  return (
    <div className="hs-currency">
      <NumberInput
        {...props}
        label={props.currency ? `${props.label ?? ''} (${props.currency})` : props.label}
      />
    </div>
  );
}

export function StepperInput(
  props: TextFieldProps<number> & { min?: number; max?: number; stepSize?: number },
) {
  const step = props.stepSize ?? 1;
  const current = props.value ?? props.defaultValue ?? 0;
  const set = (next: number) => {
    if (props.min !== undefined && next < props.min) return;
    if (props.max !== undefined && next > props.max) return;
    props.onChange?.(next);
  };
  return (
    <div className="hs-stepper">
      <NumberInput {...props} />
      <button
        type="button"
        className="hs-button hs-button--secondary hs-button--small"
        aria-label="Decrease"
        onClick={() => set(current - step)}
      >
        −
      </button>
      <button
        type="button"
        className="hs-button hs-button--secondary hs-button--small"
        aria-label="Increase"
        onClick={() => set(current + step)}
      >
        +
      </button>
    </div>
  );
}
