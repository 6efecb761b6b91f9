/**
 * What docs/export-formats.md says about each adapter beyond its one-line `description`: the exact
 * commands that produce the export, the kinds it is authoritative for (`covers`), and the
 * identifiers its assets carry, which manifests list in `spec.identifiers`. Written from the
 * adapters' code and /work/shared/reference/export-formats.md; a test fails when an adapter has
 * no entry here, or an entry names no adapter.
 */

export interface AdapterNote {
  /** Shell commands, in order, that produce one file the adapter reads. */
  commands: string[];
  /** Kinds the export is authoritative for, in words; "nothing (enrichment only)" when none. */
  covers: string;
  /** The identifiers each asset carries. */
  identifiers: string;
  /** Anything else a user must know to get a usable export. */
  notes?: string;
}

export const ADAPTER_NOTES: Readonly<Record<string, AdapterNote>> = {
  'a2a-card': {
    commands: ['curl -s https://agent.example.com/.well-known/agent-card.json > docs-helper.agent-card.json'],
    covers: 'Agent, for the agent the card describes only (it claims its own URL and name, so it proves nothing about other agents)',
    identifiers: 'Agent: every interface URL (`url`, `additionalInterfaces[].url`, `supportedInterfaces[].url`) and `name`. Tools are the `skills[].id`.',
    notes: 'Older agents serve `/.well-known/agent.json`. A card on disk does not prove the agent is up, so `active` is left unknown.',
  },
  'aws-access-keys': {
    commands: [
      'for u in $(aws iam list-users --query "Users[].UserName" --output text); do aws iam list-access-keys --user-name "$u" --output json; done > access-keys.json',
      'aws iam get-access-key-last-used --access-key-id AKIA... | jq \'{AccessKeyId: "AKIA..."} + .\' >> access-keys.json   # optional',
    ],
    covers: 'Credential, for the users listed (each listing is authoritative for that user\'s keys only)',
    identifiers: 'Credential: the access key id (`AKIA...`) and `<user>#<key id>`.',
    notes: 'The last-used response does not repeat the key id: wrap it as `{"AccessKeyId": ..., ...response}`. Responses may be concatenated, NDJSON or a `jq -s` array.',
  },
  'aws-authorization-details': {
    commands: ['aws iam get-account-authorization-details --output json > authorization-details.json'],
    covers: 'ServiceAccount (the IAM roles and users of the account)',
    identifiers: 'ServiceAccount: the ARN, the role or user name, and the `AROA...`/`AIDA...` id. Permissions: `policy:<arn>`, `inline:<name>`, `group:<name>`.',
    notes: '`RoleLastUsed: {}` means not used in the 400-day tracking window.',
  },
  'aws-credential-report': {
    commands: ['aws iam generate-credential-report', 'aws iam get-credential-report --query Content --output text | base64 -d > credential-report.csv'],
    covers: 'ServiceAccount and Credential (every IAM user of the account and its key slots)',
    identifiers: 'ServiceAccount: the user ARN and the user name. Credential: `<user arn>#access_key_1` (or `_2`, `cert_1`, `cert_2`) and `<user>#access_key_1`.',
    notes: 'The CSV carries no generation time: set `collectedAt` on the source (or `--collected-at`). The report has no access key ids; add `aws-access-keys` to join keys by id. A report can be regenerated at most every 4 hours.',
  },
  'azure-service-principals': {
    commands: ['az ad sp list --all --output json > service-principals.json'],
    covers: 'ServiceAccount (client secrets usually live on the application object, so not Credential)',
    identifiers: 'ServiceAccount: the object id, the `appId`, the display name and the service principal names. Credential: the `keyId` and `<appId>#<keyId>`.',
    notes: 'Without `--all` the CLI returns only the first 100. Secret values (`secretText`, `key`) are never read.',
  },
  cloudwatch: {
    commands: [
      "aws cloudwatch get-metric-data --metric-data-queries file://invocation-queries.json --start-time 2026-11-21T00:00:00Z --end-time 2026-11-28T00:00:00Z > invocations.json   # each query: Invocations, stat Sum, Label ${PROP('Dim.EndpointName')}",
      'aws cloudwatch get-metric-statistics --namespace AWS/SageMaker --metric-name Invocations --dimensions Name=EndpointName,Value=NAME Name=VariantName,Value=AllTraffic --statistics Sum --period 86400 --start-time 2026-11-21T00:00:00Z --end-time 2026-11-28T00:00:00Z | jq \'{EndpointName: "NAME"} + .\' > invocations-NAME.json',
    ],
    covers: 'nothing: traffic enriches the endpoints of the `sagemaker` export',
    identifiers: 'ModelEndpoint: the endpoint name (from the result `Label`, or the `EndpointName` wrapper).',
    notes: '`get-metric-data` results are named by their `Label` (`<EndpointName>` or `<EndpointName>/<VariantName>`); `get-metric-statistics` output names no endpoint, so wrap it as shown. No datapoints and all-zero sums both mean no traffic in the window. `PartialData` or a `NextToken` make the snapshot incomplete.',
  },
  'datadog-monitors': {
    commands: ['curl -s -H "DD-API-KEY: $DD_API_KEY" -H "DD-APPLICATION-KEY: $DD_APP_KEY" "https://api.datadoghq.com/api/v1/monitor?with_downtimes=true" > datadog-monitors.json'],
    covers: 'Monitor (monitoring evidence for `spec.monitoring` with `system: datadog`)',
    identifiers: 'Monitor: the monitor id (as a string) and the monitor name.',
    notes: 'A muted monitor (silenced or in downtime) is not active. Pass every page when paginating.',
  },
  'gcp-activity': {
    commands: [
      'gcloud policy-intelligence query-activity --activity-type=serviceAccountLastAuthentication --project=P --limit=unlimited --format=json > sa-activity.json',
      'gcloud policy-intelligence query-activity --activity-type=serviceAccountKeyLastAuthentication --project=P --limit=unlimited --format=json > key-activity.json',
    ],
    covers: 'nothing: last authentication enriches accounts and keys; absence means no observed use',
    identifiers: 'ServiceAccount: the email, the numeric id, `projects/P/serviceAccounts/EMAIL` and the full resource name. Credential: the key id, `projects/P/serviceAccounts/EMAIL/keys/KEY` and the full resource name.',
    notes: 'Precision is one day (a US Pacific date).',
  },
  'gcp-service-account-keys': {
    commands: [
      'for sa in $(gcloud iam service-accounts list --project=P --format="value(email)"); do gcloud iam service-accounts keys list --iam-account="$sa" --managed-by=user --format=json; done > service-account-keys.json',
    ],
    covers: 'Credential (the user-managed keys of the accounts listed)',
    identifiers: 'Credential: the key id and `projects/P/serviceAccounts/EMAIL/keys/KEY`.',
    notes: 'System-managed keys are skipped (Google rotates them). `validBeforeTime` 9999-12-31 means no expiry.',
  },
  'gcp-service-accounts': {
    commands: ['gcloud iam service-accounts list --project=P --format=json > service-accounts.json'],
    covers: 'ServiceAccount (every account of the project)',
    identifiers: 'ServiceAccount: the email, the numeric `uniqueId` and `projects/P/serviceAccounts/EMAIL`.',
    notes: 'The export has no owner field and no labels.',
  },
  'gh-secret-list': {
    commands: ['gh secret list --repo OWNER/REPO --json name,updatedAt,visibility,numSelectedRepos,selectedReposURL > secrets.json', 'gh secret list --org ORG --json name,updatedAt,visibility,numSelectedRepos,selectedReposURL > org-secrets.json'],
    covers: 'Credential (the secrets of the scope given as the source `scope`)',
    identifiers: 'Credential: the secret `NAME`, and `github-secret:<scope>/<NAME>` when the source has a `scope` (`OWNER/REPO` or the org).',
    notes: 'GitHub never returns values or last use; `updatedAt` is the last rotation.',
  },
  'github-actions-secrets': {
    commands: ['gh api --paginate /repos/OWNER/REPO/actions/secrets > secrets.json', 'gh api --paginate /orgs/ORG/actions/secrets > org-secrets.json'],
    covers: 'Credential (the secrets of the scope given as the source `scope`)',
    identifiers: 'Credential: the secret `NAME`, and `github-secret:<scope>/<NAME>` when the source has a `scope` (`OWNER/REPO` or the org).',
    notes: 'The response does not name the repository or organisation: set `scope` on the source.',
  },
  'github-app-installations': {
    commands: ['gh api --paginate /orgs/ORG/installations > installations.json'],
    covers: 'ServiceAccount (the App installations of the organisation)',
    identifiers: 'ServiceAccount: `github-app-installation:<id>`, `github-app:<app slug>` and the app slug. Permissions: `<scope>:<level>`, e.g. `contents:write`.',
  },
  'github-deploy-keys': {
    commands: ['gh api --paginate /repos/OWNER/REPO/keys > deploy-keys.json'],
    covers: 'Credential (the deploy keys of the repository)',
    identifiers: 'Credential: `github-deploy-key:<id>` and the public key fingerprint `SHA256:...` as `ssh-keygen -lf` prints it.',
    notes: 'Owner hint: the user who added the key.',
  },
  'github-org-members': {
    commands: ['gh api --paginate /orgs/ORG/members > members.json'],
    covers: 'Member (organisation membership, to check owner handles)',
    identifiers: 'Member: `@<login>`, `<login>` and the numeric user id.',
  },
  'github-pats': {
    commands: ['gh api --paginate /orgs/ORG/personal-access-tokens > pats.json   # with a GitHub App token: user tokens cannot call it'],
    covers: 'Credential (the fine-grained tokens with access to the organisation)',
    identifiers: 'Credential: `github-pat:<token_id>`, `github-pat-grant:<id>` and `<owner login>/<token name>`. Permissions: `<category>.<permission>:<level>`, e.g. `repository.contents:write`.',
  },
  'github-workflow': {
    commands: ['cp .github/workflows/*.yml discovery/github/workflows/   # the workflow files themselves'],
    covers: 'SecretReference (which job of which workflow uses which secret)',
    identifiers: 'SecretReference: the secret `NAME`, and `github-secret:<scope>/<NAME>` when the source has a `scope`.',
    notes: 'The evidence that a CI pipeline still uses a key: point the source at the workflow files of the repository that uses it, with that repository as `scope`.',
  },
  gitleaks: {
    commands: ['gitleaks git . --report-format json --report-path gitleaks.json', 'gitleaks dir . --report-format json --report-path gitleaks.json'],
    covers: 'SecretFinding (secrets found in code)',
    identifiers: 'SecretFinding: the gitleaks `Fingerprint`, AWS key ids found in the match, and `hmac-sha256:...` of the secret when BLINDSPOT_HMAC_KEY is set (joins `spec.secretFingerprint`).',
    notes: '`Secret` and `Match` are never kept. `--redact` reports still join by AWS key id, not by fingerprint.',
  },
  'k8s-role-bindings': {
    commands: ['kubectl get rolebindings,clusterrolebindings -A -o json > rolebindings.json'],
    covers: 'nothing: bindings add permissions to the service accounts of another export',
    identifiers: 'ServiceAccount: `namespace/name` and `system:serviceaccount:<namespace>:<name>`. Permissions: `ClusterRole/<name>`, `ClusterRole/<name>@<namespace>`, `Role/<namespace>/<name>`.',
  },
  'k8s-service-accounts': {
    commands: ['kubectl get serviceaccounts -A -o json > serviceaccounts.json', 'kubectl get serviceaccounts,rolebindings,clusterrolebindings -A -o json > serviceaccounts.json   # with permissions'],
    covers: 'ServiceAccount (every namespace for `-A`, else the namespace listed)',
    identifiers: 'ServiceAccount: `namespace/name`, `system:serviceaccount:<namespace>:<name>` and the object uid.',
    notes: 'Cloud identity annotations (IRSA role ARN, GKE service account, Azure client id) are kept as attributes, not identifiers. With several clusters, set `scope` and `claims` per source so one cluster cannot make another\'s records missing.',
  },
  'mcp-config': {
    commands: ['cp ~/Library/Application\\ Support/Claude/claude_desktop_config.json agent.mcp.json', 'cp .mcp.json agent.mcp.json   # Claude Code, Cursor, Copilot', 'cp .vscode/mcp.json agent.mcp.json   # VS Code'],
    covers: 'Agent, for the agent the config describes only (it claims its own file path and source name)',
    identifiers: 'Agent: the file path, and the source `name` when given (list that name in the agent record).',
    notes: 'Environment and header values are never kept, only their names. `mcpServers` are the enabled servers; data sources come from URIs in arguments.',
  },
  'mcp-tools': {
    commands: ['npx @modelcontextprotocol/inspector --cli SERVER-COMMAND... --method tools/list > NAME.tools.json   # any MCP client that saves the tools/list result will do'],
    covers: 'nothing: a server\'s live tools enrich the agents whose config names the server',
    identifiers: 'Agent fragment: `mcp:<server>`.',
    notes: 'The result carries no server name: wrap it as `{"server": "NAME", "result": ...}` or set `server` on the source (`--server` for `snapshot convert`). A last page with `nextCursor` is incomplete.',
  },
  'mlflow-models': {
    commands: ['curl -s -H "Authorization: Bearer $MLFLOW_TOKEN" "$MLFLOW_URL/api/2.0/mlflow/registered-models/search?max_results=1000" > registered-models.json'],
    covers: 'Model (every model of the registry)',
    identifiers: 'Model: the registered model name and `mlflow:<name>`.',
    notes: 'Pass every page (`page_token`); a last page with `next_page_token` is incomplete. The live version is the one behind the alias `champion`, `production` or `prod`, else the highest READY version in stage Production.',
  },
  'mlflow-versions': {
    commands: ['curl -s -G -H "Authorization: Bearer $MLFLOW_TOKEN" "$MLFLOW_URL/api/2.0/mlflow/model-versions/search" --data-urlencode "filter=name=\'NAME\'" > versions-NAME.json'],
    covers: 'nothing: every version of the models searched enriches the `mlflow-models` export',
    identifiers: 'Model: the registered model name and `mlflow:<name>`.',
  },
  native: {
    commands: ['blindspot snapshot convert EXPORT... --name NAME --scope SCOPE --collected-at 2026-11-28T05:00:00Z --out snapshot.json'],
    covers: 'what the snapshot itself says (`covers`)',
    identifiers: 'As written in the snapshot (the identifiers of the adapter that produced it).',
    notes: 'The normalised format of `schema/snapshot.schema.json`, as JSON or as JSONL with a `{"blindspot":"snapshot/v1"}` header line. Convert exports where they are taken to pass on their collection time.',
  },
  'prometheus-rules': {
    commands: ['cp /etc/prometheus/rules/*.yaml discovery/monitoring/', 'kubectl get prometheusrules -A -o yaml > prometheus-rules.yaml'],
    covers: 'Monitor (monitoring evidence for `spec.monitoring` with `system: prometheus`)',
    identifiers: 'Monitor: the alert name and `<group>/<alert>` (`<namespace>/<name>/<group>/<alert>` for PrometheusRule objects).',
    notes: 'Recording rules are skipped. An alert watches an asset when the asset\'s identifier appears in its expression or labels.',
  },
  sagemaker: {
    commands: [
      'aws sagemaker list-endpoints --output json > sagemaker-endpoints.json',
      'aws sagemaker describe-endpoint --endpoint-name NAME >> sagemaker-endpoints.json   # optional: variants and weights',
      'aws sagemaker describe-endpoint-config --endpoint-config-name CONFIG >> sagemaker-endpoints.json   # optional: model names',
    ],
    covers: 'ModelEndpoint, when the file holds a `list-endpoints` response (describe-only files enrich)',
    identifiers: 'ModelEndpoint: the endpoint name and its ARN.',
    notes: 'The served model comes from `describe-endpoint-config`, joined through `EndpointConfigName`. InService, Updating, SystemUpdating, RollingBack and UpdateRollbackFailed count as serving.',
  },
  trufflehog: {
    commands: ['trufflehog git file://. --json > trufflehog.ndjson', 'trufflehog filesystem . --json > trufflehog.ndjson'],
    covers: 'SecretFinding (secrets found in code)',
    identifiers: 'SecretFinding: a synthesised id, AWS key ids found in the result, `ExtraData` ARN, user id and account, and `hmac-sha256:...` of the secret when BLINDSPOT_HMAC_KEY is set.',
    notes: '`Raw`, `RawV2` and `Redacted` are never kept. Log lines (stderr) merged into the file are skipped.',
  },
  'vertex-endpoints': {
    commands: ['gcloud ai endpoints list --project=P --region=R --format=json > vertex-endpoints.json'],
    covers: 'ModelEndpoint (for the region listed; one region per call, several may be concatenated)',
    identifiers: 'ModelEndpoint: the resource name `projects/NUM/locations/R/endpoints/ID` and the display name.',
    notes: 'Serving means a deployed model with traffic above 0 %. The served model is the one with the most traffic; its `modelVersionId` is the version.',
  },
};
