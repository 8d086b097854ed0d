<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PurgeDesk::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n × 429 this session</source>
        <translation>
            <numerusform>%n × 429 this session</numerusform>
            <numerusform>%n × 429 this session</numerusform>
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
</context>
<context>
    <name>PurgeDesk::Gui::RunListModel</name>
    <message numerus="yes">
        <source>%n not purged</source>
        <translation>
            <numerusform>%n not purged</numerusform>
            <numerusform>%n not purged</numerusform>
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
</context>
<context>
    <name>PurgeDesk::Gui::ZonePicker</name>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln zone</numerusform><numerusform>%Ln zones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) match “%1”: choose one</source>
        <translation>
            <numerusform>%Ln zone matches “%1”: choose it</numerusform><numerusform>%Ln zones match “%1”: choose one</numerusform></translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ListText</name>
    <message numerus="yes">
        <source>%n duplicate line(s) removed</source>
        <translation>
            <numerusform>%n duplicate line removed</numerusform>
            <numerusform>%n duplicate lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) removed</source>
        <translation>
            <numerusform>%n blank line removed</numerusform>
            <numerusform>%n blank lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) trimmed</source>
        <translation>
            <numerusform>%n line trimmed</numerusform>
            <numerusform>%n lines trimmed</numerusform>
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
</TS>
