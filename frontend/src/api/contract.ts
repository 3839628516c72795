// The bridge between the generated API types (schema.d.ts, from the server's OpenAPI document;
// see scripts/gen-api.mjs) and the names the rest of the app imports from src/api/*.ts.
import type { components } from './schema'

type Schemas = components['schemas']

/** A schema of the server's OpenAPI document, by its name there. */
export type Schema<Name extends keyof Schemas> = Schemas[Name]

/**
 * A schema with some members narrowed to what the front end relies on (e.g. a status the server
 * types as a plain string). Each override must name a member the schema has, with a type the
 * schema's type allows: a renamed member or a changed type on the server fails vue-tsc here.
 */
export type Narrowed<S, O extends { [K in keyof O]: K extends keyof S ? S[K] : never }> = Omit<S, keyof O> & O

/** A request schema in which members the server defaults when they are absent may be left out. */
export type Defaulted<S, K extends keyof S> = Omit<S, K> & Partial<Pick<S, K>>

/** The slug of every problem type the server sends (catalogue: backend shared/ProblemType.java). */
export type ProblemSlug = Schemas['ProblemType'] extends infer T
  ? T extends `https://laurel.dev/problems/${infer Slug}`
    ? Slug
    : never
  : never

/** The list shape of the API; `total` counts every page. */
export type Page<T> = Omit<Schemas['PageView_UserView_'], 'items'> & { items: T[] }
