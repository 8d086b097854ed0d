# fish completion for purgedesk-cli: commands, subcommands, each command's options and the values
# some of them take. Installed in fish's vendor_completions.d.

set -l commands purge verify zones history preset accounts sandbox help

# True when the command line so far is `purgedesk-cli WORDS...` (options ignored).
function __purgedesk_cli_is
    set -l words (commandline -opc)
    set -e words[1]
    set -l plain
    for word in $words
        string match -q -- '-*' $word; or set -a plain $word
    end
    test (count $plain) -ge (count $argv); or return 1
    for i in (seq (count $argv))
        test "$plain[$i]" = "$argv[$i]"; or return 1
    end
end

function __purgedesk_cli_nth
    set -l words (commandline -opc)
    test (count $words) -eq $argv[1]
end

complete -c purgedesk-cli -f
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -s h -l help -d 'Show the help and exit'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -s v -l version -d 'Show the version and exit'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a purge -d 'Purge or invalidate items in a zone'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a verify -d 'Check that purged URLs come back fresh'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a zones -d 'List the zones'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a history -d 'Show the purge history'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a preset -d 'Save, list, run, export or import presets'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a accounts -d 'Add, list, verify or remove saved accounts'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a sandbox -d 'Serve a local stand-in for the API'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 1" -a help -d "Show the help, or a command's"

# help COMMAND [SUBCOMMAND]
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is help" -a "$commands"
complete -c purgedesk-cli -n "__purgedesk_cli_nth 3; and __purgedesk_cli_is help preset" -a "save list run export import remove"
complete -c purgedesk-cli -n "__purgedesk_cli_nth 3; and __purgedesk_cli_is help accounts" -a "add list verify remove"

# Subcommands
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is preset" -a save -d 'Save a purge as a preset'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is preset" -a list -d 'List the presets'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is preset" -a run -d 'Run a preset'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is preset" -a export -d 'Write presets to JSON'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is preset" -a import -d 'Add the presets of a JSON file'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is preset" -a remove -d 'Delete a preset'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is accounts" -a add -d 'Save an account'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is accounts" -a list -d 'List the accounts'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is accounts" -a verify -d 'Check an account with Cloudflare'
complete -c purgedesk-cli -n "__purgedesk_cli_nth 2; and __purgedesk_cli_is accounts" -a remove -d 'Delete an account and its secret'

# Options of each command: CONDITION, then the options as for `complete`.
function __purgedesk_cli_options
    set -l condition $argv[1]
    set -e argv[1]
    complete -c purgedesk-cli -n "not __purgedesk_cli_nth 1; and $condition" $argv
end

set -l with_help purge verify zones history sandbox "preset save" "preset list" "preset run" "preset export" \
    "preset import" "preset remove" "accounts add" "accounts list" "accounts verify" "accounts remove"
for command in $with_help
    __purgedesk_cli_options "__purgedesk_cli_is $command" -s h -l help -d 'Show the help and exit'
end

for command in purge "preset save"
    set -l is "__purgedesk_cli_is $command"
    __purgedesk_cli_options $is -l zone -x -d 'Zone name or 32-character zone ID'
    __purgedesk_cli_options $is -l everything -d 'Purge everything in the zone'
    __purgedesk_cli_options $is -l files -d 'Purge URLs'
    __purgedesk_cli_options $is -l hosts -d 'Purge hostnames'
    __purgedesk_cli_options $is -l tags -d 'Purge cache tags'
    __purgedesk_cli_options $is -l prefixes -d 'Purge URL prefixes'
    __purgedesk_cli_options $is -l from-file -r -F -d 'Read items from a file (- for standard input)'
    __purgedesk_cli_options $is -l invalidate -d 'Mark as stale instead of deleting'
    __purgedesk_cli_options $is -l profile -x -d 'Saved account (default: PURGEDESK_PROFILE)'
end
__purgedesk_cli_options "__purgedesk_cli_is purge" -l dry-run -d 'Show the requests without sending them'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l yes -d 'Do not ask before purging everything'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l json -d 'Print a JSON summary'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l api-base -x -d 'Another API address'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l max-wait -x -d 'Longest wait Cloudflare may ask for, in seconds'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l cacert -r -F -d 'Also trust the certificate authorities in this PEM file'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l verify -d 'Fetch the purged URLs from the edge afterwards'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l edge -x -d 'Send verification requests to this address'
__purgedesk_cli_options "__purgedesk_cli_is purge" -l warm -d 'With --verify: fetch the fresh URLs once more'

