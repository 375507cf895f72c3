/** The token of an `Authorization: Bearer <token>` header; `null` when missing, of another scheme, or empty. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const token = match?.[1]?.trim() ?? "";
  return token === "" ? null : token;
}
