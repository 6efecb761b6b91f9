/** The OpenAPI route matcher and the OpenAPI 3.0 → JSON Schema conversion the fake relies on. */
import ajvModule from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchOperation } from '../support/fake-github/openapi.js';
import { toJsonSchema, type JsonObject, type JsonValue } from '../support/fake-github/openapi-schema.js';

const Ajv = ajvModule.default;

describe('matchOperation', () => {
  it('prefers literal segments over parameters', () => {
    expect(matchOperation('GET', '/repos/a/b/issues/comments')?.key).toBe('GET /repos/{owner}/{repo}/issues/comments');
    expect(matchOperation('GET', '/repos/a/b/issues/12')).toMatchObject({
      key: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
      operationId: 'issues/get',
      params: { owner: 'a', repo: 'b', issue_number: '12' },
    });
  });

  it('decodes encoded slashes and lets a trailing parameter take unencoded ones', () => {
    expect(matchOperation('GET', '/repos/a/b/git/ref/heads%2Fblindspot%2Fx')?.params.ref).toBe('heads/blindspot/x');
    expect(matchOperation('DELETE', '/repos/a/b/git/refs/heads/blindspot/x')?.params.ref).toBe('heads/blindspot/x');
    expect(matchOperation('GET', '/repos/a/b/contents/governance/models.yaml')?.params.path).toBe('governance/models.yaml');
    // A literal continuation still wins over swallowing the tail.
    expect(matchOperation('GET', '/repos/a/b/branches/main/protection')?.key).toBe('GET /repos/{owner}/{repo}/branches/{branch}/protection');
  });

  it('matches the method too, and knows nothing outside the description', () => {
    expect(matchOperation('PUT', '/repos/a/b/issues/1/labels')?.key).toBe('PUT /repos/{owner}/{repo}/issues/{issue_number}/labels');
    expect(matchOperation('PATCH', '/repos/a/b/issues/1/labels')).toBeUndefined();
    expect(matchOperation('GET', '/no/such/path')).toBeUndefined();
    expect(matchOperation('POST', '/graphql')).toBeUndefined();
  });
});

describe('toJsonSchema', () => {
  it('turns nullable + type into a null type, adding null to an enum', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['completed', 'not_planned'] }, '')).toEqual({
      type: ['string', 'null'],
      enum: ['completed', 'not_planned', null],
    });
  });

  it('wraps nullable without a type in anyOf, and rebases local refs', () => {
    expect(toJsonSchema({ nullable: true, allOf: [{ $ref: '#/components/schemas/simple-user' }] }, 'spec')).toEqual({
      anyOf: [{ allOf: [{ $ref: 'spec#/components/schemas/simple-user' }] }, { type: 'null' }],
    });
  });

  it('moves nullability out of a oneOf whose alternatives are all nullable', () => {
    const converted = toJsonSchema({ oneOf: [{ type: 'string', nullable: true }, { type: 'integer', nullable: true }] }, '') as JsonObject;
    const validate = new Ajv({ strict: false }).compile(converted);
    expect([validate(null), validate('x'), validate(3), validate(true)]).toEqual([true, true, true, false]);
  });

  it('treats property names as names, not keywords, and drops annotations', () => {
    expect(
      toJsonSchema({ type: 'object', description: 'd', example: {}, 'x-github': {}, properties: { nullable: { type: 'boolean', readOnly: true } } }, ''),
    ).toEqual({ type: 'object', properties: { nullable: { type: 'boolean' } } });
  });

  it('a nullable schema accepts exactly null plus what the non-nullable one accepts', () => {
    const types = ['string', 'integer', 'number', 'boolean', 'array', 'object'] as const;
    const value: fc.Arbitrary<JsonValue> = fc.jsonValue() as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(fc.constantFrom(...types), value, (type, data) => {
        const ajv = new Ajv({ strict: false });
        const plain = ajv.compile({ type });
        const nullable = ajv.compile(toJsonSchema({ type, nullable: true }, '') as JsonObject);
        expect(nullable(data)).toBe(data === null || plain(data));
      }),
    );
  });
});
