/**
 * Form fields bound to a settings path. Each shows the administrator's value read-only with a note when
 * locked, and the schema's complaint (with aria-invalid) when the draft value is invalid.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { Icon } from '../Icon';
import type { OptionsModel } from './use-options';

export const OptionsContext = createContext<OptionsModel | null>(null);

export function useModel(): OptionsModel {
  const model = useContext(OptionsContext);
  if (!model) throw new Error('options fields need an OptionsContext');
  return model;
}

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** The errors at `path` or below it (list items report as `path.3`). */
function errorsAt(model: OptionsModel, path: string, itemWord?: (index: number) => string): string[] {
  return Object.entries(model.errors)
    .filter(([p]) => p === path || p.startsWith(`${path}.`))
    .map(([p, message]) => {
      const index = p.slice(path.length + 1).split('.')[0];
      return index && itemWord && /^\d+$/.test(index) ? `${itemWord(Number(index))}: ${message}` : message;
    });
}

interface FieldFrameProps {
  path: string;
  label: string;
  hint?: string;
  errors: string[];
  children: (props: { id: string; locked: boolean; describedBy?: string; invalid: boolean }) => ComponentChildren;
}

function FieldFrame({ path, label, hint, errors, children }: FieldFrameProps) {
  const model = useModel();
  const id = fieldId(path);
  const locked = model.locked(path);
  const described = [hint && `${id}-hint`, locked && `${id}-locked`, errors.length && `${id}-error`].filter(Boolean);
  return (
    <div class="field" data-path={path} data-locked={locked || undefined}>
      <label class="field-label" for={id}>
        {label}
      </label>
      {children({ id, locked, describedBy: described.join(' ') || undefined, invalid: errors.length > 0 })}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {locked && <LockNote id={`${id}-locked`} />}
      {errors.length > 0 && (
        <p id={`${id}-error`} class="error-text">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

export function LockNote({ id }: { id?: string }) {
  return (
    <p id={id} class="locked-note">
      <Icon name="lock" /> {t('options.locked')}
    </p>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'number';
}

export function TextField({ path, label, hint, type = 'text' }: TextFieldProps) {
  const model = useModel();
  const value = model.value(path);
  return (
    <FieldFrame path={path} label={label} hint={hint} errors={errorsAt(model, path)}>
      {({ id, locked, describedBy, invalid }) => (
        <input
          id={id}
          type={type as 'text'}
          value={value === undefined || value === null ? '' : String(value)}
          readOnly={locked}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            model.update(path, type === 'number' ? (raw.trim() === '' ? Number.NaN : Number(raw)) : raw);
          }}
        />
      )}
    </FieldFrame>
  );
}

const LINES = { split: /\r?\n/, join: '\n' };
const COMMAS = { split: /,/, join: ', ' };

function parseList(text: string, split: RegExp): string[] {
  return text
    .split(split)
    .map((item) => item.trim())
    .filter(Boolean);
}

interface ListFieldProps {
  path: string;
  label: string;
  hint?: string;
  /** One item per line (a textarea) or comma-separated on one line. */
  commas?: boolean;
  rows?: number;
}

/** A list of strings edited as text; the text is kept as typed (trailing newline, comma) while valid items are saved. */
export function ListField({ path, label, hint, commas = false, rows = 3 }: ListFieldProps) {
  const model = useModel();
  const sep = commas ? COMMAS : LINES;
  const items = (model.value(path) as string[] | undefined) ?? [];
  // The text as typed (a trailing newline or comma is kept); replaced only when the list changes from outside.
  const key = items.join('\u0000');
  const typed = useRef({ text: items.join(sep.join), key });
  const [, rerender] = useState(0);
  if (typed.current.key !== key) {
    if (parseList(typed.current.text, sep.split).join('\u0000') !== key) typed.current.text = items.join(sep.join);
    typed.current.key = key;
  }
  const text = typed.current.text;
  const itemWord = (index: number) => t(commas ? 'options.item' : 'options.line', { n: index + 1 });
  return (
    <FieldFrame path={path} label={label} hint={hint} errors={errorsAt(model, path, itemWord)}>
      {({ id, locked, describedBy, invalid }) => {
        const common = {
          id,
          value: text,
          readOnly: locked,
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy,
          onInput: (e: Event) => {
            const next = (e.currentTarget as HTMLInputElement).value;
            const list = parseList(next, sep.split);
            typed.current = { text: next, key: list.join('\u0000') };
            rerender((n) => n + 1);
            model.update(path, list);
          },
        };
        return commas ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />;
      }}
    </FieldFrame>
  );
}

interface SelectFieldProps {
  path: string;
  label: string;
  hint?: string;
  options: readonly (readonly [string, string])[];
}

export function SelectField({ path, label, hint, options }: SelectFieldProps) {
  const model = useModel();
  return (
    <FieldFrame path={path} label={label} hint={hint} errors={errorsAt(model, path)}>
      {({ id, locked, describedBy }) => (
        <select
          id={id}
          value={String(model.value(path))}
          disabled={locked}
          aria-describedby={describedBy}
          onChange={(e) => model.update(path, e.currentTarget.value)}
        >
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ path, label, hint }: { path: string; label: string; hint?: string }) {
  const model = useModel();
  const id = fieldId(path);
  const locked = model.locked(path);
  return (
    <div class="field checkbox" data-path={path} data-locked={locked || undefined}>
      <input
        id={id}
        type="checkbox"
        checked={Boolean(model.value(path))}
        disabled={locked}
        aria-describedby={[hint && `${id}-hint`, locked && `${id}-locked`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => model.update(path, e.currentTarget.checked)}
      />{' '}
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {locked && <LockNote id={`${id}-locked`} />}
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  /** Settings paths this section edits, for the "some values are set by the District" note. */
  paths?: string[];
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="hint">{intro}</p>}
      {children}
    </section>
  );
}
