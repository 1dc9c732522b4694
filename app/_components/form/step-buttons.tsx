import type { ReactNode } from 'react';

/**
 * The forward and the backward button of a form step. Enter in a field submits the form with its first submit
 * button in DOM order (HTML's "default button"), with or without JavaScript, so the forward button comes first
 * and Enter always moves on, never back. `flex-row-reverse` still shows the backward button on the left, where
 * people look for it; Tab reaches the forward button first, the step's next action after its last field.
 */
export function StepButtons({ forward, backward }: { forward: ReactNode; backward: ReactNode }) {
  return (
    <div className="flex flex-row-reverse flex-wrap justify-between gap-4">
      {forward}
      {backward}
    </div>
  );
}
