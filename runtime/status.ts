/**
 * Status codes as the keys of openapi-typescript's `responses` objects: numbers for exact
 * codes, strings such as `"4XX"` for ranges. One definition of "success", shared by the
 * success body, the declared headers and the error union, so the three can never disagree
 * about a status.
 */
type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type NumberOf<S> = S extends `${infer N extends number}` ? N : never;

/** 400 | 401 | ... | 499 for 4: the statuses a `4XX` key stands for. */
export type StatusRange<H extends number> = NumberOf<`${H}${Digit}${Digit}`>;

/** The response keys the runtime answers with a result rather than an error: any 2xx. */
export type SuccessStatus = StatusRange<2> | "2XX";
