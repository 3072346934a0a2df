/** The part of `fetch` the LRS client uses: a test passes its own. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
