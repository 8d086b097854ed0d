#!/usr/bin/env bash
# Fails if any C++ file tracked by git is not formatted by the committed .clang-format.
# Pass --fix to reformat them in place.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=(--dry-run -Werror)
[ "${1:-}" = "--fix" ] && mode=(-i)
# Tracked files and new ones not yet added (but not ignored ones such as the build folder).
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
clang-format "${mode[@]}" "${files[@]}"
echo "check-format: ${#files[@]} files follow .clang-format"
