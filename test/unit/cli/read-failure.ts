// Shared by the CLI input tests (input-52, input-53): the InputError readLines throws on `bytes`.
import { InputError, readLines } from '@/cli/io';

/** The error reading `bytes` as input lines throws; the test fails when it reads them without one. */
export const readFailure = async (bytes: Buffer): Promise<InputError> => {
  try {
    for await (const _ of readLines([bytes]));
  } catch (e) {
    return e as InputError;
  }
  throw new Error('no error');
};
