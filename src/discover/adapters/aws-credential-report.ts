/**
 * AWS IAM credential report (CSV, 22 columns). One ServiceAccount per IAM user and one Credential
 * per access key slot that holds a key (active, or inactive with a rotation date) and per signing
 * certificate slot likewise. The report has no access key ids, so keys are named by user and slot.
 *
 * The root row (`<root_account>`) is not a service account and gets no ServiceAccount asset, but
 * root access keys and certificates are emitted as Credentials with `attributes.root = true`:
 * a live root key is exactly the kind of blind spot governance must see.
 */
import type { Adapter, AdapterInput, AdapterOptions, SnapshotPiece } from '../adapter.js';
import { parseCsv, type CsvRow } from '../csv.js';
import { bool, fieldError, ids, latest, time, type Where } from '../fields.js';
import type { LiveAsset } from '../../model/snapshot.js';
import { InputError } from '../../util/errors.js';
import { awsAccountOf, sharedValue, sourceOf } from './shared.js';

export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

type Column = (typeof CREDENTIAL_REPORT_COLUMNS)[number];

const HEADER_PREFIX = 'user,arn,user_creation_time';
const ROOT_USER = '<root_account>';
/** Values the report uses for "nothing here" in text columns (region, service). */
const TEXT_SENTINELS = new Set(['n/a', 'no_information', 'not_supported', '']);

interface Row {
  get(col: Column): string;
  line: number;
  index: number;
  user: string;
}

function textOrNull(v: string): string | null {
  return TEXT_SENTINELS.has(v.trim().toLowerCase()) ? null : v;
}

function rowWhere(row: Row, file: string): Where {
  return { file, line: row.line, record: `row for user ${row.user}` };
}

/** A boolean column; `not_supported`/`N/A` mean "no such thing", i.e. false. */
function flag(row: Row, col: Column, file: string): boolean {
  const raw = row.get(col);
  const b = bool(raw);
  if (b !== undefined) return b;
  if (TEXT_SENTINELS.has(raw.trim().toLowerCase())) return false;
  throw fieldError(rowWhere(row, file), col, `expected true or false, found ${JSON.stringify(raw)}`);
}

function when(row: Row, col: Column, file: string): string | null {
  return time(row.get(col), rowWhere(row, file), col);
}

function readRows(input: AdapterInput): Row[] {
  const rows: CsvRow[] = parseCsv(input.text, input.file);
  if (rows.length === 0) {
    throw new InputError('empty file: expected the credential report header (user,arn,user_creation_time,…)', {
      file: input.file,
      line: 1,
    });
  }
  const header = rows[0].fields.map((h) => h.trim());
  const position = new Map(header.map((h, k) => [h, k]));
  for (const col of CREDENTIAL_REPORT_COLUMNS) {
    if (!position.has(col)) {
      throw new InputError(`credential report header lacks column ${col}`, { file: input.file, line: rows[0].line });
    }
  }
  return rows.slice(1).map((r, index) => {
    if (r.fields.length !== header.length) {
      throw new InputError(`CSV row has ${r.fields.length} columns, the header has ${header.length}`, {
        file: input.file,
        line: r.line,
      });
    }
    const get = (col: Column) => r.fields[position.get(col)!];
    return { get, line: r.line, index, user: get('user') };
  });
}

function userAsset(row: Row, file: string, accountId: string | undefined, keyActive: boolean[]): LiveAsset {
  const arn = row.get('arn');
  const passwordEnabled = flag(row, 'password_enabled', file);
  const passwordLastUsed = when(row, 'password_last_used', file);
  const lastUsed = latest(
    passwordLastUsed,
    when(row, 'access_key_1_last_used_date', file),
    when(row, 'access_key_2_last_used_date', file),
  );
  return {
    kind: 'ServiceAccount',
    id: arn,
    identifiers: ids(arn, row.user),
    name: row.user,
    // Able to authenticate: a console password or an active access key.
    active: passwordEnabled || keyActive.some(Boolean),
    createdAt: when(row, 'user_creation_time', file),
    // Never used, or not since tracking began: the report cannot tell these apart.
    lastUsedAt: lastUsed,
    evidence: { file, index: row.index, line: row.line },
    attributes: {
      principalType: 'user',
      ...(accountId ? { accountId } : {}),
      passwordEnabled,
      passwordLastUsed,
      passwordLastChanged: when(row, 'password_last_changed', file),
      mfaActive: flag(row, 'mfa_active', file),
    },
  };
}

