<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PurgeDesk</source>
        <translation>Über PurgeDesk</translation>
    </message>
    <message>
        <source>PurgeDesk logo</source>
        <translation>PurgeDesk-Logo</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Name und Version der Anwendung</translation>
    </message>
    <message>
        <source>PurgeDesk</source>
        <translation>PurgeDesk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Purge and invalidate Cloudflare&apos;s CDN cache from your desktop.</source>
        <translation>Cloudflares CDN-Cache vom Desktop aus löschen und invalidieren.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>QtKeychain-Version</translation>
    </message>
    <message>
        <source>PurgeDesk is free software under the MIT License:</source>
        <translation>PurgeDesk ist freie Software unter der MIT-Lizenz:</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Das ausgewählte Konto entfernen</translation>
    </message>
    <message>
        <source>About the sandbox</source>
        <translation>Über die Sandbox</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox: not Cloudflare.&lt;/b&gt; A local stand-in for Cloudflare&apos;s API, built into PurgeDesk, with demo zones on every plan, for trying PurgeDesk without a Cloudflare account. Nothing done with it reaches Cloudflare. It needs no secret.</source>
        <translation>&lt;b&gt;Sandbox: nicht Cloudflare.&lt;/b&gt; Ein lokaler Ersatz für Cloudflares API, in PurgeDesk eingebaut, mit Demo-Zonen in jedem Tarif, um PurgeDesk ohne Cloudflare-Konto auszuprobieren. Nichts, was damit geschieht, erreicht Cloudflare. Sie braucht kein Geheimnis.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Name des Kontos</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Zum Beispiel: Arbeit</translation>
    </message>
    <message>
        <source>S&amp;ign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>API-Token (empfohlen)</translation>
    </message>
    <message>
        <source>Global API key and email</source>
        <translation>Globaler API-Schlüssel und E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Email of the global API key</source>
        <translation>E-Mail des globalen API-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API token or global API key</source>
        <translation>API-Token oder globaler API-Schlüssel</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify the account again</source>
        <translation>Das Konto erneut prüfen</translation>
    </message>
    <message>
        <source>Use for This Session &amp;Only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Das Geheimnis nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Check and save the account</source>
        <translation>Das Konto prüfen und speichern</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>MainWindowForm</name>
    <message>
        <source>PurgeDesk</source>
        <translation>PurgeDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Pur&amp;ge</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import List...</source>
        <translation>Liste &amp;importieren...</translation>
    </message>
    <message>
        <source>Import Sitemap from &amp;Address...</source>
        <translation>Sitemap von einer &amp;Adresse importieren...</translation>
    </message>
    <message>
        <source>&amp;Find Zone</source>
        <translation>&amp;Zone suchen</translation>
    </message>
    <message>
        <source>&amp;Next Problem in List</source>
        <translation>&amp;Nächstes Problem in der Liste</translation>
    </message>
    <message>
        <source>C&amp;lean Up List</source>
        <translation>Liste &amp;bereinigen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>Ein&amp;stellungen...</translation>
    </message>
    <message>
        <source>Pre&amp;view Requests...</source>
        <translation>Anfragen-&amp;Vorschau...</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Cancel Purge</source>
        <translation>Löschen &amp;abbrechen</translation>
    </message>
    <message>
        <source>PurgeDesk &amp;Help</source>
        <translation>PurgeDesk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Purge Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>V&amp;erlauf</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>&amp;Statusleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Vollbil&amp;d</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts...</source>
        <translation>Konten &amp;verwalten...</translation>
    </message>
    <message>
        <source>&amp;About PurgeDesk</source>
        <translation>Ü&amp;ber PurgeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Go to the &amp;List</source>
        <translation>Zur &amp;Liste wechseln</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
</context>
<context>
    <name>Presets::PresetImport</name>
    <message>
        <source>Import Presets</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>There is already a preset named %1.</source>
        <translation>Es gibt bereits eine Vorlage namens %1.</translation>
    </message>
    <message>
        <source>Yours: %1.
Imported: %2.

Keep both (the imported one becomes %3), replace yours, or skip the imported one?</source>
        <translation>Ihre: %1.
Importiert: %2.

Beide behalten (die importierte heißt dann %3), Ihre ersetzen oder die importierte überspringen?</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Do the same for the other names that exist</source>
        <translation>Für die anderen vorhandenen Namen ebenso verfahren</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>Search presets</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Purge what the selected preset holds (Enter or double-click)</source>
        <translation>Löschen, was die ausgewählte Vorlage enthält (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ausf&amp;ühren</translation>
    </message>
    <message>
        <source>Load the preset into the purge form without purging</source>
        <translation>Die Vorlage ins Formular laden, ohne zu löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Weitere Aktionen für Vorlagen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Run Preset</source>
        <translation>Vorlage &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Open in Purge Form</source>
        <translation>Im Formular ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save Current as Preset...</source>
        <translation>Aktuelles Formular als Vorlage &amp;speichern...</translation>
    </message>
    <message>
        <source>&amp;Update from Purge Form</source>
        <translation>Aus dem Formular a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>&amp;Import Presets...</source>
        <translation>Vorlagen &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Export Selected Presets...</source>
        <translation>Ausgewählte Vorlagen e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export &amp;All Presets...</source>
        <translation>A&amp;lle Vorlagen exportieren...</translation>
    </message>
    <message>
        <source>Show Its Purges in &amp;History</source>
        <translation>Ihre Löschungen im &amp;Verlauf zeigen</translation>
    </message>
    <message>
        <source>Presets status</source>
        <translation>Status der Vorlagen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk</name>
    <message>
        <source>No system keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar. Installieren und starten Sie unter Linux einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it, or allow PurgeDesk to use it, then try again.</source>
        <translation>Der Schlüsselbund des Systems verweigert den Zugriff. Entsperren Sie ihn oder erlauben Sie PurgeDesk den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain does not support this operation.</source>
        <translation>Der Schlüsselbund des Systems unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>No system keychain is running (%1). On Linux, install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Schlüsselbund des Systems läuft (%1). Installieren und starten Sie unter Linux einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). Unlock it, or create a default keyring, in your keyring manager, then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat keine Standardsammlung (%1). Entsperren Sie ihn oder legen Sie in Ihrer Schlüsselbundverwaltung einen Standardschlüsselbund an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::AppContext</name>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Cloudflare</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>The API address is empty.</source>
        <translation>Die API-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Write it in full, for example %2.</source>
        <translation>„%1“ ist keine gültige URL. Schreiben Sie sie vollständig, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The API address must use https://. Plain http:// is allowed only for this computer (localhost or 127.0.0.1), because your API token would otherwise travel unencrypted.</source>
        <translation>Die API-Adresse muss https:// verwenden. Einfaches http:// ist nur für diesen Computer erlaubt (localhost oder 127.0.0.1), weil Ihr API-Token sonst unverschlüsselt übertragen würde.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API address must not contain a query (?...) or a fragment (#...).</source>
        <translation>Die API-Adresse darf keine Abfrage (?...) und kein Fragment (#...) enthalten.</translation>
    </message>
    <message>
        <source>The API address has no hostname.</source>
        <translation>Die API-Adresse hat keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Cloudflare::ApiClient</name>
    <message>
        <source>cannot read the certificate file %1: %2</source>
        <translation>die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Cloudflare::ApiError</name>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request (HTTP %1) without saying why.</source>
        <translation>Cloudflare hat die Anfrage abgelehnt (HTTP %1), ohne einen Grund zu nennen.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request: %1.</source>
        <translation>Cloudflare hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>Cloudflares Ratenlimit ist erreicht.</translation>
    </message>
    <message>
        <source>Cloudflare said: %1.</source>
        <translation>Cloudflare meldet: %1.</translation>
    </message>
    <message>
        <source>Cloudflare had a server error (HTTP %1): %2.</source>
        <translation>Bei Cloudflare ist ein Serverfehler aufgetreten (HTTP %1): %2.</translation>
    </message>
    <message>
        <source>Cloudflare is unavailable right now (HTTP %1, an error page instead of an API answer).</source>
        <translation>Cloudflare ist gerade nicht erreichbar (HTTP %1, eine Fehlerseite statt einer API-Antwort).</translation>
    </message>
    <message>
        <source>The answer could not be understood (%1). It may have been cut off or come from a proxy.</source>
        <translation>Die Antwort war unverständlich (%1). Sie wurde vielleicht abgeschnitten oder stammt von einem Proxy.</translation>
    </message>
    <message>
        <source>No answer arrived in time: the request timed out.</source>
        <translation>Keine Antwort in der vorgesehenen Zeit: Die Anfrage hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing answers at the API address.</source>
        <translation>Die Verbindung wurde abgelehnt: Unter der API-Adresse antwortet nichts.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the network connection and the API address.</source>
        <translation>Der API-Host wurde nicht gefunden. Prüfen Sie die Netzwerkverbindung und die API-Adresse.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (%1).</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden (%1).</translation>
    </message>
    <message>
        <source>A network error occurred (%1).</source>
        <translation>Ein Netzwerkfehler ist aufgetreten (%1).</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); PurgeDesk did not follow it so that your credentials stay with Cloudflare.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1); PurgeDesk ist ihr nicht gefolgt, damit Ihre Zugangsdaten bei Cloudflare bleiben.</translation>
    </message>
    <message>
        <source>The token lacks a permission: purging needs Zone &gt; Cache Purge &gt; Purge for this zone (listing zones needs Zone &gt; Zone &gt; Read). Edit the token in Cloudflare&apos;s dashboard, or choose another account.</source>
        <translation>Dem Token fehlt eine Berechtigung: Löschen braucht Zone &gt; Cache Purge &gt; Purge für diese Zone (Zonen auflisten braucht Zone &gt; Zone &gt; Read). Bearbeiten Sie das Token im Cloudflare-Dashboard oder wählen Sie ein anderes Konto.</translation>
    </message>
    <message>
        <source>The credentials are not in a form Cloudflare accepts. Paste the token (or the key) again in Accounts &gt; Manage Accounts.</source>
        <translation>Die Zugangsdaten haben keine Form, die Cloudflare akzeptiert. Fügen Sie das Token (oder den Schlüssel) unter Konten &gt; Konten verwalten erneut ein.</translation>
    </message>
    <message>
        <source>Cloudflare did not accept this account&apos;s credentials: the token may have expired or been revoked, or it does not cover this zone. Check it in Accounts &gt; Manage Accounts (Verify Again), or create a new token in Cloudflare&apos;s dashboard.</source>
        <translation>Cloudflare hat die Zugangsdaten dieses Kontos nicht akzeptiert: Das Token ist vielleicht abgelaufen oder widerrufen, oder es gilt nicht für diese Zone. Prüfen Sie es unter Konten &gt; Konten verwalten (Erneut prüfen) oder erstellen Sie ein neues Token im Cloudflare-Dashboard.</translation>
    </message>
    <message>
        <source>Wait a little and try again; PurgeDesk paces its requests to stay under the limit.</source>
        <translation>Warten Sie kurz und versuchen Sie es erneut; PurgeDesk dosiert seine Anfragen, um unter dem Limit zu bleiben.</translation>
    </message>
    <message>
        <source>This is usually temporary. Try again in a few minutes; Cloudflare&apos;s status page says whether there is an incident.</source>
        <translation>Das ist meist vorübergehend. Versuchen Sie es in ein paar Minuten erneut; Cloudflares Statusseite zeigt, ob es eine Störung gibt.</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy and the API address in Settings, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung sowie Proxy und API-Adresse in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A proxy or security product may be intercepting the connection; check its certificate settings.</source>
        <translation>Ein Proxy oder eine Sicherheitssoftware fängt die Verbindung vielleicht ab; prüfen Sie deren Zertifikatseinstellungen.</translation>
    </message>
    <message>
        <source>Cloudflare does not know this zone: check the zone ID (32 hexadecimal characters), not the zone name.</source>
        <translation>Cloudflare kennt diese Zone nicht: Prüfen Sie die Zonen-ID (32 hexadezimale Zeichen), nicht den Zonennamen.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; it asks to wait %1.</source>
        <translation>Cloudflares Ratenlimit ist erreicht; Cloudflare bittet, %1 zu warten.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Connection</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The API address from %1 is not usable: %2</source>
        <translation>Die API-Adresse aus %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is not in the system keychain. Open Accounts &gt; Manage Accounts and paste it again.</source>
        <translation>Das Geheimnis von „%1“ ist nicht im Schlüsselbund des Systems. Öffnen Sie Konten &gt; Konten verwalten und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>This account&apos;s token cannot list zones (it has no Zone &gt; Zone &gt; Read permission). Paste the zone ID from the zone&apos;s Overview page in Cloudflare&apos;s dashboard.</source>
        <translation>Das Token dieses Kontos kann keine Zonen auflisten (ihm fehlt die Berechtigung Zone &gt; Zone &gt; Read). Fügen Sie die Zonen-ID von der Übersichtsseite der Zone im Cloudflare-Dashboard ein.</translation>
    </message>
    <message>
        <source>The zones could not be listed. %1</source>
        <translation>Die Zonen konnten nicht aufgelistet werden. %1</translation>
    </message>
    <message>
        <source>If the token only has the Cache Purge permission, paste the zone ID instead.</source>
        <translation>Hat das Token nur die Berechtigung Cache Purge, fügen Sie stattdessen die Zonen-ID ein.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::CredentialStore</name>
    <message>
        <source>The system keychain did not answer within %1 s. It may be locked and waiting for its password; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet. Vielleicht ist er gesperrt und wartet auf sein Passwort; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The secret contains spaces or unprintable characters; check what was pasted.</source>
        <translation>Das Geheimnis enthält Leerzeichen oder nicht druckbare Zeichen; prüfen Sie, was eingefügt wurde.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::AboutDialog</name>
    <message>
        <source>PurgeDesk %1</source>
        <translation>PurgeDesk %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::AccountsDialog</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Das Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Sandbox (local, not Cloudflare)</source>
        <translation>Sandbox (lokal, nicht Cloudflare)</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Last verified %1.</source>
        <translation>Zuletzt geprüft: %1.</translation>
    </message>
    <message>
        <source>Token: %1.</source>
        <translation>Token: %1.</translation>
    </message>
    <message>
        <source>Cannot list zones: enter a zone ID to purge.</source>
        <translation>Kann keine Zonen auflisten: Geben Sie zum Löschen eine Zonen-ID ein.</translation>
    </message>
    <message>
        <source>Its secret is kept for this session only.</source>
        <translation>Sein Geheimnis wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Das API-Token einfügen</translation>
    </message>
    <message>
        <source>Give the account a name and paste its API token, then Save.</source>
        <translation>Geben Sie dem Konto einen Namen, fügen Sie sein API-Token ein und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>A global API key needs the email of its Cloudflare login.</source>
        <translation>Ein globaler API-Schlüssel braucht die E-Mail-Adresse seines Cloudflare-Logins.</translation>
    </message>
    <message>
        <source>Paste the %1 first.</source>
        <translation>Zuerst einfügen: %1.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>global API key</source>
        <translation>globaler API-Schlüssel</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Checking with Cloudflare...</source>
        <translation>Prüfung bei Cloudflare...</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain...</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Systems gespeichert...</translation>
    </message>
    <message>
        <source>Saved; the secret is in the system keychain.</source>
        <translation>Gespeichert; das Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Reading the secret from the system keychain...</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund des Systems gelesen...</translation>
    </message>
    <message>
        <source>The secret of this account is not in the system keychain: paste it again and Save.</source>
        <translation>Das Geheimnis dieses Kontos ist nicht im Schlüsselbund des Systems: Fügen Sie es erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its secret is deleted from the system keychain.</source>
        <translation>Das Konto „%1“ entfernen? Sein Geheimnis wird aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Keep Account</source>
        <translation>Konto behalten</translation>
    </message>
    <message>
        <source>Deleting the secret from the system keychain...</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund des Systems gelöscht...</translation>
    </message>
    <message>
        <source>The account was kept, so that its secret is not left behind.</source>
        <translation>Das Konto wurde behalten, damit sein Geheimnis nicht zurückbleibt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secret.</source>
        <translation>„%1“ und sein Geheimnis wurden entfernt.</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>&amp;Globaler API-Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Kept for this session only; type to replace it</source>
        <translation>Nur für diese Sitzung aufbewahrt; zum Ersetzen tippen</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %Ln zone(s) in %1.</source>
        <translation>
            <numerusform>Erreicht %Ln Zone in %1.</numerusform>
            <numerusform>Erreicht %Ln Zonen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Its secret is kept for this session only: after a restart PurgeDesk asks for it where the zones are, until the system keychain can keep it (Save it here again then).</source>
        <translation>Gespeichert. Sein Geheimnis wird nur für diese Sitzung aufbewahrt: Nach einem Neustart fragt PurgeDesk dort danach, wo die Zonen angezeigt werden, bis der Schlüsselbund des Systems es aufbewahren kann (speichern Sie es dann hier erneut).</translation>
    </message>
    <message>
        <source>%1
