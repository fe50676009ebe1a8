// Restoring archived objects (COS document 436/12633, "POST Object restore"): a job starts (202, event
// cos:ObjectRestore:Post), completes after a delay (event cos:ObjectRestore:Completed), and the object can then be
// read until the temporary copy expires.
import { BucketRecord, CosError, CosState, ObjectVersion, isArchiveClass } from './cos-state';

/** Restore tiers by storage class (DEEP_ARCHIVE has no Expedited tier). */
const TIERS: { readonly [storageClass: string]: readonly string[] } = {
  ARCHIVE: ['Expedited', 'Standard', 'Bulk'],
  MAZ_ARCHIVE: ['Expedited', 'Standard', 'Bulk'],
  DEEP_ARCHIVE: ['Standard', 'Bulk'],
};

/** Runs the restore jobs of one emulator. */
export class CosRestores {
  private readonly timers = new Set<NodeJS.Timeout>();
  private waiters: Array<() => void> = [];

  /** @param delayMs how long a restore job takes */
  constructor(private readonly state: CosState, private readonly delayMs: number) {}

  /**
   * Starts a restore job, or extends a restored copy.
   * @returns 202 for a new job, 200 when the object was already restored (its expiry moves)
   * @throws InvalidObjectState (not archived), RestoreAlreadyInProgress, InvalidArgument (days or tier)
   */
  public restore(bucket: BucketRecord, version: ObjectVersion, days: number, tier: string): 200 | 202 {
    if (!isArchiveClass(version.storageClass)) {
      throw new CosError(403, 'InvalidObjectState', `Restore is only for ARCHIVE and DEEP_ARCHIVE objects; ${version.key} is ${version.storageClass}`);
    }
    if (!Number.isInteger(days) || days < 1) throw new CosError(400, 'InvalidArgument', `Days must be a whole number >= 1, got ${days}`);
    const tiers = TIERS[version.storageClass];
    if (!tiers.includes(tier)) {
      throw new CosError(400, 'InvalidArgument', `Tier ${JSON.stringify(tier)} is not available for ${version.storageClass}; use ${tiers.join(', ')}`);
    }
    if (version.restore?.ongoing) {
      throw new CosError(409, 'RestoreAlreadyInProgress', `Object restore is already in progress: ${version.key}`);
    }
    if (version.restore && version.restore.expiry && version.restore.expiry.getTime() > Date.now()) {
      version.restore = { ...version.restore, days, expiry: new Date(Date.now() + days * 86_400_000) };
      return 200;
    }
    version.restore = { ongoing: true, days, tier };
    this.state.emit(bucket, version, 'cos:ObjectRestore:Post');
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      version.restore = { ongoing: false, days, tier, expiry: new Date(Date.now() + days * 86_400_000) };
      // The object may have been deleted meanwhile: COS then has nothing to announce.
      if (this.state.buckets.get(bucket.name) === bucket && bucket.objects.get(version.key)?.includes(version)) {
        this.state.emit(bucket, version, 'cos:ObjectRestore:Completed');
      }
      this.wake();
    }, this.delayMs);
    this.timers.add(timer);
    return 202;
  }

  /** Number of jobs still running. */
  public get pending(): number {
    return this.timers.size;
  }

  /** Resolves when no job is running. */
  public idle(): Promise<void> {
    if (this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Cancels every running job. */
  public stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.wake();
  }

  private wake(): void {
    if (this.timers.size > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** Whether an archived object can be read now (restored and not expired); other classes always can. */
export function isReadable(version: ObjectVersion): boolean {
  if (!isArchiveClass(version.storageClass)) return true;
  return !!version.restore && !version.restore.ongoing && !!version.restore.expiry && version.restore.expiry.getTime() > Date.now();
}

/** The `x-cos-restore` header of an object, when it has one. */
export function restoreHeader(version: ObjectVersion): string | undefined {
  if (!version.restore) return undefined;
  if (version.restore.ongoing) return 'ongoing-request="true"';
  return `ongoing-request="false", expiry-date="${version.restore.expiry!.toUTCString()}"`;
}
