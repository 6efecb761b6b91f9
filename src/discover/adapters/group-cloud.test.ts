/**
 * Cross-adapter checks over every fixture: detection picks the right adapter and every other cloud
 * adapter says 0; every piece satisfies the snapshot invariants; other groups' formats score 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../util/errors.js';
import type { Adapter } from '../adapter.js';
import { allFixtures, fixture, pieceProblems, textInput, thrown } from './cloud-testing.js';
import { CLOUD_ADAPTERS } from './group-cloud.js';

interface Case {
  /** The adapter that reads it (with --format when `sniffed` is false). */
  format: string;
  /** Whether auto-detection should pick it; false for shapes no content can attribute (`[]`). */
  sniffed: boolean;
  /** The fixture is deliberately malformed: parsing throws an InputError matching this. */
  error?: RegExp;
  /** The text is not even valid JSON: the input has no documents and parsing fails naming the file. */
  invalidJson?: true;
}

const CASES: Record<string, Case> = {
  'aws-credential-report/report.csv': { format: 'aws-credential-report', sniffed: true },
  'aws-credential-report/report-crlf-uppercase.csv': { format: 'aws-credential-report', sniffed: true },
  'aws-credential-report/report-header-only.csv': { format: 'aws-credential-report', sniffed: true },
  'aws-credential-report/report-short-row.csv': { format: 'aws-credential-report', sniffed: true, error: /columns/ },
  'aws-credential-report/report-bad-time.csv': { format: 'aws-credential-report', sniffed: true, error: /timestamp/ },
  'aws-access-keys/keys.ndjson': { format: 'aws-access-keys', sniffed: true },
  'aws-access-keys/keys-slurped.json': { format: 'aws-access-keys', sniffed: true },
  'aws-access-keys/keys-truncated-pages.json': { format: 'aws-access-keys', sniffed: true },
  'aws-access-keys/keys-empty.json': { format: 'aws-access-keys', sniffed: true },
  'aws-access-keys/keys-bad-status.json': { format: 'aws-access-keys', sniffed: true, error: /Status/ },
  'aws-access-keys/keys-truncated-file.json': { format: 'aws-access-keys', sniffed: false, invalidJson: true },
  'aws-authorization-details/details.json': { format: 'aws-authorization-details', sniffed: true },
  'aws-authorization-details/details-truncated.json': { format: 'aws-authorization-details', sniffed: true },
  'aws-authorization-details/details-empty.json': { format: 'aws-authorization-details', sniffed: true },
  'aws-authorization-details/details-bad-time.json': { format: 'aws-authorization-details', sniffed: true, error: /CreateDate/ },
  'gcp-service-accounts/accounts.json': { format: 'gcp-service-accounts', sniffed: true },
  'gcp-service-accounts/accounts-rest-page.json': { format: 'gcp-service-accounts', sniffed: true },
  'gcp-service-accounts/accounts-empty.json': { format: 'gcp-service-accounts', sniffed: false },
  'gcp-service-account-keys/keys.json': { format: 'gcp-service-account-keys', sniffed: true },
  'gcp-service-account-keys/keys-empty.json': { format: 'gcp-service-account-keys', sniffed: false },
  'gcp-service-account-keys/keys-bad-name.json': { format: 'gcp-service-account-keys', sniffed: true, error: /field name/ },
  'gcp-activity/sa-last-auth.json': { format: 'gcp-activity', sniffed: true },
  'gcp-activity/key-last-auth-page.json': { format: 'gcp-activity', sniffed: true },
  'gcp-activity/activity-empty.json': { format: 'gcp-activity', sniffed: false },
  'k8s-service-accounts/serviceaccounts.json': { format: 'k8s-service-accounts', sniffed: true },
  'k8s-service-accounts/combined.json': { format: 'k8s-service-accounts', sniffed: true },
  // An empty List could be any resource: claiming it would declare "no accounts exist".
  'k8s-service-accounts/serviceaccounts-empty.json': { format: 'k8s-service-accounts', sniffed: false },
  'k8s-role-bindings/bindings.json': { format: 'k8s-role-bindings', sniffed: true },
  'k8s-role-bindings/bindings-bad-subject.json': { format: 'k8s-role-bindings', sniffed: true, error: /namespace/ },
  'azure-service-principals/sp-list.json': { format: 'azure-service-principals', sniffed: true },
  'azure-service-principals/graph-page.json': { format: 'azure-service-principals', sniffed: true },
  'azure-service-principals/sp-list-empty.json': { format: 'azure-service-principals', sniffed: false },
  'github-workflow/deploy.yml': { format: 'github-workflow', sniffed: true },
  'github-workflow/broken.yml': { format: 'github-workflow', sniffed: true, error: /invalid workflow YAML/ },
  'github/repo-secrets.json': { format: 'github-actions-secrets', sniffed: true },
  'github/repo-secrets-empty.json': { format: 'github-actions-secrets', sniffed: true },
  'github/org-secrets-paginate.json': { format: 'github-actions-secrets', sniffed: true },
  'github/org-secrets-slurp.json': { format: 'github-actions-secrets', sniffed: true },
  'github/gh-secret-list.json': { format: 'gh-secret-list', sniffed: true },
  'github/deploy-keys.json': { format: 'github-deploy-keys', sniffed: true },
  'github/deploy-keys-slurp.json': { format: 'github-deploy-keys', sniffed: true },
  'github/deploy-keys-empty.json': { format: 'github-deploy-keys', sniffed: false },
  'github/installations.json': { format: 'github-app-installations', sniffed: true },
  'github/pats.json': { format: 'github-pats', sniffed: true },
  'github/members.json': { format: 'github-org-members', sniffed: true },
};

