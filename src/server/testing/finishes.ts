import vm from 'node:vm';

/**
 * Runs `work` under a hard stop: vm's timeout ends it, a running regular expression included, and the test fails
 * with "Script execution timed out". This tells "finishes" from "runs away", it is not a timing: the inputs it guards
 * made the code it replaced run for 20 s or more (or for ever), the code now answers in well under a second.
 */
export function finishes<T>(work: () => T, stopAfterMs = 5_000): T {
  return vm.runInNewContext('work()', { work }, { timeout: stopAfterMs }) as T;
}
