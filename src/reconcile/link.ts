/**
 * Joins that exports need before matching, because one export lacks the key another has:
 * the IAM credential report names access keys only by user and slot, while list-access-keys names
 * them by key id. A slot and a key are the same credential when the user matches and the slot's
 * last rotation equals the key's creation time (a key cannot be changed in place), or else by
 * creation order within the user.
 */
import type { LiveAsset } from '../model/snapshot.js';

function attr(a: LiveAsset, key: string): string | number | boolean | null | string[] | undefined {
  return a.attributes?.[key];
}

/**
 * Credential-report slot assets with the key id they hold added to their identifiers: each
 * linked slot maps to a copy that has it (the exports stay as they were read). Takes every
 * snapshot's assets, list by list, without copying a million into one.
 */
export function linkAccessKeySlots(assets: ReadonlyArray<readonly LiveAsset[]>): Map<LiveAsset, LiveAsset> {
  const slotsByUser = new Map<string, LiveAsset[]>();
  const keysByUser = new Map<string, LiveAsset[]>();
  const file = (a: LiveAsset) => {
    if (a.kind !== 'Credential' || attr(a, 'credentialType') !== 'aws-access-key') return;
    const user = attr(a, 'userName');
    if (typeof user !== 'string') return;
    const slot = attr(a, 'slot');
    const target = typeof slot === 'number' ? slotsByUser : /^A[KS]IA[A-Z0-9]{16}$/.test(a.id) ? keysByUser : null;
    if (!target) return;
    const list = target.get(user);
    if (list) list.push(a);
    else target.set(user, [a]);
  };
  // A million assets, nearly none of them access keys: the kind is the one test most of them need.
  for (const list of assets) for (let i = 0; i < list.length; i++) if (list[i].kind === 'Credential') file(list[i]);
  const linked = new Map<LiveAsset, LiveAsset>();
  for (const [user, slots] of slotsByUser) {
    // Keys may appear in several exports (metadata and last-used): one entry per key id.
    const keys = [...new Map((keysByUser.get(user) ?? []).filter((k) => k.createdAt).map((k) => [k.id, k])).values()];
    if (keys.length === 0) continue;
    const byOrder = [...keys].sort((a, b) => (a.createdAt! < b.createdAt! ? -1 : 1));
    for (const s of slots) {
      const exact = keys.filter((k) => s.rotatedAt && k.createdAt && Date.parse(k.createdAt) === Date.parse(s.rotatedAt));
      const key = exact.length === 1 ? exact[0] : exact.length === 0 && slots.length === byOrder.length ? byOrder[(attr(s, 'slot') as number) - 1] : undefined;
      if (key && !s.identifiers.includes(key.id)) linked.set(s, { ...s, identifiers: [...s.identifiers, key.id] });
    }
  }
  return linked;
}