/**
 * The Credential in an access key or signing certificate slot, or null when the slot holds none
 * (inactive and never rotated). Only access key slots report use.
 */
function slotAsset(row: Row, type: 'access_key' | 'cert', slot: 1 | 2, file: string, root: boolean): LiveAsset | null {
  const p = `${type}_${slot}` as const;
  const active = flag(row, `${p}_active`, file);
  const rotatedAt = when(row, `${p}_last_rotated`, file);
  if (!active && rotatedAt === null) return null;
  const key = type === 'access_key' ? (`access_key_${slot}` as const) : undefined;
  const arn = row.get('arn');
  const id = `${arn}#${p}`;
  return {
    kind: 'Credential',
    id,
    identifiers: ids(id, `${row.user}#${p}`),
    name: `${row.user}#${p}`,
    active,
    // Neither can be changed in place: the last rotation is the creation.
    createdAt: rotatedAt,
    rotatedAt,
    ...(key ? { lastUsedAt: when(row, `${key}_last_used_date`, file) } : {}),
    evidence: { file, index: row.index, line: row.line },
    attributes: {
      credentialType: key ? 'aws-access-key' : 'aws-signing-certificate',
      userArn: arn,
      userName: row.user,
      slot,
      ...(root ? { root: true } : {}),
      ...(key
        ? {
            lastUsedService: textOrNull(row.get(`${key}_last_used_service`)),
            lastUsedRegion: textOrNull(row.get(`${key}_last_used_region`)),
            keyIdAvailable: false,
            note: 'the credential report carries no access key ids; join to list-access-keys by user and slot',
          }
        : {}),
    },
  };
}

const NAME = 'aws-credential-report';

export const awsCredentialReport: Adapter = {
  name: NAME,
  description:
    'AWS IAM credential report CSV: `aws iam get-credential-report --query Content --output text | base64 -d`',
  markers: ['CSV header starting `user,arn,user_creation_time`'],

  sniff(input) {
    const first = input.text.replace(/^\ufeff/, '').trimStart().slice(0, HEADER_PREFIX.length + 1);
    return first.startsWith(HEADER_PREFIX) ? 1 : 0;
  },

  parse(input: AdapterInput, options: AdapterOptions): SnapshotPiece {
    const rows = readRows(input);
    const file = input.file;
    const assets: LiveAsset[] = [];
    const accountIds: Array<string | undefined> = [];
    for (const row of rows) {
      const arn = row.get('arn');
      if (!arn.startsWith('arn:')) {
        throw fieldError(rowWhere(row, file), 'arn', `expected an ARN, found ${JSON.stringify(arn)}`);
      }
      const accountId = awsAccountOf(arn);
      accountIds.push(accountId);
      const root = row.user === ROOT_USER;
      const keys = [slotAsset(row, 'access_key', 1, file, root), slotAsset(row, 'access_key', 2, file, root)];
      if (!root) assets.push(userAsset(row, file, accountId, keys.map((k) => k?.active === true)));
      for (const a of [...keys, slotAsset(row, 'cert', 1, file, root), slotAsset(row, 'cert', 2, file, root)]) if (a) assets.push(a);
    }
    return {
      source: sourceOf(NAME, options, sharedValue(accountIds)),
      // The CSV carries no generation time (GeneratedTime is only in the API envelope).
      complete: true,
      covers: ['ServiceAccount', 'Credential'],
      assets,
    };
  },
};
