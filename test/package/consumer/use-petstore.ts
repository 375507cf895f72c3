// A client generated from a third-party description into src/pets, compiled strictly and
// run against the pet server whose URL is the first argument. Its name comes from the title, "Pet store".
import { createPetStoreClient } from "./src/pets/index.js";

const pets = createPetStoreClient({ token: "pets-token", baseUrl: process.argv[2]! });
const listed = await pets.listPets({ query: { limit: 2 } });
const one = await pets.getPet({ path: { petId: listed[0]!.id } });
const added = await pets.createPet({ body: { name: "Rex", tag: null } });
console.log(JSON.stringify({ names: listed.map((pet) => pet.name), one: one.name, added: added.id }));
