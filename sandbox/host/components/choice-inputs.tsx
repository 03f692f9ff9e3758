import { useId, type ReactNode } from 'react';
import { Field, classes, testIdOf } from './shared';

type OptionValue = string | number | boolean;
interface Option {
  label: string;
  value: OptionValue;
  description?: string;
}

interface BaseProps {
  label?: string;
  name?: string;
  required?: boolean;
  readOnly?: boolean;
  description?: string;
  placeholder?: string;
  error?: boolean;
  validationMessage?: string;
  testId?: string;
}

/** Select: `onChange` with the chosen option's own value (a number stays a number). */
export function Select(
  props: BaseProps & {
    options: Option[];
    value?: OptionValue;
    onChange?: (value: OptionValue) => void;
  },
) {
  const id = useId();
  const options = props.options ?? [];
  const selected = options.findIndex((option) => option.value === props.value);
  return (
    <Field id={id} {...props}>
      <select
        id={id}
        className="hs-input hs-select"
        name={props.name}
        value={selected === -1 ? '' : String(selected)}
        disabled={props.readOnly}
        required={props.required}
        aria-invalid={props.error || undefined}
        onChange={(event) => {
          const option = options[Number(event.target.value)];
          if (option) props.onChange?.(option.value);
        }}
        {...testIdOf(props)}
      >
        <option value="" disabled hidden={selected !== -1}>
          {props.placeholder ?? 'Select an option'}
        </option>
        {options.map((option, index) => (
          <option key={index} value={String(index)}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function MultiSelect(
  props: BaseProps & {
    options: Option[];
    value?: OptionValue[];
    onChange?: (value: OptionValue[]) => void;
  },
) {
  const id = useId();
  const options = props.options ?? [];
  const chosen = new Set(props.value ?? []);
  return (
    <Field id={id} {...props}>
      <select
        id={id}
        multiple
        className="hs-input hs-select"
        name={props.name}
        value={options.flatMap((option, index) =>
          chosen.has(option.value) ? [String(index)] : [],
        )}
        disabled={props.readOnly}
        onChange={(event) =>
          props.onChange?.(
            [...event.target.selectedOptions].flatMap((option) => {
              const picked = options[Number(option.value)];
              return picked ? [picked.value] : [];
            }),
          )
        }
        {...testIdOf(props)}
      >
        {options.map((option, index) => (
          <option key={index} value={String(index)}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface PickedDate {
  year: number;
  /** January is 0, as HubSpot's DateInput counts. */
  month: number;
  date: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoOf = (value: PickedDate | null | undefined) =>
  value ? `${pad(value.year, 4)}-${pad(value.month + 1, 2)}-${pad(value.date, 2)}` : '';

/** DateInput: a calendar day with no time and so no time zone; `onChange` on each pick. */
export function DateInput(
  props: BaseProps & {
    value?: PickedDate | null;
    min?: PickedDate;
    max?: PickedDate;
    onChange?: (value: (PickedDate & { formattedDate: string }) | null) => void;
    onBlur?: (value: unknown) => void;
  },
) {
  const id = useId();
  return (
    <Field id={id} {...props}>
      <input
        id={id}
        className="hs-input"
        type="date"
        name={props.name}
        value={isoOf(props.value)}
        min={isoOf(props.min) || undefined}
        max={isoOf(props.max) || undefined}
        readOnly={props.readOnly}
        required={props.required}
        aria-invalid={props.error || undefined}
        onChange={(event) => {
          const [year, month, date] = event.target.value.split('-').map(Number);
          props.onChange?.(
            year && month && date
              ? { year, month: month - 1, date, formattedDate: event.target.value }
              : null,
          );
        }}
        {...testIdOf(props)}
      />
    </Field>
  );
}

export function TimeInput(
  props: BaseProps & {
    value?: { hours: number; minutes: number } | null;
    onChange?: (value: { hours: number; minutes: number }) => void;
  },
) {
  const id = useId();
  const value = props.value ? `${pad(props.value.hours, 2)}:${pad(props.value.minutes, 2)}` : '';
  return (
    <Field id={id} {...props}>
      <input
        id={id}
        className="hs-input"
        type="time"
        name={props.name}
        value={value}
        readOnly={props.readOnly}
        onChange={(event) => {
          const [hours, minutes] = event.target.value.split(':').map(Number);
          if (hours !== undefined && minutes !== undefined) props.onChange?.({ hours, minutes });
        }}
        {...testIdOf(props)}
      />
    </Field>
  );
}

interface CheckProps {
  name?: string;
  value?: string;
  checked?: boolean;
  initialIsChecked?: boolean;
  readonly?: boolean;
  readOnly?: boolean;
  description?: string;
  inline?: boolean;
  children?: ReactNode;
  testId?: string;
  onChange?: (checked: boolean, value: string) => void;
}

function Check(props: CheckProps & { type: 'checkbox' | 'radio' }) {
  const readOnly = props.readOnly ?? props.readonly;
  return (
    <label
      className={classes(
        'hs-check',
        props.inline && 'hs-check--inline',
        readOnly && 'hs-check--readonly',
      )}
    >
      <input
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked ?? undefined}
        defaultChecked={props.checked === undefined ? props.initialIsChecked : undefined}
        disabled={readOnly}
        onChange={(event) => props.onChange?.(event.target.checked, props.value ?? '')}
        {...testIdOf(props)}
      />
      <span>
        {props.children}
        {props.description ? (
          <span className="hs-field__description">{props.description}</span>
        ) : null}
      </span>
    </label>
  );
}

export function Checkbox(props: CheckProps) {
  return <Check {...props} type="checkbox" />;
}

export function RadioButton(props: CheckProps) {
  return <Check {...props} type="radio" />;
}

export function Toggle(props: {
  label?: string;
  checked?: boolean;
  initialIsChecked?: boolean;
  readonly?: boolean;
  readOnly?: boolean;
  labelDisplay?: 'inline' | 'top' | 'hidden';
  testId?: string;
  onChange?: (checked: boolean) => void;
}) {
  const checked = props.checked ?? props.initialIsChecked ?? false;
  const readOnly = props.readOnly ?? props.readonly;
  return (
    <label className="hs-toggle">
      {props.labelDisplay === 'hidden' ? null : (
        <span className="hs-toggle__label">{props.label}</span>
      )}
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={props.label}
        disabled={readOnly}
        className={classes('hs-toggle__switch', checked && 'hs-toggle__switch--on')}
        onClick={() => props.onChange?.(!checked)}
        {...testIdOf(props)}
      >
        <span className="hs-toggle__knob" />
      </button>
    </label>
  );
}

/** ToggleGroup: a checkbox list (`onChange` with every checked value) or a radio list (the one). */
export function ToggleGroup(
  props: BaseProps & {
    toggleType?: 'checkboxList' | 'radioButtonList';
    name: string;
    options: Array<{
      label: string;
      value: string;
      initialIsChecked?: boolean;
      readonly?: boolean;
      readOnly?: boolean;
      description?: string;
    }>;
    value?: string | string[];
    inline?: boolean;
    onChange?: (value: string | string[]) => void;
  },
) {
  const id = useId();
  const radio = props.toggleType === 'radioButtonList';
  const chosen = new Set(
    Array.isArray(props.value) ? props.value : props.value === undefined ? [] : [props.value],
  );
  return (
    <Field id={id} {...props}>
      <div
        id={id}
        role={radio ? 'radiogroup' : 'group'}
        aria-label={props.label}
        className={classes('hs-toggle-group', props.inline && 'hs-toggle-group--inline')}
        {...testIdOf(props)}
      >
        {props.options.map((option) => (
          <Check
            key={option.value}
            type={radio ? 'radio' : 'checkbox'}
            name={props.name}
            value={option.value}
            checked={props.value === undefined ? undefined : chosen.has(option.value)}
            initialIsChecked={option.initialIsChecked}
            readOnly={option.readOnly ?? option.readonly ?? props.readOnly}
            description={option.description}
            inline={props.inline}
            onChange={(checked) => {
              if (radio) {
                props.onChange?.(option.value);
                return;
              }
              const next = new Set(chosen);
              if (checked) next.add(option.value);
              else next.delete(option.value);
              props.onChange?.(props.options.map((o) => o.value).filter((v) => next.has(v)));
            }}
          >
            {option.label}
          </Check>
        ))}
      </div>
    </Field>
  );
}
