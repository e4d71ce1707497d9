/** Schools (names, aliases, mascots), which graduation years mean "current student", and student ID formats. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { School } from '@/lib/settings';
import { fieldId, ListField, LockNote, Section, TextField, useModel } from './Fields';

export function SchoolsSection() {
  return (
    <Section id="schools" title={t('options.schools.title')} intro={t('options.schools.intro')}>
      <SchoolList />
      <GraduationYears />
      <h3>{t('options.ids.title')}</h3>
      <ListField path="studentIdFormats" label={t('options.ids.label')} hint={t('options.ids.hint')} />
      <IdTester />
    </Section>
  );
}

function SchoolList() {
  const model = useModel();
  const schools = (model.value('schools') as School[]) ?? [];
  const locked = model.locked('schools');
  const add = () => {
    model.update('schools', [...schools, { name: '', aliases: [], mascots: [] }]);
    requestAnimationFrame(() => document.getElementById(fieldId(`schools.${schools.length}.name`))?.focus());
  };
  return (
    <>
      {locked && <LockNote />}
      {schools.map((school, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: schools have no id; fields are bound by position
        <fieldset key={i} class="school">
          <legend>{school.name || t('options.schools.unnamed', { n: i + 1 })}</legend>
          <TextField path={`schools.${i}.name`} label={t('options.schools.name')} />
          <ListField
            path={`schools.${i}.aliases`}
            commas
            label={t('options.schools.aliases')}
            hint={t('options.commas')}
          />
          <ListField
            path={`schools.${i}.mascots`}
            commas
            label={t('options.schools.mascots')}
            hint={t('options.commas')}
          />
          {!locked && (
            <button
              type="button"
              class="secondary"
              onClick={() =>
                model.update(
                  'schools',
                  schools.filter((_, j) => j !== i),
                )
              }
            >
              {t('options.schools.remove', { name: school.name || t('options.schools.unnamed', { n: i + 1 }) })}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && (
        <button type="button" onClick={add}>
          {t('options.schools.add')}
        </button>
      )}
    </>
  );
}

function GraduationYears() {
  const model = useModel();
  const years = model.value('graduationYears') as { first: number; last: number } | null;
  const locked = model.locked('graduationYears');
  const thisYear = new Date().getFullYear();
  return (
    <fieldset class="plain" data-path="graduationYears" data-locked={locked || undefined}>
      <legend>
        <h3>{t('options.years.title')}</h3>
      </legend>
      <label class="choice">
        <input
          type="radio"
          name="years"
          checked={years === null}
          disabled={locked}
          onChange={() => model.update('graduationYears', null)}
        />{' '}
        {t('options.years.calendar', { first: thisYear, last: thisYear + 12 })}
      </label>
      <label class="choice">
        <input
          type="radio"
          name="years"
          checked={years !== null}
          disabled={locked}
          onChange={() => model.update('graduationYears', { first: thisYear, last: thisYear + 12 })}
        />{' '}
        {t('options.years.custom')}
      </label>
      {years !== null && (
        <div class="grid-2">
          <TextField path="graduationYears.first" type="number" label={t('options.years.first')} />
          <TextField path="graduationYears.last" type="number" label={t('options.years.last')} />
        </div>
      )}
      {locked && <LockNote />}
    </fieldset>
  );
}

/** Try a number against the formats as the checker reads them (whole word). */
function IdTester() {
  const model = useModel();
  const [sample, setSample] = useState('');
  const formats = (model.value('studentIdFormats') as string[]) ?? [];
  const matches = formats.some((source) => {
    try {
      return new RegExp(`^(?:${source})$`, 'u').test(sample.trim());
    } catch {
      return false;
    }
  });
  return (
    <div class="field">
      <label class="field-label" for="id-tester">
        {t('options.ids.try')}
      </label>
      <input id="id-tester" type="text" value={sample} onInput={(e) => setSample(e.currentTarget.value)} />
      <p class="hint" role="status">
        {sample.trim() ? (matches ? `✓ ${t('options.ids.matches')}` : `✕ ${t('options.ids.noMatch')}`) : ''}
      </p>
    </div>
  );
}
