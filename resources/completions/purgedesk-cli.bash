# bash completion for purgedesk-cli: commands, subcommands, each command's options and the
# values some of them take. Installed as .../bash-completion/completions/purgedesk-cli, where
# bash-completion loads it the first time purgedesk-cli is completed. Needs only bash itself.

_purgedesk_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="purge verify zones history preset accounts sandbox help"
    local preset_commands="save list run export import remove"
    local accounts_commands="add list verify remove"
    local action="--everything --files --hosts --tags --prefixes --from-file"
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        COMPREPLY=($(compgen -W "$commands -h --help -v --version" -- "$cur"))
        return
    fi

    # Commands take their subcommand as the next word: purgedesk-cli preset run NAME ...
    local command=${COMP_WORDS[1]} sub=""
    case $command in
    preset | accounts)
        if ((COMP_CWORD == 2)); then
            local group=${command}_commands
            COMPREPLY=($(compgen -W "${!group} --help" -- "$cur"))
            return
        fi
        sub=${COMP_WORDS[2]}
        ;;
    help)
        if ((COMP_CWORD == 2)); then
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        elif ((COMP_CWORD == 3)) && [[ ${COMP_WORDS[2]} == preset || ${COMP_WORDS[2]} == accounts ]]; then
            local group=${COMP_WORDS[2]}_commands
            COMPREPLY=($(compgen -W "${!group}" -- "$cur"))
        fi
        return
        ;;
    esac

    # The value of the option before the cursor.
    case $prev in
    --from-file | --scenario | --out | --cacert)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --plan)
        COMPREPLY=($(compgen -W "free pro business enterprise" -- "$cur"))
        return
        ;;
    --mode)
        COMPREPLY=($(compgen -W "purge invalidate" -- "$cur"))
        return
        ;;
    --zone | --profile | --api-base | --max-wait | --limit | --since | --port | --token | --zones | --latency-ms | --files-cap | --note | \
        --name | --email | --edge | --purged-at)
        return
        ;;
    esac

    local options
    case "$command${sub:+ $sub}" in
    purge) options="--zone $action --invalidate --dry-run --yes --json --verify --warm --edge --max-wait --profile --api-base --cacert --help" ;;
    verify) options="--from-file --mode --purged-at --edge --warm --json --help" ;;
    zones) options="--json --max-wait --profile --api-base --cacert --help" ;;
    history) options="--limit --zone --since --json --csv --details --help" ;;
    sandbox) options="--port --token --plan --zones --latency-ms --files-cap --scenario --help" ;;
    "preset save") options="--zone $action --invalidate --profile --note --replace --help" ;;
    "preset list") options="--json --help" ;;
    "preset run") options="--yes --dry-run --json --max-wait --cacert --help" ;;
    "preset export") options="--out --help" ;;
    "preset import") options="--replace --keep-both --help" ;;
    "preset remove") options="--help" ;;
    "accounts add") options="--name --token-stdin --email --key-stdin --api-base --no-verify --cacert --help" ;;
    "accounts list") options="--json --help" ;;
    "accounts verify") options="--api-base --cacert --help" ;;
    "accounts remove") options="--help" ;;
    *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ "$command $sub" == "preset import" ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

complete -F _purgedesk_cli purgedesk-cli
