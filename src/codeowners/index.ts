/** Public API of the CODEOWNERS engine. */
export { CODEOWNERS_LOCATIONS, MAX_CODEOWNERS_BYTES, encodedBytes, loadCodeowners, locateCodeowners } from './locate.js';
export type { LoadedCodeowners, LocateResult } from './locate.js';
export {
  DEFAULT_CODEOWNERS_PATH,
  parseCodeowners,
  parseCodeownersFile,
  parseLine,
  serializeCodeowners,
} from './parse.js';
export type {
  BlankLine,
  CodeownersFile,
  CodeownersLine,
  CommentLine,
  LineEnding,
  LineProblem,
  OwnerToken,
  RuleLine,
  Token,
} from './parse.js';
export { compilePattern, escapeSegment, exactPathPattern, isCatchAllPattern } from './pattern.js';
export type { CompiledPattern, PatternProblem, PatternResult, PatternSegment } from './pattern.js';
export { classifyOwner, looksLikeOwner, ownerKey } from './owners.js';
export type { OwnerKind, OwnerSyntax } from './owners.js';
export {
  activeRules,
  lastMatchingRule,
  linearResolve,
  lookupFromRule,
  matchesEntry,
  matchesPath,
  splitPath,
} from './match.js';
export type { OwnerLookup } from './match.js';
export { OwnershipIndex, compileOwnership } from './compiled.js';
export { effectiveRule, isCatchAll, ownersOf, ownershipFor, ownershipOf, resolveOwners } from './lookup.js';
export { validateCodeowners, validateCodeownersIn } from './validate.js';
export type { ValidateOptions } from './validate.js';
export {
  buildOwnerQuery,
  checkOwnersOnline,
  codeownersErrorsToDiagnostics,
  fetchCodeownersErrors,
} from './online.js';
export type {
  GraphqlFn,
  OnlineCheckOptions,
  OnlineCheckResult,
  OwnerQuery,
  OwnerStatus,
  RepoRef,
  RestGetFn,
} from './online.js';
export { MANAGED_BEGIN, MANAGED_END, assignOwners, dominantEol } from './edit.js';
export type { EditChange, EditResult } from './edit.js';
