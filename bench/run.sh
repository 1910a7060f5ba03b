#!/usr/bin/env bash
# Benchmark: `balans import` + `balans close` against ledger (`--monthly register`) and hledger
# (`balance -M`) on the same postings, and an awk pass that sums the file by account and month
# (the parsing floor). Reports ratios, not absolute times: the machine and its load vary.
# Two ledgers at each size: the sample region's (`balans sample-ledger`: 20 cost centres) and a wide one
# (bench/wide-ledger.py: 70 accounts × 134 cost centres × 12 months, projects on a fifth of the rows, about
# 110 000 account × cost-centre × month cells a year — closer to a real region's). BENCH_LEDGERS="sample" or
# "wide" runs one of them.
#
#   bench/run.sh                      # 1 M rows: balans, ledger, hledger, awk
#   bench/run.sh 1000000 10000000     # sizes; ledger runs up to BENCH_LEDGER_MAX rows (default 10 M),
#                                     # hledger up to BENCH_HLEDGER_MAX (default 1 M: it needs ~28 GB at 10 M)
#
# Also timed, outside the ratios: `balans close 2025-01..2025-12` (a year's closings in one command) on a copy of
# the imported store, against the single closing.
#
# Needs ledger, hledger and GNU time (Debian: apt-get install ledger hledger time).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$home/bench/work}"
ledger_max="${BENCH_LEDGER_MAX:-10000000}"
hledger_max="${BENCH_HLEDGER_MAX:-1000000}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000)

for tool in ledger hledger /usr/bin/time awk; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install ledger hledger time)" >&2; exit 2; }
done
"$home/balans" --version >/dev/null   # builds the jar if needed, outside the timings

# measure NAME CMD...: appends "NAME seconds max-rss-KiB" to $results
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || {
    echo "bench: $name failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  echo "$name $(tail -1 "$work/time.txt")" >> "$results"
}

printf "%-7s %-10s %10s %9s %9s %11s %11s %11s %11s\n" ledger rows postings "balans s" "MiB" "/ledger t" "/ledger mem" \
    "/hledger t" "/awk t"
for n in "${sizes[@]}"; do
 for kind in ${BENCH_LEDGERS:-sample wide}; do
  dir="$work/$kind-$n"; rm -rf "$dir"; mkdir -p "$dir"
  results="$dir/results.txt"; : > "$results"
  if [ "$kind" = sample ]; then
    "$home/balans" sample-ledger --year 2025 --rows-per-year "$n" --format sie --out "$dir" > /dev/null
    "$home/balans" sample-ledger --year 2025 --rows-per-year "$n" --format journal --out "$dir" > /dev/null
    sie="$dir/region-vasterbotten-2025.se"; journal="$dir/region-vasterbotten-2025.journal"
  else
    python3 "$home/bench/wide-ledger.py" "$n" "$dir" > /dev/null
    sie="$dir/region-vasterbotten-wide-2025.se"; journal="$dir/region-vasterbotten-wide-2025.journal"
  fi
  postings=$(grep -c '#TRANS' "$sie")
  db="jdbc:h2:file:$dir/store"
  # The sample region's workspace, with the sample's plan and closing configuration (its cost-centre ranges map
  # the wide ledger's cost centres too).
  region="$home/sample-data/region-vasterbotten"
  "$home/balans" init "$dir" --name "Region Västerbotten" --org-number 232100-0222 --year 2025 \
      --plan "$region" --config "$region" --treasury "$region/treasury" > /dev/null
  export BALANS_WORKSPACE="$dir"
  # A region's store exists before its monthly import: create the schema outside the timing.
  "$home/balans" status --db "$db" > /dev/null

  measure import "$home/balans" import "$sie" --db "$db"
  # A year's twelve closings in one command, on a copy of the store as imported (not in the ratios).
  cp "$dir/store.mv.db" "$dir/year.mv.db"
  measure close-year "$home/balans" close 2025-01..2025-12 --db "jdbc:h2:file:$dir/year"
  measure close "$home/balans" close 2025-12 --db "$db"
  measure awk awk '/^#VER/ { m = substr($4, 1, 6) } /#TRANS/ { s[m " " $2] += $NF } END { for (k in s) print k, s[k] }' "$sie"
  [ "$n" -le "$ledger_max" ] && measure ledger ledger -f "$journal" --monthly register
  [ "$n" -le "$hledger_max" ] && measure hledger hledger -f "$journal" balance -M
  python3 - "$results" "$n" "$postings" "$kind" <<'PY'
import sys
r = {l.split()[0]: (float(l.split()[1]), int(l.split()[2])) for l in open(sys.argv[1])}
t = r["import"][0] + r["close"][0]
mem = max(r["import"][1], r["close"][1])
def ratio(k, i):
    if k not in r: return "-"
    return "%.2f" % ((t if i == 0 else mem) / r[k][i])
print("%-7s %-10s %10s %9.2f %9d %11s %11s %11s %11s" % (sys.argv[4], sys.argv[2], sys.argv[3], t, mem // 1024,
      ratio("ledger", 0), ratio("ledger", 1), ratio("hledger", 0), ratio("awk", 0)))
for k in ("import", "close", "close-year", "ledger", "hledger", "awk"):
    if k in r: print("    %-10s %8.2f s %8d MiB" % (k, r[k][0], r[k][1] // 1024), file=sys.stderr)
if "close-year" in r:
    print("    a year's twelve closings in one command: %.2fx the time of one" % (r["close-year"][0] / r["close"][0]),
          file=sys.stderr)
PY
 done
done
