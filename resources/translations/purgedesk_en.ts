<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PurgeDesk::Gui::AccountsDialog</name>
    <message numerus="yes">
        <source>Reaches %Ln zone(s) in %1.</source>
        <translation>
            <numerusform>Reaches %Ln zone in %1.</numerusform>
            <numerusform>Reaches %Ln zones in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryPanel</name>
    <message numerus="yes">
        <source>%Ln purge(s) older than the retention setting were removed.</source>
        <translation>
            <numerusform>%Ln purge older than the retention setting was removed.</numerusform>
            <numerusform>%Ln purges older than the retention setting were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s)</source>
        <translation>
            <numerusform>%Ln purge</numerusform>
            <numerusform>%Ln purges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) match</source>
        <translation>
            <numerusform>%Ln purge matches</numerusform>
            <numerusform>%Ln purges match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) selected. Export saves them to a file.</source>
        <translation>
            <numerusform>%Ln purge selected. Export saves them to a file.</numerusform>
            <numerusform>%Ln purges selected. Export saves them to a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln purge(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln purge to %1.</numerusform>
            <numerusform>Exported %Ln purges to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ListFix</name>
    <message numerus="yes">
        <source>Purge %Ln Wildcard Line(s) as Prefixes</source>
        <translation>
            <numerusform>Purge %Ln Wildcard Line as Prefixes</numerusform>
            <numerusform>Purge %Ln Wildcard Lines as Prefixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add https://%1 to %Ln Line(s)</source>
        <translation>
            <numerusform>Add https://%1 to %Ln Line</numerusform>
            <numerusform>Add https://%1 to %Ln Lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln URL(s) to Prefixes</source>
        <translation>
            <numerusform>Convert %Ln URL to a Prefix</numerusform>
            <numerusform>Convert %Ln URLs to Prefixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added https://%1 to %Ln relative URL(s). Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>Added https://%1 to %Ln relative URL. Undo (Ctrl+Z) takes it back.</numerusform>
            <numerusform>Added https://%1 to %Ln relative URLs. Undo (Ctrl+Z) takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln URL(s) to prefixes. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>Converted %Ln URL to a prefix. Undo (Ctrl+Z) brings the URL back.</numerusform>
            <numerusform>Converted %Ln URLs to prefixes. Undo (Ctrl+Z) brings the URLs back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purging by prefix: %Ln URL(s) converted; a prefix purges its path and everything under it. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>Purging by prefix: %Ln URL converted; a prefix purges its path and everything under it. Undo (Ctrl+Z) brings the URL back.</numerusform>
            <numerusform>Purging by prefix: %Ln URLs converted; a prefix purges its path and everything under it. Undo (Ctrl+Z) brings the URLs back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln URL(s) to Hostnames</source>
        <translation>
            <numerusform>Convert %Ln URL to a Hostname</numerusform>
            <numerusform>Convert %Ln URLs to Hostnames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln URL(s) to hostnames. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>Converted %Ln URL to a hostname. Undo (Ctrl+Z) brings the URL back.</numerusform>
            <numerusform>Converted %Ln URLs to hostnames. Undo (Ctrl+Z) brings the URLs back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge All %Ln URL(s) as Prefixes</source>
        <translation>
            <numerusform>Purge All %Ln URL as Prefixes</numerusform>
            <numerusform>Purge All %Ln URLs as Prefixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a query, which a prefix cannot hold: each now purges everything under its path.</source>
        <translation>
            <numerusform>%Ln of them had a query, which a prefix cannot hold: it now purges everything under its path.</numerusform>
            <numerusform>%Ln of them had a query, which a prefix cannot hold: each now purges everything under its path.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n × 429 this session</source>
        <translation>
            <numerusform>%n × 429 this session</numerusform>
            <numerusform>%n × 429 this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying the %Ln item(s) that the purge of %1 did not purge in %2.</source>
        <translation>
            <numerusform>Retrying the %Ln item that the purge of %1 did not purge in %2.</numerusform>
            <numerusform>Retrying the %Ln items that the purge of %1 did not purge in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded the %Ln item(s) of the purge of %1 in %2.</source>
        <translation>
            <numerusform>Loaded the %Ln item of the purge of %1 in %2.</numerusform>
            <numerusform>Loaded the %Ln items of the purge of %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 of %Ln item</numerusform>
            <numerusform>%1 of %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::MoreZonesButton</name>
    <message numerus="yes">
        <source>In %n More Zone(s)...</source>
        <translation>
            <numerusform>In %n More Zone...</numerusform>
            <numerusform>In %n More Zones...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetText</name>
    <message numerus="yes">
        <source>%Ln preset(s)</source>
        <translation>
            <numerusform>%Ln preset</numerusform>
            <numerusform>%Ln presets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetTransfer</name>
    <message numerus="yes">
        <source>%Ln preset(s) in this file</source>
        <translation>
            <numerusform>%Ln preset in this file</numerusform>
            <numerusform>%Ln presets in this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in the file were rejected.</source>
        <translation>
            <numerusform>%Ln preset in the file was rejected.</numerusform>
            <numerusform>%Ln presets in the file were rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in %1 were not imported:</source>
        <translation>
            <numerusform>%Ln preset in %1 was not imported:</numerusform>
            <numerusform>%Ln presets in %1 were not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetsPanel</name>
    <message numerus="yes">
        <source>%Ln preset(s) now use the renamed account %1.</source>
        <translation>
            <numerusform>%Ln preset now uses the renamed account %1.</numerusform>
            <numerusform>%Ln presets now use the renamed account %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PreviewDialog</name>
    <message numerus="yes">
        <source>Request %1 · %Ln item(s)</source>
        <translation>
            <numerusform>Request %1 · %Ln item</numerusform>
            <numerusform>Request %1 · %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 · %2 · %Ln item(s)</source>
        <translation>
            <numerusform>Request %1 · %2 · %Ln item</numerusform>
            <numerusform>Request %1 · %2 · %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PurgeForm</name>
    <message numerus="yes">
        <source>Cloudflare listed %n zone(s) without an ID or a name; they are not offered.</source>
        <translation>
            <numerusform>Cloudflare listed %n zone without an ID or a name; they are not offered.</numerusform>
            <numerusform>Cloudflare listed %n zones without an ID or a name; they are not offered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n line(s) marked as errors to purge.</source>
        <translation>
            <numerusform>Fix or remove the line marked as an error to purge.</numerusform>
            <numerusform>Fix or remove the %n lines marked as errors to purge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n zone(s): %3; %4, %5</source>
        <translation>
            <numerusform>%1 %2 in %n zone: %3; %4, %5</numerusform>
            <numerusform>%1 %2 in %n zones: %3; %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 in %n Zone(s)</source>
        <translation>
            <numerusform>%1 %2 %3 in %n Zone</numerusform>
            <numerusform>%1 %2 %3 in %n Zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything in %n zone(s): %1</source>
        <translation>
            <numerusform>Everything in %n zone: %1</numerusform>
            <numerusform>Everything in %n zones: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in each of %n zone(s): %3</source>
        <translation>
            <numerusform>%1 %2 in each of %n zone: %3</numerusform>
            <numerusform>%1 %2 in each of %n zones: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch to %1 for %Ln Line(s)...</source>
        <translation>
            <numerusform>Switch to %1 for %Ln Line...</numerusform>
            <numerusform>Switch to %1 for %Ln Lines...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list are in zones of the account “%1” (%2), not of %3.</source>
        <translation>
            <numerusform>%Ln line of the list is in zones of the account “%1” (%2), not of %3.</numerusform>
            <numerusform>%Ln lines of the list are in zones of the account “%1” (%2), not of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::RunListModel</name>
    <message numerus="yes">
        <source>%Ln not purged</source>
        <translation>
            <numerusform>%Ln not purged</numerusform>
            <numerusform>%Ln not purged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::RunView</name>
    <message numerus="yes">
        <source>Cloudflare answered “rate limited” %n time(s); each of those requests was sent again.</source>
        <translation>
            <numerusform>Cloudflare answered “rate limited” once; that request was sent again.</numerusform>
            <numerusform>Cloudflare answered “rate limited” %n times; each of those requests was sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln request(s)</source>
        <translation>
            <numerusform>all %Ln request</numerusform>
            <numerusform>all %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) after a server error, a timeout or a broken connection.</source>
        <translation>
            <numerusform>%n retry after a server error, a timeout or a broken connection.</numerusform>
            <numerusform>%n retries after a server error, a timeout or a broken connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerifyPanel</name>
    <message numerus="yes">
        <source>Verifying: %1 of %Ln URL(s) checked...</source>
        <translation>
            <numerusform>Verifying: %1 of %Ln URL checked...</numerusform>
            <numerusform>Verifying: %1 of %Ln URLs checked...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warming: %1 of %Ln fresh URL(s) fetched...</source>
        <translation>
            <numerusform>Warming: %1 of %Ln fresh URL fetched...</numerusform>
            <numerusform>Warming: %1 of %Ln fresh URLs fetched...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge Again (%Ln Still Cached)</source>
        <translation>
            <numerusform>Purge Again (%Ln Still Cached)</numerusform>
            <numerusform>Purge Again (%Ln Still Cached)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warmed %Ln fresh URL(s) for the next visitor.</source>
        <translation>
            <numerusform>Warmed %Ln fresh URL for the next visitor.</numerusform>
            <numerusform>Warmed %Ln fresh URLs for the next visitor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln still-cached URL(s) once more?</source>
        <translation>
            <numerusform>Purge %Ln still-cached URL once more?</numerusform>
            <numerusform>Purge %Ln still-cached URLs once more?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge the %Ln still-cached URL(s) once more</source>
        <translation>
            <numerusform>Purge the %Ln still-cached URL once more</numerusform>
            <numerusform>Purge the %Ln still-cached URLs once more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerifyUrlsDialog</name>
    <message numerus="yes">
        <source>%Ln more line(s) too. Nothing was fetched.</source>
        <translation>
            <numerusform>%Ln more line too. Nothing was fetched.</numerusform>
            <numerusform>%Ln more lines too. Nothing was fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ZonePicker</name>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) match “%1”: choose one</source>
        <translation>
            <numerusform>%Ln zone matches “%1”: choose it</numerusform>
            <numerusform>%Ln zones match “%1”: choose one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ListText</name>
    <message numerus="yes">
        <source>%Ln duplicate line(s)</source>
        <translation>
            <numerusform>%Ln duplicate line</numerusform>
            <numerusform>%Ln duplicate lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank line(s)</source>
        <translation>
            <numerusform>%Ln blank line</numerusform>
            <numerusform>%Ln blank lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) trimmed</source>
        <translation>
            <numerusform>%Ln line trimmed</numerusform>
            <numerusform>%Ln lines trimmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Presets::Preset</name>
    <message numerus="yes">
        <source>%1 + %n zone(s)</source>
        <translation>
            <numerusform>%1 + %n zone</numerusform>
            <numerusform>%1 + %n zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Runner</name>
    <message numerus="yes">
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Failed after %n attempt: %1</numerusform>
            <numerusform>Failed after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::RunText</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) sent</source>
        <translation>
            <numerusform>%1 of %n request sent</numerusform>
            <numerusform>%1 of %n requests sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate limited (429)</source>
        <translation>
            <numerusform>%n rate limited (429)</numerusform>
            <numerusform>%n rate limited (429)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::VerifyText</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fresh</source>
        <translation>
            <numerusform>%n fresh</numerusform>
            <numerusform>%n fresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still cached</source>
        <translation>
            <numerusform>%n still cached</numerusform>
            <numerusform>%n still cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not cached</source>
        <translation>
            <numerusform>%n not cached</numerusform>
            <numerusform>%n not cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not served by Cloudflare</source>
        <translation>
            <numerusform>%n not served by Cloudflare</numerusform>
            <numerusform>%n not served by Cloudflare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warmed</source>
        <translation>
            <numerusform>%n warmed</numerusform>
            <numerusform>%n warmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to warm</source>
        <translation>
            <numerusform>%n failed to warm</numerusform>
            <numerusform>%n failed to warm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not warmed</source>
        <translation>
            <numerusform>%n not warmed</numerusform>
            <numerusform>%n not warmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the whole answer did not arrive within %n second(s)</source>
        <translation>
            <numerusform>the whole answer did not arrive within %n second</numerusform>
            <numerusform>the whole answer did not arrive within %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
