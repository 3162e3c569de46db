#!/usr/bin/env bash
# The measurements of docs/SCALE.md, in one run: the same figures on either store (seeds, gun-violence),
# ingest on PostgreSQL against SQLite, two concurrent ingests into one PostgreSQL store, Spark local[2]
# against local[1], story page latency on each store. Run from the project root beside a throwaway cluster:
#   scripts/with-postgres.sh scripts/scale-bench.sh [OUT_DIR]
# Needs ../shared (seeds, gold, the gun-violence sample). Prints each run's /usr/bin/time line and scores;
# every run's full output is in OUT_DIR (default /tmp/newsfuse-scale-bench). Takes an hour or more on 2 cores.
set -uo pipefail
[ -n "${NEWSFUSE_TEST_POSTGRES:-}" ] || { echo "scale-bench: run me under scripts/with-postgres.sh" >&2; exit 2; }
out=${1:-/tmp/newsfuse-scale-bench}
shared=../shared
gv=$shared/datasets/facts/gunviolence/sample
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
server=${NEWSFUSE_TEST_POSTGRES%/*}
port=${server##*:}
export NEWSFUSE_JAVA_OPTS=${NEWSFUSE_JAVA_OPTS:--Xmx3g}
rm -rf "$out" && mkdir -p "$out"

db() { "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsfuse "$1" && echo "$server/$1"; }
sql() { "$bin/psql" -h 127.0.0.1 -p "$port" -U newsfuse -d "$1" -tA -c "$2"; }
run() { # NAME CMD...: times CMD, output to OUT/NAME.log
  local name=$1; shift
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s sys, %M KB peak RSS" "$@" >"$out/$name.log" 2>&1 \
    || echo "$name: failed, see $out/$name.log"
  tail -n 1 "$out/$name.log"
}
score() { # GOLD REPORT [DOCS]
  python3 "$shared/eval/score.py" --gold "$1" --report "$2" ${3:+--docs "$3"} | tr '\n' ' ' | cut -c1-400; echo
}
serve_latency() { # NAME STORE PORT
  ./newsfuse serve --db "$2" --port "$3" >"$out/$1-serve.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$3/api/stories" >/dev/null 2>&1 && break; sleep 1; done
  NEWSFUSE_JAVA_OPTS=-Xmx1g ./newsfuse bench --serve-latency "http://127.0.0.1:$3/" --requests 200 --seconds 30 \
    | tee "$out/$1.log"
  kill "$pid"; wait "$pid" 2>/dev/null
}

echo "== seeds: embedded store, then PostgreSQL"
run seeds-sqlite ./newsfuse report --format json --out "$out/seeds-sqlite.json" --db "$out/seeds.db" "$shared/seeds"
score "$shared/eval/gold/seeds.json" "$out/seeds-sqlite.json" "$shared/seeds"
run seeds-pg ./newsfuse report --format json --out "$out/seeds-pg.json" --db "$(db seeds)" "$shared/seeds"
score "$shared/eval/gold/seeds.json" "$out/seeds-pg.json" "$shared/seeds"

echo "== gun-violence: ingest and report, embedded store, then PostgreSQL"
run gv-ingest-sqlite ./newsfuse ingest --db "$out/gv.db" "$gv/docs"
run gv-report-sqlite ./newsfuse report --format json --out "$out/gv-sqlite.json" --db "$out/gv.db"
score "$gv/gold.json" "$out/gv-sqlite.json"
pg_gv=$(db gv)
run gv-ingest-pg ./newsfuse ingest --db "$pg_gv" "$gv/docs"
run gv-report-pg ./newsfuse report --format json --out "$out/gv-pg.json" --db "$pg_gv"
score "$gv/gold.json" "$out/gv-pg.json"

echo "== two concurrent ingests of disjoint halves into one PostgreSQL store"
mkdir -p "$out/half1" "$out/half2"
i=0
for f in $(ls "$gv/docs" | sort); do i=$((i + 1)); cp "$gv/docs/$f" "$out/half$((i % 2 + 1))/"; done
pg_two=$(db gv2)
run gv-half1 ./newsfuse ingest --db "$pg_two" "$out/half1" &
run gv-half2 ./newsfuse ingest --db "$pg_two" "$out/half2" &
wait
echo "articles: $(sql gv2 'select count(*) from articles') rows, $(sql gv2 'select count(distinct source) from articles') sources;" \
  "placed in stories: $(sql gv2 'select count(*) from story_articles') rows, $(sql gv2 'select count(distinct article_id) from story_articles') articles"
run gv2-report-pg ./newsfuse report --format json --out "$out/gv2-pg.json" --db "$pg_two"
score "$gv/gold.json" "$out/gv2-pg.json"

echo "== Spark local[2] (with Parquet), local[1], local[2] into PostgreSQL"
run spark2 ./newsfuse spark --master 'local[2]' --db "$out/spark2.db" --parquet "$out/parquet" "$gv/docs"
grep '^newsfuse spark:' "$out/spark2.log"
run spark2-report ./newsfuse report --format json --out "$out/gv-spark2.json" --db "$out/spark2.db"
score "$gv/gold.json" "$out/gv-spark2.json"
run spark1 ./newsfuse spark --master 'local[1]' --db "$out/spark1.db" "$gv/docs"
grep '^newsfuse spark:' "$out/spark1.log"
pg_spark=$(db gvspark)
run spark2-pg ./newsfuse spark --master 'local[2]' --db "$pg_spark" "$gv/docs"
run spark2-pg-report ./newsfuse report --format json --out "$out/gv-spark2-pg.json" --db "$pg_spark"
score "$gv/gold.json" "$out/gv-spark2-pg.json"

echo "== story page latency, embedded store, then PostgreSQL (the same 526 articles)"
serve_latency latency-sqlite "$out/gv.db" 18731
serve_latency latency-pg "$pg_gv" 18732
