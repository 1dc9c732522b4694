import { describe, expect, it } from 'vitest';
import { auditedBy, cliActor } from './actor';

describe('who an operator action is audited as', () => {
  it('the console’s operator by id; the command line, which has no account, as via: cli', () => {
    expect(auditedBy({ operatorId: 'op-1' }, { company: 'c-1' })).toEqual({ userId: 'op-1', details: { company: 'c-1' } });
    expect(auditedBy(cliActor, { company: 'c-1' })).toEqual({ details: { via: 'cli', company: 'c-1' } });
  });
});
