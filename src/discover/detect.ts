/**
 * Picks the adapter for an input by content. Every adapter scores the input; the best score wins
 * if it is confident enough and not tied with another format. `--format NAME` bypasses detection.
 */
import { InputError } from '../util/errors.js';
import { looksLikeJson, parseJsonDocuments } from '../util/json-docs.js';
import type { Adapter, AdapterInput } from './adapter.js';
import { adapterByName, ADAPTERS } from './registry.js';

/** Below this, nothing claims the input. */
export const MIN_CONFIDENCE = 0.3;

export function adapterInput(file: string, text: string): AdapterInput {
  // Parse JSON once; every sniffer and the chosen parser share the documents. Text that looks
  // like JSON but is not strict JSON (JSONC configs, logs mixed into NDJSON) is left to the
  // adapters, which report their own located errors.
  let docs = null;
  if (looksLikeJson(text)) {
    try {
      docs = parseJsonDocuments(text, file);
    } catch {
      docs = null;
    }
  }
  return { file, text, docs };
}

export function detect(input: AdapterInput, adapters: readonly Adapter[] = ADAPTERS): { adapter: Adapter; confidence: number } {
  const scored = adapters.map((a) => ({ adapter: a, confidence: a.sniff(input) })).sort((x, y) => y.confidence - x.confidence);
  const [best, second] = scored;
  if (!best || best.confidence < MIN_CONFIDENCE) {
    // Looked like JSON but did not parse and nobody claimed it: the JSON error is the useful one.
    if (input.docs === null && looksLikeJson(input.text)) parseJsonDocuments(input.text, input.file);
    throw new InputError('unknown export format: no adapter recognises this content; name it with --format (see `blindspot snapshot formats`)', { file: input.file, line: 1 });
  }
  if (second && second.confidence === best.confidence) {
    throw new InputError(`ambiguous export format: both ${best.adapter.name} and ${second.adapter.name} match; name it with --format`, { file: input.file, line: 1 });
  }
  return best;
}

export function resolveAdapter(input: AdapterInput, format: string | undefined): Adapter {
  if (format && format !== 'auto') {
    const a = adapterByName(format);
    if (!a) throw new InputError(`unknown format "${format}" (see \`blindspot snapshot formats\`)`, { file: input.file });
    return a;
  }
  return detect(input).adapter;
}
