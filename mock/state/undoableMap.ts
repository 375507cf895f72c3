/**
 * A Map that can take back what changed since `mark()`. Marking copies nothing, and taking
 * back costs what changed, so a request's snapshot does not grow with the store. Added keys
 * are remembered one by one; the first change that removes or replaces an entry copies the
 * whole map once instead, because an entry put back must also return to its place in the
 * iteration order (lists answer in creation order). One mark at a time.
 */
export class UndoableMap<K, V> extends Map<K, V> {
  /** Keys added since the mark; `null` when not marked. */
  private added: Set<K> | null = null;
  /** Every entry as it was at the mark, once something was removed or replaced. */
  private copy: Array<[K, V]> | null = null;

  constructor() {
    // No initial entries: Map's constructor would add them through `set` before the fields exist.
    super();
  }

  mark(): void {
    this.added = new Set();
    this.copy = null;
  }

  /** Keeps what changed since the mark. */
  release(): void {
    this.added = null;
    this.copy = null;
  }

  /** Puts every entry back as it was at the mark, and ends the mark. */
  rollback(): void {
    const { added, copy } = this;
    this.release();
    if (copy !== null) {
      super.clear();
      for (const [key, value] of copy) super.set(key, value);
    } else if (added !== null) {
      for (const key of added) super.delete(key);
    }
  }

  override set(key: K, value: V): this {
    if (this.added !== null && this.copy === null) {
      if (super.has(key)) this.copyOnce();
      else this.added.add(key);
    }
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    if (super.has(key)) this.copyOnce();
    return super.delete(key);
  }

  override clear(): void {
    if (this.size > 0) this.copyOnce();
    super.clear();
  }

  private copyOnce(): void {
    if (this.added !== null && this.copy === null) this.copy = [...super.entries()];
  }
}
