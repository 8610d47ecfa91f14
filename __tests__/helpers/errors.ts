import { expect } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';

/** The ConfigurationError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function configError(p: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

/** A resolver from a table, as DNS would answer: ENOTFOUND for a name it does not hold. */
export const resolverFrom =
  (answers: Record<string, string[]>) =>
  async (name: string): Promise<string[]> => {
    const a = answers[name];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return a;
  };
