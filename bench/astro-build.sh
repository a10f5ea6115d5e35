#!/usr/bin/env bash
# `bash bench/astro-build.sh`: wall time of `astro build` for an Astro 5 site
# of 100 posts (test/astro-site/, fuwari's layout), without postdeck/astro, then with it with
# its caches empty (every sample runs) and warm. The site is made, with Astro
# from npm and postdeck packed from this folder, in
# node_modules/.cache/postdeck-bench/astro.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
site="$repo/node_modules/.cache/postdeck-bench/astro"
rm -rf "$site" && mkdir -p "$site/src/content/posts"
cd "$site"
tarball="$(npm pack "$repo" --silent | tail -n 1)"
cp -r "$repo/test/astro-site/." .
npm install --no-audit --no-fund --loglevel=error astro@^5 "./$tarball" >&2
echo "export default {}" > astro.config.without.mjs
for i in $(seq 0 99); do
  n=$((i % 7 + 2))
  squares="$(python3 -c "print([k * k for k in range($n)])")"
  total="$(python3 -c "print(sum(range($i)))")"
  cat > "src/content/posts/post-$i.md" <<MD
---
title: "Post $i: 平方数"
published: 2026-01-$(printf '%02d' $((i % 28 + 1)))
tags: [python, bench]
---

## Squares

Each number times itself, up to $n:

\`\`\`python
print([k * k for k in range($n)])
# output:
# $squares
\`\`\`

## Sum

\`\`\`python
print(sum(range($i)))
\`\`\`

Output:

\`\`\`text
$total
\`\`\`

The loop runs once per number and prints one list. 这是一段中文说明，用来让页面有一些正文。
MD
done
time_build() {
  local started ended
  started=$(date +%s.%N)
  npx astro build --config "$1" > "build-$2.log" 2>&1
  ended=$(date +%s.%N)
  printf '%s\t%.1f\n' "$2" "$(echo "$ended - $started" | bc)"
}
printf 'run\tseconds\n'
time_build astro.config.without.mjs without
time_build astro.config.without.mjs without
rm -rf node_modules/.cache/postdeck
time_build astro.config.mjs with-cold
time_build astro.config.mjs with-warm
time_build astro.config.mjs with-warm
