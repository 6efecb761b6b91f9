/** Adapters for ML platforms, agents, scanners, monitoring and blindspot's own native format. */
import type { Adapter } from '../adapter.js';

export const ML_AGENT_ADAPTERS: Adapter[] = [];
