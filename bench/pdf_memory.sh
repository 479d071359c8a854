#!/usr/bin/env bash
# Peak memory and time of reading one PDF as it grows: a sample plan joined to itself
# 1, 10, 50 and 100 times (qpdf), read by `ehcpqa text`. Memory should grow with the
# document's text, not with its glyphs: glyphs are kept for one page at a time.
#   bench/pdf_memory.sh [BUILD_DIR] [PLAN.pdf]      (needs qpdf and GNU time)
set -euo pipefail
build="${1:-build}"
plan="${2:-samples/final-good-lettered-y10.pdf}"
work="$(mktemp -d /tmp/ehcpqa-memory.XXXXXX)"
trap 'rm -rf "$work"' EXIT
printf '%-7s %6s %10s %8s %12s\n' copies pages "peak KiB" seconds "KiB/page"
for n in 1 10 50 100; do
  pages=()
  for _ in $(seq "$n"); do pages+=("$plan"); done
  qpdf --empty --pages "${pages[@]}" -- "$work/joined.pdf"
  count="$(pdfinfo "$work/joined.pdf" | awk '/^Pages:/ {print $2}')"
  /usr/bin/time -f '%M %e' -o "$work/time" "$build/ehcpqa" text "$work/joined.pdf" > /dev/null
  read -r kib secs < "$work/time"
  printf '%-7s %6s %10s %8s %12s\n' "$n" "$count" "$kib" "$secs" "$(( kib / count ))"
done
