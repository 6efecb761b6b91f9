/** Adapters for cloud identity and platform exports (AWS IAM, GCP IAM, Kubernetes, Azure, GitHub). */
import type { Adapter } from '../adapter.js';
import { awsAccessKeys } from './aws-access-keys.js';
import { awsAuthorizationDetails } from './aws-authorization-details.js';
import { awsCredentialReport } from './aws-credential-report.js';
import { azureServicePrincipals } from './azure-service-principals.js';
import { gcpActivity } from './gcp-activity.js';
import { gcpServiceAccountKeys } from './gcp-service-account-keys.js';
import { gcpServiceAccounts } from './gcp-service-accounts.js';
import { ghSecretList } from './gh-secret-list.js';
import { githubActionsSecrets } from './github-actions-secrets.js';
import { githubAppInstallations } from './github-app-installations.js';
import { githubDeployKeys } from './github-deploy-keys.js';
import { githubOrgMembers } from './github-org-members.js';
import { githubPats } from './github-pats.js';
import { githubWorkflowsAdapter } from './github-workflows.js';
import { k8sRoleBindings } from './k8s-role-bindings.js';
import { k8sServiceAccounts } from './k8s-service-accounts.js';

/** Every sniffer keys on markers unique to its format and returns 0 for anything else. */
export const CLOUD_ADAPTERS: Adapter[] = [
  awsCredentialReport,
  awsAccessKeys,
  awsAuthorizationDetails,
  gcpServiceAccounts,
  gcpServiceAccountKeys,
  gcpActivity,
  k8sServiceAccounts,
  k8sRoleBindings,
  azureServicePrincipals,
  githubActionsSecrets,
  ghSecretList,
  githubDeployKeys,
  githubAppInstallations,
  githubPats,
  githubOrgMembers,
  githubWorkflowsAdapter,
];
