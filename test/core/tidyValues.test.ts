import { describe, expect, it } from 'vitest';
import { resolveFields } from '../../src/core/fields/fieldModel.ts';
import { tidyValues } from '../../src/core/fields/tidyValues.ts';

const { fields } = resolveFields({
  usernameMode: 'email',
  fields: ['phone_number', 'given_name', { name: 'referral', destination: 'clientMetadata' }],
});

describe('tidyValues', () => {
  it('trims emails (the username in email mode too), whatever input they came from', () => {
    expect(tidyValues(fields, { username: '  ada@example.com \t' }).username).toBe(
      'ada@example.com',
    );
  });

  it('removes the spaces, hyphens, dots and parentheses people type in phone numbers', () => {
    for (const typed of ['+1 (201) 555-0123', '+1.201.555.0123', ' +1 201 555 0123 ']) {
      expect(tidyValues(fields, { phone_number: typed }).phone_number).toBe('+12015550123');
    }
  });

  it('leaves every other value exactly as typed, and the same object when nothing changes', () => {
    const values = { given_name: ' Ada ', referral: ' A B ', password: ' x ' };
    expect(tidyValues(fields, values)).toBe(values);
    const typed = { username: 'ada@example.com ', given_name: ' Ada ' };
    expect(tidyValues(fields, typed)).toEqual({ username: 'ada@example.com', given_name: ' Ada ' });
    expect(typed.username).toBe('ada@example.com '); // not mutated
  });
});
