'use server';

import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { notice, type ConsoleNotice } from '@/lib/forms/console-notice';
import { operatorAction, refusedState } from '@/lib/forms/operator-action';
import { saveContent, setContentCompanies } from '@/lib/operations/content';
import { contentCompaniesSchema, contentSchema } from '@/lib/validation/console';
import { consolePaths } from '../_components/sections';

export const saveContentAction = operatorAction<typeof contentSchema, ConsoleNotice>({
  name: 'saveContentAction',
  schema: contentSchema,
  handler: async (data, { actor, locale, formData }) => {
    const item = {
      slug: data.slug,
      audience: data.audience,
      published: data.published,
      de: { title: data.titleDe, summary: data.summaryDe, body: data.bodyDe },
      en: { title: data.titleEn, summary: data.summaryEn, body: data.bodyEn },
    };
    const result = await saveContent(await getDatabase(), actor, item, data.mode);
    if (!result.ok) {
      const values = Object.fromEntries(Object.keys(contentSchema.shape).map((name) => [name, String(formData.get(name) ?? '')]));
      return refusedState(result, { invalidSlug: 'slug', slugTaken: 'slug' }, values);
    }
    if (data.mode === 'create') redirectTo(consolePaths.contentItem(result.slug), locale);
    return result.changed ? notice('content.saved') : notice('content.unchanged');
  },
});

export const contentCompaniesAction = operatorAction<typeof contentCompaniesSchema, ConsoleNotice>({
  name: 'contentCompaniesAction',
  schema: contentCompaniesSchema,
  handler: async ({ slug }, { actor, formData }) => {
    const companyIds = formData.getAll('companies').filter((v): v is string => typeof v === 'string');
    const result = await setContentCompanies(await getDatabase(), actor, { slug, companyIds });
    if (!result.ok) return refusedState(result, {}, { slug });
    return notice('content.companiesSaved', { unlocked: result.unlocked, locked: result.locked });
  },
});
