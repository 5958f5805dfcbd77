import { buildWebIfStale } from './build-web';

// `npm start`: build the web app when it is missing or stale, then start the server.
await buildWebIfStale();
await import('./main');
