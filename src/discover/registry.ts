/** Every adapter, in a fixed order (ties in detection confidence go to the earlier one). */
import type { Adapter } from './adapter.js';
import { CLOUD_ADAPTERS } from './adapters/group-cloud.js';
import { ML_AGENT_ADAPTERS } from './adapters/group-ml.js';

export const ADAPTERS: readonly Adapter[] = [...ML_AGENT_ADAPTERS, ...CLOUD_ADAPTERS];

export function adapterByName(name: string): Adapter | undefined {
  return ADAPTERS.find((a) => a.name === name);
}
