#!/usr/bin/env bash
# Instructions a pass and the output digest, independent of the host's load.
# usage: tools/callgrind.sh   (needs valgrind and ../shared beside the checkout)
# Prints the digest (FNV-1a 64 over the JSON of analyze and tokenize of the
# seed, the 40 Wikinews dev articles and the tuned ud-speech sentences: a
# speed change must leave it unchanged) and, for the full analysis and for
# tokenising, the steady-state instructions a pass over the 41 news documents:
# (I(11 passes) - I(1 pass)) / 10.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release --example callgrind_driver
bin=target/release/examples
echo "digest: $($bin/callgrind_driver digest)"
out=$(mktemp -d)
for mode in full tok; do
  count() { valgrind --tool=callgrind --callgrind-out-file="$out/$mode.$1" "$bin/callgrind_driver" "$mode" "$1" 2>&1 | grep -oP 'refs:\s+\K[0-9,]+' | tr -d ,; }
  one=$(count 1); eleven=$(count 11)
  echo "$mode: $(( (eleven - one) / 10 )) instructions a pass (callgrind file $out/$mode.11)"
done
