/**
 * A discriminated union from the generated client narrows in a `switch` on its
 * discriminator, with the mapping's values (`cat`, not the schema name `Cat`) as the cases,
 * whether the mapping names a schema or refers to it. Checked by `npm run typecheck`: an
 * `@ts-expect-error` fails the check if its line compiles, an `expectTypeOf` if the types
 * differ. The vitest run only executes the narrowing on sample values.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { components, GetPetResult } from "../../fixtures/specs/discriminator-mapping-names/__snapshots__/index.js";

type Schemas = components["schemas"];

/** What a consumer writes: every case reads a member-only field, which compiles only once narrowed. */
function describePet(pet: GetPetResult): string {
  switch (pet.kind) {
    case "cat":
      expectTypeOf(pet).toEqualTypeOf<Schemas["Cat"]>();
      return pet.purrs ? "a purring cat" : "a quiet cat";
    case "dog":
      expectTypeOf(pet).toEqualTypeOf<Schemas["Dog"]>();
      return pet.barks ? "a barking dog" : "a quiet dog";
    case "lizard":
      expectTypeOf(pet).toEqualTypeOf<Schemas["Lizard"]>();
      return "a lizard";
    default:
      // Exhaustive: after the three mapped values nothing is left.
      expectTypeOf(pet).toBeNever();
      return "unknown";
  }
}

describe("discriminated unions", () => {
  it("narrow on the mapped discriminator values", () => {
    expect(describePet({ kind: "cat", purrs: true })).toBe("a purring cat");
    expect(describePet({ kind: "dog", barks: false })).toBe("a quiet dog");
    expect(describePet({ kind: "lizard" })).toBe("a lizard");
  });

  it("take the mapping's values, not the schema names, and keep each member's own fields", () => {
    expectTypeOf<GetPetResult["kind"]>().toEqualTypeOf<"cat" | "dog" | "lizard">();
    // @ts-expect-error the discriminator value is the mapping key, not the schema name
    describePet({ kind: "Cat", purrs: true });
    // @ts-expect-error a cat has no barks
    describePet({ kind: "cat", barks: true });
    // @ts-expect-error a dog must say whether it barks
    describePet({ kind: "dog" });
  });
});
