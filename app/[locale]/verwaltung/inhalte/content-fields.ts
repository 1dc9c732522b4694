import type { getTranslations } from 'next-intl/server';
import type { StoredContentItem } from '@/db/queries/content-admin';
import { audienceEnum } from '@/db/schema';
import type { ConsoleField } from '../_components/console-field';

type T = Awaited<ReturnType<typeof getTranslations<'Console.content'>>>;

/** The content form's fields, empty for a new item or filled with a stored one (whose slug is then fixed). */
export function contentFields(t: T, item?: StoredContentItem): ConsoleField[] {
  return [
    { kind: 'hidden', name: 'mode', value: item ? 'update' : 'create' },
    item ? { kind: 'hidden', name: 'slug', value: item.slug } : { kind: 'text', name: 'slug', label: t('slug'), hint: t('slugHint') },
    {
      kind: 'select',
      name: 'audience',
      label: t('audience'),
      options: audienceEnum.enumValues.map((value) => ({ value, label: t(`audiences.${value}`) })),
      defaultValue: item?.audience ?? 'everyone',
    },
    { kind: 'checkbox', name: 'published', label: t('publishedLabel'), defaultChecked: item?.published ?? false },
    { kind: 'text', name: 'titleDe', label: t('titleDe'), defaultValue: item?.de.title },
    { kind: 'text', name: 'summaryDe', label: t('summaryDe'), defaultValue: item?.de.summary },
    { kind: 'textarea', name: 'bodyDe', label: t('bodyDe'), hint: t('bodyHint'), defaultValue: item?.de.body },
    { kind: 'text', name: 'titleEn', label: t('titleEn'), defaultValue: item?.en.title },
    { kind: 'text', name: 'summaryEn', label: t('summaryEn'), defaultValue: item?.en.summary },
    { kind: 'textarea', name: 'bodyEn', label: t('bodyEn'), hint: t('bodyHint'), defaultValue: item?.en.body },
  ];
}
