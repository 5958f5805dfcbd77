// The entry of a plan-parsing worker thread: the server runs TypeScript through tsx, and a worker thread does not
// inherit the parent's loader, so it registers tsx before importing the worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
// eslint-disable-next-line @typescript-eslint/no-unsafe-member-access -- workerData is untyped
await import(workerData.entry);
