import { describe, expect, it } from 'vitest';
import { useTestApp } from './testing/test-app';

/** Every `$ref` of a JSON document, with where it sits. */
function refsOf(node: unknown, at = '#'): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refsOf(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ at, ref: value }] : refsOf(value, `${at}/${key}`),
  );
}

/** The node a local reference (`#/components/schemas/X`) points to, or undefined. */
function resolveRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      doc,
    );
}

describe('the OpenAPI document', () => {
  const ctx = useTestApp('pglite');

  it('resolves every $ref, the recursive DocumentSection a component of its own', async () => {
    const spec: unknown = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    const refs = refsOf(spec);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter(({ ref }) => resolveRef(spec, ref) === undefined)).toEqual([]);
    expect(refs.map((r) => r.ref)).toEqual(
      expect.arrayContaining([
        '#/components/schemas/DocumentSection',
        '#/components/schemas/DocumentSectionInput',
      ]),
    );
  });
});
