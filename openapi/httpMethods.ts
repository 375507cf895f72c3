/** The methods a Path Item may hold, in OpenAPI's order (3.1 §4.8.9): the order operations are read in. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];
