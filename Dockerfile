# One image for the API and the worker (the command differs). Node 24 LTS.
# The API serves the dashboard (apps/web/dist) at /.

# The root packages (the dashboard's texts come from libs/i18n, formatted by its intl-messageformat).
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The root postinstall (scripts/web-install.mjs) would install apps/web's packages: the
# dashboard is built in its own stage instead.
ENV DONDOC_SKIP_WEB_INSTALL=1
COPY scripts/web-install.mjs scripts/
COPY scripts/lib/paths.mjs scripts/lib/
RUN npm ci --no-audit --no-fund

# The dashboard: its own package and lock, built to static files; its texts are libs/i18n's.
FROM deps AS web
WORKDIR /app/apps/web
COPY apps/web/package.json apps/web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY apps/web ./
COPY libs/i18n /app/libs/i18n
RUN NODE_ENV=production npx vite build --logLevel warn

FROM deps AS build
WORKDIR /app
COPY tsconfig.json tsconfig.build.json .swcrc ./
COPY apps apps
COPY libs libs
COPY workflows workflows
# The workflow bundle holds the OpenTelemetry workflow interceptors too (the worker's list).
RUN npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json \
 && node -e "require('@temporalio/worker').bundleWorkflowCode({workflowsPath: require.resolve('./dist/workflows'), workflowInterceptorModules: require('./dist/apps/worker/src/telemetry/worker-telemetry').WORKFLOW_INTERCEPTOR_MODULES}).then(({code}) => require('fs').writeFileSync('dist/workflow-bundle.js', code))" \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=web /app/apps/web/dist apps/web/dist
USER node
EXPOSE 3000 9464
CMD ["node", "--enable-source-maps", "dist/apps/api/src/main.js"]