The account was not saved. Use the secret for this session only (kept in memory, never written anywhere), or Save again once the keychain works.</source>
        <translation>%1
Das Konto wurde nicht gespeichert. Verwenden Sie das Geheimnis nur für diese Sitzung (es bleibt im Arbeitsspeicher und wird nirgends geschrieben), oder speichern Sie erneut, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Create a token in Cloudflare&apos;s dashboard (My Profile &gt; API Tokens) with Zone &gt; Cache Purge &gt; Purge, and Zone &gt; Zone &gt; Read to pick zones by name.</source>
        <translation>Erstellen Sie im Cloudflare-Dashboard (My Profile &gt; API Tokens) ein Token mit Zone &gt; Cache Purge &gt; Purge, dazu Zone &gt; Zone &gt; Read, um Zonen nach Namen auszuwählen.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only, never written anywhere.</source>
        <translation>Das Geheimnis bleibt nur für diese Sitzung im Arbeitsspeicher und wird nirgends geschrieben.</translation>
    </message>
    <message>
        <source>The secret is kept only in the system keychain.</source>
        <translation>Das Geheimnis wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::BatchTableModel</name>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1 (items %2-%3)</source>
        <translation>%1 (Einträge %2–%3)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Purge ID or error</source>
        <translation>Lösch-ID oder Fehler</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::CheckedUrlsView</name>
    <message>
        <source>URLs checked after the selected purge</source>
        <translation>Nach der ausgewählten Löschung geprüfte URLs</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ConfirmZoneDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; removes every cached file of &lt;b&gt;%2&lt;/b&gt; from Cloudflare&apos;s cache. Until the cache fills again, every request goes to your origin server.&lt;/p&gt;&lt;p&gt;Type &lt;b&gt;%2&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; entfernt jede zwischengespeicherte Datei von &lt;b&gt;%2&lt;/b&gt; aus Cloudflares Cache. Bis sich der Cache wieder füllt, geht jede Anfrage an Ihren Ursprungsserver.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung &lt;b&gt;%2&lt;/b&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zone name to confirm</source>
        <translation>Zonenname zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::DesktopNotifier</name>
    <message>
        <source>Show PurgeDesk</source>
        <translation>PurgeDesk anzeigen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HelpBox</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>PurgeDesk Help</source>
        <translation>PurgeDesk-Hilfe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Purging in four steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose the &lt;b&gt;account&lt;/b&gt; and the &lt;b&gt;zone&lt;/b&gt; (type to search).&lt;/li&gt;&lt;li&gt;Choose what to purge by: URLs, hostnames, cache tags, prefixes, or everything; and the mode: &lt;b&gt;Purge&lt;/b&gt; removes cached copies, &lt;b&gt;Invalidate&lt;/b&gt; marks them stale.&lt;/li&gt;&lt;li&gt;Paste, type or import the list (a text, CSV or sitemap.xml file; or drop one). Lines with a marker need a look: hover for the reason, or press F8 to go to the next error and read it above the list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Preview&lt;/b&gt; shows the exact requests; &lt;b&gt;Purge&lt;/b&gt; sends them, paced under your plan&apos;s rate limits. Failed items can be retried.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Accounts &amp;gt; Manage Accounts adds a Cloudflare API token (kept in the system keychain). Until then PurgeDesk uses a local sandbox that answers like Cloudflare.&lt;/p&gt;&lt;p&gt;A purge you repeat: save the form as a preset; its &lt;b&gt;Run&lt;/b&gt; button in the Presets panel purges it again in one click (purge everything still asks for the zone&apos;s name).&lt;/p&gt;&lt;h4&gt;Shortcuts&lt;/h4&gt;</source>
        <translation>&lt;h3&gt;Löschen in vier Schritten&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Wählen Sie das &lt;b&gt;Konto&lt;/b&gt; und die &lt;b&gt;Zone&lt;/b&gt; (tippen zum Suchen).&lt;/li&gt;&lt;li&gt;Wählen Sie, wonach gelöscht wird: URLs, Hostnamen, Cache-Tags, Präfixe oder alles; und den Modus: &lt;b&gt;Löschen&lt;/b&gt; entfernt die zwischengespeicherten Kopien, &lt;b&gt;Invalidieren&lt;/b&gt; markiert sie als veraltet.&lt;/li&gt;&lt;li&gt;Fügen Sie die Liste ein, tippen oder importieren Sie sie (eine Text-, CSV- oder sitemap.xml-Datei; oder ziehen Sie eine hierher). Zeilen mit einer Markierung verdienen einen Blick: Der Mauszeiger darüber zeigt den Grund, oder F8 springt zum nächsten Fehler, dessen Grund dann über der Liste steht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vorschau&lt;/b&gt; zeigt die genauen Anfragen; &lt;b&gt;Löschen&lt;/b&gt; sendet sie, dosiert unter den Ratenlimits Ihres Tarifs. Fehlgeschlagene Einträge lassen sich wiederholen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Konten &amp;gt; Konten verwalten fügt ein Cloudflare-API-Token hinzu (im Schlüsselbund des Systems aufbewahrt). Bis dahin verwendet PurgeDesk eine lokale Sandbox, die wie Cloudflare antwortet.&lt;/p&gt;&lt;p&gt;Eine Löschung, die Sie wiederholen: Speichern Sie das Formular als Vorlage; ihre Schaltfläche &lt;b&gt;Ausführen&lt;/b&gt; im Vorlagen-Bereich löscht sie mit einem Klick erneut (Alles löschen fragt weiterhin nach dem Namen der Zone).&lt;/p&gt;&lt;h4&gt;Tastenkürzel&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>Purge by</source>
        <translation>Löschen nach</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search zones, items, accounts...</source>
        <translation>Zonen, Einträge, Konten durchsuchen...</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Show every purge again</source>
        <translation>Wieder alle Löschungen zeigen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryPanel</name>
    <message>
        <source>Purges, newest first</source>
        <translation>Löschungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Selected purge</source>
        <translation>Ausgewählte Löschung</translation>
    </message>
    <message>
        <source>Select a purge to see its requests and items.</source>
        <translation>Wählen Sie eine Löschung aus, um ihre Anfragen und Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Items of the selected purge</source>
        <translation>Einträge der ausgewählten Löschung</translation>
    </message>
    <message>
        <source>Requests of the selected purge</source>
        <translation>Anfragen der ausgewählten Löschung</translation>
    </message>
    <message>
        <source>Details of the selected purge</source>
        <translation>Details der ausgewählten Löschung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>Ru&amp;n Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Load this purge&apos;s zone, action, mode and items into the purge form</source>
        <translation>Zone, Art, Modus und Einträge dieser Löschung ins Formular laden</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Opening the history...</source>
        <translation>Der Verlauf wird geöffnet...</translation>
    </message>
    <message>
        <source>Searching the history...</source>
        <translation>Der Verlauf wird durchsucht...</translation>
    </message>
    <message>
        <source>No purges recorded yet.</source>
        <translation>Noch keine Löschungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>No purge matches the filters.</source>
        <translation>Keine Löschung passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidierung</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>%1 of everything</source>
        <translation>%1 des gesamten Inhalts</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 in %2: %3.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <source>, took %1.</source>
        <translation>, Dauer %1.</translation>
    </message>
    <message>
        <source>%1 %2, %3 failed, %4 not sent.</source>
        <translation>%1 %2, %3 fehlgeschlagen, %4 nicht gesendet.</translation>
    </message>
    <message>
        <source>Account %1 · zone ID %2 · from %3.</source>
        <translation>Konto %1 · Zonen-ID %2 · Quelle: %3.</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Einträge (%1)</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Anfragen (%1)</translation>
    </message>
    <message>
        <source>Export Selected Purges</source>
        <translation>Ausgewählte Löschungen exportieren</translation>
    </message>
    <message>
        <source>Export Purges</source>
        <translation>Löschungen exportieren</translation>
    </message>
    <message>
        <source>CSV, one row per purge (*.csv);;JSON, with requests and items (*.json)</source>
        <translation>CSV, eine Zeile pro Löschung (*.csv);;JSON, mit Anfragen und Einträgen (*.json)</translation>
    </message>
    <message>
        <source>Select the purges to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Löschungen aus.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export nach %1...</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2. Nothing was written.</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Only fa&amp;iled or not sent items</source>
        <translation>&amp;Nur fehlgeschlagene oder nicht gesendete Einträge</translation>
    </message>
    <message>
        <source>Show only the items of the purge that were not purged</source>
        <translation>Nur die Einträge der Löschung zeigen, die nicht gelöscht wurden</translation>
    </message>
    <message>
        <source>Purge again only the items that were not purged (failed or not sent)</source>
        <translation>Nur die Einträge erneut löschen, die nicht gelöscht wurden (fehlgeschlagen oder nicht gesendet)</translation>
    </message>
    <message>
        <source>Save as P&amp;reset...</source>
        <translation>Als Vorlage &amp;speichern...</translation>
    </message>
    <message>
        <source>Keep this purge&apos;s zone, action, mode and items as a preset, to run it again in one click</source>
        <translation>Zone, Art, Modus und Einträge dieser Löschung als Vorlage behalten, um sie mit einem Klick erneut auszuführen</translation>
    </message>
    <message>
        <source>Export &amp;Selected Purges...</source>
        <translation>Aus&amp;gewählte Löschungen exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;All Matching Purges...</source>
        <translation>&amp;Alle passenden Löschungen exportieren...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) older than the retention setting were removed.</source>
        <translation>
            <numerusform>%Ln Löschung, älter als die Aufbewahrungsdauer, wurde entfernt.</numerusform>
            <numerusform>%Ln Löschungen, älter als die Aufbewahrungsdauer, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;All Purges...</source>
        <translation>&amp;Alle Löschungen exportieren...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s)</source>
        <translation>
            <numerusform>%Ln Löschung</numerusform>
            <numerusform>%Ln Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) match</source>
        <translation>
            <numerusform>%Ln Löschung passt</numerusform>
            <numerusform>%Ln Löschungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) selected. Export saves them to a file.</source>
        <translation>
            <numerusform>%Ln Löschung ausgewählt. Exportieren speichert sie in einer Datei.</numerusform>
            <numerusform>%Ln Löschungen ausgewählt. Exportieren speichert sie in einer Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items (%1 of %2)</source>
        <translation>Einträge (%1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln purge(s) to %1.</source>
        <translation>
            <numerusform>%Ln Löschung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Löschungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked URLs</source>
        <translation>Geprüfte URLs</translation>
    </message>
    <message>
        <source>Checked URLs (%1)</source>
        <translation>Geprüfte URLs (%1)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryText</name>
    <message>
        <source>Verified %1: %2.</source>
        <translation>Geprüft %1: %2.</translation>
    </message>
    <message>
        <source>Warm-up: %1.</source>
        <translation>Vorwärmen: %1.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ItemListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Purge ID</source>
        <translation>Lösch-ID</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ListEditor</name>
    <message>
        <source>Line %1 cannot be purged:</source>
        <translation>Zeile %1 kann nicht gelöscht werden:</translation>
    </message>
    <message>
        <source>Line %1 will be purged, but check it:</source>
        <translation>Zeile %1 wird gelöscht, aber prüfen Sie sie:</translation>
    </message>
    <message>
        <source>Line %1 was corrected:</source>
        <translation>Zeile %1 wurde korrigiert:</translation>
    </message>
    <message>
        <source>Line %1 repeats line %2 and is sent once.</source>
        <translation>Zeile %1 wiederholt Zeile %2 und wird einmal gesendet.</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Gesendet als: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ListFix</name>
    <message>
        <source>One URL per line, e.g. https://example.com/app.js (cache-key headers may follow the URL: “CF-Device-Type: mobile”).</source>
        <translation>Eine URL pro Zeile, z. B. https://example.com/app.js (Cache-Key-Header dürfen der URL folgen: „CF-Device-Type: mobile“).</translation>
    </message>
    <message>
        <source>One hostname per line, e.g. www.example.com (no https://, path or port).</source>
        <translation>Ein Hostname pro Zeile, z. B. www.example.com (ohne https://, Pfad oder Port).</translation>
    </message>
    <message>
        <source>One cache tag per line, as your origin sends them in Cache-Tag headers.</source>
        <translation>Ein Cache-Tag pro Zeile, so wie Ihr Ursprungsserver sie in Cache-Tag-Headern sendet.</translation>
    </message>
    <message>
        <source>One URL prefix per line, e.g. www.example.com/blog/ (no https://, query or fragment).</source>
        <translation>Ein URL-Präfix pro Zeile, z. B. www.example.com/blog/ (ohne https://, Abfrage oder Fragment).</translation>
    </message>
    <message>
        <source>Purge everything needs no list: every cached file of the zone is removed. The list is kept for later.</source>
        <translation>Alles löschen braucht keine Liste: Jede zwischengespeicherte Datei der Zone wird entfernt. Die Liste bleibt für später erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln Wildcard Line(s) as Prefixes</source>
        <translation>
            <numerusform>%Ln Platzhalterzeile als Präfix löschen</numerusform>
            <numerusform>%Ln Platzhalterzeilen als Präfixe löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add https://%1 to %Ln Line(s)</source>
        <translation>
            <numerusform>%Ln Zeile um https://%1 ergänzen</numerusform>
            <numerusform>%Ln Zeilen um https://%1 ergänzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln URL(s) to Prefixes</source>
        <translation>
            <numerusform>%Ln URL in Präfix umwandeln</numerusform>
            <numerusform>%Ln URLs in Präfixe umwandeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloudflare has no wildcards in URL purges: https://example.com/blog/* becomes the prefix example.com/blog/, which every plan can purge. The list switches to Prefixes (Undo takes it back).</source>
        <translation>Cloudflare kennt beim Löschen nach URL keine Platzhalter: Aus https://example.com/blog/* wird das Präfix example.com/blog/, das jeder Tarif löschen kann. Die Liste wechselt zu Präfixe (Rückgängig macht das rückgängig).</translation>
    </message>
    <message>
        <source>Turns a relative URL such as /app.js into https://%1/app.js (Undo takes it back)</source>
        <translation>Macht aus einer relativen URL wie /app.js die URL https://%1/app.js (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Turns each URL into a prefix: its host and path, without https:// or a query (Undo takes it back)</source>
        <translation>Macht aus jeder URL ein Präfix: Host und Pfad, ohne https:// und Abfrage (Rückgängig nimmt es zurück)</translation>
    </message>
    <message numerus="yes">
        <source>Added https://%1 to %Ln relative URL(s). Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>%Ln relative URL um https://%1 ergänzt. Rückgängig (Strg+Z) nimmt es zurück.</numerusform>
            <numerusform>%Ln relative URLs um https://%1 ergänzt. Rückgängig (Strg+Z) nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln URL(s) to prefixes. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>%Ln URL in ein Präfix umgewandelt. Rückgängig (Strg+Z) holt die URL zurück.</numerusform>
            <numerusform>%Ln URLs in Präfixe umgewandelt. Rückgängig (Strg+Z) holt die URLs zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purging by prefix: %Ln URL(s) converted; a prefix purges its path and everything under it. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>Löschen nach Präfix: %Ln URL umgewandelt; ein Präfix löscht seinen Pfad und alles darunter. Rückgängig (Strg+Z) holt die URLs zurück.</numerusform>
            <numerusform>Löschen nach Präfix: %Ln URLs umgewandelt; ein Präfix löscht seinen Pfad und alles darunter. Rückgängig (Strg+Z) holt die URLs zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln URL(s) to Hostnames</source>
        <translation>
            <numerusform>%Ln URL in Hostnamen umwandeln</numerusform>
            <numerusform>%Ln URLs in Hostnamen umwandeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeps the hostname of each URL, once (Undo takes it back)</source>
        <translation>Behält den Hostnamen jeder URL, jeden nur einmal (Rückgängig nimmt es zurück)</translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln URL(s) to hostnames. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>%Ln URL in einen Hostnamen umgewandelt. Rückgängig (Strg+Z) holt die URL zurück.</numerusform>
            <numerusform>%Ln URLs in Hostnamen umgewandelt. Rückgängig (Strg+Z) holt die URLs zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge All %Ln URL(s) as Prefixes</source>
        <translation>
            <numerusform>Alle %Ln URL als Präfix löschen</numerusform>
            <numerusform>Alle %Ln URLs als Präfixe löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>The other URLs become prefixes too, since a purge takes one kind of item; a URL with a query loses it, and its prefix then purges everything under its path.</source>
        <translation>Auch die anderen URLs werden zu Präfixen, denn eine Löschung nimmt nur eine Art von Einträgen; eine URL mit Abfrage verliert diese, und ihr Präfix löscht dann alles unter ihrem Pfad.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a query, which a prefix cannot hold: each now purges everything under its path.</source>
        <translation>
            <numerusform>%Ln davon hatte eine Abfrage, die ein Präfix nicht enthalten kann: Ihr Präfix löscht jetzt alles unter ihrem Pfad.</numerusform>
            <numerusform>%Ln davon hatten eine Abfrage, die ein Präfix nicht enthalten kann: Ihre Präfixe löschen jetzt alles unter ihrem Pfad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::MainWindow</name>
    <message>
        <source>Current account</source>
        <translation>Aktuelles Konto</translation>
    </message>
    <message>
        <source>Rate limit state</source>
        <translation>Zustand des Ratenlimits</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Purge and History</source>
        <translation>Löschen und Verlauf</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose a zone and what to purge (Ctrl+1)</source>
        <translation>Eine Zone wählen und was gelöscht werden soll (Strg+1)</translation>
    </message>
    <message>
        <source>Every purge made with PurgeDesk (Ctrl+H)</source>
        <translation>Jede mit PurgeDesk ausgeführte Löschung (Strg+H)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Find P&amp;reset</source>
        <translation>Vorlage s&amp;uchen</translation>
    </message>
    <message>
        <source>Presets Pa&amp;nel</source>
        <translation>Vorlagen-&amp;Bereich</translation>
    </message>
    <message>
        <source>Retrying the purge of everything in %1 from %2.</source>
        <translation>Die Löschung des gesamten Inhalts von %1 vom %2 wird wiederholt.</translation>
    </message>
    <message>
        <source>Loaded the purge of everything in %1 from %2.</source>
        <translation>Die Löschung des gesamten Inhalts von %1 vom %2 wurde geladen.</translation>
    </message>
    <message>
        <source>The purge of %1 was made with the account “%2”, which is no longer in PurgeDesk. Its list is loaded: choose an account and the zone %3 to purge it.</source>
        <translation>Die Löschung vom %1 wurde mit dem Konto „%2“ ausgeführt, das nicht mehr in PurgeDesk ist. Ihre Liste ist geladen: Wählen Sie ein Konto und die Zone %3, um sie zu löschen.</translation>
    </message>
    <message>
        <source>The retry</source>
        <translation>Die Wiederholung</translation>
    </message>
    <message>
        <source>Opened the preset “%1” (zone %2).</source>
        <translation>Die Vorlage „%1“ wurde geöffnet (Zone %2).</translation>
    </message>
    <message>
        <source>The preset “%1” names no account (it was saved on the command line). Its list is loaded: choose an account and the zone %2, then update the preset.</source>
        <translation>Die Vorlage „%1“ nennt kein Konto (sie wurde auf der Kommandozeile gespeichert). Ihre Liste ist geladen: Wählen Sie ein Konto und die Zone %2 und aktualisieren Sie dann die Vorlage.</translation>
    </message>
    <message>
        <source>The preset “%1” uses the account “%2”, which is not in PurgeDesk. Its list is loaded: choose an account and the zone %3, then update the preset.</source>
        <translation>Die Vorlage „%1“ verwendet das Konto „%2“, das nicht in PurgeDesk ist. Ihre Liste ist geladen: Wählen Sie ein Konto und die Zone %3 und aktualisieren Sie dann die Vorlage.</translation>
    </message>
    <message>
        <source>The preset “%1”</source>
        <translation>Die Vorlage „%1“</translation>
    </message>
    <message>
        <source>PurgeDesk — Sandbox</source>
        <translation>PurgeDesk — Sandbox</translation>
    </message>
    <message>
        <source>PurgeDesk — %1</source>
        <translation>PurgeDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox on this computer</source>
        <translation>Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>global API key</source>
        <translation>globaler API-Schlüssel</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Rate limit: ready</source>
        <translation>Ratenlimit: bereit</translation>
    </message>
    <message>
        <source>Rate limit: reached, waiting</source>
        <translation>Ratenlimit: erreicht, warten</translation>
    </message>
    <message>
        <source>Rate limit: pacing requests</source>
        <translation>Ratenlimit: Anfragen werden dosiert</translation>
    </message>
    <message numerus="yes">
        <source>%n × 429 this session</source>
        <translation>
            <numerusform>%n × 429 in dieser Sitzung</numerusform>
            <numerusform>%n × 429 in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit PurgeDesk</source>
        <translation>PurgeDesk beenden</translation>
    </message>
    <message>
        <source>A purge is running. Requests not yet sent are not sent if you quit (the history records them as not sent).</source>
        <translation>Eine Löschung läuft. Noch nicht gesendete Anfragen werden nicht gesendet, wenn Sie beenden (der Verlauf verzeichnet sie als nicht gesendet).</translation>
    </message>
    <message>
        <source>Cancel Purge and Quit</source>
        <translation>Löschen abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Import finished, with problems</source>
        <translation>Import beendet, mit Problemen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import beendet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a list from a file</source>
        <translation>Eine Liste aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Trim spaces, remove duplicate and blank lines</source>
        <translation>Leerzeichen abschneiden, doppelte und leere Zeilen entfernen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the requests Purge would send, without sending them</source>
        <translation>Die Anfragen zeigen, die Löschen senden würde, ohne sie zu senden</translation>
    </message>
    <message>
        <source>Purge the list</source>
        <translation>Die Liste löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running purge</source>
        <translation>Die laufende Löschung abbrechen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>Retrying the %Ln item(s) that the purge of %1 did not purge in %2.</source>
        <translation>
            <numerusform>Der %Ln Eintrag, den die Löschung vom %1 in %2 nicht gelöscht hat, wird erneut versucht.</numerusform>
            <numerusform>Die %Ln Einträge, die die Löschung vom %1 in %2 nicht gelöscht hat, werden erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded the %Ln item(s) of the purge of %1 in %2.</source>
        <translation>
            <numerusform>Der %Ln Eintrag der Löschung vom %1 in %2 wurde geladen.</numerusform>
            <numerusform>Die %Ln Einträge der Löschung vom %1 in %2 wurden geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge finished, with problems</source>
        <translation>Löschung beendet, mit Problemen</translation>
    </message>
    <message>
        <source>Purge finished</source>
        <translation>Löschung beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification finished: not all fresh</source>
        <translation>Prüfung beendet: nicht alles aktuell</translation>
    </message>
    <message>
        <source>Verification finished</source>
        <translation>Prüfung beendet</translation>
    </message>
    <message>
        <source>The preset “%1” (zone %2): its run is shown below.</source>
        <translation>Die Vorlage „%1“ (Zone %2): Ihr Durchlauf steht unten.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::MoreZonesButton</name>
    <message>
        <source>More Zones...</source>
        <translation>Weitere Zonen...</translation>
    </message>
    <message numerus="yes">
        <source>In %n More Zone(s)...</source>
        <translation>
            <numerusform>In %n weiteren Zone...</numerusform>
            <numerusform>In %n weiteren Zonen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge these in further zones of the account too</source>
        <translation>Diese auch in weiteren Zonen des Kontos löschen</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Auch in: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetDelegate</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetListModel</name>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Last run %1: %2.</source>
        <translation>Zuletzt ausgeführt am %1: %2.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetText</name>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
    <message>
        <source>Invalidate %1</source>
        <translation>%1 invalidieren</translation>
    </message>
    <message>
        <source>%1 %2 in %3 · %4</source>
        <translation>%2 in %3 %1 · %4</translation>
    </message>
    <message>
        <source>Invalidate</source>
        <translation>invalidieren</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>%1 names no account: it was saved on the command line, for the credentials in its environment. Open it, choose an account, and Update it.</source>
        <translation>%1 nennt kein Konto: Sie wurde auf der Kommandozeile gespeichert, für die Zugangsdaten in deren Umgebung. Öffnen Sie sie, wählen Sie ein Konto und aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>%1 uses the account %2, which is not in PurgeDesk. Add it (Accounts &gt; Manage Accounts), or open the preset, choose an account, and Update it.</source>
        <translation>%1 verwendet das Konto %2, das nicht in PurgeDesk ist. Fügen Sie es hinzu (Konten &gt; Konten verwalten), oder öffnen Sie die Vorlage, wählen Sie ein Konto und aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>No account (saved for the command line)</source>
        <translation>Kein Konto (für die Kommandozeile gespeichert)</translation>
    </message>
    <message>
        <source>Account %1 is not in PurgeDesk</source>
        <translation>Das Konto %1 ist nicht in PurgeDesk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetTransfer</name>
    <message>
        <source>Sandbox (local, not Cloudflare)</source>
        <translation>Sandbox (lokal, nicht Cloudflare)</translation>
    </message>
    <message>
        <source>No account (for the command line&apos;s environment credentials)</source>
        <translation>Kein Konto (für die Zugangsdaten in der Umgebung der Kommandozeile)</translation>
    </message>
    <message>
        <source>Keep %1 (add that account later)</source>
        <translation>%1 behalten (dieses Konto später hinzufügen)</translation>
    </message>
    <message>
        <source>%1 names no account (saved on the command line). Which account should it use?</source>
        <translation>%1: kein Konto genannt (auf der Kommandozeile gespeichert). Welches Konto soll verwendet werden?</translation>
    </message>
    <message>
        <source>%1 uses the account %2, which is not in PurgeDesk. Which account should it use?</source>
        <translation>%1: Das Konto %2 ist nicht in PurgeDesk. Welches Konto soll verwendet werden?</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <source>%1 kept both under a new name</source>
        <translation>%1 unter neuem Namen zusätzlich behalten</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source>... and %1 more (Show Details).</source>
        <translation>... und %1 weitere (Details anzeigen).</translation>
    </message>
    <message>
        <source>PurgeDesk presets (*.json);;All files (*)</source>
        <translation>PurgeDesk-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>PurgeDesk presets (*.json)</source>
        <translation>PurgeDesk-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Presets cannot be imported: the presets file cannot be changed by this version.</source>
        <translation>Vorlagen können nicht importiert werden: Diese Version kann die Vorlagendatei nicht ändern.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Select the presets to export.</source>
        <translation>Wählen Sie die zu exportierenden Vorlagen aus.</translation>
    </message>
    <message>
        <source>There are no presets to export.</source>
        <translation>Es gibt keine Vorlagen zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported %1 to %2. The file holds no secrets: accounts are named, their tokens stay in the keychain.</source>
        <translation>%1 nach %2 exportiert. Die Datei enthält keine Geheimnisse: Konten werden beim Namen genannt, ihre Tokens bleiben im Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in this file</source>
        <translation>
            <numerusform>%Ln Vorlage in dieser Datei</numerusform>
            <numerusform>%Ln Vorlagen in dieser Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in the file were rejected.</source>
        <translation>
            <numerusform>%Ln Vorlage in der Datei wurde abgelehnt.</numerusform>
            <numerusform>%Ln Vorlagen in der Datei wurden abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in %1 were not imported:</source>
        <translation>
            <numerusform>%Ln Vorlage in %1 wurde nicht importiert:</numerusform>
            <numerusform>%Ln Vorlagen in %1 wurden nicht importiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetsPanel</name>
    <message>
        <source>The presets could not be read.</source>
        <translation>Die Vorlagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A purge is running: presets run once it has finished or is cancelled</source>
        <translation>Eine Löschung läuft: Vorlagen laufen, sobald sie beendet oder abgebrochen ist</translation>
    </message>
    <message>
        <source>Purge what the selected preset holds (Enter or double-click)</source>
        <translation>Löschen, was die ausgewählte Vorlage enthält (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>The presets cannot be shown (see below).</source>
        <translation>Die Vorlagen können nicht angezeigt werden (siehe unten).</translation>
    </message>
    <message>
        <source>No preset matches %1.</source>
        <translation>Keine Vorlage passt zu %1.</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>The presets were changed outside this window (by purgedesk-cli, for example); the list shows them as they are now.</source>
        <translation>Die Vorlagen wurden außerhalb dieses Fensters geändert (zum Beispiel von purgedesk-cli); die Liste zeigt sie im aktuellen Stand.</translation>
    </message>
    <message>
        <source>A purge is running: wait for it to finish, or cancel it, then run the preset.</source>
        <translation>Eine Löschung läuft: Warten Sie, bis sie beendet ist, oder brechen Sie sie ab, und führen Sie dann die Vorlage aus.</translation>
    </message>
    <message>
        <source>Nothing was purged.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Opened %1 in the purge form. Change it there, then Update it here (More &gt; Update from Purge Form).</source>
        <translation>%1 im Formular geöffnet. Ändern Sie sie dort und aktualisieren Sie sie dann hier (Mehr &gt; Aus dem Formular aktualisieren).</translation>
    </message>
    <message>
        <source>Presets cannot be saved: the presets file cannot be changed by this version.</source>
        <translation>Vorlagen können nicht gespeichert werden: Diese Version kann die Vorlagendatei nicht ändern.</translation>
    </message>
    <message>
        <source>The purge form cannot be saved as a preset yet: %1</source>
        <translation>Das Formular kann noch nicht als Vorlage gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 everything</source>
        <translation>%1 alles</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>It also runs from a script: purgedesk-cli preset run &quot;%1&quot;</source>
        <translation>Sie läuft auch aus einem Skript: purgedesk-cli preset run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replacing %1</source>
        <translation>ersetzt %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>%1 already holds what the purge form holds.</source>
        <translation>%1 enthält bereits, was das Formular enthält.</translation>
    </message>
    <message>
        <source>Updated %1: %2.</source>
        <translation>%1 aktualisiert: %2.</translation>
    </message>
    <message>
        <source>the update of %1</source>
        <translation>Aktualisierung von %1</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>%1 was not renamed: %2</source>
        <translation>%1 wurde nicht umbenannt: %2</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Duplicated %1 as %2.</source>
        <translation>%1 als %2 dupliziert.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>the deletion of %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <source>Moved %1.</source>
        <translation>%1 verschoben.</translation>
    </message>
    <message>
        <source>Moved %1 %2.</source>
        <translation>%1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>No presets yet.

Set up a purge, then press %1 to keep it here: a preset runs again in one click.</source>
        <translation>Noch keine Vorlagen.

Richten Sie eine Löschung ein und drücken Sie dann %1, um sie hier aufzubewahren: Eine Vorlage läuft mit einem Klick erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) now use the renamed account %1.</source>
        <translation>
            <numerusform>%Ln Vorlage verwendet jetzt das umbenannte Konto %1.</numerusform>
            <numerusform>%Ln Vorlagen verwenden jetzt das umbenannte Konto %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No presets yet.

%1 keeps one.</source>
        <translation>Noch keine Vorlagen.

%1 speichert eine.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PreviewDialog</name>
    <message>
        <source>Preview: the requests Purge would send</source>
        <translation>Vorschau: die Anfragen, die Löschen senden würde</translation>
    </message>
    <message>
        <source>Nothing has been sent. %1. Each request below is sent exactly like this; the secret is added as a header and is never shown.</source>
        <translation>Nichts wurde gesendet. %1. Jede Anfrage unten wird genau so gesendet; das Geheimnis wird als Header hinzugefügt und nie angezeigt.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>The command reads the secret from $CLOUDFLARE_API_TOKEN (or $CLOUDFLARE_EMAIL and $CLOUDFLARE_API_KEY); it never contains it.</source>
        <translation>Der Befehl liest das Geheimnis aus $CLOUDFLARE_API_TOKEN (oder $CLOUDFLARE_EMAIL und $CLOUDFLARE_API_KEY); er enthält es nie.</translation>
    </message>
    <message>
        <source>Copy &amp;Body</source>
        <translation>Anfrage&amp;text kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 · %Ln item(s)</source>
        <translation>
            <numerusform>Anfrage %1 · %Ln Eintrag</numerusform>
            <numerusform>Anfrage %1 · %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 · %2 · %Ln item(s)</source>
        <translation>
            <numerusform>Anfrage %1 · %2 · %Ln Eintrag</numerusform>
            <numerusform>Anfrage %1 · %2 · %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation>Anfrage %1 · %2</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PurgeForm</name>
    <message>
        <source>Paste or type the list here, or drop a text, CSV or sitemap.xml file.</source>
        <translation>Fügen Sie die Liste hier ein oder tippen Sie sie, oder ziehen Sie eine Text-, CSV- oder sitemap.xml-Datei hierher.</translation>
    </message>
    <message>
        <source>Loading zones... %1 of %2</source>
        <translation>Zonen werden geladen... %1 von %2</translation>
    </message>
    <message>
        <source>Checking the list...</source>
        <translation>Die Liste wird geprüft...</translation>
    </message>
    <message>
        <source>No errors in the list.</source>
        <translation>Keine Fehler in der Liste.</translation>
    </message>
    <message>
        <source>Sandbox (local, not Cloudflare)</source>
        <translation>Sandbox (lokal, nicht Cloudflare)</translation>
    </message>
    <message>
        <source>A&amp;dd Cloudflare Account...</source>
        <translation>Cloudflare-Konto hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>Manage Acc&amp;ounts...</source>
        <translation>Kontenverwaltung &amp;öffnen...</translation>
    </message>
    <message>
        <source>Reading the secret from the system keychain...</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund des Systems gelesen...</translation>
    </message>
    <message>
        <source>Loading zones...</source>
        <translation>Zonen werden geladen...</translation>
    </message>
    <message>
        <source>The list is loaded, but the zone %1 is not among this account&apos;s zones. Choose the zone to purge in.</source>
        <translation>Die Liste ist geladen, aber die Zone %1 gehört nicht zu den Zonen dieses Kontos. Wählen Sie die Zone, in der gelöscht werden soll.</translation>
    </message>
    <message>
        <source>This account reaches no zones. Paste a zone ID if you have one.</source>
        <translation>Dieses Konto erreicht keine Zonen. Fügen Sie eine Zonen-ID ein, falls Sie eine haben.</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare listed %n zone(s) without an ID or a name; they are not offered.</source>
        <translation>
            <numerusform>Cloudflare hat %n Zone ohne ID oder Namen aufgeführt; sie wird nicht angeboten.</numerusform>
            <numerusform>Cloudflare hat %n Zonen ohne ID oder Namen aufgeführt; sie werden nicht angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the zone&apos;s details...</source>
        <translation>Die Details der Zone werden gelesen...</translation>
    </message>
    <message>
        <source>Zone ID (its details cannot be read with this token: the Free plan&apos;s limits are assumed)</source>
        <translation>Zonen-ID (ihre Details lassen sich mit diesem Token nicht lesen: Es gelten die Limits des Tarifs Free)</translation>
    </message>
    <message>
        <source>Removes the cached copies; the next visitor&apos;s request goes to your origin.</source>
        <translation>Entfernt die zwischengespeicherten Kopien; die nächste Anfrage eines Besuchers geht an Ihren Ursprungsserver.</translation>
    </message>
    <message>
        <source>Marks the cached copies stale; Cloudflare revalidates them with your origin (a 304 keeps the cached copy).</source>
        <translation>Markiert die zwischengespeicherten Kopien als veraltet; Cloudflare prüft sie bei Ihrem Ursprungsserver neu (ein 304 behält die zwischengespeicherte Kopie).</translation>
    </message>
    <message>
        <source>F8 goes to the next error</source>
        <translation>F8 springt zum nächsten Fehler</translation>
    </message>
    <message>
        <source>Import a List</source>
        <translation>Eine Liste importieren</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.tsv *.xml *.list);;Sitemaps (*.xml);;All files (*)</source>
        <translation>Listen (*.txt *.csv *.tsv *.xml *.list);;Sitemaps (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Sitemap</source>
        <translation>Eine Sitemap importieren</translation>
    </message>
    <message>
        <source>Address of a sitemap or sitemap index (https://...):</source>
        <translation>Adresse einer Sitemap oder eines Sitemap-Index (https://...):</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>The list holds URLs, so Purge by is now URLs.</source>
        <translation>Die Liste enthält URLs, daher ist „Löschen nach“ jetzt URLs.</translation>
    </message>
    <message>
        <source>Nothing to import: %1 holds no items.</source>
        <translation>Nichts zu importieren: %1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Waiting for the account...</source>
        <translation>Warten auf das Konto...</translation>
    </message>
    <message>
        <source>Choose a zone.</source>
        <translation>Wählen Sie eine Zone.</translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n line(s) marked as errors to purge.</source>
        <translation>
            <numerusform>Beheben oder entfernen Sie die als Fehler markierte Zeile, um zu löschen.</numerusform>
            <numerusform>Beheben oder entfernen Sie die %n als Fehler markierten Zeilen, um zu löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Invalidate</source>
        <translation>Invalidieren</translation>
    </message>
    <message>
        <source>%1 Everything...</source>
        <translation>%1: alles...</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) in the list brings back what it held before.</source>
        <translation>Rückgängig (Strg+Z) in der Liste stellt den vorherigen Inhalt wieder her.</translation>
    </message>
    <message>
        <source>Paste the global API key to use it for this session</source>
        <translation>Den globalen API-Schlüssel einfügen, um ihn für diese Sitzung zu verwenden</translation>
    </message>
    <message>
        <source>Paste the API token to use it for this session</source>
        <translation>Das API-Token einfügen, um es für diese Sitzung zu verwenden</translation>
    </message>
    <message>
        <source>The secret of %1 is kept for this session only: PurgeDesk asks for it again after a restart, unless the system keychain can store it (Accounts &gt; Manage Accounts).</source>
        <translation>Das Geheimnis von %1 wird nur für diese Sitzung aufbewahrt: PurgeDesk fragt nach einem Neustart erneut danach, es sei denn, der Schlüsselbund des Systems kann es speichern (Konten &gt; Konten verwalten).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n zone(s): %3; %4, %5</source>
        <translation>
            <numerusform>%1 %2 in %n Zone: %3; %4, %5</numerusform>
            <numerusform>%1 %2 in %n Zonen: %3; %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 in %n Zone(s)</source>
        <translation>
            <numerusform>%1: %2 %3 in %n Zone</numerusform>
            <numerusform>%1: %2 %3 in %n Zonen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, %3</source>
        <translation>%1; %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Everything in %n zone(s): %1</source>
        <translation>
            <numerusform>Alles in %n Zone: %1</numerusform>
            <numerusform>Alles in %n Zonen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in each of %n zone(s): %3</source>
        <translation>
            <numerusform>%1 %2 in %n Zone: %3</numerusform>
            <numerusform>%1 %2 in jeder von %n Zonen: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch to %1 for %Ln Line(s)...</source>
        <translation>
            <numerusform>Zu %1 wechseln für %Ln Zeile...</numerusform>
            <numerusform>Zu %1 wechseln für %Ln Zeilen...</numerusform>
        </translation>
    </message>
    <message>
        <source>These lines are in zones of the account %1: %2</source>
        <translation>Diese Zeilen liegen in Zonen des Kontos %1: %2</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>der Sandbox</translation>
    </message>
    <message>
        <source>Lines of Another Account</source>
        <translation>Zeilen eines anderen Kontos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list are in zones of the account “%1” (%2), not of %3.</source>
        <translation>
            <numerusform>%Ln Zeile der Liste liegt in Zonen des Kontos „%1“ (%2), nicht in denen von %3.</numerusform>
            <numerusform>%Ln Zeilen der Liste liegen in Zonen des Kontos „%1“ (%2), nicht in denen von %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to %1 to purge them? The list stays as it is; with %1, the lines outside its zones are marked instead, and nothing is sent for them.</source>
        <translation>Zu %1 wechseln, um sie zu leeren? Die Liste bleibt, wie sie ist; mit %1 werden stattdessen die Zeilen außerhalb seiner Zonen markiert, und für sie wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>The account %1 is no longer in PurgeDesk.</source>
        <translation>Das Konto %1 ist nicht mehr in PurgeDesk.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PurgePage</name>
    <message>
        <source>Purge run</source>
        <translation>Löschdurchlauf</translation>
    </message>
    <message>
        <source>The retry goes to the account %1: choose it again first.</source>
        <translation>Die Wiederholung läuft über das Konto %1: Wählen Sie es zuerst wieder aus.</translation>
    </message>
    <message>
        <source>Wait for the running purge to finish, or cancel it, first.</source>
        <translation>Warten Sie zuerst, bis die laufende Löschung beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Purge Everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Invalidate Everything</source>
        <translation>Alles invalidieren</translation>
    </message>
    <message>
        <source>Opening the history...</source>
        <translation>Der Verlauf wird geöffnet...</translation>
    </message>
    <message>
        <source>This purge is not recorded in the history: %1</source>
        <translation>Diese Löschung wird nicht im Verlauf verzeichnet: %1</translation>
    </message>
    <message>
        <source>This purge is not fully recorded in the history: %1</source>
        <translation>Diese Löschung wird nicht vollständig im Verlauf verzeichnet: %1</translation>
    </message>
    <message>
        <source>Another account was chosen.</source>
        <translation>Ein anderes Konto wurde gewählt.</translation>
    </message>
    <message>
        <source>%1 did not start. %2 The list is loaded; check it and press Purge.</source>
        <translation>%1 wurde nicht gestartet. %2 Die Liste ist geladen; prüfen Sie sie und drücken Sie Löschen.</translation>
    </message>
    <message>
        <source>Purging again goes to the account %1: choose it again first.</source>
        <translation>Die erneute Löschung läuft über das Konto %1: Wählen Sie es zuerst wieder aus.</translation>
    </message>
    <message>
        <source>The verdicts are not recorded in the history: %1</source>
        <translation>Die Befunde werden nicht im Verlauf verzeichnet: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::RunListModel</name>
    <message>
        <source>Zone ID %1</source>
        <translation>Zonen-ID %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Purge by</source>
        <translation>Löschen nach</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not purged</source>
        <translation>
            <numerusform>%Ln nicht gelöscht</numerusform>
            <numerusform>%Ln nicht gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::RunView</name>
    <message>
        <source>Technical Details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Copy Summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Previous purge: the form has changed since.</source>
        <translation>Vorherige Löschung: Das Formular hat sich seitdem geändert.</translation>
    </message>
    <message>
        <source>Run result</source>
        <translation>Ergebnis des Durchlaufs</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Details des Durchlaufs</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Technische Details des Fehlers</translation>
    </message>
    <message>
        <source>Show the technical details of the error</source>
        <translation>Die technischen Details des Fehlers anzeigen</translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation>Fortschritt der Löschung</translation>
    </message>
    <message>
        <source>Requests of this purge</source>
        <translation>Anfragen dieser Löschung</translation>
    </message>
    <message>
        <source>Cancel the purge</source>
        <translation>Die Löschung abbrechen</translation>
    </message>
    <message>
        <source>Retry the failed and unsent items</source>
        <translation>Die fehlgeschlagenen und nicht gesendeten Einträge wiederholen</translation>
    </message>
    <message>
        <source>Copy a summary of the purge</source>
        <translation>Eine Zusammenfassung der Löschung kopieren</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: waiting %1 s, then the rest is sent. Nothing is lost.</source>
        <translation>Von Cloudflare gedrosselt: %1 s warten, dann wird der Rest gesendet. Nichts geht verloren.</translation>
    </message>
    <message>
        <source>A request failed; trying it again in %1 s.</source>
        <translation>Eine Anfrage ist fehlgeschlagen; neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>Pacing requests to stay under the %1 plan&apos;s rate limit: next request in %2 s.</source>
        <translation>Anfragen werden dosiert, um unter dem Ratenlimit des Tarifs %1 zu bleiben: nächste Anfrage in %2 s.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>Purging everything in %1...</source>
        <translation>Gesamter Inhalt von %1 wird gelöscht...</translation>
    </message>
    <message>
        <source>%1 of %2 %3 %4 in %5 · %6</source>
        <translation>%1 von %2 %3 in %5 %4 · %6</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent are allowed to finish...</source>
        <translation>Abbruch: Bereits gesendete Anfragen dürfen zu Ende laufen...</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Everything in %1 was %2 (%3).</source>
        <translation>Gesamter Inhalt von %1 %2 (%3).</translation>
    </message>
    <message>
        <source>The %1 in %2 was %3 (%4).</source>
        <translation>1 %1 in %2 %3 (%4).</translation>
    </message>
    <message>
        <source>All %1 %2 in %3 were %4 (%5).</source>
        <translation>Alle %1 %2 in %3 %4 (%5).</translation>
    </message>
    <message>
        <source>Nothing was purged in %1.</source>
        <translation>In %1 wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was %1: all %2 %3 failed.</source>
        <translation>Nichts wurde %1: Alle %2 %3 sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled before Cloudflare accepted the request.</source>
        <translation>Abgebrochen, bevor Cloudflare die Anfrage angenommen hat.</translation>
    </message>
    <message>
        <source>Cloudflare refused the credentials: %1 of %2 %3 were %4, the rest was not sent.</source>
        <translation>Cloudflare hat die Zugangsdaten abgelehnt: %1 von %2 %3 %4, der Rest wurde nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare answered “rate limited” %n time(s); each of those requests was sent again.</source>
        <translation>
            <numerusform>Cloudflare hat einmal „rate limited“ geantwortet; diese Anfrage wurde erneut gesendet.</numerusform>
            <numerusform>Cloudflare hat %n-mal „rate limited“ geantwortet; jede dieser Anfragen wurde erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>The sandbox accepted %1; nothing was sent to Cloudflare.</source>
        <translation>Die Sandbox hat %1 angenommen; nichts wurde an Cloudflare gesendet.</translation>
    </message>
    <message>
        <source>Cloudflare accepted %1; the cached copies are removed within seconds.</source>
        <translation>Cloudflare hat %1 angenommen; die zwischengespeicherten Kopien werden binnen Sekunden entfernt.</translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation>Technische Details: %1</translation>
    </message>
    <message>
        <source>Zone: %1 (%2)</source>
        <translation>Zone: %1 (%2)</translation>
    </message>
    <message>
        <source>name unknown</source>
        <translation>Name unbekannt</translation>
    </message>
    <message>
        <source>Mode: %1; selector: %2</source>
        <translation>Modus: %1; Selektor: %2</translation>
    </message>
    <message>
        <source>Items: %1 done, %2 failed, %3 not sent, %4 pending of %5</source>
        <translation>Einträge: %1 erledigt, %2 fehlgeschlagen, %3 nicht gesendet, %4 ausstehend von %5</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Cloudflare purge IDs: %1</source>
        <translation>Lösch-IDs von Cloudflare: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Show the requests of the purge</source>
        <translation>Die Anfragen der Löschung zeigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Show or hide the requests of the purge</source>
        <translation>Die Anfragen der Löschung zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide the requests of the purge</source>
        <translation>Die Anfragen der Löschung verbergen</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation>, %1 nicht gesendet</translation>
    </message>
    <message>
        <source>%1 of %2 %3 were %4; %5 failed, %6 not sent (%7).</source>
        <translation>%1 von %2 %3 %4; %5 fehlgeschlagen, %6 nicht gesendet (%7).</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 %3 were %4; %5 not sent.</source>
        <translation>Abgebrochen: %1 von %2 %3 %4; %5 nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln request(s)</source>
        <translation>
            <numerusform>die %Ln Anfrage</numerusform>
            <numerusform>alle %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge again the items of this purge that were not purged (failed or not sent)</source>
        <translation>Die Einträge dieser Löschung erneut löschen, die nicht gelöscht wurden (fehlgeschlagen oder nicht gesendet)</translation>
    </message>
    <message>
        <source>Purge again the items of the previous purge that were not purged (failed or not sent), not what the form holds now</source>
        <translation>Die Einträge der vorigen Löschung erneut löschen, die nicht gelöscht wurden (fehlgeschlagen oder nicht gesendet), nicht das, was das Formular jetzt enthält</translation>
    </message>
    <message>
        <source>Both %1 in %2 were %3 (%4).</source>
        <translation>Beide %1 in %2 %3 (%4).</translation>
    </message>
    <message>
        <source>Nothing was %1: both %2 failed.</source>
        <translation>Nichts wurde %1: Beide %2 sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>both requests</source>
        <translation>beide Anfragen</translation>
    </message>
    <message>
        <source>%1; time: %2</source>
        <translation>%1; Zeit: %2</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Show or hide the verdict of each verified URL</source>
        <translation>Den Befund zu jeder geprüften URL zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Hide the verdict of each URL</source>
        <translation>Den Befund zu jeder URL ausblenden</translation>
    </message>
    <message>
        <source>Show the verdict of each URL</source>
        <translation>Den Befund zu jeder URL zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) after a server error, a timeout or a broken connection.</source>
        <translation>
            <numerusform>%n Wiederholung nach einem Serverfehler, einer Zeitüberschreitung oder einer abgebrochenen Verbindung.</numerusform>
            <numerusform>%n Wiederholungen nach einem Serverfehler, einer Zeitüberschreitung oder einer abgebrochenen Verbindung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::SavePresetDialog</name>
    <message>
        <source>There is already a preset named %1.</source>
        <translation>Es gibt bereits eine Vorlage namens %1.</translation>
    </message>
    <message>
        <source>It holds: %1.
Replace it with: %2?</source>
        <translation>Sie enthält: %1.
Ersetzen durch: %2?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s hostname, or choose another proxy option.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Proxy-Option.</translation>
    </message>
    <message>
        <source>Saving the proxy password in the system keychain...</source>
        <translation>Das Proxy-Passwort wird im Schlüsselbund des Systems gespeichert...</translation>
    </message>
    <message>
        <source>Nothing was saved; the password stays in the field.</source>
        <translation>Nichts wurde gespeichert; das Passwort bleibt im Feld.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::Texts</name>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>Cache tags</source>
        <translation>Cache-Tags</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Invalidate</source>
        <translation>Invalidieren</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>invalidiert</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent (interrupted)</source>
        <translation>Nicht gesendet (unterbrochen)</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf Wiederholung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Split in two</source>
        <translation>In zwei geteilt</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>CI plugin</source>
        <translation>CI-Plugin</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerdictModel</name>
    <message>
        <source>Age %1 s</source>
        <translation>Age %1 s</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Edge&apos;s answer</source>
        <translation>Antwort des Edge</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerifyPanel</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Fetch the purged URLs from Cloudflare&apos;s edge and check that each is fresh</source>
        <translation>Die gelöschten URLs vom Cloudflare-Edge abrufen und prüfen, ob jede aktuell ist</translation>
    </message>
    <message>
        <source>Fetch each purged URL from Cloudflare&apos;s edge (no credentials) and say whether it is fresh</source>
        <translation>Jede gelöschte URL vom Cloudflare-Edge abrufen (ohne Zugangsdaten) und anzeigen, ob sie aktuell ist</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Verdict of each purged URL</source>
        <translation>Befund zu jeder gelöschten URL</translation>
    </message>
    <message numerus="yes">
        <source>Verifying: %1 of %Ln URL(s) checked...</source>
        <translation>
            <numerusform>Prüfung: %1 von %Ln URL geprüft...</numerusform>
            <numerusform>Prüfung: %1 von %Ln URLs geprüft...</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Verifying</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>(the sandbox&apos;s edge; nothing was fetched from Cloudflare)</source>
        <translation>(Edge der Sandbox; nichts wurde von Cloudflare abgerufen)</translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Purge the URLs that are still cached once more, in the zone they were purged in (their device-type variants too, if you choose)</source>
        <translation>Die URLs, die noch im Cache sind, erneut in der Zone löschen, in der sie gelöscht wurden (auf Wunsch auch ihre Varianten je Gerätetyp)</translation>
    </message>
    <message numerus="yes">
        <source>Warming: %1 of %Ln fresh URL(s) fetched...</source>
        <translation>
            <numerusform>Vorwärmen: %1 von %Ln aktuellen URL abgerufen...</numerusform>
            <numerusform>Vorwärmen: %1 von %Ln aktuellen URLs abgerufen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge Again</source>
        <translation>Erneut löschen</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>A new purge in the zone they were purged in. If the zone caches a copy per device type, purge those copies too.</source>
        <translation>Eine neue Löschung in der Zone, in der sie gelöscht wurden. Wenn die Zone je Gerätetyp eine Kopie zwischenspeichert, löschen Sie auch diese Kopien.</translation>
    </message>
    <message>
        <source>Also purge their device-type variants (CF-Device-Type: mobile, tablet, desktop)</source>
        <translation>Auch ihre Varianten je Gerätetyp löschen (CF-Device-Type: mobile, tablet, desktop)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Purge Again (%Ln Still Cached)</source>
        <translation>
            <numerusform>Erneut löschen (%Ln noch im Cache)</numerusform>
            <numerusform>Erneut löschen (%Ln noch im Cache)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Warming</source>
        <translation>Vorwärmen abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Warmed %Ln fresh URL(s) for the next visitor.</source>
        <translation>
            <numerusform>%Ln aktuelle URL für den nächsten Besucher vorgewärmt.</numerusform>
            <numerusform>%Ln aktuelle URLs für den nächsten Besucher vorgewärmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: %1.</source>
        <translation>Vorwärmen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed to warm: %1.</source>
        <translation>Nicht vorgewärmt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln still-cached URL(s) once more?</source>
        <translation>
            <numerusform>%Ln URL, die noch im Cache ist, erneut löschen?</numerusform>
            <numerusform>%Ln URLs, die noch im Cache sind, erneut löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge the %Ln still-cached URL(s) once more</source>
        <translation>
            <numerusform>Die %Ln URL, die noch im Cache ist, erneut löschen</numerusform>
            <numerusform>Die %Ln URLs, die noch im Cache sind, erneut löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verify URLs...</source>
        <translation>URLs prüfen...</translation>
    </message>
    <message>
        <source>List URLs to fetch from Cloudflare&apos;s edge (no credentials) and see whether each is fresh</source>
        <translation>URLs angeben, die vom Edge von Cloudflare abgerufen werden (ohne Zugangsdaten), und sehen, ob jede aktuell ist</translation>
    </message>
    <message>
        <source>Verify Again...</source>
        <translation>Erneut prüfen...</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerifyUrlsDialog</name>
    <message>
        <source>This purge named hostnames, not pages. List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh. Each hostname&apos;s home page is listed to start with.</source>
        <translation>Diese Löschung nannte Hostnamen, keine Seiten. Geben Sie die zu prüfenden URLs an, eine pro Zeile: PurgeDesk ruft jede vom Edge von Cloudflare ab (ohne Zugangsdaten) und sagt, ob sie aktuell ist. Zu Beginn steht die Startseite jedes Hostnamens in der Liste.</translation>
    </message>
    <message>
        <source>This purge named URL prefixes, not pages. List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh. Each prefix is listed to start with.</source>
        <translation>Diese Löschung nannte URL-Präfixe, keine Seiten. Geben Sie die zu prüfenden URLs an, eine pro Zeile: PurgeDesk ruft jede vom Edge von Cloudflare ab (ohne Zugangsdaten) und sagt, ob sie aktuell ist. Zu Beginn steht jedes Präfix in der Liste.</translation>
    </message>
    <message>
        <source>This purge named cache tags. List the URLs of pages that carry them, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh.</source>
        <translation>Diese Löschung nannte Cache-Tags. Geben Sie die URLs von Seiten an, die sie tragen, eine pro Zeile: PurgeDesk ruft jede vom Edge von Cloudflare ab (ohne Zugangsdaten) und sagt, ob sie aktuell ist.</translation>
    </message>
    <message>
        <source>List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh. The zone&apos;s home page is listed to start with.</source>
        <translation>Geben Sie die zu prüfenden URLs an, eine pro Zeile: PurgeDesk ruft jede vom Edge von Cloudflare ab (ohne Zugangsdaten) und sagt, ob sie aktuell ist. Zu Beginn steht die Startseite der Zone in der Liste.</translation>
    </message>
    <message>
        <source>Verify URLs</source>
        <translation>URLs prüfen</translation>
    </message>
    <message>
        <source>&amp;URLs to verify:</source>
        <translation>Zu prüfende &amp;URLs:</translation>
    </message>
    <message>
        <source>URLs to verify, one per line</source>
        <translation>Zu prüfende URLs, eine pro Zeile</translation>
    </message>
    <message>
        <source>https://www.example.com/page.html</source>
        <translation>https://www.example.com/seite.html</translation>
    </message>
    <message>
        <source>One URL per line, starting with https:// or http://. Lines starting with # are skipped.</source>
        <translation>Eine URL pro Zeile, beginnend mit https:// oder http://. Zeilen, die mit # beginnen, werden übersprungen.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Line %1, &quot;%2&quot;, is %3.</source>
        <translation>Zeile %1, „%2“, ist %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more line(s) too. Nothing was fetched.</source>
        <translation>
            <numerusform>Ebenso %Ln weitere Zeile. Nichts wurde abgerufen.</numerusform>
            <numerusform>Ebenso %Ln weitere Zeilen. Nichts wurde abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was fetched.</source>
        <translation>Nichts wurde abgerufen.</translation>
    </message>
    <message>
        <source>List at least one URL to verify.</source>
        <translation>Geben Sie mindestens eine zu prüfende URL an.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ZoneChoiceDialog</name>
    <message>
        <source>More Zones</source>
        <translation>Weitere Zonen</translation>
    </message>
    <message>
        <source>Cache tags and purge everything apply to each zone they are sent to. Tick the zones to purge in as well as %1.</source>
        <translation>Cache-Tags und „Alles löschen“ gelten für jede Zone, an die sie gesendet werden. Wählen Sie die Zonen, in denen zusätzlich zu %1 gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Filter zones</source>
        <translation>Zonen filtern</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ZonePicker</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Type part of a zone name to search, or paste a zone ID</source>
        <translation>Tippen Sie einen Teil eines Zonennamens zum Suchen, oder fügen Sie eine Zonen-ID ein</translation>
    </message>
    <message>
        <source>Type to search zones, or paste a zone ID</source>
        <translation>Tippen zum Suchen von Zonen, oder Zonen-ID einfügen</translation>
    </message>
    <message>
        <source>Reload zones</source>
        <translation>Zonen neu laden</translation>
    </message>
    <message>
        <source>Load the zone list again</source>
        <translation>Die Zonenliste erneut laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Zone plan and status</source>
        <translation>Tarif und Status der Zone</translation>
    </message>
    <message>
        <source>Zone list state</source>
        <translation>Zustand der Zonenliste</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1
Zone ID %2
%3</source>
        <translation>%1
Zonen-ID %2
%3</translation>
    </message>
    <message>
        <source>Paste the zone ID (32 characters, on the zone&apos;s Overview page)</source>
        <translation>Fügen Sie die Zonen-ID ein (32 Zeichen, auf der Übersichtsseite der Zone)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Zone ID</source>
        <translation>Zonen-ID</translation>
    </message>
    <message>
        <source>Use for This Session</source>
        <translation>Für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>API token for this session</source>
        <translation>API-Token für diese Sitzung</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Das Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>The token is kept in memory until PurgeDesk quits; it is never written anywhere.</source>
        <translation>Das Token bleibt im Arbeitsspeicher, bis PurgeDesk beendet wird; es wird nirgends geschrieben.</translation>
    </message>
    <message>
        <source>Pin the zone to the top of the list</source>
        <translation>Die Zone oben in der Liste anheften</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln Zone</numerusform>
            <numerusform>%Ln Zonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin %1 from the top of the list</source>
        <translation>%1 nicht mehr oben in der Liste anheften</translation>
    </message>
    <message>
        <source>Pin %1 to the top of the list</source>
        <translation>%1 oben in der Liste anheften</translation>
    </message>
    <message>
        <source>No zone matches “%1”</source>
        <translation>Keine Zone passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) match “%1”: choose one</source>
        <translation>
            <numerusform>%Ln Zone passt zu „%1“: Wählen Sie sie aus</numerusform>
            <numerusform>%Ln Zonen passen zu „%1“: Wählen Sie eine aus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::History::HistoryRecorder</name>
    <message>
        <source>the history is not open.</source>
        <translation>der Verlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::History::HistoryService</name>
    <message>
        <source>the history is not open.</source>
        <translation>der Verlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::History::HistoryStore</name>
    <message>
        <source>The history was written by a newer PurgeDesk (format %1); this version leaves it untouched and does not record purges.</source>
        <translation>Der Verlauf wurde von einem neueren PurgeDesk geschrieben (Format %1); diese Version lässt ihn unangetastet und zeichnet keine Löschungen auf.</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created. Purging still works.</source>
        <translation>Der Verlauf kann nicht geführt werden: Der Ordner %1 kann nicht angelegt werden. Löschen funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt (%1). Sie wurde nach %2 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history cannot be kept (%1): %2. Purging still works.</source>
        <translation>Der Verlauf kann nicht geführt werden (%1): %2. Löschen funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The run could not be recorded</source>
        <translation>Der Durchlauf konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>The run&apos;s items could not be recorded</source>
        <translation>Die Einträge des Durchlaufs konnten nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>A request of the run could not be recorded</source>
        <translation>Eine Anfrage des Durchlaufs konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>The end of the run could not be recorded</source>
        <translation>Das Ende des Durchlaufs konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>another program kept it busy for more than %1 s (%2)</source>
        <translation>ein anderes Programm hat die Datei länger als %1 s belegt (%2)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is in an older format that must be updated before it can be read</source>
        <translation>die Datei hat ein älteres Format, das erst aktualisiert werden muss, bevor sie gelesen werden kann</translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be moved aside</source>
        <translation>die Datei ist beschädigt (%1) und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>another PurgeDesk has been setting it up for more than %1 s</source>
        <translation>ein anderes PurgeDesk richtet die Datei seit mehr als %1 s ein</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>die Datei %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>SQLite cannot write %1: %2</source>
        <translation>SQLite kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1. Purging still works.</source>
        <translation>Der Verlauf kann nicht geführt werden: %1. Löschen funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>The history is read-only (%1): it can be read, but purges are not recorded until it can be written again.</source>
        <translation>Der Verlauf ist schreibgeschützt (%1): Er kann gelesen werden, aber Löschungen werden nicht aufgezeichnet, bis er wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1, and it is damaged (%2). Purging still works.</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1, und er ist beschädigt (%2). Löschen funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1 (%2). Purging still works.</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1 (%2). Löschen funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>The verification could not be recorded</source>
        <translation>Die Prüfung konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>run %1 is not in the history</source>
        <translation>der Durchlauf %1 ist nicht im Verlauf</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ListText</name>
    <message>
        <source>The list is already clean.</source>
        <translation>Die Liste ist bereits sauber.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate line(s)</source>
        <translation>
            <numerusform>%Ln doppelte Zeile</numerusform>
            <numerusform>%Ln doppelte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank line(s)</source>
        <translation>
            <numerusform>%Ln leere Zeile</numerusform>
            <numerusform>%Ln leere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) trimmed</source>
        <translation>
            <numerusform>Leerzeichen in %Ln Zeile abgeschnitten</numerusform>
            <numerusform>Leerzeichen in %Ln Zeilen abgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaned up: %1. Undo (Ctrl+Z) brings the list back.</source>
        <translation>Bereinigt: %1. Rückgängig (Strg+Z) stellt die Liste wieder her.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Plan</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Presets</name>
    <message>
        <source>The presets were changed outside this window meanwhile; nothing was changed.</source>
        <translation>Die Vorlagen wurden inzwischen außerhalb dieses Fensters geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a PurgeDesk presets file (no &quot;schema&quot; and &quot;presets&quot;)</source>
        <translation>keine PurgeDesk-Vorlagendatei (kein „schema“ und „presets“)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>preset %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>preset %1 (“%2”): %3</source>
        <translation>Vorlage %1 („%2“): %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>The presets could not be written to %1: %2</source>
        <translation>Die Vorlagen konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>from a newer PurgeDesk (format %1)</source>
        <translation>von einem neueren PurgeDesk (Format %1)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Presets::Preset</name>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>its name is longer than %1 characters</source>
        <translation>ihr Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;profile&quot; and &quot;note&quot; must be text</source>
        <translation>„profile“ und „note“ müssen Text sein</translation>
    </message>
    <message>
        <source>it names no zone</source>
        <translation>sie nennt keine Zone</translation>
    </message>
    <message>
        <source>the zone ID &quot;%1&quot; is not 32 hexadecimal characters</source>
        <translation>die Zonen-ID „%1“ besteht nicht aus 32 hexadezimalen Zeichen</translation>
    </message>
    <message>
        <source>the action must be one of %1</source>
        <translation>die Art muss eine von %1 sein</translation>
    </message>
    <message>
        <source>the mode must be purge or invalidate</source>
        <translation>der Modus muss purge oder invalidate sein</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list of text lines</source>
        <translation>„items“ muss eine Liste von Textzeilen sein</translation>
    </message>
    <message>
        <source>a purge of everything takes no items</source>
        <translation>eine Löschung des gesamten Inhalts hat keine Einträge</translation>
    </message>
    <message>
        <source>it has no items to purge</source>
        <translation>sie hat keine Einträge zum Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n zone(s)</source>
        <translation>
            <numerusform>%1 + %n Zone</numerusform>
            <numerusform>%1 + %n Zonen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;more_zones&quot; must be a list of zones</source>
        <translation>„more_zones“ muss eine Liste von Zonen sein</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Presets::PresetStore</name>
    <message>
        <source>The presets file %1 cannot be read: %2</source>
        <translation>Die Vorlagendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The presets file was written by a newer PurgeDesk (format %1); it is left untouched and cannot be changed by this version.</source>
        <translation>Die Vorlagendatei wurde von einem neueren PurgeDesk geschrieben (Format %1); sie bleibt unangetastet und kann von dieser Version nicht geändert werden.</translation>
    </message>
    <message>
        <source>The presets file %1 is damaged (%2) and could not be moved aside; it is left as it is.</source>
        <translation>Die Vorlagendatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>The presets file was damaged (%1). It was moved to %2 and PurgeDesk starts with no presets.</source>
        <translation>Die Vorlagendatei war beschädigt (%1). Sie wurde nach %2 verschoben, und PurgeDesk startet ohne Vorlagen.</translation>
    </message>
    <message>
        <source>The presets file cannot be changed by this version of PurgeDesk.</source>
        <translation>Diese Version von PurgeDesk kann die Vorlagendatei nicht ändern.</translation>
    </message>
    <message>
        <source>The preset cannot be saved: %1.</source>
        <translation>Die Vorlage kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>A preset&apos;s name must be 1 to %1 characters.</source>
        <translation>Der Name einer Vorlage muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>1 preset in %1 cannot be read and is kept in the file as it is: %2. The other presets are shown; fix or remove that one in the file.</source>
        <translation>1 Vorlage in %1 kann nicht gelesen werden und bleibt unverändert in der Datei: %2. Die anderen Vorlagen werden angezeigt; korrigieren oder entfernen Sie diese eine in der Datei.</translation>
    </message>
    <message>
        <source>%3 presets in %1 cannot be read and are kept in the file as they are: %2. The other presets are shown; fix or remove those in the file.</source>
        <translation>%3 Vorlagen in %1 können nicht gelesen werden und bleiben unverändert in der Datei: %2. Die anderen Vorlagen werden angezeigt; korrigieren oder entfernen Sie diese in der Datei.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ProfileStore</name>
    <message>
        <source>The accounts file %1 cannot be read: %2</source>
        <translation>Die Kontendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The accounts file was written by a newer PurgeDesk (format %1); it is left untouched and cannot be changed by this version.</source>
        <translation>Die Kontendatei wurde von einem neueren PurgeDesk geschrieben (Format %1); sie bleibt unangetastet und kann von dieser Version nicht geändert werden.</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>keine Formatversion</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2) and could not be moved aside; it is left as it is and accounts cannot be changed until it is fixed or removed.</source>
        <translation>Die Kontendatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; sie bleibt, wie sie ist, und Konten können nicht geändert werden, bis sie repariert oder entfernt ist.</translation>
    </message>
    <message>
        <source>The accounts file was damaged (%1). It was moved to %2 and PurgeDesk starts with no saved accounts; the secrets are still in the system keychain.</source>
        <translation>Die Kontendatei war beschädigt (%1). Sie wurde nach %2 verschoben, und PurgeDesk startet ohne gespeicherte Konten; die Geheimnisse sind weiterhin im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The accounts file cannot be changed by this version of PurgeDesk.</source>
        <translation>Diese Version von PurgeDesk kann die Kontendatei nicht ändern.</translation>
    </message>
    <message>
        <source>The accounts could not be saved to %1: %2</source>
        <translation>Die Konten konnten nicht nach %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>no list of accounts</source>
        <translation>keine Liste von Konten</translation>
    </message>
    <message>
        <source>1 account in %1 cannot be read and is kept in the file as it is (%2). The other accounts are available; fix or remove that one in the file.</source>
        <translation>1 Konto in %1 kann nicht gelesen werden und bleibt unverändert in der Datei (%2). Die anderen Konten sind verfügbar; korrigieren oder entfernen Sie dieses eine in der Datei.</translation>
    </message>
    <message>
        <source>%3 accounts in %1 cannot be read and are kept in the file as they are (%2). The other accounts are available; fix or remove those in the file.</source>
        <translation>%3 Konten in %1 können nicht gelesen werden und bleiben unverändert in der Datei (%2). Die anderen Konten sind verfügbar; korrigieren oder entfernen Sie diese in der Datei.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ProfileVerifier</name>
    <message>
        <source>Cloudflare does not accept this token: %1</source>
        <translation>Cloudflare akzeptiert dieses Token nicht: %1</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>This token expired on %1.</source>
        <translation>Dieses Token ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>This token has expired.</source>
        <translation>Dieses Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>This token is disabled. Enable it again in the Cloudflare dashboard, or create a new one.</source>
        <translation>Dieses Token ist deaktiviert. Aktivieren Sie es im Cloudflare-Dashboard wieder oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>This token is not valid before %1.</source>
        <translation>Dieses Token ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>The token is active until %1.</source>
        <translation>Das Token ist bis %1 aktiv.</translation>
    </message>
    <message>
        <source>The token is active and does not expire.</source>
        <translation>Das Token ist aktiv und läuft nicht ab.</translation>
    </message>
    <message>
        <source>Cloudflare reports this token as &quot;%1&quot;.</source>
        <translation>Cloudflare meldet dieses Token als „%1“.</translation>
    </message>
    <message>
        <source>It can list zones, but sees none.</source>
        <translation>Es kann Zonen auflisten, sieht aber keine.</translation>
    </message>
    <message>
        <source>It can list 1 zone</source>
        <translation>Es sieht 1 Zone</translation>
    </message>
    <message>
        <source>It can list %1 zones</source>
        <translation>Es sieht %1 Zonen</translation>
    </message>
    <message>
        <source> in %1.</source>
        <translation> in %1.</translation>
    </message>
    <message>
        <source>It cannot list zones (it lacks Zone &gt; Zone &gt; Read, or is limited to single zones). You can still purge by entering a zone ID.</source>
        <translation>Es kann keine Zonen auflisten (ihm fehlt Zone &gt; Zone &gt; Read, oder es ist auf einzelne Zonen beschränkt). Sie können trotzdem löschen, indem Sie eine Zonen-ID eingeben.</translation>
    </message>
    <message>
        <source>Cloudflare does not accept this email and global API key: %1</source>
        <translation>Cloudflare akzeptiert diese E-Mail-Adresse und diesen globalen API-Schlüssel nicht: %1</translation>
    </message>
    <message>
        <source>The zones could not be listed: %1</source>
        <translation>Die Zonen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Purging needs Zone &gt; Cache Purge &gt; Purge; Cloudflare checks it on the first purge.</source>
        <translation>Löschen braucht Zone &gt; Cache Purge &gt; Purge; Cloudflare prüft das bei der ersten Löschung.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge</name>
    <message>
        <source>This XML file is not a sitemap: it starts with &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation>Diese XML-Datei ist keine Sitemap: Sie beginnt mit &lt;%1&gt;, nicht mit &lt;urlset&gt; oder &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1, column %2: %3). Nothing was imported.</source>
        <translation>Die Sitemap ist kein wohlgeformtes XML (Zeile %1, Spalte %2: %3). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>column 1</source>
        <translation>Spalte 1</translation>
    </message>
    <message>
        <source>The file is compressed (gzip). Unpack it first (for example with gunzip), then import the .xml or text file.</source>
        <translation>Die Datei ist komprimiert (gzip). Entpacken Sie sie zuerst (zum Beispiel mit gunzip) und importieren Sie dann die .xml- oder Textdatei.</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 is not in the zone %2: Cloudflare accepts the purge but removes nothing.</source>
        <translation>%1 liegt nicht in der Zone %2: Cloudflare nimmt die Löschung an, entfernt aber nichts.</translation>
    </message>
    <message>
        <source>Removed %1: this list takes no scheme.</source>
        <translation>%1 entfernt: Diese Liste nimmt kein Schema.</translation>
    </message>
    <message>
        <source>Unexpected text after the URL: &quot;%1&quot;. Write a space in a URL as %20; cache-key headers are written &quot;Name: value&quot;.</source>
        <translation>Unerwarteter Text nach der URL: „%1“. Schreiben Sie ein Leerzeichen in einer URL als %20; Cache-Key-Header werden „Name: Wert“ geschrieben.</translation>
    </message>
    <message>
        <source>The header %1 has no value.</source>
        <translation>Der Header %1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>The header %1 is given twice.</source>
        <translation>Der Header %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>CF-Device-Type must be mobile, desktop or tablet, not &quot;%1&quot;.</source>
        <translation>CF-Device-Type muss mobile, desktop oder tablet sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>CF-Device-Type written in lower case.</source>
        <translation>CF-Device-Type in Kleinbuchstaben geschrieben.</translation>
    </message>
    <message>
        <source>CF-IPCountry must be a two-letter country code, not &quot;%1&quot;.</source>
        <translation>CF-IPCountry muss ein zweistelliger Ländercode sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>CF-IPCountry written in upper case.</source>
        <translation>CF-IPCountry in Großbuchstaben geschrieben.</translation>
    </message>
    <message>
        <source>Origin must be scheme://host[:port] without a path, not &quot;%1&quot;.</source>
        <translation>Origin muss schema://host[:port] ohne Pfad sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is honoured only if it is part of a custom cache key.</source>
        <translation>%1 wird nur beachtet, wenn er Teil eines benutzerdefinierten Cache-Keys ist.</translation>
    </message>
    <message>
        <source>Added https: to the address.</source>
        <translation>https: zur Adresse hinzugefügt.</translation>
    </message>
    <message>
        <source>Relative URL: write the full address, for example https://%1%2.</source>
        <translation>Relative URL: Schreiben Sie die vollständige Adresse, zum Beispiel https://%1%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: write the full address starting with https://.</source>
        <translation>„%1“ ist keine URL: Schreiben Sie die vollständige Adresse, beginnend mit https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL: write it as https://%2/%1 (or wherever it is served).</source>
        <translation>„%1“ ist keine vollständige URL: Schreiben Sie sie als https://%2/%1 (oder wo immer sie ausgeliefert wird).</translation>
    </message>
    <message>
        <source>Added https:// (write http:// if this address is served without TLS).</source>
        <translation>https:// hinzugefügt (schreiben Sie http://, wenn diese Adresse ohne TLS ausgeliefert wird).</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be purged, not %1://.</source>
        <translation>Nur http://- und https://-Adressen können gelöscht werden, nicht %1://.</translation>
    </message>
    <message>
        <source>Scheme written in lower case.</source>
        <translation>Schema in Kleinbuchstaben geschrieben.</translation>
    </message>
    <message>
        <source>The address contains a user name or password; remove it.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Removed the #fragment: browsers never send it, so it is not part of the cached URL.</source>
        <translation>#Fragment entfernt: Browser senden es nie, also ist es nicht Teil der zwischengespeicherten URL.</translation>
    </message>
    <message>
        <source>* is not a wildcard here: Cloudflare purges the URL with a literal *.</source>
        <translation>* ist hier kein Platzhalter: Cloudflare löscht die URL mit einem wörtlichen *.</translation>
    </message>
    <message>
        <source>Removed the trailing /.</source>
        <translation>Abschließendes / entfernt.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, a tag has at most %2.</source>
        <translation>Zu lang: %1 Zeichen, ein Tag hat höchstens %2.</translation>
    </message>
    <message>
        <source>Space in a tag: tags cannot contain spaces.</source>
        <translation>Leerzeichen in einem Tag: Tags dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: tags are printable ASCII characters.</source>
        <translation>„%1“ ist nicht erlaubt: Tags bestehen aus druckbaren ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>Comma in a tag: this looks like several tags; put one tag per line.</source>
        <translation>Komma in einem Tag: Das sieht nach mehreren Tags aus; schreiben Sie ein Tag pro Zeile.</translation>
    </message>
    <message>
        <source>A prefix cannot have a ?query or #fragment; it already covers every query variant.</source>
        <translation>Ein Präfix kann keine ?Abfrage und kein #Fragment haben; es deckt bereits jede Abfragevariante ab.</translation>
    </message>
    <message>
        <source>Space in a prefix: write it as %20.</source>
        <translation>Leerzeichen in einem Präfix: Schreiben Sie es als %20.</translation>
    </message>
    <message>
        <source>Too many path separators: %1, a prefix may have at most %2.</source>
        <translation>Zu viele Pfadtrenner: %1, ein Präfix darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>* is not a wildcard here: Cloudflare matches a literal *.</source>
        <translation>* ist hier kein Platzhalter: Cloudflare vergleicht mit einem wörtlichen *.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Ignored: purging everything takes no list.</source>
        <translation>Ignoriert: Alles löschen nimmt keine Liste.</translation>
    </message>
    <message>
        <source>Duplicate of line %1: removed.</source>
        <translation>Duplikat von Zeile %1: entfernt.</translation>
    </message>
    <message>
        <source>The list is empty: add at least one %1, one per line. (An empty list never purges everything.)</source>
        <translation>Die Liste ist leer: Fügen Sie mindestens einen Eintrag (%1) hinzu, einen pro Zeile. (Eine leere Liste löscht nie alles.)</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1 is not). Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1 ist es nicht). Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; Cloudflare refuses addresses longer than 32 KB, so nothing this long can be purged.</source>
        <translation>Zu lang: %1 Zeichen; Cloudflare lehnt Adressen über 32 KB ab, daher lässt sich nichts so Langes löschen.</translation>
    </message>
    <message>
        <source>Contains the control character U+%1 (column %2), which cannot be part of an item: remove it.</source>
        <translation>Enthält das Steuerzeichen U+%1 (Spalte %2), das nicht Teil eines Eintrags sein kann: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Characters outside ASCII percent-encoded as UTF-8, as Cloudflare expects: %1.</source>
        <translation>Nicht-ASCII-Zeichen als UTF-8 prozentkodiert, wie Cloudflare es erwartet: %1.</translation>
    </message>
    <message>
        <source>Too long once percent-encoded: %1 characters; Cloudflare refuses URLs longer than 32 KB.</source>
        <translation>Prozentkodiert zu lang: %1 Zeichen; Cloudflare lehnt URLs über 32 KB ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>Hostname written in its ASCII form %1.</source>
        <translation>Hostname in seiner ASCII-Form %1 geschrieben.</translation>
    </message>
    <message>
        <source>Hostname written in lower case.</source>
        <translation>Hostname in Kleinbuchstaben geschrieben.</translation>
    </message>
    <message>
        <source>The address has no hostname.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>A hostname has no path. To purge everything under a path, use Prefixes.</source>
        <translation>Ein Hostname hat keinen Pfad. Um alles unter einem Pfad zu löschen, verwenden Sie Präfixe.</translation>
    </message>
    <message>
        <source>Wildcards are not supported: list each hostname.</source>
        <translation>Platzhalter werden nicht unterstützt: Führen Sie jeden Hostnamen einzeln auf.</translation>
    </message>
    <message>
        <source>A hostname has no port: remove %1.</source>
        <translation>Ein Hostname hat keinen Port: Entfernen Sie %1.</translation>
    </message>
    <message>
        <source>A prefix starts with its hostname: write %1%2.</source>
        <translation>Ein Präfix beginnt mit seinem Hostnamen: Schreiben Sie %1%2.</translation>
    </message>
    <message>
        <source>This prefix is a whole host: purging by hostname does the same.</source>
        <translation>Dieses Präfix ist ein ganzer Host: Löschen nach Hostname bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>hostnames</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data, such as an image). Import a text, CSV or sitemap.xml file.</source>
        <translation>Die Datei ist keine Textdatei (sie enthält Binärdaten, etwa ein Bild). Importieren Sie eine Text-, CSV- oder sitemap.xml-Datei.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::ImportedList</name>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 aus %2 (%3)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 from the sitemap %2</source>
        <translation>%1 aus der Sitemap %2</translation>
    </message>
    <message>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <source>%1 URLs</source>
        <translation>%1 URLs</translation>
    </message>
    <message>
        <source>%1 from the sitemap index %2</source>
        <translation>%1 aus dem Sitemap-Index %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::OrderResolver</name>
    <message>
        <source>The details of zone %1 could not be read (%2). Continuing with the strictest limits (Free plan).</source>
        <translation>Die Details der Zone %1 konnten nicht gelesen werden (%2). Es geht mit den strengsten Limits weiter (Tarif Free).</translation>
    </message>
    <message>
        <source>The zone &quot;%1&quot; cannot be looked up: %2</source>
        <translation>Die Zone „%1“ kann nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>No zone named &quot;%1&quot; is visible with these credentials.</source>
        <translation>Mit diesen Zugangsdaten ist keine Zone namens „%1“ sichtbar.</translation>
    </message>
    <message>
        <source>A purge of everything takes no items.</source>
        <translation>Eine Löschung des gesamten Inhalts nimmt keine Einträge.</translation>
    </message>
    <message>
        <source>Nothing was sent; fix or remove the lines with errors (%1).</source>
        <translation>Nichts wurde gesendet; beheben oder entfernen Sie die Zeilen mit Fehlern (%1).</translation>
    </message>
    <message>
        <source>The zone %1 is not among this account&apos;s zones.</source>
        <translation>Die Zone %1 gehört nicht zu den Zonen dieses Kontos.</translation>
    </message>
    <message>
        <source>Tags and purge everything go to the zones you name: name the zone (several, for several zones).</source>
        <translation>Cache-Tags und „Alles löschen“ gehen an die Zonen, die Sie nennen: Nennen Sie die Zone (mehrere für mehrere Zonen).</translation>
    </message>
    <message>
        <source>The account&apos;s zones cannot be listed to find each item&apos;s zone: %1</source>
        <translation>Die Zonen des Kontos können nicht aufgelistet werden, um die Zone jedes Eintrags zu finden: %1</translation>
    </message>
    <message>
        <source>Either the token is not valid (wrong, expired or disabled), or it lacks Zone &gt; Zone &gt; Read, which looking a zone up by name needs: then use the zone ID instead (shown on the zone&apos;s overview page in the dashboard).</source>
        <translation>Entweder ist das Token nicht gültig (falsch, abgelaufen oder deaktiviert), oder ihm fehlt Zone &gt; Zone &gt; Read, das zum Nachschlagen einer Zone nach Namen nötig ist: Verwenden Sie dann stattdessen die Zonen-ID (auf der Übersichtsseite der Zone im Dashboard).</translation>
    </message>
    <message>
        <source>Either the token is not valid (wrong, expired or disabled), or it lacks Zone &gt; Zone &gt; Read, which listing zones needs: then name the zone by its ID (shown on the zone&apos;s overview page in the dashboard).</source>
        <translation>Entweder ist das Token nicht gültig (falsch, abgelaufen oder deaktiviert), oder ihm fehlt Zone &gt; Zone &gt; Read, das zum Auflisten der Zonen nötig ist: Nennen Sie die Zone dann mit ihrer ID (auf der Übersichtsseite der Zone im Dashboard).</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::PurgePlan</name>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1, %2 on the %3 plan</source>
        <translation>%1, %2 im Tarif %3</translation>
    </message>
    <message>
        <source>(plan unknown: assuming the strictest limits)</source>
        <translation>(Tarif unbekannt: Es gelten die strengsten Limits)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::PurgeSession</name>
    <message>
        <source>Not sent: the credential was refused (%1).</source>
        <translation>Nicht gesendet: Die Zugangsdaten wurden abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Nicht gesendet: Der Durchlauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Routing</name>
    <message>
        <source>%1 is not in any zone of this account: nothing is sent for it.</source>
        <translation>%1 liegt in keiner Zone dieses Kontos: Dafür wird nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 is not in %2: nothing is sent for it.</source>
        <translation>%1 liegt nicht in %2: Dafür wird nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 is in %2, a zone of the account “%3”, not of this one: nothing is sent for it with this account.</source>
        <translation>%1 liegt in %2, einer Zone des Kontos „%3“, nicht dieses Kontos: Mit diesem Konto wird dafür nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Runner</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Nicht gesendet: Der Durchlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not confirmed: cancelled while the request was on its way; Cloudflare may have received it.</source>
        <translation>Nicht bestätigt: Abgebrochen, während die Anfrage unterwegs war; Cloudflare hat sie vielleicht erhalten.</translation>
    </message>
    <message>
        <source>Failed: still rate limited after %1 attempts. %2</source>
        <translation>Fehlgeschlagen: nach %1 Versuchen immer noch gedrosselt. %2</translation>
    </message>
    <message>
        <source>Not sent: the credential was refused (%1).</source>
        <translation>Nicht gesendet: Die Zugangsdaten wurden abgelehnt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Fehlgeschlagen nach %n Versuch: %1</numerusform>
            <numerusform>Fehlgeschlagen nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: Cloudflare asked to wait %1 before the next request, longer than the %2 this run waits. Try again later.</source>
        <translation>Nicht gesendet: Cloudflare hat gebeten, vor der nächsten Anfrage %1 zu warten, länger als die %2, die dieser Durchlauf wartet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Not sent: Cloudflare refused %1 requests in a row with the same answer (%2), so the rest was not sent. Fix the cause, then retry the failed items.</source>
        <translation>Nicht gesendet: Cloudflare hat %1 Anfragen hintereinander mit derselben Antwort abgelehnt (%2), daher wurde der Rest nicht gesendet. Beheben Sie die Ursache und wiederholen Sie dann die fehlgeschlagenen Einträge.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::SitemapLoader</name>
    <message>
        <source>The sitemap index lists more than %1 sitemaps; only the first %1 were read.</source>
        <translation>Der Sitemap-Index führt mehr als %1 Sitemaps auf; nur die ersten %1 wurden gelesen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read.</source>
        <translation>%1 ist größer als %2 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is neither a local file nor an http(s) address.</source>
        <translation>%1 ist weder eine lokale Datei noch eine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>Could not download %1: the server answered HTTP %2.</source>
        <translation>%1 konnte nicht heruntergeladen werden: Der Server antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2 listed in %3</source>
        <translation>%1 aus %2, aufgeführt in %3</translation>
    </message>
    <message>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <source>%1 URLs</source>
        <translation>%1 URLs</translation>
    </message>
    <message>
        <source>1 sitemap</source>
        <translation>1 Sitemap</translation>
    </message>
    <message>
        <source>%1 sitemaps</source>
        <translation>%1 Sitemaps</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Validation</name>
    <message>
        <source>Everything in the zone</source>
        <translation>Gesamter Inhalt der Zone</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 fixed</source>
        <translation>%1 korrigiert</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>1 Duplikat entfernt</translation>
    </message>
    <message>
        <source>%1 duplicates removed</source>
        <translation>%1 Duplikate entfernt</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::RunText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) sent</source>
        <translation>
            <numerusform>%1 von %n Anfrage gesendet</numerusform>
            <numerusform>%1 von %n Anfragen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate limited (429)</source>
        <translation>
            <numerusform>%n × gedrosselt (429)</numerusform>
            <numerusform>%n × gedrosselt (429)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::VerifyText</name>
    <message>
        <source>The edge address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Die Edge-Adresse „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The edge address &quot;%1&quot; must use https:// (http:// only on this computer, such as the sandbox).</source>
        <translation>Die Edge-Adresse „%1“ muss https:// verwenden (http:// nur auf diesem Computer, etwa für die Sandbox).</translation>
    </message>
    <message>
        <source>The edge address &quot;%1&quot; may not have a path, user name, query or fragment.</source>
        <translation>Die Edge-Adresse „%1“ darf keinen Pfad, Benutzernamen, Query-String oder Fragment enthalten.</translation>
    </message>
    <message>
        <source>not an absolute http:// or https:// URL</source>
        <translation>keine absolute http://- oder https://-URL</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>still cached</source>
        <translation>noch im Cache</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>nicht im Cache</translation>
    </message>
    <message>
        <source>not served by Cloudflare</source>
        <translation>nicht über Cloudflare ausgeliefert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Cloudflare serves a cached copy (%1, Age %2 s); with no purge time to compare, it may be older than the purge.</source>
        <translation>Cloudflare liefert eine zwischengespeicherte Kopie aus (%1, Age %2 s); ohne Zeitpunkt der Löschung zum Vergleich ist sie vielleicht älter als die Löschung.</translation>
    </message>
    <message>
        <source>Cloudflare still serves a copy cached before the purge (%1, Age %2 s).</source>
        <translation>Cloudflare liefert noch eine vor der Löschung zwischengespeicherte Kopie aus (%1, Age %2 s).</translation>
    </message>
    <message>
        <source>The URL redirects to %1: the purge removed the cached redirect at most; purge and check the target too.</source>
        <translation>Die URL leitet auf %1 weiter: Die Löschung hat höchstens die zwischengespeicherte Weiterleitung entfernt; löschen und prüfen Sie auch das Ziel.</translation>
    </message>
    <message>
        <source>Likely causes: another cache-key variant (device type, language, country or a custom cache key) that the purge did not name; a Transform Rule that rewrites the URL; or the purge went to another zone.</source>
        <translation>Mögliche Ursachen: eine andere Variante des Cache-Schlüssels (Gerätetyp, Sprache, Land oder ein eigener Cache-Schlüssel), die die Löschung nicht nannte; eine Transform Rule, die die URL umschreibt; oder die Löschung ging an eine andere Zone.</translation>
    </message>
    <message>
        <source>Cloudflare bypassed its cache for this request (a cache rule, a cookie or a header): there was nothing to purge.</source>
        <translation>Cloudflare hat den Cache für diese Anfrage umgangen (eine Cache-Regel, ein Cookie oder ein Header): Es gab nichts zu löschen.</translation>
    </message>
    <message>
        <source>Cloudflare answered without a cache status: it does not cache this URL, so there was nothing to purge.</source>
        <translation>Cloudflare hat ohne Cache-Status geantwortet: Diese URL wird nicht zwischengespeichert, es gab also nichts zu löschen.</translation>
    </message>
    <message>
        <source>Cloudflare does not cache this URL (%1): there was nothing to purge.</source>
        <translation>Cloudflare speichert diese URL nicht zwischen (%1): Es gab nichts zu löschen.</translation>
    </message>
    <message>
        <source>The answer has no CF-Ray header: it did not come through Cloudflare (the host is not proxied by Cloudflare, or something else answered).</source>
        <translation>Die Antwort hat keinen CF-Ray-Header: Sie kam nicht über Cloudflare (der Host läuft nicht über den Cloudflare-Proxy, oder etwas anderes hat geantwortet).</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>The verification was cancelled before this URL was checked.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor diese URL geprüft war.</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh</source>
        <translation>
            <numerusform>%n aktuell</numerusform>
            <numerusform>%n aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still cached</source>
        <translation>
            <numerusform>%n noch im Cache</numerusform>
            <numerusform>%n noch im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not cached</source>
        <translation>
            <numerusform>%n nicht im Cache</numerusform>
            <numerusform>%n nicht im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not served by Cloudflare</source>
        <translation>
            <numerusform>%n nicht über Cloudflare ausgeliefert</numerusform>
            <numerusform>%n nicht über Cloudflare ausgeliefert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the answer did not come through Cloudflare (no CF-Ray header)</source>
        <translation>die Antwort kam nicht über Cloudflare (kein CF-Ray-Header)</translation>
    </message>
    <message>
        <source>the edge answered HTTP %1</source>
        <translation>der Edge hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>Cloudflare answered without a cache status: it keeps no copy</source>
        <translation>Cloudflare hat ohne Cache-Status geantwortet: Es behält keine Kopie</translation>
    </message>
    <message>
        <source>Cloudflare keeps no copy (%1)</source>
        <translation>Cloudflare behält keine Kopie (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n warmed</source>
        <translation>
            <numerusform>%n vorgewärmt</numerusform>
            <numerusform>%n vorgewärmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to warm</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not warmed</source>
        <translation>
            <numerusform>%n nicht vorgewärmt</numerusform>
            <numerusform>%n nicht vorgewärmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the whole answer did not arrive within %n second(s)</source>
        <translation>
            <numerusform>die vollständige Antwort kam nicht innerhalb von %n Sekunde</numerusform>
            <numerusform>die vollständige Antwort kam nicht innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not a web address: it should start with https:// or http://</source>
        <translation>keine Webadresse: Sie sollte mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>keine gültige Webadresse</translation>
    </message>
</context>
<context>
    <name>PurgeForm</name>
    <message>
        <source>Sandbox notice</source>
        <translation>Hinweis zur Sandbox</translation>
    </message>
    <message>
        <source>Sandbox notice text</source>
        <translation>Text des Sandbox-Hinweises</translation>
    </message>
    <message>
        <source>Add your Cloudflare account</source>
        <translation>Ihr Cloudflare-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add Cloudflare &amp;Account...</source>
        <translation>Cloudflare-Konto hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Konten verwalten</translation>
    </message>
    <message>
        <source>&amp;Manage...</source>
        <translation>Ver&amp;walten...</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>Zone picker</source>
        <translation>Zonenauswahl</translation>
    </message>
    <message>
        <source>Purge by:</source>
        <translation>Löschen nach:</translation>
    </message>
    <message>
        <source>&amp;URLs</source>
        <translation>&amp;URLs</translation>
    </message>
    <message>
        <source>Purge by URL</source>
        <translation>Nach URL löschen</translation>
    </message>
    <message>
        <source>Host&amp;names</source>
        <translation>Host&amp;namen</translation>
    </message>
    <message>
        <source>Purge by hostname</source>
        <translation>Nach Hostname löschen</translation>
    </message>
    <message>
        <source>Cache &amp;tags</source>
        <translation>Cache-&amp;Tags</translation>
    </message>
    <message>
        <source>Purge by cache tag</source>
        <translation>Nach Cache-Tag löschen</translation>
    </message>
    <message>
        <source>Prefi&amp;xes</source>
        <translation>&amp;Präfixe</translation>
    </message>
    <message>
        <source>Purge by URL prefix</source>
        <translation>Nach URL-Präfix löschen</translation>
    </message>
    <message>
        <source>Ever&amp;ything</source>
        <translation>All&amp;es</translation>
    </message>
    <message>
        <source>Purge everything in the zone</source>
        <translation>Alles in der Zone löschen</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Purge mode: remove from the cache</source>
        <translation>Modus Löschen: aus dem Cache entfernen</translation>
    </message>
    <message>
        <source>&amp;Invalidate</source>
        <translation>&amp;Invalidieren</translation>
    </message>
    <message>
        <source>Invalidate mode: mark as stale</source>
        <translation>Modus Invalidieren: als veraltet markieren</translation>
    </message>
    <message>
        <source>What the mode does</source>
        <translation>Was der Modus bewirkt</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Import a list from a file</source>
        <translation>Eine Liste aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <source>Clean up the list</source>
        <translation>Die Liste bereinigen</translation>
    </message>
    <message>
        <source>Trim spaces, remove duplicate and blank lines</source>
        <translation>Leerzeichen abschneiden, doppelte und leere Zeilen entfernen</translation>
    </message>
    <message>
        <source>C&amp;lean Up</source>
        <translation>Be&amp;reinigen</translation>
    </message>
    <message>
        <source>List to purge, one item per line</source>
        <translation>Zu löschende Liste, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>List counts</source>
        <translation>Zähler der Liste</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <source>Preview the requests</source>
        <translation>Die Anfragen in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Previe&amp;w...</source>
        <translation>Vors&amp;chau...</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are exploring a local sandbox&lt;/b&gt; with demo zones: nothing you purge here reaches Cloudflare.</source>
        <translation>&lt;b&gt;Sie erkunden eine lokale Sandbox&lt;/b&gt; mit Demo-Zonen: Nichts, was Sie hier löschen, erreicht Cloudflare.</translation>
    </message>
    <message>
        <source>Fix the list</source>
        <translation>Die Liste korrigieren</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SavePresetDialog</name>
    <message>
        <source>Save as Preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>Speichert:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: when or why to run it</source>
        <translation>Optional: wann oder warum sie ausgeführt wird</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit einer Anfrage in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Requests in flight at once</source>
        <translation>Gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <source>How many purge requests may wait for Cloudflare&apos;s answer at the same time (1 to 6). The rate limiter paces them either way.</source>
        <translation>Wie viele Löschanfragen gleichzeitig auf Cloudflares Antwort warten dürfen (1 bis 6). Der Ratenbegrenzer dosiert sie ohnehin.</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>https://api.cloudflare.com/client/v4</source>
        <translation>https://api.cloudflare.com/client/v4</translation>
    </message>
    <message>
        <source>For advanced use only (a corporate gateway). Leave empty for Cloudflare. An account&apos;s own address, and PURGEDESK_API_BASE, come first.</source>
        <translation>Nur für fortgeschrittene Zwecke (ein Firmen-Gateway). Für Cloudflare leer lassen. Die eigene Adresse eines Kontos und PURGEDESK_API_BASE haben Vorrang.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep every purge</source>
        <translation>&amp;Jede Löschung behalten</translation>
    </message>
    <message>
        <source>Keep purges &amp;for</source>
        <translation>Löschungen behalten &amp;für</translation>
    </message>
    <message>
        <source>Days to keep purges</source>
        <translation>Tage, die Löschungen behalten werden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older purges are removed from the history when PurgeDesk opens it (for the History tab, a preset&apos;s last run or the first purge).</source>
        <translation>Ältere Löschungen werden aus dem Verlauf entfernt, wenn PurgeDesk ihn öffnet (für den Reiter „Verlauf“, den letzten Lauf einer Vorlage oder die erste Löschung).</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>PurgeDesk shows the new language when it starts again. The command line stays in English.</source>
        <translation>PurgeDesk zeigt die neue Sprache beim nächsten Start. Die Kommandozeile bleibt englisch.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verify automatically after purges of up to</source>
        <translation>A&amp;utomatisch prüfen nach Löschungen von bis zu</translation>
    </message>
    <message>
        <source>After a URL purge, fetch each purged URL from Cloudflare&apos;s edge and say whether it is fresh, without waiting for a click on Verify</source>
        <translation>Nach einer URL-Löschung jede gelöschte URL vom Cloudflare-Edge abrufen und anzeigen, ob sie aktuell ist, ohne auf einen Klick auf Prüfen zu warten</translation>
    </message>
    <message>
        <source>Most URLs of a purge that is verified automatically</source>
        <translation>Höchstzahl der URLs einer Löschung, die automatisch geprüft wird</translation>
    </message>
    <message>
        <source> URLs</source>
        <translation> URLs</translation>
    </message>
    <message>
        <source>Warm the &amp;cache after verifying</source>
        <translation>&amp;Cache nach der Prüfung vorwärmen</translation>
    </message>
    <message>
        <source>Fetches each URL that came back fresh once more, a few a second, so that the next visitor gets a cached copy. No credentials are sent.</source>
        <translation>Ruft jede URL, die aktuell war, noch einmal ab, einige pro Sekunde, damit der nächste Besucher eine zwischengespeicherte Kopie erhält. Es werden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
</context>
</TS>
