/** Adapters for ML platforms, agents, scanners, monitoring and blindspot's own native format. */
import type { Adapter } from '../adapter.js';
import { a2aCardAdapter } from './a2a-card.js';
import { cloudwatchAdapter } from './cloudwatch.js';
import { datadogMonitorsAdapter } from './datadog-monitors.js';
import { gitleaksAdapter } from './gitleaks.js';
import { mcpConfigAdapter } from './mcp-config.js';
import { mcpToolsAdapter } from './mcp-tools.js';
import { mlflowModelsAdapter } from './mlflow-models.js';
import { mlflowVersionsAdapter } from './mlflow-versions.js';
import { nativeAdapter } from './native.js';
import { prometheusRulesAdapter } from './prometheus-rules.js';
import { sagemakerAdapter } from './sagemaker.js';
import { trufflehogAdapter } from './trufflehog.js';
import { vertexEndpointsAdapter } from './vertex-endpoints.js';

export const ML_AGENT_ADAPTERS: Adapter[] = [
  nativeAdapter,
  gitleaksAdapter,
  trufflehogAdapter,
  mlflowModelsAdapter,
  mlflowVersionsAdapter,
  sagemakerAdapter,
  cloudwatchAdapter,
  vertexEndpointsAdapter,
  mcpConfigAdapter,
  mcpToolsAdapter,
  a2aCardAdapter,
  prometheusRulesAdapter,
  datadogMonitorsAdapter,
];
