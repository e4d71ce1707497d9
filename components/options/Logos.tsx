/** Reference logos for the image check: add an image file (kept as a data URL in local storage), or remove one. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { LockNote, useModel } from './Fields';

const MAX_BYTES = 512 * 1024;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function Logos() {
  const model = useModel();
  const logos = (model.value('images.logos') as Settings['images']['logos']) ?? [];
  const locked = model.locked('images.logos');
  const [error, setError] = useState('');
  const add = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!/^image\/(png|jpeg|webp)$/.test(file.type)) return setError(t('options.logos.type'));
    if (file.size > MAX_BYTES) return setError(t('options.logos.size'));
    setError('');
    model.update('images.logos', [...logos, { name: file.name, dataUrl: await readAsDataUrl(file) }]);
  };
  return (
    <div class="field" data-path="images.logos">
      <h4>{t('options.logos.title')}</h4>
      <p class="hint">{logos.length ? t('options.logos.intro') : t('options.logos.none')}</p>
      <ul class="logos">
        {logos.map((logo, i) => (
          <li key={logo.name + String(i)}>
            <img src={logo.dataUrl} alt="" width={40} height={40} /> {logo.name}{' '}
            {!locked && (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  model.update(
                    'images.logos',
                    logos.filter((_, j) => j !== i),
                  )
                }
              >
                {t('options.logos.remove', { name: logo.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {locked ? (
        <LockNote />
      ) : (
        <>
          <label class="field-label" for="logo-file">
            {t('options.logos.add')}
          </label>
          <input
            id="logo-file"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={(e) => void add(e.currentTarget)}
          />
        </>
      )}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