__purgedesk_cli_options "__purgedesk_cli_is verify" -l from-file -r -F -d 'Read URLs from a file (- for standard input)'
__purgedesk_cli_options "__purgedesk_cli_is verify" -l mode -x -a "purge invalidate" -d 'What was done to the URLs'
__purgedesk_cli_options "__purgedesk_cli_is verify" -l purged-at -x -d 'When they were purged (ISO 8601)'
__purgedesk_cli_options "__purgedesk_cli_is verify" -l edge -x -d 'Send the requests to this address'
__purgedesk_cli_options "__purgedesk_cli_is verify" -l warm -d 'Fetch the fresh URLs once more (warm the cache)'
__purgedesk_cli_options "__purgedesk_cli_is verify" -l json -d 'Print JSON'
__purgedesk_cli_options "__purgedesk_cli_is preset save" -l note -x -d 'A note kept with the preset'
__purgedesk_cli_options "__purgedesk_cli_is preset save" -l replace -d 'Replace a preset with the same name'

__purgedesk_cli_options "__purgedesk_cli_is zones" -l json -d 'Print JSON'
__purgedesk_cli_options "__purgedesk_cli_is zones" -l profile -x -d 'Saved account (default: PURGEDESK_PROFILE)'
__purgedesk_cli_options "__purgedesk_cli_is zones" -l api-base -x -d 'Another API address'
__purgedesk_cli_options "__purgedesk_cli_is zones" -l max-wait -x -d 'Longest wait Cloudflare may ask for, in seconds'
__purgedesk_cli_options "__purgedesk_cli_is zones" -l cacert -r -F -d 'Also trust the certificate authorities in this PEM file'

__purgedesk_cli_options "__purgedesk_cli_is history" -l limit -x -d 'Show at most N purges'
__purgedesk_cli_options "__purgedesk_cli_is history" -l zone -x -d 'Only purges in this zone'
__purgedesk_cli_options "__purgedesk_cli_is history" -l since -x -d 'Only purges since this date (YYYY-MM-DD)'
__purgedesk_cli_options "__purgedesk_cli_is history" -l json -d 'Print JSON'
__purgedesk_cli_options "__purgedesk_cli_is history" -l csv -d 'Print CSV'
__purgedesk_cli_options "__purgedesk_cli_is history" -l details -d 'With --json, the requests and items of each purge too'

__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l port -x -d 'Port to listen on'
__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l token -x -d 'Value of the demo token'
__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l plan -x -a "free pro business enterprise" -d 'Plan of every zone'
__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l zones -x -d 'Replace the demo zones with N generated ones'
__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l latency-ms -x -d 'Delay every answer by N ms'
__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l files-cap -x -d 'Refuse more than N URLs per request'
__purgedesk_cli_options "__purgedesk_cli_is sandbox" -l scenario -r -F -d 'Load a scenario file'

__purgedesk_cli_options "__purgedesk_cli_is preset list" -l json -d 'Print JSON'
__purgedesk_cli_options "__purgedesk_cli_is preset run" -l yes -d 'Do not ask before purging everything'
__purgedesk_cli_options "__purgedesk_cli_is preset run" -l dry-run -d 'Show the requests without sending them'
__purgedesk_cli_options "__purgedesk_cli_is preset run" -l json -d 'Print a JSON summary'
__purgedesk_cli_options "__purgedesk_cli_is preset run" -l max-wait -x -d 'Longest wait Cloudflare may ask for, in seconds'
__purgedesk_cli_options "__purgedesk_cli_is preset run" -l cacert -r -F -d 'Also trust the certificate authorities in this PEM file'
__purgedesk_cli_options "__purgedesk_cli_is preset export" -l out -r -F -d 'The file to write'
__purgedesk_cli_options "__purgedesk_cli_is preset import" -l replace -d 'Replace presets with the same name'
__purgedesk_cli_options "__purgedesk_cli_is preset import" -l keep-both -d 'Import them under new names'
__purgedesk_cli_options "__purgedesk_cli_is preset import" -F

__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l name -x -d 'A name for the account'
__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l token-stdin -d 'Read an API token from standard input'
__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l email -x -d 'The email of a global API key'
__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l key-stdin -d 'Read a global API key from standard input'
__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l api-base -x -d 'Remember another API address'
__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l cacert -r -F -d 'Also trust the certificate authorities in this PEM file'
__purgedesk_cli_options "__purgedesk_cli_is accounts add" -l no-verify -d 'Save without asking Cloudflare'
__purgedesk_cli_options "__purgedesk_cli_is accounts list" -l json -d 'Print JSON'
__purgedesk_cli_options "__purgedesk_cli_is accounts verify" -l api-base -x -d 'Another API address'
__purgedesk_cli_options "__purgedesk_cli_is accounts verify" -l cacert -r -F -d 'Also trust the certificate authorities in this PEM file'
