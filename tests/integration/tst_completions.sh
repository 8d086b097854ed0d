#!/usr/bin/env bash
# Asks one shell (bash, zsh or fish) what it completes for purgedesk-cli, and compares that with
# what the real binary says it takes: the commands of `purgedesk-cli help`, the subcommands of
# `preset --help` and `accounts --help`, and every option each command's --help lists.
# zsh's completion system cannot run without a terminal, so for zsh the functions it would call
# (_arguments, _describe) are replaced by ones that print what they are given.
# Usage: tst_completions.sh bash|zsh|fish PURGEDESK_CLI COMPLETIONS_DIR
# Exits 77 (skipped) when the shell is not installed.
set -euo pipefail
shell=${1:?usage: tst_completions.sh SHELL CLI DIR}
cli=${2:?usage: tst_completions.sh SHELL CLI DIR}
dir=${3:?usage: tst_completions.sh SHELL CLI DIR}
command -v "$shell" >/dev/null || { echo "SKIP: $shell is not installed"; exit 77; }
failures=0

# What the shell completes after `purgedesk-cli WORDS...` (the last word is the one being completed).
complete_words() {
    case $shell in
    bash)
        bash --norc --noprofile -c '
            source "$1"; shift
            COMP_WORDS=(purgedesk-cli "$@"); COMP_CWORD=$#
            _purgedesk_cli
            printf "%s\n" "${COMPREPLY[@]}"' bash "$dir/purgedesk-cli.bash" "$@"
        ;;
    fish)
        local line="purgedesk-cli"
        for word in "$@"; do line+=" $word"; done
        fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$dir/purgedesk-cli.fish" "$line" | cut -f1
        ;;
    zsh)
        zsh -f -c '
            _describe() { print -l -- ${${(P)${@[-1]}}%%:*} }
            _arguments() {
                local spec
                for spec in "$@"; do
                    [[ $spec == -* || $spec == "("* ]] || continue
                    spec=${spec#\(*\)}
                    print -l -- ${=${${spec%%[\[=:]*}//[\{\},]/ }}
                done
            }
            source "$1"; shift
            words=(purgedesk-cli "$@"); CURRENT=$#words
            _purgedesk-cli' zsh "$dir/_purgedesk-cli" "$@"
        ;;
    esac
}

# Options only: zsh's stubs print every option whatever the word typed so far.
options_completed() { complete_words "$@" -- | grep -E '^--[a-z]' | sort -u; }
options_advertised() { "$cli" "$@" --help | grep -oE '^  (-[a-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' | sort -u; }
names() { tr ' ' '\n' | grep -v '^$' | sort -u; }

check() {
    local what=$1 expected=$2 actual=$3
    if [ "$expected" = "$actual" ]; then
        echo "ok: $what"
    else
        echo "FAIL: $what"
        diff <(echo "$expected") <(echo "$actual") | sed 's/^/    /' || true
        failures=$((failures + 1))
    fi
}

commands=$("$cli" help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z]+' | names)
check "commands" "$commands" "$(complete_words "" | grep -v '^-' | names)"
check "help COMMAND" "$commands" "$(complete_words help "" | grep -v '^-' | names)"
for group in preset accounts; do
    subcommands=$("$cli" "$group" --help | grep -oE '^  [a-z]+' | names)
    check "$group subcommands" "$subcommands" "$(complete_words "$group" "" | grep -v '^-' | names)"
    check "help $group SUBCOMMAND" "$subcommands" "$(complete_words help "$group" "" | grep -v '^-' | names)"
    for sub in $subcommands; do
        check "$group $sub options" "$(options_advertised "$group" "$sub")" "$(options_completed "$group" "$sub")"
    done
done
for command in purge verify zones history sandbox; do
    check "$command options" "$(options_advertised "$command")" "$(options_completed "$command")"
done
# Values: --plan's four plans, and a file for --from-file.
if [ "$shell" != zsh ]; then
    check "sandbox --plan values" "business enterprise free pro" \
        "$(complete_words sandbox --plan "" | names | tr '\n' ' ' | sed 's/ $//')"
    work=$(mktemp -d)
    touch "$work/urls-to-purge.txt"
    check "purge --from-file FILE" "$work/urls-to-purge.txt" "$(complete_words purge --from-file "$work/urls-to" | sort -u)"
    rm -rf "$work"
fi

if [ "$failures" -ne 0 ]; then
    echo "$shell completions: $failures check(s) failed"
    exit 1
fi
echo "$shell completions agree with purgedesk-cli --help"
