import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3, type SchemaObject } from 'openapi-typescript';
import prettier from 'prettier';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { pgliteExtensions, wrapPglite } from '../src/server/platform/database';

// `npm run api:types`: the web's API types, generated from the OpenAPI document of the app the server builds.
const root = fileURLToPath(new URL('..', import.meta.url));
export const schemaFile = path.join(root, 'src/web/api/schema.d.ts');

/** The OpenAPI document of the app as the server builds it (routes register without migrations). */
export async function openApiDocument(): Promise<OpenAPI3> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-api-types-'));
  const database = wrapPglite(await PGlite.create({ extensions: pgliteExtensions() }));
  try {
    const app = await buildApp({ database, config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
    await app.ready();
    const document = app.swagger() as unknown as OpenAPI3;
    await app.close();
    return document;
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The zod transform writes a recursive schema (a document's sections) as a `$ref` to a component it never defines
 * (`schema0Input`): openapi-typescript refuses a dangling reference, so such a component is declared as any value.
 */
function defineDanglingRefs(document: OpenAPI3): OpenAPI3 {
  const schemas = { ...document.components?.schemas };
  for (const [, name] of JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g))
    schemas[name!] ??= {} as SchemaObject;
  return { ...document, components: { ...document.components, schemas } };
}

/** The text of `src/web/api/schema.d.ts` for the routes as they are now, formatted as lint wants it. */
export async function generateApiTypes(): Promise<string> {
  const text = COMMENT_HEADER + astToString(await openapiTS(defineDanglingRefs(await openApiDocument())));
  const options = await prettier.resolveConfig(schemaFile);
  return await prettier.format(text, { ...options, filepath: schemaFile });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(schemaFile, await generateApiTypes());
  console.log(`Đã viết ${path.relative(root, schemaFile)}`);
}
