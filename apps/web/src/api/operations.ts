// Types that read an operation out of the generated OpenAPI types (openapi.ts): for a
// method and a path as the client writes it (without /api/v1), its path and query
// parameters, its JSON body and its successful JSON answer. The client (client.ts) is
// typed with them, so a page asking for a path the API lacks, sending a field a DTO does
// not have or reading one the answer does not carry fails to compile.
import type { components, paths } from './openapi';

/** Every schema of the document, by name (`Schema<'DirectiveDto'>`). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The API's paths as the client calls them: without the /api/v1 prefix. */
type Api = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths that have `method`. */
export type PathOf<M extends Method> = {
  [P in keyof Api]: Api[P] extends Record<M, object> ? P : never;
}[keyof Api];

export type Operation<M extends Method, P extends PathOf<M>> = Api[P] extends Record<M, infer O> ? O : never;

type IsNever<T> = [T] extends [never] ? true : false;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : void;

/** The successful answer's JSON (200, else 201; 204 and non-JSON answers are void). */
export type Answer<O> = O extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer B }
      ? JsonOf<B>
      : void
  : never;

// `x?: never` in the generated types reads as undefined: both mean "none".
type Present<T> = [T] extends [undefined] ? never : Exclude<T, undefined>;
type PathParams<O> = O extends { parameters: { path?: infer P } } ? Present<P> : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Present<Q> : never;
type JsonBody<R> = [R] extends [never] ? never : R extends { content: { 'application/json': infer B } } ? B : never;
type Body<O> = O extends { requestBody?: infer R } ? JsonBody<Present<R>> : never;

/** What a call takes: `path` when the path has parameters, `query` and `body` when the operation has them. */
export type CallOptions<O> = (IsNever<PathParams<O>> extends true ? { path?: never } : { path: PathParams<O> }) &
  (IsNever<QueryParams<O>> extends true ? { query?: never } : { query?: QueryParams<O> }) &
  (IsNever<Body<O>> extends true ? { body?: never } : { body: Body<O> }) & { headers?: Record<string, string> };

/** Options are required exactly when something in them is. */
export type CallArgs<O> = {} extends CallOptions<O> ? [options?: CallOptions<O>] : [options: CallOptions<O>];
