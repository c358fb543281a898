// The dashboard's API types (apps/web/src/api/openapi.ts), generated from the API's own
// OpenAPI document by openapi-typescript and formatted as the repo formats TypeScript.
// The OpenAPI e2e test regenerates them from the running API and fails when the committed
// file differs; `npm run api-types` writes the file instead (UPDATE_API_TYPES=1).
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

export const API_TYPES_FILE = join(ROOT, 'apps/web/src/api/openapi.ts');

const HEADER = `// Generated from the API's OpenAPI document (/docs/openapi.json) by openapi-typescript:
// do not edit. \`npm run api-types\` writes it again; test/e2e/openapi.e2e-spec.ts fails
// when it no longer matches the document.
/* eslint-disable */
`;

/** The TypeScript source for `document` (an OpenAPI 3 object), formatted. */
export async function apiTypes(document) {
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), {
    alphabetize: true,
    // A property with a default is optional to send (the API fills it in), not required.
    defaultNonNullable: false,
  });
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
