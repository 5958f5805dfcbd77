import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, schemaFile } from './generate-api-types';

describe('the web’s API types', () => {
  it('match the routes the server registers', { timeout: 120_000 }, async () => {
    const committed = fs.readFileSync(schemaFile, 'utf8');
    const current = await generateApiTypes();
    expect(
      committed === current,
      'src/web/api/schema.d.ts is out of date with the server’s routes: run `npm run api:types`',
    ).toBe(true);
  });
});
