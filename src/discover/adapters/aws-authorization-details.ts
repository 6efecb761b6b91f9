/**
 * AWS `iam get-account-authorization-details`: a ServiceAccount per IAM role and per IAM user,
 * with permissions from attached managed policies, inline policies and (for users) group
 * membership, owners from tags, and role last use (`RoleLastUsed: {}` = not used in 400 days).
 *
 * Permission strings, one canonical form per grant:
 * - `policy:<PolicyArn>` for an attached managed policy (`policy:arn:aws:iam::aws:policy/ReadOnlyAccess`)
 * - `inline:<PolicyName>` for an inline policy (RolePolicyList / UserPolicyList)
 * - `group:<GroupName>` for a user's group membership (group policies are not expanded)
 * The permissions boundary is a limit, not a grant: it is `attributes.permissionsBoundary`.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { arr, ids, isObject, obj, requireString, str, time, type JsonObject } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import {
  awsAccountOf,
  awsTagPairs,
  completeness,
  distinctAssets,
  environmentFrom,
  evidenceOf,
  locatedDocs,
  objectPages,
  ownerHintsFrom,
  shapeError,
  sharedValue,
  sourceOf,
  whereOf,
  type RecordAt,
} from './shared.js';

const NAME = 'aws-authorization-details';
const EXPECTED = 'aws iam get-account-authorization-details output ({UserDetailList, GroupDetailList, RoleDetailList, Policies})';
const LIST_KEYS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

function isDetailsPage(v: unknown): v is JsonObject {
  return isObject(v) && (Array.isArray(v.RoleDetailList) || Array.isArray(v.UserDetailList)) && LIST_KEYS.some((k) => k in v);
}

/** Managed policy ARNs, inline policy names and (users) group names, in that order. */
function permissionsOf(d: JsonObject, inlineKey: 'RolePolicyList' | 'UserPolicyList'): string[] {
  const out: string[] = [];
  for (const p of arr(d.AttachedManagedPolicies)) {
    const policyArn = str(obj(p)?.PolicyArn);
    if (policyArn) out.push(`policy:${policyArn}`);
  }
  for (const p of arr(d[inlineKey])) {
    const policyName = str(obj(p)?.PolicyName);
    if (policyName) out.push(`inline:${policyName}`);
  }
  for (const g of arr(d.GroupList)) {
    const group = str(g);
    if (group) out.push(`group:${group}`);
  }
  return [...new Set(out)];
}

/**
 * Principals a role trusts (`Principal` of Allow statements): the CLI decodes the document to
 * JSON; the raw API gives it URL-encoded. Unreadable documents yield nothing.
 */
function trustedPrincipals(doc: unknown): string[] {
  let policy: unknown = doc;
  if (typeof doc === 'string') {
    try {
      policy = JSON.parse(decodeURIComponent(doc));
    } catch {
      return [];
    }
  }
  const out: string[] = [];
  const statements = obj(policy)?.Statement;
  for (const s of Array.isArray(statements) ? statements : [statements]) {
    const st = obj(s);
    if (!st || str(st.Effect) !== 'Allow') continue;
    const principal = st.Principal;
    if (typeof principal === 'string') out.push(principal);
    for (const v of Object.values(obj(principal) ?? {})) {
      for (const p of Array.isArray(v) ? v : [v]) {
        const text = str(p);
        if (text) out.push(text);
      }
    }
  }
  return [...new Set(out)];
}

function principalAsset(d: JsonObject, type: 'role' | 'user', at: RecordAt): LiveAsset {
  const where = whereOf(at);
  const arn = requireString(d, 'Arn', where);
  const name = requireString(d, type === 'role' ? 'RoleName' : 'UserName', where);
  const principalId = str(d[type === 'role' ? 'RoleId' : 'UserId']);
  const tags = awsTagPairs(d.Tags);
  const owners = ownerHintsFrom(tags);
  const environment = environmentFrom(tags);
  const accountId = awsAccountOf(arn);
  const path = str(d.Path);
  const boundary = str(obj(d.PermissionsBoundary)?.PermissionsBoundaryArn);
  const asset: LiveAsset = {
    kind: 'ServiceAccount',
    id: arn,
    identifiers: ids(arn, name, principalId),
    name,
    // IAM principals have no enabled flag: a role or user that exists can be used.
    active: true,
    createdAt: time(d.CreateDate, where, 'CreateDate'),
    permissions: permissionsOf(d, type === 'role' ? 'RolePolicyList' : 'UserPolicyList'),
    evidence: evidenceOf(at),
    attributes: {
      principalType: type,
      ...(accountId ? { accountId } : {}),
      ...(path ? { path } : {}),
      ...(principalId ? { principalId } : {}),
      ...(boundary ? { permissionsBoundary: boundary } : {}),
    },
  };
  if (owners.length > 0) asset.ownerHints = owners;
  if (environment) asset.environment = environment;
  if (type === 'role') {
    const lastUsed = d.RoleLastUsed;
    // `{}` or a null LastUsedDate: not used within the 400-day tracking window.
    if (lastUsed !== undefined) {
      const used = obj(lastUsed);
      asset.lastUsedAt = used ? time(used.LastUsedDate, where, 'RoleLastUsed.LastUsedDate') : null;
      const region = str(used?.Region);
      if (region) asset.attributes!.lastUsedRegion = region;
    }
    asset.attributes!.trustedPrincipals = trustedPrincipals(d.AssumeRolePolicyDocument);
    if (path?.startsWith('/aws-service-role/')) asset.attributes!.serviceLinked = true;
  }
  return asset;
}

export const awsAuthorizationDetails: Adapter = {
  name: NAME,
  description: 'AWS IAM roles and users with policies: `aws iam get-account-authorization-details`',
  markers: ['top-level keys `RoleDetailList` / `UserDetailList` (with `GroupDetailList`, `Policies`)'],

  sniff(input) {
    const first = input.docs?.[0]?.value;
    const probe = Array.isArray(first) ? first[0] : first;
    return isDetailsPage(probe) ? 1 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const file = input.file;
    const principals: LiveAsset[] = [];
    const truncated: string[] = [];
    let index = 0;
    for (const doc of locatedDocs(input, EXPECTED)) {
      objectPages(doc, file, EXPECTED, isDetailsPage).forEach((page, p) => {
        const label = `document ${doc.docIndex + 1}${Array.isArray(doc.value) ? `, page ${p}` : ''}`;
        if (page.IsTruncated === true || str(page.Marker) || str(page.NextToken)) {
          truncated.push(`${label} is truncated (IsTruncated/Marker/NextToken present); fetch every page`);
        }
        const lists: Array<['RoleDetailList' | 'UserDetailList', 'role' | 'user']> = [
          ['RoleDetailList', 'role'],
          ['UserDetailList', 'user'],
        ];
        for (const [key, type] of lists) {
          arr(page[key]).forEach((d, j) => {
            const at: RecordAt = { file, index: index++, line: doc.recordLine, record: `${label}, ${key}[${j}]` };
            if (!isObject(d)) throw shapeError(file, doc.startLine, `an object in ${at.record}`, d);
            principals.push(principalAsset(d, type, at));
          });
        }
      });
    }
    const assets = distinctAssets(principals);
    return {
      source: sourceOf(NAME, options, sharedValue(assets.map((a) => awsAccountOf(a.id)))),
      ...completeness(truncated),
      covers: ['ServiceAccount'],
      assets,
    };
  },
};
