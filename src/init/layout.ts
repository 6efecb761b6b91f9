/** Where `blindspot init` puts things, and which template each file comes from. */
import { RECORD_DIRS, type RecordKind } from '../model/kinds.js';

export const CONFIG_PATH = '.github/blindspot.yml';
export const WORKFLOW_PATH = '.github/workflows/blindspot.yml';
/** Where CODEOWNERS is created when the repository has none (GitHub's first location). */
export const NEW_CODEOWNERS_PATH = '.github/CODEOWNERS';
export const GOVERNANCE_DIR = 'governance';

export const CONFIG_TEMPLATE = 'config/blindspot.yml';
export const WORKFLOW_TEMPLATE = 'workflows/blindspot.yml';

/** One example record per kind: the template it starts from and the folder it lands in. */
export const EXAMPLE_TEMPLATES: ReadonlyArray<{ kind: RecordKind; template: string; dir: string }> = [
  { kind: 'Model', template: 'manifests/model.yaml', dir: RECORD_DIRS.Model },
  { kind: 'ModelEndpoint', template: 'manifests/model-endpoint.yaml', dir: RECORD_DIRS.ModelEndpoint },
  { kind: 'ServiceAccount', template: 'manifests/service-account.yaml', dir: RECORD_DIRS.ServiceAccount },
  { kind: 'Credential', template: 'manifests/credential.yaml', dir: RECORD_DIRS.Credential },
  { kind: 'Agent', template: 'manifests/agent.yaml', dir: RECORD_DIRS.Agent },
];

/** The action reference the workflow template carries until the user pins a release. */
export const ACTION_PLACEHOLDER = '<owner>/blindspot@<sha>';

/** `owner/repo@<40-hex sha>` (optionally `owner/repo/path@sha`): a tag or branch can be moved, a commit cannot. */
export const PINNED_ACTION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._/-]+)?@[0-9a-f]{40}$/;
