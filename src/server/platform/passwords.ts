import { hash, verify } from '@node-rs/argon2';
import { platformMessages as pm } from './platform.messages';

// argon2id with the OWASP minimum (m=19 MiB, t=2, p=1): about 15 ms to verify on the 2-core target.
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username does not exist, so both paths take the same time. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(pm.dummyPassword);
  return dummyHash;
}
