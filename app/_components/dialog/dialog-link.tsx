'use client';

import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';
import { useInDialog } from './dialog-context';

/** A link that, inside the route dialog, replaces the dialog's history entry (so closing still returns below). */
export function DialogLink(props: ComponentProps<typeof Link>) {
  return <Link {...props} replace={useInDialog() || props.replace} />;
}