const adapter = (name: string): Adapter => {
  const a = CLOUD_ADAPTERS.find((x) => x.name === name);
  if (!a) throw new Error(`no adapter ${name}`);
  return a;
};

describe('cloud adapter group', () => {
  it('has unique names, one-line descriptions naming a command, and markers', () => {
    const names = CLOUD_ADAPTERS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const a of CLOUD_ADAPTERS) {
      expect(a.description).toMatch(/`[^`]+`/);
      expect(a.description).not.toContain('\n');
      expect(a.markers.length).toBeGreaterThan(0);
    }
  });

  it('lists every fixture in the case table, and every adapter has a detectable fixture', () => {
    expect(allFixtures()).toEqual(Object.keys(CASES).sort());
    const detected = new Set(Object.values(CASES).filter((c) => c.sniffed).map((c) => c.format));
    expect([...detected].sort()).toEqual(CLOUD_ADAPTERS.map((a) => a.name).sort());
  });

  for (const [rel, c] of Object.entries(CASES)) {
    it(`sniff: ${rel} → ${c.sniffed ? c.format : 'nobody'}`, () => {
      const input = fixture(rel);
      const scores = Object.fromEntries(CLOUD_ADAPTERS.map((a) => [a.name, a.sniff(input)]));
      for (const [name, score] of Object.entries(scores)) {
        if (c.sniffed && name === c.format) expect(score, name).toBeGreaterThan(0);
        else expect(score, `${name} on ${rel}`).toBe(0);
      }
    });

    it(`parse: ${rel}`, () => {
      const input = fixture(rel);
      const a = adapter(c.format);
      if (c.invalidJson) {
        expect(input.docs).toBeNull();
        const err = thrown(() => a.parse(input, {}));
        expect(err.file).toBe(input.file);
        // Where the JSON breaks, not only that it does.
        expect(err.message).toMatch(/invalid JSON/);
        expect(err.line).toBeGreaterThan(0);
        return;
      }
      if (c.error) {
        expect(() => a.parse(input, {})).toThrow(c.error);
        return;
      }
      const piece = a.parse(input, { sourceName: 'src' });
      expect(pieceProblems(piece, input.file, a.name)).toEqual([]);
      expect(piece.source.name).toBe('src');
    });
  }

  it('every adapter refuses non-JSON or wrong-shaped input with an InputError naming the file', () => {
    const csv = fixture('aws-credential-report/report.csv');
    const json = fixture('github/members.json');
    for (const a of CLOUD_ADAPTERS) {
      const input = a.name === 'aws-credential-report' ? { ...json, text: '{}' } : csv;
      try {
        a.parse(input, {});
        expect.unreachable(`${a.name} accepted the wrong format`);
      } catch (e) {
        expect((e as Error).name, a.name).toBe('InputError');
        expect((e as { file?: string }).file, a.name).toBe(input.file);
      }
    }
  });

  it("scores 0 on other groups' formats (scanners, ML platforms, agents)", () => {
    const foreign = [
      '[{"RuleID":"aws-access-token","Description":"AWS","StartLine":3,"EndLine":3,"StartColumn":1,"EndColumn":20,"Match":"AKIA…","Secret":"AKIA…","File":"a.env","SymlinkFile":"","Commit":"","Entropy":3.5,"Author":"","Email":"","Date":"","Message":"","Tags":[],"Fingerprint":"a.env:aws-access-token:3"}]',
      '{"SourceMetadata":{"Data":{"Git":{"commit":"abc","file":"a.env","line":3}}},"SourceID":1,"SourceType":16,"SourceName":"trufflehog - git","DetectorType":2,"DetectorName":"AWS","DecoderName":"PLAIN","Verified":true,"Raw":"AKIA","RawV2":"","Redacted":"AKIA","ExtraData":{"arn":"arn:aws:iam::1:user/x"}}',
      '{"registered_models":[{"name":"fraud","creation_timestamp":1700000000000,"latest_versions":[]}]}',
      '{"Endpoints":[{"EndpointName":"fraud","EndpointArn":"arn:aws:sagemaker:us-east-1:1:endpoint/fraud","CreationTime":"2024-01-01T00:00:00Z","EndpointStatus":"InService"}]}',
      '{"Label":"Invocations","Datapoints":[{"Timestamp":"2024-01-01T00:00:00Z","Sum":5,"Unit":"None"}]}',
      '[{"name":"projects/1/locations/us-central1/endpoints/2","displayName":"fraud","deployedModels":[{"id":"3","model":"projects/1/locations/us-central1/models/4","serviceAccount":"sa@p.iam.gserviceaccount.com"}]}]',
      '{"mcpServers":{"github":{"command":"npx","args":["-y","server-github"],"env":{"GITHUB_TOKEN":"x"}}}}',
      '{"servers":{"fs":{"type":"stdio","command":"mcp-fs"}}}',
      '{"tools":[{"name":"read_file","inputSchema":{"type":"object"}}]}',
      '{"object":"list","data":[{"id":"asst_1","object":"assistant","created_at":1700000000,"model":"gpt-4o","tools":[]}],"has_more":false}',
      '{"source":{"type":"kubernetes"},"collectedAt":"2024-01-01T00:00:00Z","complete":true,"covers":[],"assets":[]}',
    ];
    for (const text of foreign) {
      const input = textInput(text);
      for (const a of CLOUD_ADAPTERS) expect(a.sniff(input), `${a.name} on ${text.slice(0, 40)}`).toBe(0);
    }
  });

  it('never throws anything but InputError, and sniffs within 0..1, on arbitrary JSON (property)', () => {
    // Shapes near the real ones, so parsers get past the envelope and meet odd field values.
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, '', 'N/A', '{}', 0, -1, 1e20, 'garbage', true));
    const record = fc.dictionary(
      fc.constantFrom('name', 'email', 'uniqueId', 'keyType', 'AccessKeyId', 'Status', 'CreateDate', 'metadata', 'kind', 'roleRef', 'subjects', 'id', 'appId', 'login', 'token_id', 'owner', 'permissions', 'read_only', 'key', 'created_at', 'updated_at', 'activityType', 'fullResourceName', 'activity', 'Arn', 'RoleName', 'RoleLastUsed', 'Tags'),
      value,
    );
    const envelope = fc.oneof(
      fc.array(record, { maxLength: 3 }),
      fc.record({ AccessKeyMetadata: fc.array(record, { maxLength: 2 }), IsTruncated: fc.boolean() }),
      fc.record({ RoleDetailList: fc.array(record, { maxLength: 2 }), UserDetailList: fc.array(record, { maxLength: 2 }), Policies: fc.constant([]) }),
      fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('List'), items: fc.array(record, { maxLength: 3 }) }),
      fc.record({ total_count: fc.nat(5), secrets: fc.array(record, { maxLength: 2 }) }),
      fc.record({ total_count: fc.nat(5), installations: fc.array(record, { maxLength: 2 }) }),
      fc.record({ activities: fc.array(record, { maxLength: 2 }), nextPageToken: fc.string() }),
      fc.dictionary(fc.string({ maxLength: 8 }), value),
    );
    fc.assert(
      fc.property(envelope, (v) => {
        const input = textInput(JSON.stringify(v), 'p.json');
        for (const a of CLOUD_ADAPTERS) {
          const score = a.sniff(input);
          expect(score >= 0 && score <= 1, a.name).toBe(true);
          try {
            a.parse(input, {});
          } catch (e) {
            if (!(e instanceof InputError)) throw new Error(`${a.name} threw ${String(e)} on ${JSON.stringify(v)}`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
