/**
 * Which records a source is authoritative for, so a complete export can prove a record missing
 * without making records of other accounts, clusters or repos look missing. Adapters may set
 * `claims` themselves; otherwise these defaults apply, derived from what the export shows about
 * its own scope. Config (`sources[].claims`) overrides both. No claims: the source proves no
 * absence at all (it still shows presence).
 *
 * A claim is a pattern over normalised identifiers: `*` and `?` wildcards spanning any character,
 * or `re:<RegExp>` for shapes a wildcard cannot express.
 */
import type { LiveAsset } from '../model/snapshot.js';
import type { SnapshotPiece } from './adapter.js';
import { sortedUnique } from './fields.js';

const K8S_NAME = 're:^[a-z0-9]([-a-z0-9]*[a-z0-9])?/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$';
const GUID = 're:^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const SAGEMAKER_NAME = 're:^[A-Za-z0-9](-*[A-Za-z0-9]){0,62}$';

function attr(a: LiveAsset, k: string): string | undefined {
  const v = a.attributes?.[k];
  return typeof v === 'string' ? v : undefined;
}

function awsAccounts(piece: SnapshotPiece): string[] {
  return sortedUnique(piece.assets.flatMap((a) => a.identifiers).map((id) => /^arn:aws[\w-]*:iam::(\d{12}):/.exec(id)?.[1]));
}

export function defaultClaims(adapter: string, piece: SnapshotPiece): string[] {
  switch (adapter) {
    case 'aws-credential-report':
      // The report lists every IAM user of the account.
      return awsAccounts(piece).map((acct) => `arn:aws:iam::${acct}:*`);
    case 'aws-access-keys':
      // One listing per user: authoritative for that user's keys only.
      return sortedUnique(piece.assets.map((a) => attr(a, 'userName'))).map((u) => `${u}#*`);
    case 'aws-authorization-details': {
      const accounts = awsAccounts(piece);
      const kinds = sortedUnique(piece.assets.map((a) => attr(a, 'principalType')));
      return accounts.flatMap((acct) => kinds.map((k) => `arn:aws:iam::${acct}:${k}/*`));
    }
    case 'gcp-service-accounts':
      return sortedUnique(piece.assets.map((a) => attr(a, 'projectId') ?? a.identifiers.find((i) => i.endsWith('.iam.gserviceaccount.com'))?.split('@')[1]?.split('.')[0])).map((p) => `*@${p}.iam.gserviceaccount.com`);
    case 'gcp-service-account-keys':
      return sortedUnique(piece.assets.flatMap((a) => a.identifiers).map((id) => /^(projects\/[^/]+\/serviceAccounts\/[^/]+)\/keys\//.exec(id)?.[1])).map((sa) => `${sa}/keys/*`);
    case 'k8s-service-accounts': {
      // A list spanning several namespaces is an `-A` export: it claims every namespace/name.
      const namespaces = sortedUnique(piece.assets.map((a) => a.id.split('/')[0]));
      return namespaces.length > 1 ? [K8S_NAME] : namespaces.map((ns) => `${ns}/*`);
    }
    case 'azure-service-principals':
      return [GUID];
    case 'github-actions-secrets':
    case 'gh-secret-list':
      return piece.source.scope ? [`github-secret:${piece.source.scope}/*`] : [];
    case 'mlflow-models':
      // One registry holds every model: records of other registries need config claims.
      return ['*'];
    case 'sagemaker': {
      const arns = sortedUnique(piece.assets.map((a) => /^(arn:aws[\w-]*:sagemaker:[^:]+:\d{12}):endpoint\//.exec(a.id)?.[1]));
      return [...arns.map((p) => `${p}:endpoint/*`), SAGEMAKER_NAME];
    }
    case 'mcp-config':
    case 'a2a-card':
      // A config or card describes its own agent and nothing else.
      return sortedUnique(piece.assets.flatMap((a) => a.identifiers));
    default:
      return [];
  }
}
