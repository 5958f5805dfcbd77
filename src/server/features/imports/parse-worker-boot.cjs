// The entry of a parse worker thread. The server runs TypeScript through tsx, and a worker thread does not inherit
// the parent's loader: tsx's require hook is registered in this thread (its ESM loader would start a loader thread of
// its own for each worker, about 25 MB more each) and the worker module named in workerData is required.
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument -- plain CommonJS */
const { workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
require(workerData.entry);
