/**
 * Identifiers as Northflank makes them. Resource ids derive from names
 * ("API example project" becomes "api-example-project"); builds get generated
 * slugs ("joyous-view-6290"), runs UUIDs. Generated values come from a counter, not
 * randomness, so a fresh server always hands out the same sequence.
 */
import { createHash } from "node:crypto";

/** Lowercase; every run of characters other than a-z and 0-9 becomes one dash; no dash at either end. */
export function deriveId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const ADJECTIVES = ["joyous", "premium", "brave", "calm", "eager", "fancy", "gentle", "happy", "lively", "proud", "quiet", "swift"];
const NOUNS = ["view", "guide", "river", "field", "forest", "harbor", "meadow", "peak", "shore", "stone", "trail", "valley"];

/** Hands out the generated parts of resources: build slugs, run UUIDs, commit shas. */
export class IdSequence {
  private counter = 0;

  next(): number {
    this.counter += 1;
    return this.counter;
  }

  /** Where the sequence stands, to go back to with `rewind` (a failed request hands out nothing). */
  get position(): number {
    return this.counter;
  }

  rewind(position: number): void {
    this.counter = position;
  }

  /** `adjective-noun-NNNN`, unique per server. */
  buildId(): string {
    const n = this.next();
    const adjective = ADJECTIVES[n % ADJECTIVES.length]!;
    const noun = NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length]!;
    return `${adjective}-${noun}-${1000 + n}`;
  }

  /** A version-4-shaped UUID derived from the counter. */
  uuid(): string {
    const hex = this.hex(32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** `length` lowercase hex digits, different on every call. */
  hex(length: number): string {
    let out = "";
    const seed = this.next();
    for (let block = 0; out.length < length; block += 1) {
      out += createHash("sha1").update(`${seed}:${block}`).digest("hex");
    }
    return out.slice(0, length);
  }
}
