// Compile-time checks of the typed client, run by `npm test`'s `tsc -p apps/web/tsconfig.json`
// (never bundled: nothing imports this file). Each `@ts-expect-error` must meet an error, so
// a client that stopped checking (everything `any`) fails the type check here.
import { get, post } from './client';

export async function typedClientChecks(id: string): Promise<void> {
  // The answer's type comes from the document.
  const directive = await get('/directives/{id}', { path: { id } });
  const number: string = directive.documentNumber;
  // @ts-expect-error a field the answer does not carry
  void directive.documentNo;

  // @ts-expect-error a path the API does not have
  void get('/directive/{id}', { path: { id } });

  // @ts-expect-error the path's parameter is required
  void get('/tasks/{id}');

  // @ts-expect-error a query parameter outside its enum
  void get('/tasks', { query: { bucket: 'late' } });

  // @ts-expect-error a body without the fields the DTO requires
  void post('/auth/login', { body: { username: 'bithu.tu' } });

  void number;
}
