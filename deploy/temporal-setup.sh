#!/bin/sh
# One-shot job: create or upgrade Temporal's schemas in PostgreSQL, then (once the
# server answers) the namespace and the search attributes Đôn Đốc uses.
set -eu
: "${POSTGRES_SEEDS:=postgresql}" "${DB_PORT:=5432}" "${POSTGRES_USER:=temporal}" "${POSTGRES_PWD:=temporal}"
SQL="temporal-sql-tool --plugin postgres12 --ep $POSTGRES_SEEDS -p $DB_PORT -u $POSTGRES_USER --pw $POSTGRES_PWD"
SCHEMA=/etc/temporal/schema/postgresql/v12
for db in temporal temporal_visibility; do
  $SQL --db "$db" create || true
done
$SQL --db temporal setup-schema -v 0.0 || true
$SQL --db temporal update-schema -d "$SCHEMA/temporal/versioned"
$SQL --db temporal_visibility setup-schema -v 0.0 || true
$SQL --db temporal_visibility update-schema -d "$SCHEMA/visibility/versioned"

if [ "${1:-}" = "--namespace" ]; then
  until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do sleep 2; done
  temporal operator namespace describe --namespace "$TEMPORAL_NAMESPACE" --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1 \
    || temporal operator namespace create --namespace "$TEMPORAL_NAMESPACE" --retention 30d --address "$TEMPORAL_ADDRESS"
  for attribute in DirectiveId UnitId DocumentNumber; do
    temporal operator search-attribute create --namespace "$TEMPORAL_NAMESPACE" --address "$TEMPORAL_ADDRESS" \
      --name "$attribute" --type Keyword >/dev/null 2>&1 || true
  done
fi
