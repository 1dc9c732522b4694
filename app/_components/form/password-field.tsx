'use client';

import { useTranslations } from 'next-intl';
import { type ChangeEvent, useState, useSyncExternalStore } from 'react';
import { FieldFrame } from './field-frame';

type Props = {
  name: string;
  label: string;
  hint: string;
  errors?: string[];
  /** Name and address: a password made of them is weak. */
  personalHints: string[];
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
};

type Strength = (password: string, hints: string[]) => number;

const noSubscription = () => () => {};

/**
 * A new password: paste and password managers welcome (autocomplete="new-password"), show/hide and a strength
 * estimate where JavaScript runs. The estimator and its dictionaries load only once someone types here.
 */
export function PasswordField({ name, label, hint, errors = [], personalHints, onChange }: Props) {
  const t = useTranslations('Registration');
  // True only in the browser after hydration: the show/hide button needs JavaScript, so it is not served without.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [visible, setVisible] = useState(false);
  const [value, setValue] = useState('');
  const [estimate, setEstimate] = useState<Strength | null>(null);
  const id = `field-${name}`;

  const loadEstimator = () => {
    if (estimate) return;
    void import('@/lib/validation/password-strength')
      .then((m) => m.loadPasswordScore())
      .then((score) => setEstimate(() => score));
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setValue(event.currentTarget.value);
    onChange?.(event);
  };

  // Computed on render, so the estimate appears as soon as the estimator has loaded, even mid-word.
  const score = value && estimate ? estimate(value, personalHints) : null;
  const level = score === null ? null : (['strength0', 'strength1', 'strength2', 'strength3', 'strength4'] as const)[score];

  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <>
          <div className="flex flex-wrap gap-2">
            <input
              id={id}
              name={name}
              type={visible ? 'text' : 'password'}
              autoComplete="new-password"
              maxLength={1000}
              className="text-input min-w-0 flex-1 basis-56"
              aria-invalid={invalid}
              aria-describedby={[describedBy, `${id}-strength`].filter(Boolean).join(' ')}
              onFocus={loadEstimator}
              onChange={handleChange}
            />
            {mounted ? (
              <button
                type="button"
                className="button-secondary shrink-0"
                aria-controls={id}
                aria-pressed={visible}
                onClick={() => setVisible((v) => !v)}
              >
                {visible ? t('hidePassword') : t('showPassword')}
              </button>
            ) : null}
          </div>
          <p id={`${id}-strength`} aria-live="polite" className="min-h-6 text-sm font-semibold">
            {level ? t('strength', { level: t(level) }) : null}
          </p>
        </>
      )}
    </FieldFrame>
  );
}
