<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PurgeDesk</source>
        <translation>À propos de PurgeDesk</translation>
    </message>
    <message>
        <source>PurgeDesk logo</source>
        <translation>Logo de PurgeDesk</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nom et version de l&apos;application</translation>
    </message>
    <message>
        <source>PurgeDesk</source>
        <translation>PurgeDesk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Purge and invalidate Cloudflare&apos;s CDN cache from your desktop.</source>
        <translation>Purger et invalider le cache CDN de Cloudflare depuis votre bureau.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain&#xa0;:</translation>
    </message>
    <message>
        <source>QtKeychain version</source>
        <translation>Version de QtKeychain</translation>
    </message>
    <message>
        <source>PurgeDesk is free software under the MIT License:</source>
        <translation>PurgeDesk est un logiciel libre sous licence MIT&#xa0;:</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Comptes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>About the sandbox</source>
        <translation>À propos du bac à sable</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox: not Cloudflare.&lt;/b&gt; A local stand-in for Cloudflare&apos;s API, built into PurgeDesk, with demo zones on every plan, for trying PurgeDesk without a Cloudflare account. Nothing done with it reaches Cloudflare. It needs no secret.</source>
        <translation>&lt;b&gt;Bac à sable&#xa0;: pas Cloudflare.&lt;/b&gt; Une imitation locale de l&apos;API de Cloudflare, intégrée à PurgeDesk, avec des zones de démonstration dans chaque offre, pour essayer PurgeDesk sans compte Cloudflare. Rien de ce que vous y faites n&apos;atteint Cloudflare. Il ne demande aucun secret.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>For example: Work</source>
        <translation>Par exemple&#xa0;: Travail</translation>
    </message>
    <message>
        <source>S&amp;ign in with:</source>
        <translation>Se c&amp;onnecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>API token (recommended)</source>
        <translation>Jeton d&apos;API (recommandé)</translation>
    </message>
    <message>
        <source>Global API key and email</source>
        <translation>Clé API globale et e-mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email of the global API key</source>
        <translation>E-mail de la clé API globale</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Sec&amp;ret&#xa0;:</translation>
    </message>
    <message>
        <source>API token or global API key</source>
        <translation>Jeton d&apos;API ou clé API globale</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Verify the account again</source>
        <translation>Vérifier à nouveau le compte</translation>
    </message>
    <message>
        <source>Use for This Session &amp;Only</source>
        <translation>Utiliser pour cette session &amp;uniquement</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Garder le secret pour cette session uniquement</translation>
    </message>
    <message>
        <source>Check and save the account</source>
        <translation>Vérifier et enregistrer le compte</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>Pur&amp;ge</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>Préréglage&amp;s</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Import List...</source>
        <translation>&amp;Importer une liste...</translation>
    </message>
    <message>
        <source>Import Sitemap from &amp;Address...</source>
        <translation>Importer un sitemap depuis une &amp;adresse...</translation>
    </message>
    <message>
        <source>&amp;Find Zone</source>
        <translation>Chercher une &amp;zone</translation>
    </message>
    <message>
        <source>&amp;Next Problem in List</source>
        <translation>Problème &amp;suivant dans la liste</translation>
    </message>
    <message>
        <source>C&amp;lean Up List</source>
        <translation>&amp;Nettoyer la liste</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Pre&amp;view Requests...</source>
        <translation>&amp;Aperçu des requêtes...</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Purger</translation>
    </message>
    <message>
        <source>&amp;Cancel Purge</source>
        <translation>A&amp;nnuler la purge</translation>
    </message>
    <message>
        <source>PurgeDesk &amp;Help</source>
        <translation>&amp;Aide de PurgeDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Purge Form</source>
        <translation>&amp;Formulaire de purge</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Afficher la barre d&apos;é&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts...</source>
        <translation>&amp;Gérer les comptes...</translation>
    </message>
    <message>
        <source>&amp;About PurgeDesk</source>
        <translation>À &amp;propos de PurgeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Go to the &amp;List</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d&apos;outils</translation>
    </message>
</context>
<context>
    <name>Presets::PresetImport</name>
    <message>
        <source>Import Presets</source>
        <translation>Importer des préréglages</translation>
    </message>
    <message>
        <source>There is already a preset named %1.</source>
        <translation>Il existe déjà un préréglage nommé %1.</translation>
    </message>
    <message>
        <source>Yours: %1.
Imported: %2.

Keep both (the imported one becomes %3), replace yours, or skip the imported one?</source>
        <translation>Le vôtre&#xa0;: %1.
Importé&#xa0;: %2.

Garder les deux (l&apos;importé devient %3), remplacer le vôtre ou ignorer l&apos;importé&#xa0;?</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Do the same for the other names that exist</source>
        <translation>Faire de même pour les autres noms existants</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>Search presets</source>
        <translation>Rechercher des préréglages</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Purge what the selected preset holds (Enter or double-click)</source>
        <translation>Purger le contenu du préréglage sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Load the preset into the purge form without purging</source>
        <translation>Charger le préréglage dans le formulaire de purge sans purger</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Autres actions sur les préréglages</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Run Preset</source>
        <translation>&amp;Lancer le préréglage</translation>
    </message>
    <message>
        <source>&amp;Open in Purge Form</source>
        <translation>&amp;Ouvrir dans le formulaire de purge</translation>
    </message>
    <message>
        <source>&amp;Save Current as Preset...</source>
        <translation>Enregi&amp;strer le formulaire comme préréglage...</translation>
    </message>
    <message>
        <source>&amp;Update from Purge Form</source>
        <translation>&amp;Mettre à jour depuis le formulaire</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>&amp;Renommer...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>&amp;Import Presets...</source>
        <translation>&amp;Importer des préréglages...</translation>
    </message>
    <message>
        <source>&amp;Export Selected Presets...</source>
        <translation>E&amp;xporter les préréglages sélectionnés...</translation>
    </message>
    <message>
        <source>Export &amp;All Presets...</source>
        <translation>Exporter tous les préré&amp;glages...</translation>
    </message>
    <message>
        <source>Show Its Purges in &amp;History</source>
        <translation>Voir ses purges dans l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Presets status</source>
        <translation>État des préréglages</translation>
    </message>
</context>
<context>
    <name>PurgeDesk</name>
    <message>
        <source>No system keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun trousseau du système n&apos;est disponible. Sous Linux, installez et démarrez un Secret Service tel que GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was declined.</source>
        <translation>L&apos;accès au trousseau du système a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it, or allow PurgeDesk to use it, then try again.</source>
        <translation>Le trousseau du système refuse l&apos;accès. Déverrouillez-le, ou autorisez PurgeDesk à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain does not support this operation.</source>
        <translation>Le trousseau du système ne prend pas en charge cette opération.</translation>
    </message>
    <message>
        <source>No system keychain is running (%1). On Linux, install and start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun trousseau du système n&apos;est en cours d&apos;exécution (%1). Sous Linux, installez et démarrez un Secret Service tel que GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). Unlock it, or create a default keyring, in your keyring manager, then try again.</source>
        <translation>Le trousseau est verrouillé ou n&apos;a pas de collection par défaut (%1). Déverrouillez-le, ou créez un trousseau par défaut dans votre gestionnaire de trousseaux, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système signale une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::AppContext</name>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Cloudflare</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (d&apos;après %2)</translation>
    </message>
    <message>
        <source>The API address is empty.</source>
        <translation>L&apos;adresse de l&apos;API est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Write it in full, for example %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide. Écrivez-la en entier, par exemple %2.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https://.</translation>
    </message>
    <message>
        <source>The API address must use https://. Plain http:// is allowed only for this computer (localhost or 127.0.0.1), because your API token would otherwise travel unencrypted.</source>
        <translation>L&apos;adresse de l&apos;API doit utiliser https://. Le simple http:// n&apos;est permis que pour cet ordinateur (localhost ou 127.0.0.1), car votre jeton d&apos;API circulerait sinon en clair.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The API address must not contain a query (?...) or a fragment (#...).</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni requête (?...) ni fragment (#...).</translation>
    </message>
    <message>
        <source>The API address has no hostname.</source>
        <translation>L&apos;adresse de l&apos;API n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Cloudflare::ApiClient</name>
    <message>
        <source>cannot read the certificate file %1: %2</source>
        <translation>impossible de lire le fichier de certificats %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Cloudflare::ApiError</name>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request (HTTP %1) without saying why.</source>
        <translation>Cloudflare a refusé la requête (HTTP %1) sans en donner la raison.</translation>
    </message>
    <message>
        <source>Cloudflare refused the request: %1.</source>
        <translation>Cloudflare a refusé la requête&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached.</source>
        <translation>La limite de débit de Cloudflare est atteinte.</translation>
    </message>
    <message>
        <source>Cloudflare said: %1.</source>
        <translation>Cloudflare indique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cloudflare had a server error (HTTP %1): %2.</source>
        <translation>Cloudflare a rencontré une erreur de serveur (HTTP %1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cloudflare is unavailable right now (HTTP %1, an error page instead of an API answer).</source>
        <translation>Cloudflare est indisponible pour le moment (HTTP %1, une page d&apos;erreur au lieu d&apos;une réponse de l&apos;API).</translation>
    </message>
    <message>
        <source>The answer could not be understood (%1). It may have been cut off or come from a proxy.</source>
        <translation>La réponse est incompréhensible (%1). Elle a peut-être été tronquée ou provient d&apos;un proxy.</translation>
    </message>
    <message>
        <source>No answer arrived in time: the request timed out.</source>
        <translation>Aucune réponse à temps&#xa0;: le délai d&apos;attente de la requête est dépassé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing answers at the API address.</source>
        <translation>La connexion a été refusée&#xa0;: rien ne répond à l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>La connexion a été fermée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the network connection and the API address.</source>
        <translation>L&apos;hôte de l&apos;API est introuvable. Vérifiez la connexion réseau et l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (%1).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (%1).</translation>
    </message>
    <message>
        <source>A network error occurred (%1).</source>
        <translation>Une erreur réseau s&apos;est produite (%1).</translation>
    </message>
    <message>
        <source>The server redirected the request to another address (%1); PurgeDesk did not follow it so that your credentials stay with Cloudflare.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse (%1)&#xa0;; PurgeDesk ne l&apos;a pas suivie, afin que vos identifiants restent chez Cloudflare.</translation>
    </message>
    <message>
        <source>The token lacks a permission: purging needs Zone &gt; Cache Purge &gt; Purge for this zone (listing zones needs Zone &gt; Zone &gt; Read). Edit the token in Cloudflare&apos;s dashboard, or choose another account.</source>
        <translation>Il manque une autorisation au jeton&#xa0;: purger demande Zone &gt; Cache Purge &gt; Purge pour cette zone (lister les zones demande Zone &gt; Zone &gt; Read). Modifiez le jeton dans le tableau de bord de Cloudflare, ou choisissez un autre compte.</translation>
    </message>
    <message>
        <source>The credentials are not in a form Cloudflare accepts. Paste the token (or the key) again in Accounts &gt; Manage Accounts.</source>
        <translation>Les identifiants n&apos;ont pas une forme acceptée par Cloudflare. Collez à nouveau le jeton (ou la clé) dans Comptes &gt; Gérer les comptes.</translation>
    </message>
    <message>
        <source>Cloudflare did not accept this account&apos;s credentials: the token may have expired or been revoked, or it does not cover this zone. Check it in Accounts &gt; Manage Accounts (Verify Again), or create a new token in Cloudflare&apos;s dashboard.</source>
        <translation>Cloudflare n&apos;a pas accepté les identifiants de ce compte&#xa0;: le jeton a peut-être expiré ou été révoqué, ou il ne couvre pas cette zone. Vérifiez-le dans Comptes &gt; Gérer les comptes (Vérifier à nouveau), ou créez un nouveau jeton dans le tableau de bord de Cloudflare.</translation>
    </message>
    <message>
        <source>Wait a little and try again; PurgeDesk paces its requests to stay under the limit.</source>
        <translation>Attendez un peu et réessayez&#xa0;; PurgeDesk cadence ses requêtes pour rester sous la limite.</translation>
    </message>
    <message>
        <source>This is usually temporary. Try again in a few minutes; Cloudflare&apos;s status page says whether there is an incident.</source>
        <translation>C&apos;est généralement temporaire. Réessayez dans quelques minutes&#xa0;; la page d&apos;état de Cloudflare indique s&apos;il y a un incident.</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy and the API address in Settings, then try again.</source>
        <translation>Vérifiez la connexion réseau, le proxy et l&apos;adresse de l&apos;API dans les paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>A proxy or security product may be intercepting the connection; check its certificate settings.</source>
        <translation>Un proxy ou un logiciel de sécurité intercepte peut-être la connexion&#xa0;; vérifiez ses réglages de certificats.</translation>
    </message>
    <message>
        <source>Cloudflare does not know this zone: check the zone ID (32 hexadecimal characters), not the zone name.</source>
        <translation>Cloudflare ne connaît pas cette zone&#xa0;: vérifiez l&apos;ID de zone (32 caractères hexadécimaux), et non le nom de la zone.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; it asks to wait %1.</source>
        <translation>La limite de débit de Cloudflare est atteinte&#xa0;; Cloudflare demande d&apos;attendre %1.</translation>
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
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Connection</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Le bac à sable local n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API address from %1 is not usable: %2</source>
        <translation>L&apos;adresse de l&apos;API issue de %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is not in the system keychain. Open Accounts &gt; Manage Accounts and paste it again.</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» n&apos;est pas dans le trousseau du système. Ouvrez Comptes &gt; Gérer les comptes et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>This account&apos;s token cannot list zones (it has no Zone &gt; Zone &gt; Read permission). Paste the zone ID from the zone&apos;s Overview page in Cloudflare&apos;s dashboard.</source>
        <translation>Le jeton de ce compte ne peut pas lister les zones (il n&apos;a pas l&apos;autorisation Zone &gt; Zone &gt; Read). Collez l&apos;ID de zone affiché sur la page Overview de la zone dans le tableau de bord de Cloudflare.</translation>
    </message>
    <message>
        <source>The zones could not be listed. %1</source>
        <translation>Les zones n&apos;ont pas pu être listées. %1</translation>
    </message>
    <message>
        <source>If the token only has the Cache Purge permission, paste the zone ID instead.</source>
        <translation>Si le jeton n&apos;a que l&apos;autorisation Cache Purge, collez plutôt l&apos;ID de zone.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::CredentialStore</name>
    <message>
        <source>The system keychain did not answer within %1 s. It may be locked and waiting for its password; unlock it and try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu en %1 s. Il est peut-être verrouillé et attend son mot de passe&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>The secret contains spaces or unprintable characters; check what was pasted.</source>
        <translation>Le secret contient des espaces ou des caractères non imprimables&#xa0;; vérifiez ce qui a été collé.</translation>
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
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Sandbox (local, not Cloudflare)</source>
        <translation>Bac à sable (local, pas Cloudflare)</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace it</source>
        <translation>Enregistré dans le trousseau du système&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Last verified %1.</source>
        <translation>Dernière vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Token: %1.</source>
        <translation>Jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot list zones: enter a zone ID to purge.</source>
        <translation>Ne peut pas lister les zones&#xa0;: saisissez un ID de zone pour purger.</translation>
    </message>
    <message>
        <source>Its secret is kept for this session only.</source>
        <translation>Son secret n&apos;est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Collez le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Give the account a name and paste its API token, then Save.</source>
        <translation>Donnez un nom au compte et collez son jeton d&apos;API, puis Enregistrer.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A global API key needs the email of its Cloudflare login.</source>
        <translation>Une clé API globale demande l&apos;adresse e-mail de sa connexion Cloudflare.</translation>
    </message>
    <message>
        <source>Paste the %1 first.</source>
        <translation>Collez d&apos;abord %1.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>le jeton d&apos;API</translation>
    </message>
    <message>
        <source>global API key</source>
        <translation>la clé API globale</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Checking with Cloudflare...</source>
        <translation>Vérification auprès de Cloudflare...</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain...</source>
        <translation>Enregistrement du secret dans le trousseau du système...</translation>
    </message>
    <message>
        <source>Saved; the secret is in the system keychain.</source>
        <translation>Enregistré&#xa0;; le secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Reading the secret from the system keychain...</source>
        <translation>Lecture du secret dans le trousseau du système...</translation>
    </message>
    <message>
        <source>The secret of this account is not in the system keychain: paste it again and Save.</source>
        <translation>Le secret de ce compte n&apos;est pas dans le trousseau du système&#xa0;: collez-le à nouveau et enregistrez.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Its secret is deleted from the system keychain.</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;? Son secret est effacé du trousseau du système.</translation>
    </message>
    <message>
        <source>Keep Account</source>
        <translation>Garder le compte</translation>
    </message>
    <message>
        <source>Deleting the secret from the system keychain...</source>
        <translation>Effacement du secret du trousseau du système...</translation>
    </message>
    <message>
        <source>The account was kept, so that its secret is not left behind.</source>
        <translation>Le compte a été gardé, pour que son secret ne reste pas orphelin.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its secret.</source>
        <translation>«&#xa0;%1&#xa0;» et son secret ont été supprimés.</translation>
    </message>
    <message>
        <source>Global API &amp;key:</source>
        <translation>C&amp;lé API globale&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Kept for this session only; type to replace it</source>
        <translation>Gardé pour cette session uniquement&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %Ln zone(s) in %1.</source>
        <translation>
            <numerusform>Atteint %Ln zone dans %1.</numerusform>
            <numerusform>Atteint %Ln zones dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Its secret is kept for this session only: after a restart PurgeDesk asks for it where the zones are, until the system keychain can keep it (Save it here again then).</source>
        <translation>Enregistré. Son secret n&apos;est gardé que pour cette session&#xa0;: après un redémarrage, PurgeDesk le redemande là où s&apos;affichent les zones, jusqu&apos;à ce que le trousseau du système puisse le garder (enregistrez-le alors à nouveau ici).</translation>
    </message>
    <message>
        <source>%1
The account was not saved. Use the secret for this session only (kept in memory, never written anywhere), or Save again once the keychain works.</source>
        <translation>%1
Le compte n&apos;a pas été enregistré. Utilisez le secret pour cette session uniquement (gardé en mémoire, jamais écrit nulle part), ou enregistrez à nouveau dès que le trousseau fonctionne.</translation>
    </message>
    <message>
        <source>Create a token in Cloudflare&apos;s dashboard (My Profile &gt; API Tokens) with Zone &gt; Cache Purge &gt; Purge, and Zone &gt; Zone &gt; Read to pick zones by name.</source>
        <translation>Créez un jeton dans le tableau de bord de Cloudflare (My Profile &gt; API Tokens) avec Zone &gt; Cache Purge &gt; Purge, et Zone &gt; Zone &gt; Read pour choisir les zones par leur nom.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only, never written anywhere.</source>
        <translation>Le secret n&apos;est gardé en mémoire que pour cette session, jamais écrit nulle part.</translation>
    </message>
    <message>
        <source>The secret is kept only in the system keychain.</source>
        <translation>Le secret n&apos;est conservé que dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::BatchTableModel</name>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (élément %2)</translation>
    </message>
    <message>
        <source>%1 (items %2-%3)</source>
        <translation>%1 (éléments %2 à %3)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Purge ID or error</source>
        <translation>ID de purge ou erreur</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::CheckedUrlsView</name>
    <message>
        <source>URLs checked after the selected purge</source>
        <translation>URL vérifiées après la purge sélectionnée</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ConfirmZoneDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; removes every cached file of &lt;b&gt;%2&lt;/b&gt; from Cloudflare&apos;s cache. Until the cache fills again, every request goes to your origin server.&lt;/p&gt;&lt;p&gt;Type &lt;b&gt;%2&lt;/b&gt; to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; retire du cache de Cloudflare tous les fichiers en cache de &lt;b&gt;%2&lt;/b&gt;. Jusqu&apos;à ce que le cache se remplisse à nouveau, chaque requête va à votre serveur d&apos;origine.&lt;/p&gt;&lt;p&gt;Tapez &lt;b&gt;%2&lt;/b&gt; pour confirmer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zone name to confirm</source>
        <translation>Nom de la zone pour confirmer</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::DesktopNotifier</name>
    <message>
        <source>Show PurgeDesk</source>
        <translation>Afficher PurgeDesk</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HelpBox</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>PurgeDesk Help</source>
        <translation>Aide de PurgeDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Purging in four steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose the &lt;b&gt;account&lt;/b&gt; and the &lt;b&gt;zone&lt;/b&gt; (type to search).&lt;/li&gt;&lt;li&gt;Choose what to purge by: URLs, hostnames, cache tags, prefixes, or everything; and the mode: &lt;b&gt;Purge&lt;/b&gt; removes cached copies, &lt;b&gt;Invalidate&lt;/b&gt; marks them stale.&lt;/li&gt;&lt;li&gt;Paste, type or import the list (a text, CSV or sitemap.xml file; or drop one). Lines with a marker need a look: hover for the reason, or press F8 to go to the next error and read it above the list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Preview&lt;/b&gt; shows the exact requests; &lt;b&gt;Purge&lt;/b&gt; sends them, paced under your plan&apos;s rate limits. Failed items can be retried.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Accounts &amp;gt; Manage Accounts adds a Cloudflare API token (kept in the system keychain). Until then PurgeDesk uses a local sandbox that answers like Cloudflare.&lt;/p&gt;&lt;p&gt;A purge you repeat: save the form as a preset; its &lt;b&gt;Run&lt;/b&gt; button in the Presets panel purges it again in one click (purge everything still asks for the zone&apos;s name).&lt;/p&gt;&lt;h4&gt;Shortcuts&lt;/h4&gt;</source>
        <translation>&lt;h3&gt;Purger en quatre étapes&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choisissez le &lt;b&gt;compte&lt;/b&gt; et la &lt;b&gt;zone&lt;/b&gt; (tapez pour chercher).&lt;/li&gt;&lt;li&gt;Choisissez par quoi purger&#xa0;: URL, noms d&apos;hôte, tags de cache, préfixes, ou tout&#xa0;; et le mode&#xa0;: &lt;b&gt;Purger&lt;/b&gt; retire les copies en cache, &lt;b&gt;Invalider&lt;/b&gt; les marque comme périmées.&lt;/li&gt;&lt;li&gt;Collez, tapez ou importez la liste (un fichier texte, CSV ou sitemap.xml&#xa0;; ou déposez-en un). Les lignes marquées méritent un coup d&apos;œil&#xa0;: survolez-les pour voir la raison, ou appuyez sur F8 pour aller à l&apos;erreur suivante et lire sa raison au-dessus de la liste.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aperçu&lt;/b&gt; montre les requêtes exactes&#xa0;; &lt;b&gt;Purger&lt;/b&gt; les envoie, cadencées sous les limites de débit de votre offre. Les éléments en échec peuvent être réessayés.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Comptes &amp;gt; Gérer les comptes ajoute un jeton d&apos;API Cloudflare (gardé dans le trousseau du système). D&apos;ici là, PurgeDesk utilise un bac à sable local qui répond comme Cloudflare.&lt;/p&gt;&lt;p&gt;Une purge que vous répétez&#xa0;: enregistrez le formulaire comme préréglage&#xa0;; son bouton &lt;b&gt;Lancer&lt;/b&gt; dans le panneau des préréglages la purge à nouveau en un clic (tout purger demande toujours le nom de la zone).&lt;/p&gt;&lt;h4&gt;Raccourcis&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Indifférente</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Purge by</source>
        <translation>Purger par</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Search zones, items, accounts...</source>
        <translation>Rechercher zones, éléments, comptes...</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>jus&amp;qu&apos;au</translation>
    </message>
    <message>
        <source>Show every purge again</source>
        <translation>Afficher à nouveau toutes les purges</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryPanel</name>
    <message>
        <source>Purges, newest first</source>
        <translation>Purges, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Selected purge</source>
        <translation>Purge sélectionnée</translation>
    </message>
    <message>
        <source>Select a purge to see its requests and items.</source>
        <translation>Sélectionnez une purge pour voir ses requêtes et ses éléments.</translation>
    </message>
    <message>
        <source>Items of the selected purge</source>
        <translation>Éléments de la purge sélectionnée</translation>
    </message>
    <message>
        <source>Requests of the selected purge</source>
        <translation>Requêtes de la purge sélectionnée</translation>
    </message>
    <message>
        <source>Details of the selected purge</source>
        <translation>Détails de la purge sélectionnée</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>Ru&amp;n Again</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>Load this purge&apos;s zone, action, mode and items into the purge form</source>
        <translation>Charger la zone, le type, le mode et les éléments de cette purge dans le formulaire de purge</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Ré&amp;essayer les échecs</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Opening the history...</source>
        <translation>Ouverture de l&apos;historique...</translation>
    </message>
    <message>
        <source>Searching the history...</source>
        <translation>Recherche dans l&apos;historique...</translation>
    </message>
    <message>
        <source>No purges recorded yet.</source>
        <translation>Aucune purge enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No purge matches the filters.</source>
        <translation>Aucune purge ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidation</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>%1 of everything</source>
        <translation>%1 de tout le contenu</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarrée le %1</translation>
    </message>
    <message>
        <source>, took %1.</source>
        <translation>, durée %1.</translation>
    </message>
    <message>
        <source>%1 %2, %3 failed, %4 not sent.</source>
        <translation>%2&#xa0;: %1 réussis, %3 en échec, %4 non envoyés.</translation>
    </message>
    <message>
        <source>Account %1 · zone ID %2 · from %3.</source>
        <translation>Compte %1 · ID de zone %2 · source&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Éléments (%1)</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Requêtes (%1)</translation>
    </message>
    <message>
        <source>Export Selected Purges</source>
        <translation>Exporter les purges sélectionnées</translation>
    </message>
    <message>
        <source>Export Purges</source>
        <translation>Exporter les purges</translation>
    </message>
    <message>
        <source>CSV, one row per purge (*.csv);;JSON, with requests and items (*.json)</source>
        <translation>CSV, une ligne par purge (*.csv);;JSON, avec requêtes et éléments (*.json)</translation>
    </message>
    <message>
        <source>Select the purges to export first.</source>
        <translation>Sélectionnez d&apos;abord les purges à exporter.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportation vers %1...</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2. Nothing was written.</source>
        <translation>L&apos;exportation vers %1 a échoué&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Only fa&amp;iled or not sent items</source>
        <translation>Seulement les éléments en échec ou &amp;non envoyés</translation>
    </message>
    <message>
        <source>Show only the items of the purge that were not purged</source>
        <translation>Afficher uniquement les éléments de la purge qui n&apos;ont pas été purgés</translation>
    </message>
    <message>
        <source>Purge again only the items that were not purged (failed or not sent)</source>
        <translation>Purger à nouveau uniquement les éléments qui n&apos;ont pas été purgés (en échec ou non envoyés)</translation>
    </message>
    <message>
        <source>Save as P&amp;reset...</source>
        <translation>Enregistrer comme p&amp;réréglage...</translation>
    </message>
    <message>
        <source>Keep this purge&apos;s zone, action, mode and items as a preset, to run it again in one click</source>
        <translation>Garder la zone, le type, le mode et les éléments de cette purge comme préréglage, pour la relancer en un clic</translation>
    </message>
    <message>
        <source>Export &amp;Selected Purges...</source>
        <translation>Exporter les purges &amp;sélectionnées...</translation>
    </message>
    <message>
        <source>Export &amp;All Matching Purges...</source>
        <translation>Exporter &amp;toutes les purges correspondantes...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) older than the retention setting were removed.</source>
        <translation>
            <numerusform>%Ln purge plus ancienne que la durée de conservation a été supprimée.</numerusform>
            <numerusform>%Ln purges plus anciennes que la durée de conservation ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;All Purges...</source>
        <translation>Exporter &amp;toutes les purges...</translation>
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
            <numerusform>%Ln purge correspond</numerusform>
            <numerusform>%Ln purges correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purge(s) selected. Export saves them to a file.</source>
        <translation>
            <numerusform>%Ln purge sélectionnée. Exporter l&apos;enregistre dans un fichier.</numerusform>
            <numerusform>%Ln purges sélectionnées. Exporter les enregistre dans un fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items (%1 of %2)</source>
        <translation>Éléments (%1 sur %2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln purge(s) to %1.</source>
        <translation>
            <numerusform>%Ln purge exportée vers %1.</numerusform>
            <numerusform>%Ln purges exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked URLs</source>
        <translation>URL vérifiées</translation>
    </message>
    <message>
        <source>Checked URLs (%1)</source>
        <translation>URL vérifiées (%1)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::HistoryText</name>
    <message>
        <source>Verified %1: %2.</source>
        <translation>Vérification du %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Warm-up: %1.</source>
        <translation>Préchauffage&#xa0;: %1.</translation>
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
        <translation>Élément</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Purge ID</source>
        <translation>ID de purge</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ListEditor</name>
    <message>
        <source>Line %1 cannot be purged:</source>
        <translation>La ligne %1 ne peut pas être purgée&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1 will be purged, but check it:</source>
        <translation>La ligne %1 sera purgée, mais vérifiez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1 was corrected:</source>
        <translation>La ligne %1 a été corrigée&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1 repeats line %2 and is sent once.</source>
        <translation>La ligne %1 répète la ligne %2 et n&apos;est envoyée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Envoyée sous la forme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ListFix</name>
    <message>
        <source>One URL per line, e.g. https://example.com/app.js (cache-key headers may follow the URL: “CF-Device-Type: mobile”).</source>
        <translation>Une URL par ligne, p. ex. https://example.com/app.js (des en-têtes de clé de cache peuvent suivre l&apos;URL&#xa0;: «&#xa0;CF-Device-Type: mobile&#xa0;»).</translation>
    </message>
    <message>
        <source>One hostname per line, e.g. www.example.com (no https://, path or port).</source>
        <translation>Un nom d&apos;hôte par ligne, p. ex. www.example.com (sans https://, chemin ni port).</translation>
    </message>
    <message>
        <source>One cache tag per line, as your origin sends them in Cache-Tag headers.</source>
        <translation>Un tag de cache par ligne, tels que votre serveur d&apos;origine les envoie dans les en-têtes Cache-Tag.</translation>
    </message>
    <message>
        <source>One URL prefix per line, e.g. www.example.com/blog/ (no https://, query or fragment).</source>
        <translation>Un préfixe d&apos;URL par ligne, p. ex. www.example.com/blog/ (sans https://, requête ni fragment).</translation>
    </message>
    <message>
        <source>Purge everything needs no list: every cached file of the zone is removed. The list is kept for later.</source>
        <translation>Tout purger ne demande aucune liste&#xa0;: tous les fichiers en cache de la zone sont retirés. La liste est gardée pour plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln Wildcard Line(s) as Prefixes</source>
        <translation>
            <numerusform>Purger %Ln ligne à caractère générique comme préfixe</numerusform>
            <numerusform>Purger %Ln lignes à caractère générique comme préfixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add https://%1 to %Ln Line(s)</source>
        <translation>
            <numerusform>Ajouter https://%1 à %Ln ligne</numerusform>
            <numerusform>Ajouter https://%1 à %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln URL(s) to Prefixes</source>
        <translation>
            <numerusform>Convertir %Ln URL en préfixe</numerusform>
            <numerusform>Convertir %Ln URL en préfixes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloudflare has no wildcards in URL purges: https://example.com/blog/* becomes the prefix example.com/blog/, which every plan can purge. The list switches to Prefixes (Undo takes it back).</source>
        <translation>Cloudflare n&apos;accepte pas de caractères génériques pour purger par URL&#xa0;: https://example.com/blog/* devient le préfixe example.com/blog/, que toutes les offres peuvent purger. La liste passe en Préfixes (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Turns a relative URL such as /app.js into https://%1/app.js (Undo takes it back)</source>
        <translation>Transforme une URL relative comme /app.js en https://%1/app.js (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Turns each URL into a prefix: its host and path, without https:// or a query (Undo takes it back)</source>
        <translation>Transforme chaque URL en préfixe&#xa0;: son hôte et son chemin, sans https:// ni requête (Annuler revient en arrière)</translation>
    </message>
    <message numerus="yes">
        <source>Added https://%1 to %Ln relative URL(s). Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>https://%1 ajouté à %Ln URL relative. Annuler (Ctrl+Z) revient en arrière.</numerusform>
            <numerusform>https://%1 ajouté à %Ln URL relatives. Annuler (Ctrl+Z) revient en arrière.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln URL(s) to prefixes. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>%Ln URL convertie en préfixe. Annuler (Ctrl+Z) rétablit l&apos;URL.</numerusform>
            <numerusform>%Ln URL converties en préfixes. Annuler (Ctrl+Z) rétablit les URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purging by prefix: %Ln URL(s) converted; a prefix purges its path and everything under it. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>Purge par préfixe&#xa0;: %Ln URL convertie&#xa0;; un préfixe purge son chemin et tout ce qui se trouve en dessous. Annuler (Ctrl+Z) rétablit les URL.</numerusform>
            <numerusform>Purge par préfixe&#xa0;: %Ln URL converties&#xa0;; un préfixe purge son chemin et tout ce qui se trouve en dessous. Annuler (Ctrl+Z) rétablit les URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Convert %Ln URL(s) to Hostnames</source>
        <translation>
            <numerusform>Convertir %Ln URL en nom d&apos;hôte</numerusform>
            <numerusform>Convertir %Ln URL en noms d&apos;hôte</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeps the hostname of each URL, once (Undo takes it back)</source>
        <translation>Garde le nom d&apos;hôte de chaque URL, une seule fois (Annuler revient en arrière)</translation>
    </message>
    <message numerus="yes">
        <source>Converted %Ln URL(s) to hostnames. Undo (Ctrl+Z) brings the URLs back.</source>
        <translation>
            <numerusform>%Ln URL convertie en nom d&apos;hôte. Annuler (Ctrl+Z) rétablit l&apos;URL.</numerusform>
            <numerusform>%Ln URL converties en noms d&apos;hôte. Annuler (Ctrl+Z) rétablit les URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge All %Ln URL(s) as Prefixes</source>
        <translation>
            <numerusform>Purger toutes les %Ln URL comme préfixe</numerusform>
            <numerusform>Purger toutes les %Ln URL comme préfixes</numerusform>
        </translation>
    </message>
    <message>
        <source>The other URLs become prefixes too, since a purge takes one kind of item; a URL with a query loses it, and its prefix then purges everything under its path.</source>
        <translation>Les autres URL deviennent aussi des préfixes, car une purge ne prend qu&apos;un type d&apos;élément&#xa0;; une URL avec une requête la perd, et son préfixe purge alors tout ce qui se trouve sous son chemin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a query, which a prefix cannot hold: each now purges everything under its path.</source>
        <translation>
            <numerusform>%Ln d&apos;entre elles avait une requête, qu&apos;un préfixe ne peut pas contenir&#xa0;: elle purge maintenant tout ce qui se trouve sous son chemin.</numerusform>
            <numerusform>%Ln d&apos;entre elles avaient une requête, qu&apos;un préfixe ne peut pas contenir&#xa0;: chacune purge maintenant tout ce qui se trouve sous son chemin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::MainWindow</name>
    <message>
        <source>Current account</source>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <source>Rate limit state</source>
        <translation>État de la limite de débit</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Purge and History</source>
        <translation>Purge et historique</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Choose a zone and what to purge (Ctrl+1)</source>
        <translation>Choisir une zone et ce qu&apos;il faut purger (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every purge made with PurgeDesk (Ctrl+H)</source>
        <translation>Toutes les purges faites avec PurgeDesk (Ctrl+H)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Find P&amp;reset</source>
        <translation>Chercher un p&amp;réréglage</translation>
    </message>
    <message>
        <source>Presets Pa&amp;nel</source>
        <translation>&amp;Panneau des préréglages</translation>
    </message>
    <message>
        <source>Retrying the purge of everything in %1 from %2.</source>
        <translation>Nouvelle tentative de la purge de tout le contenu de %1 du %2.</translation>
    </message>
    <message>
        <source>Loaded the purge of everything in %1 from %2.</source>
        <translation>La purge de tout le contenu de %1 du %2 a été chargée.</translation>
    </message>
    <message>
        <source>The purge of %1 was made with the account “%2”, which is no longer in PurgeDesk. Its list is loaded: choose an account and the zone %3 to purge it.</source>
        <translation>La purge du %1 a été faite avec le compte «&#xa0;%2&#xa0;», qui n&apos;est plus dans PurgeDesk. Sa liste est chargée&#xa0;: choisissez un compte et la zone %3 pour la purger.</translation>
    </message>
    <message>
        <source>The retry</source>
        <translation>La nouvelle tentative</translation>
    </message>
    <message>
        <source>Opened the preset “%1” (zone %2).</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» ouvert (zone %2).</translation>
    </message>
    <message>
        <source>The preset “%1” names no account (it was saved on the command line). Its list is loaded: choose an account and the zone %2, then update the preset.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» ne désigne aucun compte (il a été enregistré en ligne de commande). Sa liste est chargée&#xa0;: choisissez un compte et la zone %2, puis mettez le préréglage à jour.</translation>
    </message>
    <message>
        <source>The preset “%1” uses the account “%2”, which is not in PurgeDesk. Its list is loaded: choose an account and the zone %3, then update the preset.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» utilise le compte «&#xa0;%2&#xa0;», qui n&apos;est pas dans PurgeDesk. Sa liste est chargée&#xa0;: choisissez un compte et la zone %3, puis mettez le préréglage à jour.</translation>
    </message>
    <message>
        <source>The preset “%1”</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PurgeDesk — Sandbox</source>
        <translation>PurgeDesk — Bac à sable</translation>
    </message>
    <message>
        <source>PurgeDesk — %1</source>
        <translation>PurgeDesk — %1</translation>
    </message>
    <message>
        <source>Sandbox on this computer</source>
        <translation>Bac à sable sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>global API key</source>
        <translation>clé API globale</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>jeton d&apos;API</translation>
    </message>
    <message>
        <source>Rate limit: ready</source>
        <translation>Limite de débit&#xa0;: prête</translation>
    </message>
    <message>
        <source>Rate limit: reached, waiting</source>
        <translation>Limite de débit&#xa0;: atteinte, attente</translation>
    </message>
    <message>
        <source>Rate limit: pacing requests</source>
        <translation>Limite de débit&#xa0;: requêtes cadencées</translation>
    </message>
    <message numerus="yes">
        <source>%n × 429 this session</source>
        <translation>
            <numerusform>%n × 429 pendant cette session</numerusform>
            <numerusform>%n × 429 pendant cette session</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit PurgeDesk</source>
        <translation>Quitter PurgeDesk</translation>
    </message>
    <message>
        <source>A purge is running. Requests not yet sent are not sent if you quit (the history records them as not sent).</source>
        <translation>Une purge est en cours. Les requêtes pas encore envoyées ne le seront pas si vous quittez (l&apos;historique les note comme non envoyées).</translation>
    </message>
    <message>
        <source>Cancel Purge and Quit</source>
        <translation>Annuler la purge et quitter</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Import finished, with problems</source>
        <translation>Importation terminée, avec des problèmes</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a list from a file</source>
        <translation>Importer une liste depuis un fichier</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Trim spaces, remove duplicate and blank lines</source>
        <translation>Retirer les espaces superflus, les lignes en double et les lignes vides</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the requests Purge would send, without sending them</source>
        <translation>Afficher les requêtes que Purger enverrait, sans les envoyer</translation>
    </message>
    <message>
        <source>Purge the list</source>
        <translation>Purger la liste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running purge</source>
        <translation>Annuler la purge en cours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message numerus="yes">
        <source>Retrying the %Ln item(s) that the purge of %1 did not purge in %2.</source>
        <translation>
            <numerusform>Nouvelle tentative pour %Ln élément que la purge du %1 n&apos;a pas purgé dans %2.</numerusform>
            <numerusform>Nouvelle tentative pour les %Ln éléments que la purge du %1 n&apos;a pas purgés dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded the %Ln item(s) of the purge of %1 in %2.</source>
        <translation>
            <numerusform>%Ln élément de la purge du %1 dans %2 a été chargé.</numerusform>
            <numerusform>Les %Ln éléments de la purge du %1 dans %2 ont été chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge finished, with problems</source>
        <translation>Purge terminée, avec des problèmes</translation>
    </message>
    <message>
        <source>Purge finished</source>
        <translation>Purge terminée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 sur %Ln élément</numerusform>
            <numerusform>%1 sur %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification finished: not all fresh</source>
        <translation>Vérification terminée&#xa0;: tout n&apos;est pas à jour</translation>
    </message>
    <message>
        <source>Verification finished</source>
        <translation>Vérification terminée</translation>
    </message>
    <message>
        <source>The preset “%1” (zone %2): its run is shown below.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» (zone %2)&#xa0;: son exécution est affichée ci-dessous.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::MoreZonesButton</name>
    <message>
        <source>More Zones...</source>
        <translation>Autres zones...</translation>
    </message>
    <message numerus="yes">
        <source>In %n More Zone(s)...</source>
        <translation>
            <numerusform>Dans %n autre zone...</numerusform>
            <numerusform>Dans %n autres zones...</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge these in further zones of the account too</source>
        <translation>Purger aussi dans d&apos;autres zones du compte</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Aussi dans&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetDelegate</name>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetListModel</name>
    <message>
        <source>Not run yet.</source>
        <translation>Pas encore lancé.</translation>
    </message>
    <message>
        <source>Last run %1: %2.</source>
        <translation>Dernière exécution le %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetText</name>
    <message>
        <source>everything</source>
        <translation>tout le contenu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>aucun compte</translation>
    </message>
    <message>
        <source>Invalidate %1</source>
        <translation>Invalider %1</translation>
    </message>
    <message>
        <source>%1 %2 in %3 · %4</source>
        <translation>%1 %2 dans %3 · %4</translation>
    </message>
    <message>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>%1 names no account: it was saved on the command line, for the credentials in its environment. Open it, choose an account, and Update it.</source>
        <translation>%1 ne désigne aucun compte&#xa0;: il a été enregistré en ligne de commande, pour les identifiants de son environnement. Ouvrez-le, choisissez un compte et mettez-le à jour.</translation>
    </message>
    <message>
        <source>%1 uses the account %2, which is not in PurgeDesk. Add it (Accounts &gt; Manage Accounts), or open the preset, choose an account, and Update it.</source>
        <translation>%1 utilise le compte %2, qui n&apos;est pas dans PurgeDesk. Ajoutez-le (Comptes &gt; Gérer les comptes), ou ouvrez le préréglage, choisissez un compte et mettez-le à jour.</translation>
    </message>
    <message>
        <source>No account (saved for the command line)</source>
        <translation>Aucun compte (enregistré pour la ligne de commande)</translation>
    </message>
    <message>
        <source>Account %1 is not in PurgeDesk</source>
        <translation>Le compte %1 n&apos;est pas dans PurgeDesk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s)</source>
        <translation>
            <numerusform>%Ln préréglage</numerusform>
            <numerusform>%Ln préréglages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetTransfer</name>
    <message>
        <source>Sandbox (local, not Cloudflare)</source>
        <translation>Bac à sable (local, pas Cloudflare)</translation>
    </message>
    <message>
        <source>No account (for the command line&apos;s environment credentials)</source>
        <translation>Aucun compte (pour les identifiants de l&apos;environnement de la ligne de commande)</translation>
    </message>
    <message>
        <source>Keep %1 (add that account later)</source>
        <translation>Garder %1 (ajouter ce compte plus tard)</translation>
    </message>
    <message>
        <source>%1 names no account (saved on the command line). Which account should it use?</source>
        <translation>%1&#xa0;: aucun compte désigné (enregistré en ligne de commande). Quel compte utiliser&#xa0;?</translation>
    </message>
    <message>
        <source>%1 uses the account %2, which is not in PurgeDesk. Which account should it use?</source>
        <translation>%1&#xa0;: le compte %2 n&apos;est pas dans PurgeDesk. Quel compte utiliser&#xa0;?</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importer des préréglages</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>remplacés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 kept both under a new name</source>
        <translation>gardés en double sous un nouveau nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Importation depuis %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>... and %1 more (Show Details).</source>
        <translation>... et %1 de plus (Afficher les détails).</translation>
    </message>
    <message>
        <source>PurgeDesk presets (*.json);;All files (*)</source>
        <translation>Préréglages PurgeDesk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Presets</source>
        <translation>Exporter des préréglages</translation>
    </message>
    <message>
        <source>PurgeDesk presets (*.json)</source>
        <translation>Préréglages PurgeDesk (*.json)</translation>
    </message>
    <message>
        <source>Presets cannot be imported: the presets file cannot be changed by this version.</source>
        <translation>Impossible d&apos;importer des préréglages&#xa0;: cette version ne peut pas modifier le fichier des préréglages.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>l&apos;importation de %1</translation>
    </message>
    <message>
        <source>Select the presets to export.</source>
        <translation>Sélectionnez les préréglages à exporter.</translation>
    </message>
    <message>
        <source>There are no presets to export.</source>
        <translation>Il n&apos;y a aucun préréglage à exporter.</translation>
    </message>
    <message>
        <source>Exported %1 to %2. The file holds no secrets: accounts are named, their tokens stay in the keychain.</source>
        <translation>Exportation de %1 vers %2. Le fichier ne contient aucun secret&#xa0;: les comptes sont nommés, leurs jetons restent dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in this file</source>
        <translation>
            <numerusform>%Ln préréglage de ce fichier</numerusform>
            <numerusform>%Ln préréglages de ce fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in the file were rejected.</source>
        <translation>
            <numerusform>%Ln préréglage du fichier a été rejeté.</numerusform>
            <numerusform>%Ln préréglages du fichier ont été rejetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) in %1 were not imported:</source>
        <translation>
            <numerusform>%Ln préréglage de %1 n&apos;a pas été importé&#xa0;:</numerusform>
            <numerusform>%Ln préréglages de %1 n&apos;ont pas été importés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PresetsPanel</name>
    <message>
        <source>The presets could not be read.</source>
        <translation>Les préréglages n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>A purge is running: presets run once it has finished or is cancelled</source>
        <translation>Une purge est en cours&#xa0;: les préréglages se lancent quand elle est terminée ou annulée</translation>
    </message>
    <message>
        <source>Purge what the selected preset holds (Enter or double-click)</source>
        <translation>Purger le contenu du préréglage sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>The presets cannot be shown (see below).</source>
        <translation>Les préréglages ne peuvent pas être affichés (voir ci-dessous).</translation>
    </message>
    <message>
        <source>No preset matches %1.</source>
        <translation>Aucun préréglage ne correspond à %1.</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The presets were changed outside this window (by purgedesk-cli, for example); the list shows them as they are now.</source>
        <translation>Les préréglages ont été modifiés hors de cette fenêtre (par purgedesk-cli, par exemple)&#xa0;; la liste les montre tels qu&apos;ils sont maintenant.</translation>
    </message>
    <message>
        <source>A purge is running: wait for it to finish, or cancel it, then run the preset.</source>
        <translation>Une purge est en cours&#xa0;: attendez qu&apos;elle se termine, ou annulez-la, puis lancez le préréglage.</translation>
    </message>
    <message>
        <source>Nothing was purged.</source>
        <translation>Rien n&apos;a été purgé.</translation>
    </message>
    <message>
        <source>Opened %1 in the purge form. Change it there, then Update it here (More &gt; Update from Purge Form).</source>
        <translation>%1 ouvert dans le formulaire de purge. Modifiez-le là, puis mettez-le à jour ici (Plus &gt; Mettre à jour depuis le formulaire).</translation>
    </message>
    <message>
        <source>Presets cannot be saved: the presets file cannot be changed by this version.</source>
        <translation>Impossible d&apos;enregistrer des préréglages&#xa0;: cette version ne peut pas modifier le fichier des préréglages.</translation>
    </message>
    <message>
        <source>The purge form cannot be saved as a preset yet: %1</source>
        <translation>Le formulaire de purge ne peut pas encore être enregistré comme préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 everything</source>
        <translation>%1 tout</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>It also runs from a script: purgedesk-cli preset run &quot;%1&quot;</source>
        <translation>Il se lance aussi depuis un script&#xa0;: purgedesk-cli preset run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replacing %1</source>
        <translation>remplace %1</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 n&apos;a pas été mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds what the purge form holds.</source>
        <translation>%1 contient déjà ce que contient le formulaire de purge.</translation>
    </message>
    <message>
        <source>Updated %1: %2.</source>
        <translation>%1 mis à jour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the update of %1</source>
        <translation>la mise à jour de %1</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 was not renamed: %2</source>
        <translation>%1 n&apos;a pas été renommé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renommé en %2.</translation>
    </message>
    <message>
        <source>Duplicated %1 as %2.</source>
        <translation>%1 dupliqué en %2.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>the deletion of %1</source>
        <translation>la suppression de %1</translation>
    </message>
    <message>
        <source>Moved %1.</source>
        <translation>%1 déplacé.</translation>
    </message>
    <message>
        <source>Moved %1 %2.</source>
        <translation>%1 déplacé vers le %2.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>No presets yet.

Set up a purge, then press %1 to keep it here: a preset runs again in one click.</source>
        <translation>Aucun préréglage pour l&apos;instant.

Préparez une purge, puis appuyez sur %1 pour la garder ici&#xa0;: un préréglage se relance en un clic.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln preset(s) now use the renamed account %1.</source>
        <translation>
            <numerusform>%Ln préréglage utilise désormais le compte renommé %1.</numerusform>
            <numerusform>%Ln préréglages utilisent désormais le compte renommé %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No presets yet.

%1 keeps one.</source>
        <translation>Aucun préréglage.

%1 en garde un.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PreviewDialog</name>
    <message>
        <source>Preview: the requests Purge would send</source>
        <translation>Aperçu&#xa0;: les requêtes que Purger enverrait</translation>
    </message>
    <message>
        <source>Nothing has been sent. %1. Each request below is sent exactly like this; the secret is added as a header and is never shown.</source>
        <translation>Rien n&apos;a été envoyé. %1. Chaque requête ci-dessous est envoyée exactement ainsi&#xa0;; le secret est ajouté en en-tête et n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Requête %1</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en commande &amp;curl</translation>
    </message>
    <message>
        <source>The command reads the secret from $CLOUDFLARE_API_TOKEN (or $CLOUDFLARE_EMAIL and $CLOUDFLARE_API_KEY); it never contains it.</source>
        <translation>La commande lit le secret dans $CLOUDFLARE_API_TOKEN (ou $CLOUDFLARE_EMAIL et $CLOUDFLARE_API_KEY)&#xa0;; elle ne le contient jamais.</translation>
    </message>
    <message>
        <source>Copy &amp;Body</source>
        <translation>Copier le c&amp;orps</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 · %Ln item(s)</source>
        <translation>
            <numerusform>Requête %1 · %Ln élément</numerusform>
            <numerusform>Requête %1 · %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 · %2 · %Ln item(s)</source>
        <translation>
            <numerusform>Requête %1 · %2 · %Ln élément</numerusform>
            <numerusform>Requête %1 · %2 · %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation>Requête %1 · %2</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PurgeForm</name>
    <message>
        <source>Paste or type the list here, or drop a text, CSV or sitemap.xml file.</source>
        <translation>Collez ou tapez la liste ici, ou déposez un fichier texte, CSV ou sitemap.xml.</translation>
    </message>
    <message>
        <source>Loading zones... %1 of %2</source>
        <translation>Chargement des zones... %1 sur %2</translation>
    </message>
    <message>
        <source>Checking the list...</source>
        <translation>Vérification de la liste...</translation>
    </message>
    <message>
        <source>No errors in the list.</source>
        <translation>Aucune erreur dans la liste.</translation>
    </message>
    <message>
        <source>Sandbox (local, not Cloudflare)</source>
        <translation>Bac à sable (local, pas Cloudflare)</translation>
    </message>
    <message>
        <source>A&amp;dd Cloudflare Account...</source>
        <translation>A&amp;jouter un compte Cloudflare...</translation>
    </message>
    <message>
        <source>Manage Acc&amp;ounts...</source>
        <translation>Gérer &amp;les comptes...</translation>
    </message>
    <message>
        <source>Reading the secret from the system keychain...</source>
        <translation>Lecture du secret dans le trousseau du système...</translation>
    </message>
    <message>
        <source>Loading zones...</source>
        <translation>Chargement des zones...</translation>
    </message>
    <message>
        <source>The list is loaded, but the zone %1 is not among this account&apos;s zones. Choose the zone to purge in.</source>
        <translation>La liste est chargée, mais la zone %1 ne fait pas partie des zones de ce compte. Choisissez la zone où purger.</translation>
    </message>
    <message>
        <source>This account reaches no zones. Paste a zone ID if you have one.</source>
        <translation>Ce compte n&apos;atteint aucune zone. Collez un ID de zone si vous en avez un.</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare listed %n zone(s) without an ID or a name; they are not offered.</source>
        <translation>
            <numerusform>Cloudflare a listé %n zone sans ID ni nom&#xa0;; elle n&apos;est pas proposée.</numerusform>
            <numerusform>Cloudflare a listé %n zones sans ID ni nom&#xa0;; elles ne sont pas proposées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the zone&apos;s details...</source>
        <translation>Lecture des détails de la zone...</translation>
    </message>
    <message>
        <source>Zone ID (its details cannot be read with this token: the Free plan&apos;s limits are assumed)</source>
        <translation>ID de zone (ses détails ne peuvent pas être lus avec ce jeton&#xa0;: les limites de l&apos;offre Free s&apos;appliquent)</translation>
    </message>
    <message>
        <source>Removes the cached copies; the next visitor&apos;s request goes to your origin.</source>
        <translation>Retire les copies en cache&#xa0;; la prochaine requête d&apos;un visiteur va à votre serveur d&apos;origine.</translation>
    </message>
    <message>
        <source>Marks the cached copies stale; Cloudflare revalidates them with your origin (a 304 keeps the cached copy).</source>
        <translation>Marque les copies en cache comme périmées&#xa0;; Cloudflare les revalide auprès de votre serveur d&apos;origine (un 304 garde la copie en cache).</translation>
    </message>
    <message>
        <source>F8 goes to the next error</source>
        <translation>F8 va à l&apos;erreur suivante</translation>
    </message>
    <message>
        <source>Import a List</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.tsv *.xml *.list);;Sitemaps (*.xml);;All files (*)</source>
        <translation>Listes (*.txt *.csv *.tsv *.xml *.list);;Sitemaps (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Sitemap</source>
        <translation>Importer un sitemap</translation>
    </message>
    <message>
        <source>Address of a sitemap or sitemap index (https://...):</source>
        <translation>Adresse d&apos;un sitemap ou d&apos;un index de sitemaps (https://...)&#xa0;:</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The list holds URLs, so Purge by is now URLs.</source>
        <translation>La liste contient des URL, donc «&#xa0;Purger par&#xa0;» vaut maintenant URL.</translation>
    </message>
    <message>
        <source>Nothing to import: %1 holds no items.</source>
        <translation>Rien à importer&#xa0;: %1 ne contient aucun élément.</translation>
    </message>
    <message>
        <source>Waiting for the account...</source>
        <translation>En attente du compte...</translation>
    </message>
    <message>
        <source>Choose a zone.</source>
        <translation>Choisissez une zone.</translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n line(s) marked as errors to purge.</source>
        <translation>
            <numerusform>Corrigez ou retirez la ligne marquée en erreur pour purger.</numerusform>
            <numerusform>Corrigez ou retirez les %n lignes marquées en erreur pour purger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <source>%1 Everything...</source>
        <translation>%1 tout...</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) in the list brings back what it held before.</source>
        <translation>Annuler (Ctrl+Z) dans la liste rétablit ce qu&apos;elle contenait avant.</translation>
    </message>
    <message>
        <source>Paste the global API key to use it for this session</source>
        <translation>Collez la clé API globale pour l&apos;utiliser pendant cette session</translation>
    </message>
    <message>
        <source>Paste the API token to use it for this session</source>
        <translation>Collez le jeton d&apos;API pour l&apos;utiliser pendant cette session</translation>
    </message>
    <message>
        <source>The secret of %1 is kept for this session only: PurgeDesk asks for it again after a restart, unless the system keychain can store it (Accounts &gt; Manage Accounts).</source>
        <translation>Le secret de %1 n&apos;est gardé que pour cette session&#xa0;: PurgeDesk le redemande après un redémarrage, sauf si le trousseau du système peut l&apos;enregistrer (Comptes &gt; Gérer les comptes).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in %n zone(s): %3; %4, %5</source>
        <translation>
            <numerusform>%1 %2 dans %n zone&#xa0;: %3&#xa0;; %4, %5</numerusform>
            <numerusform>%1 %2 dans %n zones&#xa0;: %3&#xa0;; %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 in %n Zone(s)</source>
        <translation>
            <numerusform>%1 %2 %3 dans %n zone</numerusform>
            <numerusform>%1 %2 %3 dans %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2, %3</source>
        <translation>%1&#xa0;; %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Everything in %n zone(s): %1</source>
        <translation>
            <numerusform>Tout dans %n zone&#xa0;: %1</numerusform>
            <numerusform>Tout dans %n zones&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 in each of %n zone(s): %3</source>
        <translation>
            <numerusform>%1 %2 dans %n zone&#xa0;: %3</numerusform>
            <numerusform>%1 %2 dans chacune des %n zones&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch to %1 for %Ln Line(s)...</source>
        <translation>
            <numerusform>Passer à %1 pour %Ln ligne...</numerusform>
            <numerusform>Passer à %1 pour %Ln lignes...</numerusform>
        </translation>
    </message>
    <message>
        <source>These lines are in zones of the account %1: %2</source>
        <translation>Ces lignes sont dans des zones du compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <source>Lines of Another Account</source>
        <translation>Lignes d&apos;un autre compte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the list are in zones of the account “%1” (%2), not of %3.</source>
        <translation>
            <numerusform>%Ln ligne de la liste est dans des zones du compte «&#xa0;%1&#xa0;» (%2), pas dans celles de «&#xa0;%3&#xa0;».</numerusform>
            <numerusform>%Ln lignes de la liste sont dans des zones du compte «&#xa0;%1&#xa0;» (%2), pas dans celles de «&#xa0;%3&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch to %1 to purge them? The list stays as it is; with %1, the lines outside its zones are marked instead, and nothing is sent for them.</source>
        <translation>Passer à %1 pour les purger&#xa0;? La liste reste telle quelle&#xa0;; avec %1, ce sont les lignes hors de ses zones qui sont marquées, et rien n&apos;est envoyé pour elles.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>The account %1 is no longer in PurgeDesk.</source>
        <translation>Le compte %1 n&apos;est plus dans PurgeDesk.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::PurgePage</name>
    <message>
        <source>Purge run</source>
        <translation>Exécution de la purge</translation>
    </message>
    <message>
        <source>The retry goes to the account %1: choose it again first.</source>
        <translation>La nouvelle tentative passe par le compte %1&#xa0;: choisissez-le d&apos;abord à nouveau.</translation>
    </message>
    <message>
        <source>Wait for the running purge to finish, or cancel it, first.</source>
        <translation>Attendez d&apos;abord que la purge en cours se termine, ou annulez-la.</translation>
    </message>
    <message>
        <source>Purge Everything</source>
        <translation>Tout purger</translation>
    </message>
    <message>
        <source>Invalidate Everything</source>
        <translation>Tout invalider</translation>
    </message>
    <message>
        <source>Opening the history...</source>
        <translation>Ouverture de l&apos;historique...</translation>
    </message>
    <message>
        <source>This purge is not recorded in the history: %1</source>
        <translation>Cette purge n&apos;est pas enregistrée dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>This purge is not fully recorded in the history: %1</source>
        <translation>Cette purge n&apos;est pas entièrement enregistrée dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another account was chosen.</source>
        <translation>Un autre compte a été choisi.</translation>
    </message>
    <message>
        <source>%1 did not start. %2 The list is loaded; check it and press Purge.</source>
        <translation>%1 n&apos;a pas démarré. %2 La liste est chargée&#xa0;; vérifiez-la et appuyez sur Purger.</translation>
    </message>
    <message>
        <source>Purging again goes to the account %1: choose it again first.</source>
        <translation>La nouvelle purge passe par le compte %1&#xa0;: choisissez-le d&apos;abord à nouveau.</translation>
    </message>
    <message>
        <source>The verdicts are not recorded in the history: %1</source>
        <translation>Les verdicts ne sont pas enregistrés dans l&apos;historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::RunListModel</name>
    <message>
        <source>Zone ID %1</source>
        <translation>ID de zone %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Purge by</source>
        <translation>Purger par</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not purged</source>
        <translation>
            <numerusform>%Ln non purgé</numerusform>
            <numerusform>%Ln non purgés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::RunView</name>
    <message>
        <source>Technical Details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Copy Summary</source>
        <translation>Copier le résumé</translation>
    </message>
    <message>
        <source>Previous purge: the form has changed since.</source>
        <translation>Purge précédente&#xa0;: le formulaire a changé depuis.</translation>
    </message>
    <message>
        <source>Run result</source>
        <translation>Résultat de l&apos;exécution</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Détails de l&apos;exécution</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Détails techniques de l&apos;erreur</translation>
    </message>
    <message>
        <source>Show the technical details of the error</source>
        <translation>Afficher les détails techniques de l&apos;erreur</translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation>Progression de la purge</translation>
    </message>
    <message>
        <source>Requests of this purge</source>
        <translation>Requêtes de cette purge</translation>
    </message>
    <message>
        <source>Cancel the purge</source>
        <translation>Annuler la purge</translation>
    </message>
    <message>
        <source>Retry the failed and unsent items</source>
        <translation>Réessayer les éléments en échec et non envoyés</translation>
    </message>
    <message>
        <source>Copy a summary of the purge</source>
        <translation>Copier un résumé de la purge</translation>
    </message>
    <message>
        <source>Rate limited by Cloudflare: waiting %1 s, then the rest is sent. Nothing is lost.</source>
        <translation>Débit limité par Cloudflare&#xa0;: attente de %1 s, puis le reste est envoyé. Rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>A request failed; trying it again in %1 s.</source>
        <translation>Une requête a échoué&#xa0;; nouvelle tentative dans %1 s.</translation>
    </message>
    <message>
        <source>Pacing requests to stay under the %1 plan&apos;s rate limit: next request in %2 s.</source>
        <translation>Requêtes cadencées pour rester sous la limite de débit de l&apos;offre %1&#xa0;: prochaine requête dans %2 s.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%3&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Purging everything in %1...</source>
        <translation>Purge de tout le contenu de la zone %1...</translation>
    </message>
    <message>
        <source>%1 of %2 %3 %4 in %5 · %6</source>
        <translation>%4 en cours dans %5&#xa0;: %1 sur %2 %3 · %6</translation>
    </message>
    <message>
        <source>Cancelling: requests already sent are allowed to finish...</source>
        <translation>Annulation&#xa0;: les requêtes déjà envoyées peuvent se terminer...</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Everything in %1 was %2 (%3).</source>
        <translation>%2 terminée&#xa0;: tout le contenu de la zone %1 (%3).</translation>
    </message>
    <message>
        <source>The %1 in %2 was %3 (%4).</source>
        <translation>%3 terminée&#xa0;: 1 %1 dans %2 (%4).</translation>
    </message>
    <message>
        <source>All %1 %2 in %3 were %4 (%5).</source>
        <translation>%4 terminée&#xa0;: les %1 %2 dans %3 (%5).</translation>
    </message>
    <message>
        <source>Nothing was purged in %1.</source>
        <translation>Rien n&apos;a été purgé dans %1.</translation>
    </message>
    <message>
        <source>Nothing was %1: all %2 %3 failed.</source>
        <translation>%1 échouée&#xa0;: les %2 %3 sont en échec.</translation>
    </message>
    <message>
        <source>Cancelled before Cloudflare accepted the request.</source>
        <translation>Annulé avant que Cloudflare n&apos;accepte la requête.</translation>
    </message>
    <message>
        <source>Cloudflare refused the credentials: %1 of %2 %3 were %4, the rest was not sent.</source>
        <translation>Cloudflare a refusé les identifiants. %4&#xa0;: %1 sur %2 %3&#xa0;; le reste n&apos;a pas été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Cloudflare answered “rate limited” %n time(s); each of those requests was sent again.</source>
        <translation>
            <numerusform>Cloudflare a répondu «&#xa0;rate limited&#xa0;» %n fois&#xa0;; cette requête a été renvoyée.</numerusform>
            <numerusform>Cloudflare a répondu «&#xa0;rate limited&#xa0;» %n fois&#xa0;; chacune de ces requêtes a été renvoyée.</numerusform>
        </translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>The sandbox accepted %1; nothing was sent to Cloudflare.</source>
        <translation>Le bac à sable a accepté %1&#xa0;; rien n&apos;a été envoyé à Cloudflare.</translation>
    </message>
    <message>
        <source>Cloudflare accepted %1; the cached copies are removed within seconds.</source>
        <translation>Cloudflare a accepté %1&#xa0;; les copies en cache sont retirées en quelques secondes.</translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation>Détails techniques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zone: %1 (%2)</source>
        <translation>Zone&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>name unknown</source>
        <translation>nom inconnu</translation>
    </message>
    <message>
        <source>Mode: %1; selector: %2</source>
        <translation>Mode&#xa0;: %1&#xa0;; sélecteur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Items: %1 done, %2 failed, %3 not sent, %4 pending of %5</source>
        <translation>Éléments&#xa0;: %1 faits, %2 en échec, %3 non envoyés, %4 en attente, sur %5</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cloudflare purge IDs: %1</source>
        <translation>ID de purge Cloudflare&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Show the requests of the purge</source>
        <translation>Afficher les requêtes de la purge</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Show or hide the requests of the purge</source>
        <translation>Afficher ou masquer les requêtes de la purge</translation>
    </message>
    <message>
        <source>Hide the requests of the purge</source>
        <translation>Masquer les requêtes de la purge</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%3 dans %1&#xa0;: %2 réussis</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 en échec</translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation>, %1 non envoyés</translation>
    </message>
    <message>
        <source>%1 of %2 %3 were %4; %5 failed, %6 not sent (%7).</source>
        <translation>%4 partielle&#xa0;: %1 sur %2 %3&#xa0;; %5 en échec, %6 non envoyés (%7).</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 %3 were %4; %5 not sent.</source>
        <translation>%4 annulée&#xa0;: %1 sur %2 %3&#xa0;; %5 non envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln request(s)</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>les %Ln requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge again the items of this purge that were not purged (failed or not sent)</source>
        <translation>Purger à nouveau les éléments de cette purge qui n&apos;ont pas été purgés (en échec ou non envoyés)</translation>
    </message>
    <message>
        <source>Purge again the items of the previous purge that were not purged (failed or not sent), not what the form holds now</source>
        <translation>Purger à nouveau les éléments de la purge précédente qui n&apos;ont pas été purgés (en échec ou non envoyés), pas ce que contient le formulaire maintenant</translation>
    </message>
    <message>
        <source>Both %1 in %2 were %3 (%4).</source>
        <translation>%3 terminée&#xa0;: les deux %1 dans %2 (%4).</translation>
    </message>
    <message>
        <source>Nothing was %1: both %2 failed.</source>
        <translation>%1 échouée&#xa0;: les deux %2 sont en échec.</translation>
    </message>
    <message>
        <source>both requests</source>
        <translation>les deux requêtes</translation>
    </message>
    <message>
        <source>%1; time: %2</source>
        <translation>%1&#xa0;; durée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Show or hide the verdict of each verified URL</source>
        <translation>Afficher ou masquer le verdict de chaque URL vérifiée</translation>
    </message>
    <message>
        <source>Hide the verdict of each URL</source>
        <translation>Masquer le verdict de chaque URL</translation>
    </message>
    <message>
        <source>Show the verdict of each URL</source>
        <translation>Afficher le verdict de chaque URL</translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s) after a server error, a timeout or a broken connection.</source>
        <translation>
            <numerusform>%n nouvelle tentative après une erreur du serveur, un délai dépassé ou une connexion interrompue.</numerusform>
            <numerusform>%n nouvelles tentatives après une erreur du serveur, un délai dépassé ou une connexion interrompue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::SavePresetDialog</name>
    <message>
        <source>There is already a preset named %1.</source>
        <translation>Il existe déjà un préréglage nommé %1.</translation>
    </message>
    <message>
        <source>It holds: %1.
Replace it with: %2?</source>
        <translation>Il contient&#xa0;: %1.
Le remplacer par&#xa0;: %2&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s hostname, or choose another proxy option.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy, ou choisissez une autre option de proxy.</translation>
    </message>
    <message>
        <source>Saving the proxy password in the system keychain...</source>
        <translation>Enregistrement du mot de passe du proxy dans le trousseau du système...</translation>
    </message>
    <message>
        <source>Nothing was saved; the password stays in the field.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;; le mot de passe reste dans le champ.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::Texts</name>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Noms d&apos;hôte</translation>
    </message>
    <message>
        <source>Cache tags</source>
        <translation>Tags de cache</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Préfixes</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>Invalidation</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Échec partiel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Not sent (interrupted)</source>
        <translation>Non envoyé (interrompu)</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente de nouvelle tentative</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Split in two</source>
        <translation>Scindée en deux</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>CI plugin</source>
        <translation>Plugin de CI</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Préréglage %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
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
        <translation>vers %1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Edge&apos;s answer</source>
        <translation>Réponse de l&apos;edge</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerifyPanel</name>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Fetch the purged URLs from Cloudflare&apos;s edge and check that each is fresh</source>
        <translation>Récupérer les URL purgées auprès de l&apos;edge de Cloudflare et vérifier que chacune est à jour</translation>
    </message>
    <message>
        <source>Fetch each purged URL from Cloudflare&apos;s edge (no credentials) and say whether it is fresh</source>
        <translation>Récupérer chaque URL purgée auprès de l&apos;edge de Cloudflare (sans identifiants) et indiquer si elle est à jour</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Verdict of each purged URL</source>
        <translation>Verdict pour chaque URL purgée</translation>
    </message>
    <message numerus="yes">
        <source>Verifying: %1 of %Ln URL(s) checked...</source>
        <translation>
            <numerusform>Vérification&#xa0;: %1 sur %Ln URL vérifiée...</numerusform>
            <numerusform>Vérification&#xa0;: %1 sur %Ln URL vérifiées...</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Verifying</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>(the sandbox&apos;s edge; nothing was fetched from Cloudflare)</source>
        <translation>(edge du bac à sable&#xa0;; rien n&apos;a été récupéré auprès de Cloudflare)</translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Purge the URLs that are still cached once more, in the zone they were purged in (their device-type variants too, if you choose)</source>
        <translation>Purger encore une fois les URL encore en cache, dans la zone où elles ont été purgées (ainsi que leurs variantes par type d&apos;appareil, si vous le choisissez)</translation>
    </message>
    <message numerus="yes">
        <source>Warming: %1 of %Ln fresh URL(s) fetched...</source>
        <translation>
            <numerusform>Préchauffage&#xa0;: %1 sur %Ln URL à jour récupérée...</numerusform>
            <numerusform>Préchauffage&#xa0;: %1 sur %Ln URL à jour récupérées...</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge Again</source>
        <translation>Purger à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>A new purge in the zone they were purged in. If the zone caches a copy per device type, purge those copies too.</source>
        <translation>Une nouvelle purge dans la zone où elles ont été purgées. Si la zone met en cache une copie par type d&apos;appareil, purgez aussi ces copies.</translation>
    </message>
    <message>
        <source>Also purge their device-type variants (CF-Device-Type: mobile, tablet, desktop)</source>
        <translation>Purger aussi leurs variantes par type d&apos;appareil (CF-Device-Type&#xa0;: mobile, tablet, desktop)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Purge Again (%Ln Still Cached)</source>
        <translation>
            <numerusform>Purger à nouveau (%Ln encore en cache)</numerusform>
            <numerusform>Purger à nouveau (%Ln encore en cache)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Warming</source>
        <translation>Arrêter le préchauffage</translation>
    </message>
    <message numerus="yes">
        <source>Warmed %Ln fresh URL(s) for the next visitor.</source>
        <translation>
            <numerusform>%Ln URL à jour préchauffée pour le prochain visiteur.</numerusform>
            <numerusform>%Ln URL à jour préchauffées pour le prochain visiteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: %1.</source>
        <translation>Préchauffage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed to warm: %1.</source>
        <translation>Échec du préchauffage&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln still-cached URL(s) once more?</source>
        <translation>
            <numerusform>Purger encore une fois %Ln URL encore en cache&#xa0;?</numerusform>
            <numerusform>Purger encore une fois %Ln URL encore en cache&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge the %Ln still-cached URL(s) once more</source>
        <translation>
            <numerusform>Purger encore une fois la %Ln URL encore en cache</numerusform>
            <numerusform>Purger encore une fois les %Ln URL encore en cache</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verify URLs...</source>
        <translation>Vérifier des URL...</translation>
    </message>
    <message>
        <source>List URLs to fetch from Cloudflare&apos;s edge (no credentials) and see whether each is fresh</source>
        <translation>Indiquer des URL à récupérer depuis l’edge de Cloudflare (sans identifiants) et voir si chacune est à jour</translation>
    </message>
    <message>
        <source>Verify Again...</source>
        <translation>Vérifier à nouveau...</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::VerifyUrlsDialog</name>
    <message>
        <source>This purge named hostnames, not pages. List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh. Each hostname&apos;s home page is listed to start with.</source>
        <translation>Cette purge visait des noms d’hôte, pas des pages. Indiquez les URL à vérifier, une par ligne&#xa0;: PurgeDesk récupère chacune depuis l’edge de Cloudflare (sans identifiants) et dit si elle est à jour. La page d’accueil de chaque nom d’hôte figure dans la liste pour commencer.</translation>
    </message>
    <message>
        <source>This purge named URL prefixes, not pages. List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh. Each prefix is listed to start with.</source>
        <translation>Cette purge visait des préfixes d’URL, pas des pages. Indiquez les URL à vérifier, une par ligne&#xa0;: PurgeDesk récupère chacune depuis l’edge de Cloudflare (sans identifiants) et dit si elle est à jour. Chaque préfixe figure dans la liste pour commencer.</translation>
    </message>
    <message>
        <source>This purge named cache tags. List the URLs of pages that carry them, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh.</source>
        <translation>Cette purge visait des tags de cache. Indiquez les URL des pages qui les portent, une par ligne&#xa0;: PurgeDesk récupère chacune depuis l’edge de Cloudflare (sans identifiants) et dit si elle est à jour.</translation>
    </message>
    <message>
        <source>List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare&apos;s edge (no credentials) and says whether it is fresh. The zone&apos;s home page is listed to start with.</source>
        <translation>Indiquez les URL à vérifier, une par ligne&#xa0;: PurgeDesk récupère chacune depuis l’edge de Cloudflare (sans identifiants) et dit si elle est à jour. La page d’accueil de la zone figure dans la liste pour commencer.</translation>
    </message>
    <message>
        <source>Verify URLs</source>
        <translation>Vérifier des URL</translation>
    </message>
    <message>
        <source>&amp;URLs to verify:</source>
        <translation>&amp;URL à vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>URLs to verify, one per line</source>
        <translation>URL à vérifier, une par ligne</translation>
    </message>
    <message>
        <source>https://www.example.com/page.html</source>
        <translation>https://www.example.com/page.html</translation>
    </message>
    <message>
        <source>One URL per line, starting with https:// or http://. Lines starting with # are skipped.</source>
        <translation>Une URL par ligne, commençant par https:// ou http://. Les lignes commençant par # sont ignorées.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Line %1, &quot;%2&quot;, is %3.</source>
        <translation>La ligne %1, «&#xa0;%2&#xa0;», n’est pas valable&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more line(s) too. Nothing was fetched.</source>
        <translation>
            <numerusform>%Ln autre ligne aussi. Rien n’a été récupéré.</numerusform>
            <numerusform>%Ln autres lignes aussi. Rien n’a été récupéré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was fetched.</source>
        <translation>Rien n’a été récupéré.</translation>
    </message>
    <message>
        <source>List at least one URL to verify.</source>
        <translation>Indiquez au moins une URL à vérifier.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Gui::ZoneChoiceDialog</name>
    <message>
        <source>More Zones</source>
        <translation>Autres zones</translation>
    </message>
    <message>
        <source>Cache tags and purge everything apply to each zone they are sent to. Tick the zones to purge in as well as %1.</source>
        <translation>Les tags de cache et la purge complète s&apos;appliquent à chaque zone à laquelle ils sont envoyés. Cochez les zones où purger en plus de %1.</translation>
    </message>
    <message>
        <source>Filter zones</source>
        <translation>Filtrer les zones</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
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
        <translation>Tapez une partie d&apos;un nom de zone pour chercher, ou collez un ID de zone</translation>
    </message>
    <message>
        <source>Type to search zones, or paste a zone ID</source>
        <translation>Tapez pour chercher des zones, ou collez un ID de zone</translation>
    </message>
    <message>
        <source>Reload zones</source>
        <translation>Recharger les zones</translation>
    </message>
    <message>
        <source>Load the zone list again</source>
        <translation>Charger à nouveau la liste des zones</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Zone plan and status</source>
        <translation>Offre et état de la zone</translation>
    </message>
    <message>
        <source>Zone list state</source>
        <translation>État de la liste des zones</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>Offre %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1
Zone ID %2
%3</source>
        <translation>%1
ID de zone %2
%3</translation>
    </message>
    <message>
        <source>Paste the zone ID (32 characters, on the zone&apos;s Overview page)</source>
        <translation>Collez l&apos;ID de zone (32 caractères, sur la page Overview de la zone)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Zone ID</source>
        <translation>ID de zone</translation>
    </message>
    <message>
        <source>Use for This Session</source>
        <translation>Utiliser pour cette session</translation>
    </message>
    <message>
        <source>API token for this session</source>
        <translation>Jeton d&apos;API pour cette session</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Utiliser le jeton pour cette session uniquement</translation>
    </message>
    <message>
        <source>The token is kept in memory until PurgeDesk quits; it is never written anywhere.</source>
        <translation>Le jeton est gardé en mémoire jusqu&apos;à ce que PurgeDesk se ferme&#xa0;; il n&apos;est jamais écrit nulle part.</translation>
    </message>
    <message>
        <source>Pin the zone to the top of the list</source>
        <translation>Épingler la zone en haut de la liste</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpin %1 from the top of the list</source>
        <translation>Ne plus épingler %1 en haut de la liste</translation>
    </message>
    <message>
        <source>Pin %1 to the top of the list</source>
        <translation>Épingler %1 en haut de la liste</translation>
    </message>
    <message>
        <source>No zone matches “%1”</source>
        <translation>Aucune zone ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) match “%1”: choose one</source>
        <translation>
            <numerusform>%Ln zone correspond à «&#xa0;%1&#xa0;»&#xa0;: choisissez-la</numerusform>
            <numerusform>%Ln zones correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::History::HistoryRecorder</name>
    <message>
        <source>the history is not open.</source>
        <translation>l&apos;historique n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::History::HistoryService</name>
    <message>
        <source>the history is not open.</source>
        <translation>l&apos;historique n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::History::HistoryStore</name>
    <message>
        <source>The history was written by a newer PurgeDesk (format %1); this version leaves it untouched and does not record purges.</source>
        <translation>L&apos;historique a été écrit par un PurgeDesk plus récent (format %1)&#xa0;; cette version n&apos;y touche pas et n&apos;enregistre pas les purges.</translation>
    </message>
    <message>
        <source>The history cannot be kept: the folder %1 cannot be created. Purging still works.</source>
        <translation>L&apos;historique ne peut pas être tenu&#xa0;: le dossier %1 ne peut pas être créé. La purge fonctionne quand même.</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new history was started.</source>
        <translation>Le fichier d&apos;historique était endommagé (%1). Il a été déplacé vers %2 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The history cannot be kept (%1): %2. Purging still works.</source>
        <translation>L&apos;historique ne peut pas être tenu (%1)&#xa0;: %2. La purge fonctionne quand même.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The run could not be recorded</source>
        <translation>L&apos;exécution n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The run&apos;s items could not be recorded</source>
        <translation>Les éléments de l&apos;exécution n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>A request of the run could not be recorded</source>
        <translation>Une requête de l&apos;exécution n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The end of the run could not be recorded</source>
        <translation>La fin de l&apos;exécution n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>another program kept it busy for more than %1 s (%2)</source>
        <translation>un autre programme l&apos;a occupé pendant plus de %1 s (%2)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>it is in an older format that must be updated before it can be read</source>
        <translation>il est dans un ancien format qui doit être mis à jour avant de pouvoir être lu</translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be moved aside</source>
        <translation>il est endommagé (%1) et n&apos;a pas pu être mis de côté</translation>
    </message>
    <message>
        <source>another PurgeDesk has been setting it up for more than %1 s</source>
        <translation>un autre PurgeDesk le prépare depuis plus de %1 s</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>le fichier de verrou %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>le fichier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>SQLite cannot write %1: %2</source>
        <translation>SQLite ne peut pas écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1. Purging still works.</source>
        <translation>L&apos;historique ne peut pas être tenu&#xa0;: %1. La purge fonctionne quand même.</translation>
    </message>
    <message>
        <source>The history is read-only (%1): it can be read, but purges are not recorded until it can be written again.</source>
        <translation>L&apos;historique est en lecture seule (%1)&#xa0;: il peut être lu, mais les purges ne sont pas enregistrées tant qu&apos;il ne peut pas être écrit à nouveau.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1, and it is damaged (%2). Purging still works.</source>
        <translation>L&apos;historique ne peut pas être lu&#xa0;: %1, et il est endommagé (%2). La purge fonctionne quand même.</translation>
    </message>
    <message>
        <source>The history cannot be read: %1 (%2). Purging still works.</source>
        <translation>L&apos;historique ne peut pas être lu&#xa0;: %1 (%2). La purge fonctionne quand même.</translation>
    </message>
    <message>
        <source>The verification could not be recorded</source>
        <translation>La vérification n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>run %1 is not in the history</source>
        <translation>l&apos;exécution %1 n&apos;est pas dans l&apos;historique</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ListText</name>
    <message>
        <source>The list is already clean.</source>
        <translation>La liste est déjà propre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate line(s)</source>
        <translation>
            <numerusform>%Ln ligne en double</numerusform>
            <numerusform>%Ln lignes en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank line(s)</source>
        <translation>
            <numerusform>%Ln ligne vide</numerusform>
            <numerusform>%Ln lignes vides</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>retrait de %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) trimmed</source>
        <translation>
            <numerusform>espaces retirés sur %Ln ligne</numerusform>
            <numerusform>espaces retirés sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaned up: %1. Undo (Ctrl+Z) brings the list back.</source>
        <translation>Liste nettoyée&#xa0;: %1. Annuler (Ctrl+Z) rétablit la liste.</translation>
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
        <translation>Les préréglages ont été modifiés entre-temps hors de cette fenêtre&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not a PurgeDesk presets file (no &quot;schema&quot; and &quot;presets&quot;)</source>
        <translation>pas un fichier de préréglages PurgeDesk (ni «&#xa0;schema&#xa0;» ni «&#xa0;presets&#xa0;»)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>preset %1: %2</source>
        <translation>préréglage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>preset %1 (“%2”): %3</source>
        <translation>préréglage %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The presets could not be written to %1: %2</source>
        <translation>Les préréglages n&apos;ont pas pu être écrits dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>from a newer PurgeDesk (format %1)</source>
        <translation>écrit par un PurgeDesk plus récent (format %1)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Presets::Preset</name>
    <message>
        <source>it has no name</source>
        <translation>il n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>its name is longer than %1 characters</source>
        <translation>son nom dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;profile&quot; and &quot;note&quot; must be text</source>
        <translation>«&#xa0;profile&#xa0;» et «&#xa0;note&#xa0;» doivent être du texte</translation>
    </message>
    <message>
        <source>it names no zone</source>
        <translation>il ne désigne aucune zone</translation>
    </message>
    <message>
        <source>the zone ID &quot;%1&quot; is not 32 hexadecimal characters</source>
        <translation>l&apos;ID de zone «&#xa0;%1&#xa0;» ne fait pas 32 caractères hexadécimaux</translation>
    </message>
    <message>
        <source>the action must be one of %1</source>
        <translation>l&apos;action doit être l&apos;une de&#xa0;: %1</translation>
    </message>
    <message>
        <source>the mode must be purge or invalidate</source>
        <translation>le mode doit être purge ou invalidate</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list of text lines</source>
        <translation>«&#xa0;items&#xa0;» doit être une liste de lignes de texte</translation>
    </message>
    <message>
        <source>a purge of everything takes no items</source>
        <translation>une purge de tout le contenu ne prend aucun élément</translation>
    </message>
    <message>
        <source>it has no items to purge</source>
        <translation>il n&apos;a aucun élément à purger</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n zone(s)</source>
        <translation>
            <numerusform>%1 + %n zone</numerusform>
            <numerusform>%1 + %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;more_zones&quot; must be a list of zones</source>
        <translation>«&#xa0;more_zones&#xa0;» doit être une liste de zones</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Presets::PresetStore</name>
    <message>
        <source>The presets file %1 cannot be read: %2</source>
        <translation>Le fichier des préréglages %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The presets file was written by a newer PurgeDesk (format %1); it is left untouched and cannot be changed by this version.</source>
        <translation>Le fichier des préréglages a été écrit par un PurgeDesk plus récent (format %1)&#xa0;; il n&apos;est pas touché et cette version ne peut pas le modifier.</translation>
    </message>
    <message>
        <source>The presets file %1 is damaged (%2) and could not be moved aside; it is left as it is.</source>
        <translation>Le fichier des préréglages %1 est endommagé (%2) et n&apos;a pas pu être mis de côté&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The presets file was damaged (%1). It was moved to %2 and PurgeDesk starts with no presets.</source>
        <translation>Le fichier des préréglages était endommagé (%1). Il a été déplacé vers %2 et PurgeDesk démarre sans préréglage.</translation>
    </message>
    <message>
        <source>The presets file cannot be changed by this version of PurgeDesk.</source>
        <translation>Cette version de PurgeDesk ne peut pas modifier le fichier des préréglages.</translation>
    </message>
    <message>
        <source>The preset cannot be saved: %1.</source>
        <translation>Le préréglage ne peut pas être enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is already a preset named “%1”.</source>
        <translation>Il existe déjà un préréglage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>Il n&apos;existe aucun préréglage nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A preset&apos;s name must be 1 to %1 characters.</source>
        <translation>Le nom d&apos;un préréglage doit compter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>1 preset in %1 cannot be read and is kept in the file as it is: %2. The other presets are shown; fix or remove that one in the file.</source>
        <translation>1 préréglage de %1 ne peut pas être lu et est gardé tel quel dans le fichier&#xa0;: %2. Les autres préréglages sont affichés&#xa0;; corrigez ou supprimez celui-ci dans le fichier.</translation>
    </message>
    <message>
        <source>%3 presets in %1 cannot be read and are kept in the file as they are: %2. The other presets are shown; fix or remove those in the file.</source>
        <translation>%3 préréglages de %1 ne peuvent pas être lus et sont gardés tels quels dans le fichier&#xa0;: %2. Les autres préréglages sont affichés&#xa0;; corrigez ou supprimez ceux-ci dans le fichier.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ProfileStore</name>
    <message>
        <source>The accounts file %1 cannot be read: %2</source>
        <translation>Le fichier des comptes %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>The accounts file was written by a newer PurgeDesk (format %1); it is left untouched and cannot be changed by this version.</source>
        <translation>Le fichier des comptes a été écrit par un PurgeDesk plus récent (format %1)&#xa0;; il n&apos;est pas touché et cette version ne peut pas le modifier.</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>aucune version de format</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2) and could not be moved aside; it is left as it is and accounts cannot be changed until it is fixed or removed.</source>
        <translation>Le fichier des comptes %1 est endommagé (%2) et n&apos;a pas pu être mis de côté&#xa0;; il est laissé tel quel et les comptes ne peuvent pas être modifiés tant qu&apos;il n&apos;est pas réparé ou supprimé.</translation>
    </message>
    <message>
        <source>The accounts file was damaged (%1). It was moved to %2 and PurgeDesk starts with no saved accounts; the secrets are still in the system keychain.</source>
        <translation>Le fichier des comptes était endommagé (%1). Il a été déplacé vers %2 et PurgeDesk démarre sans compte enregistré&#xa0;; les secrets sont toujours dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The accounts file cannot be changed by this version of PurgeDesk.</source>
        <translation>Cette version de PurgeDesk ne peut pas modifier le fichier des comptes.</translation>
    </message>
    <message>
        <source>The accounts could not be saved to %1: %2</source>
        <translation>Les comptes n&apos;ont pas pu être enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>no list of accounts</source>
        <translation>aucune liste de comptes</translation>
    </message>
    <message>
        <source>1 account in %1 cannot be read and is kept in the file as it is (%2). The other accounts are available; fix or remove that one in the file.</source>
        <translation>1 compte de %1 ne peut pas être lu et est gardé tel quel dans le fichier (%2). Les autres comptes sont disponibles&#xa0;; corrigez ou supprimez celui-ci dans le fichier.</translation>
    </message>
    <message>
        <source>%3 accounts in %1 cannot be read and are kept in the file as they are (%2). The other accounts are available; fix or remove those in the file.</source>
        <translation>%3 comptes de %1 ne peuvent pas être lus et sont gardés tels quels dans le fichier (%2). Les autres comptes sont disponibles&#xa0;; corrigez ou supprimez ceux-ci dans le fichier.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::ProfileVerifier</name>
    <message>
        <source>Cloudflare does not accept this token: %1</source>
        <translation>Cloudflare n&apos;accepte pas ce jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Le jeton n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>This token expired on %1.</source>
        <translation>Ce jeton a expiré le %1.</translation>
    </message>
    <message>
        <source>This token has expired.</source>
        <translation>Ce jeton a expiré.</translation>
    </message>
    <message>
        <source>This token is disabled. Enable it again in the Cloudflare dashboard, or create a new one.</source>
        <translation>Ce jeton est désactivé. Réactivez-le dans le tableau de bord de Cloudflare, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>This token is not valid before %1.</source>
        <translation>Ce jeton n&apos;est pas valide avant le %1.</translation>
    </message>
    <message>
        <source>The token is active until %1.</source>
        <translation>Le jeton est actif jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The token is active and does not expire.</source>
        <translation>Le jeton est actif et n&apos;expire pas.</translation>
    </message>
    <message>
        <source>Cloudflare reports this token as &quot;%1&quot;.</source>
        <translation>Cloudflare indique ce jeton comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>It can list zones, but sees none.</source>
        <translation>Il peut lister les zones, mais n&apos;en voit aucune.</translation>
    </message>
    <message>
        <source>It can list 1 zone</source>
        <translation>Il peut lister 1 zone</translation>
    </message>
    <message>
        <source>It can list %1 zones</source>
        <translation>Il peut lister %1 zones</translation>
    </message>
    <message>
        <source> in %1.</source>
        <translation> dans %1.</translation>
    </message>
    <message>
        <source>It cannot list zones (it lacks Zone &gt; Zone &gt; Read, or is limited to single zones). You can still purge by entering a zone ID.</source>
        <translation>Il ne peut pas lister les zones (il lui manque Zone &gt; Zone &gt; Read, ou il est limité à certaines zones). Vous pouvez quand même purger en saisissant un ID de zone.</translation>
    </message>
    <message>
        <source>Cloudflare does not accept this email and global API key: %1</source>
        <translation>Cloudflare n&apos;accepte pas cet e-mail et cette clé API globale&#xa0;: %1</translation>
    </message>
    <message>
        <source>The zones could not be listed: %1</source>
        <translation>Les zones n&apos;ont pas pu être listées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purging needs Zone &gt; Cache Purge &gt; Purge; Cloudflare checks it on the first purge.</source>
        <translation>Purger demande Zone &gt; Cache Purge &gt; Purge&#xa0;; Cloudflare le vérifie à la première purge.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge</name>
    <message>
        <source>This XML file is not a sitemap: it starts with &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation>Ce fichier XML n&apos;est pas un sitemap&#xa0;: il commence par &lt;%1&gt;, et non par &lt;urlset&gt; ou &lt;sitemapindex&gt;.</translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1, column %2: %3). Nothing was imported.</source>
        <translation>Le sitemap n&apos;est pas du XML bien formé (ligne %1, colonne %2&#xa0;: %3). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>column 1</source>
        <translation>colonne 1</translation>
    </message>
    <message>
        <source>The file is compressed (gzip). Unpack it first (for example with gunzip), then import the .xml or text file.</source>
        <translation>Le fichier est compressé (gzip). Décompressez-le d&apos;abord (par exemple avec gunzip), puis importez le fichier .xml ou texte.</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>environ %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 is not in the zone %2: Cloudflare accepts the purge but removes nothing.</source>
        <translation>%1 n&apos;est pas dans la zone %2&#xa0;: Cloudflare accepte la purge mais ne retire rien.</translation>
    </message>
    <message>
        <source>Removed %1: this list takes no scheme.</source>
        <translation>%1 retiré&#xa0;: cette liste ne prend pas de schéma.</translation>
    </message>
    <message>
        <source>Unexpected text after the URL: &quot;%1&quot;. Write a space in a URL as %20; cache-key headers are written &quot;Name: value&quot;.</source>
        <translation>Texte inattendu après l&apos;URL&#xa0;: «&#xa0;%1&#xa0;». Écrivez une espace dans une URL sous la forme %20&#xa0;; les en-têtes de clé de cache s&apos;écrivent «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>The header %1 has no value.</source>
        <translation>L&apos;en-tête %1 n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The header %1 is given twice.</source>
        <translation>L&apos;en-tête %1 est donné deux fois.</translation>
    </message>
    <message>
        <source>CF-Device-Type must be mobile, desktop or tablet, not &quot;%1&quot;.</source>
        <translation>CF-Device-Type doit valoir mobile, desktop ou tablet, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CF-Device-Type written in lower case.</source>
        <translation>CF-Device-Type écrit en minuscules.</translation>
    </message>
    <message>
        <source>CF-IPCountry must be a two-letter country code, not &quot;%1&quot;.</source>
        <translation>CF-IPCountry doit être un code de pays à deux lettres, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CF-IPCountry written in upper case.</source>
        <translation>CF-IPCountry écrit en majuscules.</translation>
    </message>
    <message>
        <source>Origin must be scheme://host[:port] without a path, not &quot;%1&quot;.</source>
        <translation>Origin doit être schéma://hôte[:port] sans chemin, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is honoured only if it is part of a custom cache key.</source>
        <translation>%1 n&apos;est pris en compte que s&apos;il fait partie d&apos;une clé de cache personnalisée.</translation>
    </message>
    <message>
        <source>Added https: to the address.</source>
        <translation>https: ajouté à l&apos;adresse.</translation>
    </message>
    <message>
        <source>Relative URL: write the full address, for example https://%1%2.</source>
        <translation>URL relative&#xa0;: écrivez l&apos;adresse complète, par exemple https://%1%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: write the full address starting with https://.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL&#xa0;: écrivez l&apos;adresse complète, commençant par https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL: write it as https://%2/%1 (or wherever it is served).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL complète&#xa0;: écrivez-la https://%2/%1 (ou là où elle est servie).</translation>
    </message>
    <message>
        <source>Added https:// (write http:// if this address is served without TLS).</source>
        <translation>https:// ajouté (écrivez http:// si cette adresse est servie sans TLS).</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be purged, not %1://.</source>
        <translation>Seules les adresses http:// et https:// peuvent être purgées, pas %1://.</translation>
    </message>
    <message>
        <source>Scheme written in lower case.</source>
        <translation>Schéma écrit en minuscules.</translation>
    </message>
    <message>
        <source>The address contains a user name or password; remove it.</source>
        <translation>L&apos;adresse contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; retirez-le.</translation>
    </message>
    <message>
        <source>Removed the #fragment: browsers never send it, so it is not part of the cached URL.</source>
        <translation>#fragment retiré&#xa0;: les navigateurs ne l&apos;envoient jamais, il ne fait donc pas partie de l&apos;URL en cache.</translation>
    </message>
    <message>
        <source>* is not a wildcard here: Cloudflare purges the URL with a literal *.</source>
        <translation>* n&apos;est pas un joker ici&#xa0;: Cloudflare purge l&apos;URL avec un * littéral.</translation>
    </message>
    <message>
        <source>Removed the trailing /.</source>
        <translation>/ final retiré.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, a tag has at most %2.</source>
        <translation>Trop long&#xa0;: %1 caractères, un tag en compte au plus %2.</translation>
    </message>
    <message>
        <source>Space in a tag: tags cannot contain spaces.</source>
        <translation>Espace dans un tag&#xa0;: les tags ne peuvent pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: tags are printable ASCII characters.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas permis&#xa0;: les tags sont faits de caractères ASCII imprimables.</translation>
    </message>
    <message>
        <source>Comma in a tag: this looks like several tags; put one tag per line.</source>
        <translation>Virgule dans un tag&#xa0;: cela ressemble à plusieurs tags&#xa0;; mettez un tag par ligne.</translation>
    </message>
    <message>
        <source>A prefix cannot have a ?query or #fragment; it already covers every query variant.</source>
        <translation>Un préfixe ne peut pas avoir de&#xa0;?requête ni de #fragment&#xa0;; il couvre déjà toutes les variantes de requête.</translation>
    </message>
    <message>
        <source>Space in a prefix: write it as %20.</source>
        <translation>Espace dans un préfixe&#xa0;: écrivez-la %20.</translation>
    </message>
    <message>
        <source>Too many path separators: %1, a prefix may have at most %2.</source>
        <translation>Trop de séparateurs de chemin&#xa0;: %1, un préfixe peut en avoir au plus %2.</translation>
    </message>
    <message>
        <source>* is not a wildcard here: Cloudflare matches a literal *.</source>
        <translation>* n&apos;est pas un joker ici&#xa0;: Cloudflare compare avec un * littéral.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
    <message>
        <source>prefixes</source>
        <translation>préfixes</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>Ignored: purging everything takes no list.</source>
        <translation>Ignoré&#xa0;: tout purger ne prend aucune liste.</translation>
    </message>
    <message>
        <source>Duplicate of line %1: removed.</source>
        <translation>Doublon de la ligne %1&#xa0;: retiré.</translation>
    </message>
    <message>
        <source>The list is empty: add at least one %1, one per line. (An empty list never purges everything.)</source>
        <translation>La liste est vide&#xa0;: ajoutez au moins un élément (%1), un par ligne. (Une liste vide ne purge jamais tout.)</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1 is not). Save it as UTF-8 and import it again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (la ligne %1 ne l&apos;est pas). Enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; Cloudflare refuses addresses longer than 32 KB, so nothing this long can be purged.</source>
        <translation>Trop long&#xa0;: %1 caractères&#xa0;; Cloudflare refuse les adresses de plus de 32 Ko, donc rien d&apos;aussi long ne peut être purgé.</translation>
    </message>
    <message>
        <source>Contains the control character U+%1 (column %2), which cannot be part of an item: remove it.</source>
        <translation>Contient le caractère de contrôle U+%1 (colonne %2), qui ne peut pas faire partie d&apos;un élément&#xa0;: retirez-le.</translation>
    </message>
    <message>
        <source>Characters outside ASCII percent-encoded as UTF-8, as Cloudflare expects: %1.</source>
        <translation>Caractères non ASCII encodés en pourcentage (UTF-8), comme Cloudflare l&apos;attend&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Too long once percent-encoded: %1 characters; Cloudflare refuses URLs longer than 32 KB.</source>
        <translation>Trop long une fois encodé en pourcentage&#xa0;: %1 caractères&#xa0;; Cloudflare refuse les URL de plus de 32 Ko.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>Hostname written in its ASCII form %1.</source>
        <translation>Nom d&apos;hôte écrit sous sa forme ASCII %1.</translation>
    </message>
    <message>
        <source>Hostname written in lower case.</source>
        <translation>Nom d&apos;hôte écrit en minuscules.</translation>
    </message>
    <message>
        <source>The address has no hostname.</source>
        <translation>L&apos;adresse n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>A hostname has no path. To purge everything under a path, use Prefixes.</source>
        <translation>Un nom d&apos;hôte n&apos;a pas de chemin. Pour purger tout ce qui est sous un chemin, utilisez Préfixes.</translation>
    </message>
    <message>
        <source>Wildcards are not supported: list each hostname.</source>
        <translation>Les jokers ne sont pas pris en charge&#xa0;: listez chaque nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>A hostname has no port: remove %1.</source>
        <translation>Un nom d&apos;hôte n&apos;a pas de port&#xa0;: retirez %1.</translation>
    </message>
    <message>
        <source>A prefix starts with its hostname: write %1%2.</source>
        <translation>Un préfixe commence par son nom d&apos;hôte&#xa0;: écrivez %1%2.</translation>
    </message>
    <message>
        <source>This prefix is a whole host: purging by hostname does the same.</source>
        <translation>Ce préfixe est un hôte entier&#xa0;: purger par nom d&apos;hôte fait la même chose.</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <source>hostnames</source>
        <translation>noms d&apos;hôte</translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data, such as an image). Import a text, CSV or sitemap.xml file.</source>
        <translation>Le fichier n&apos;est pas un fichier texte (il contient des données binaires, comme une image). Importez un fichier texte, CSV ou sitemap.xml.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::ImportedList</name>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>%1 from the sitemap %2</source>
        <translation>%1 du sitemap %2</translation>
    </message>
    <message>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <source>%1 URLs</source>
        <translation>%1 URL</translation>
    </message>
    <message>
        <source>%1 from the sitemap index %2</source>
        <translation>%1 de l&apos;index de sitemaps %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::OrderResolver</name>
    <message>
        <source>The details of zone %1 could not be read (%2). Continuing with the strictest limits (Free plan).</source>
        <translation>Les détails de la zone %1 n&apos;ont pas pu être lus (%2). On continue avec les limites les plus strictes (offre Free).</translation>
    </message>
    <message>
        <source>The zone &quot;%1&quot; cannot be looked up: %2</source>
        <translation>La zone «&#xa0;%1&#xa0;» ne peut pas être recherchée&#xa0;: %2</translation>
    </message>
    <message>
        <source>No zone named &quot;%1&quot; is visible with these credentials.</source>
        <translation>Aucune zone nommée «&#xa0;%1&#xa0;» n&apos;est visible avec ces identifiants.</translation>
    </message>
    <message>
        <source>A purge of everything takes no items.</source>
        <translation>Une purge de tout le contenu ne prend aucun élément.</translation>
    </message>
    <message>
        <source>Nothing was sent; fix or remove the lines with errors (%1).</source>
        <translation>Rien n&apos;a été envoyé&#xa0;; corrigez ou retirez les lignes en erreur (%1).</translation>
    </message>
    <message>
        <source>The zone %1 is not among this account&apos;s zones.</source>
        <translation>La zone %1 ne fait pas partie des zones de ce compte.</translation>
    </message>
    <message>
        <source>Tags and purge everything go to the zones you name: name the zone (several, for several zones).</source>
        <translation>Les tags de cache et «&#xa0;tout purger&#xa0;» vont aux zones que vous nommez&#xa0;: nommez la zone (plusieurs, pour plusieurs zones).</translation>
    </message>
    <message>
        <source>The account&apos;s zones cannot be listed to find each item&apos;s zone: %1</source>
        <translation>Les zones du compte ne peuvent pas être listées pour trouver la zone de chaque élément&#xa0;: %1</translation>
    </message>
    <message>
        <source>Either the token is not valid (wrong, expired or disabled), or it lacks Zone &gt; Zone &gt; Read, which looking a zone up by name needs: then use the zone ID instead (shown on the zone&apos;s overview page in the dashboard).</source>
        <translation>Soit le jeton n&apos;est pas valide (erroné, expiré ou désactivé), soit il n&apos;a pas Zone &gt; Zone &gt; Read, nécessaire pour chercher une zone par son nom&#xa0;: utilisez alors l&apos;ID de zone (sur la page Overview de la zone dans le tableau de bord).</translation>
    </message>
    <message>
        <source>Either the token is not valid (wrong, expired or disabled), or it lacks Zone &gt; Zone &gt; Read, which listing zones needs: then name the zone by its ID (shown on the zone&apos;s overview page in the dashboard).</source>
        <translation>Soit le jeton n&apos;est pas valide (erroné, expiré ou désactivé), soit il n&apos;a pas Zone &gt; Zone &gt; Read, nécessaire pour lister les zones&#xa0;: désignez alors la zone par son ID (sur la page Overview de la zone dans le tableau de bord).</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::PurgePlan</name>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <source>%1, %2 on the %3 plan</source>
        <translation>%1, %2 avec l&apos;offre %3</translation>
    </message>
    <message>
        <source>(plan unknown: assuming the strictest limits)</source>
        <translation>(offre inconnue&#xa0;: les limites les plus strictes s&apos;appliquent)</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::PurgeSession</name>
    <message>
        <source>Not sent: the credential was refused (%1).</source>
        <translation>Non envoyé&#xa0;: les identifiants ont été refusés (%1).</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Routing</name>
    <message>
        <source>%1 is not in any zone of this account: nothing is sent for it.</source>
        <translation>%1 n&apos;est dans aucune zone de ce compte&#xa0;: rien n&apos;est envoyé pour lui.</translation>
    </message>
    <message>
        <source>%1 is not in %2: nothing is sent for it.</source>
        <translation>%1 n&apos;est pas dans %2&#xa0;: rien n&apos;est envoyé pour lui.</translation>
    </message>
    <message>
        <source>%1 is in %2, a zone of the account “%3”, not of this one: nothing is sent for it with this account.</source>
        <translation>%1 est dans %2, une zone du compte «&#xa0;%3&#xa0;», pas de celui-ci&#xa0;: rien n&apos;est envoyé pour lui avec ce compte.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Runner</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>Not confirmed: cancelled while the request was on its way; Cloudflare may have received it.</source>
        <translation>Non confirmé&#xa0;: annulé pendant que la requête était en route&#xa0;; Cloudflare l&apos;a peut-être reçue.</translation>
    </message>
    <message>
        <source>Failed: still rate limited after %1 attempts. %2</source>
        <translation>Échec&#xa0;: débit toujours limité après %1 tentatives. %2</translation>
    </message>
    <message>
        <source>Not sent: the credential was refused (%1).</source>
        <translation>Non envoyé&#xa0;: les identifiants ont été refusés (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Échec après %n tentative&#xa0;: %1</numerusform>
            <numerusform>Échec après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: Cloudflare asked to wait %1 before the next request, longer than the %2 this run waits. Try again later.</source>
        <translation>Non envoyé&#xa0;: Cloudflare a demandé d&apos;attendre %1 avant la prochaine requête, plus que les %2 qu&apos;attend cette exécution. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Not sent: Cloudflare refused %1 requests in a row with the same answer (%2), so the rest was not sent. Fix the cause, then retry the failed items.</source>
        <translation>Non envoyé&#xa0;: Cloudflare a refusé %1 requêtes d&apos;affilée avec la même réponse (%2), donc le reste n&apos;a pas été envoyé. Corrigez la cause, puis réessayez les éléments en échec.</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::SitemapLoader</name>
    <message>
        <source>The sitemap index lists more than %1 sitemaps; only the first %1 were read.</source>
        <translation>L&apos;index de sitemaps en liste plus de %1&#xa0;; seuls les %1 premiers ont été lus.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read.</source>
        <translation>%1 dépasse %2 Mio et n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is neither a local file nor an http(s) address.</source>
        <translation>%1 n&apos;est ni un fichier local ni une adresse http(s).</translation>
    </message>
    <message>
        <source>Could not download %1: the server answered HTTP %2.</source>
        <translation>Impossible de télécharger %1&#xa0;: le serveur a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 from %2 listed in %3</source>
        <translation>%1 de %2, listé dans %3</translation>
    </message>
    <message>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message>
        <source>%1 URLs</source>
        <translation>%1 URL</translation>
    </message>
    <message>
        <source>1 sitemap</source>
        <translation>1 sitemap</translation>
    </message>
    <message>
        <source>%1 sitemaps</source>
        <translation>%1 sitemaps</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::Purge::Validation</name>
    <message>
        <source>Everything in the zone</source>
        <translation>Tout le contenu de la zone</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 fixed</source>
        <translation>%1 corrigé(s)</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>1 doublon retiré</translation>
    </message>
    <message>
        <source>%1 duplicates removed</source>
        <translation>%1 doublons retirés</translation>
    </message>
</context>
<context>
    <name>PurgeDesk::RunText</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
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
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) sent</source>
        <translation>
            <numerusform>%1 sur %n requête envoyée</numerusform>
            <numerusform>%1 sur %n requêtes envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation>
            <numerusform>%n nouvelle tentative</numerusform>
            <numerusform>%n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate limited (429)</source>
        <translation>
            <numerusform>%n × débit limité (429)</numerusform>
            <numerusform>%n × débit limité (429)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDesk::VerifyText</name>
    <message>
        <source>The edge address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>L&apos;adresse de l&apos;edge «&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>The edge address &quot;%1&quot; must use https:// (http:// only on this computer, such as the sandbox).</source>
        <translation>L&apos;adresse de l&apos;edge «&#xa0;%1&#xa0;» doit utiliser https:// (http:// uniquement sur cet ordinateur, par exemple pour le bac à sable).</translation>
    </message>
    <message>
        <source>The edge address &quot;%1&quot; may not have a path, user name, query or fragment.</source>
        <translation>L&apos;adresse de l&apos;edge «&#xa0;%1&#xa0;» ne peut contenir ni chemin, ni nom d&apos;utilisateur, ni chaîne de requête, ni fragment.</translation>
    </message>
    <message>
        <source>not an absolute http:// or https:// URL</source>
        <translation>pas une URL absolue http:// ou https://</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>still cached</source>
        <translation>encore en cache</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>pas en cache</translation>
    </message>
    <message>
        <source>not served by Cloudflare</source>
        <translation>non servie par Cloudflare</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Cloudflare serves a cached copy (%1, Age %2 s); with no purge time to compare, it may be older than the purge.</source>
        <translation>Cloudflare sert une copie en cache (%1, Age %2 s)&#xa0;; sans heure de purge pour comparer, elle est peut-être antérieure à la purge.</translation>
    </message>
    <message>
        <source>Cloudflare still serves a copy cached before the purge (%1, Age %2 s).</source>
        <translation>Cloudflare sert encore une copie mise en cache avant la purge (%1, Age %2 s).</translation>
    </message>
    <message>
        <source>The URL redirects to %1: the purge removed the cached redirect at most; purge and check the target too.</source>
        <translation>L&apos;URL redirige vers %1&#xa0;: la purge a tout au plus supprimé la redirection en cache&#xa0;; purgez et vérifiez aussi la cible.</translation>
    </message>
    <message>
        <source>Likely causes: another cache-key variant (device type, language, country or a custom cache key) that the purge did not name; a Transform Rule that rewrites the URL; or the purge went to another zone.</source>
        <translation>Causes probables&#xa0;: une autre variante de clé de cache (type d&apos;appareil, langue, pays ou clé de cache personnalisée) que la purge ne nommait pas&#xa0;; une Transform Rule qui réécrit l&apos;URL&#xa0;; ou la purge est allée à une autre zone.</translation>
    </message>
    <message>
        <source>Cloudflare bypassed its cache for this request (a cache rule, a cookie or a header): there was nothing to purge.</source>
        <translation>Cloudflare a contourné son cache pour cette requête (une règle de cache, un cookie ou un en-tête)&#xa0;: il n&apos;y avait rien à purger.</translation>
    </message>
    <message>
        <source>Cloudflare answered without a cache status: it does not cache this URL, so there was nothing to purge.</source>
        <translation>Cloudflare a répondu sans statut de cache&#xa0;: il ne met pas cette URL en cache, il n&apos;y avait donc rien à purger.</translation>
    </message>
    <message>
        <source>Cloudflare does not cache this URL (%1): there was nothing to purge.</source>
        <translation>Cloudflare ne met pas cette URL en cache (%1)&#xa0;: il n&apos;y avait rien à purger.</translation>
    </message>
    <message>
        <source>The answer has no CF-Ray header: it did not come through Cloudflare (the host is not proxied by Cloudflare, or something else answered).</source>
        <translation>La réponse n&apos;a pas d&apos;en-tête CF-Ray&#xa0;: elle n&apos;est pas passée par Cloudflare (l&apos;hôte ne passe pas par le proxy de Cloudflare, ou autre chose a répondu).</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Aucune réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The verification was cancelled before this URL was checked.</source>
        <translation>La vérification a été annulée avant que cette URL soit vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n fresh</source>
        <translation>
            <numerusform>%n à jour</numerusform>
            <numerusform>%n à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still cached</source>
        <translation>
            <numerusform>%n encore en cache</numerusform>
            <numerusform>%n encore en cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not cached</source>
        <translation>
            <numerusform>%n pas en cache</numerusform>
            <numerusform>%n pas en cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not served by Cloudflare</source>
        <translation>
            <numerusform>%n non servie par Cloudflare</numerusform>
            <numerusform>%n non servies par Cloudflare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n injoignable</numerusform>
            <numerusform>%n injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n non vérifiée</numerusform>
            <numerusform>%n non vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>aucune URL</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the answer did not come through Cloudflare (no CF-Ray header)</source>
        <translation>la réponse n&apos;est pas passée par Cloudflare (pas d&apos;en-tête CF-Ray)</translation>
    </message>
    <message>
        <source>the edge answered HTTP %1</source>
        <translation>l&apos;edge a répondu HTTP %1</translation>
    </message>
    <message>
        <source>Cloudflare answered without a cache status: it keeps no copy</source>
        <translation>Cloudflare a répondu sans statut de cache&#xa0;: il ne garde aucune copie</translation>
    </message>
    <message>
        <source>Cloudflare keeps no copy (%1)</source>
        <translation>Cloudflare ne garde aucune copie (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n warmed</source>
        <translation>
            <numerusform>%n préchauffée</numerusform>
            <numerusform>%n préchauffées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to warm</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not warmed</source>
        <translation>
            <numerusform>%n non préchauffée</numerusform>
            <numerusform>%n non préchauffées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the whole answer did not arrive within %n second(s)</source>
        <translation>
            <numerusform>la réponse complète n&apos;est pas arrivée en %n seconde</numerusform>
            <numerusform>la réponse complète n&apos;est pas arrivée en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>not a web address: it should start with https:// or http://</source>
        <translation>ce n’est pas une adresse web&#xa0;: elle devrait commencer par https:// ou http://</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>ce n’est pas une adresse web valable</translation>
    </message>
</context>
<context>
    <name>PurgeForm</name>
    <message>
        <source>Sandbox notice</source>
        <translation>Avis sur le bac à sable</translation>
    </message>
    <message>
        <source>Sandbox notice text</source>
        <translation>Texte de l&apos;avis sur le bac à sable</translation>
    </message>
    <message>
        <source>Add your Cloudflare account</source>
        <translation>Ajouter votre compte Cloudflare</translation>
    </message>
    <message>
        <source>Add Cloudflare &amp;Account...</source>
        <translation>A&amp;jouter un compte Cloudflare...</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Gérer les comptes</translation>
    </message>
    <message>
        <source>&amp;Manage...</source>
        <translation>Gér&amp;er...</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Zone picker</source>
        <translation>Sélecteur de zone</translation>
    </message>
    <message>
        <source>Purge by:</source>
        <translation>Purger par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URLs</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Purge by URL</source>
        <translation>Purger par URL</translation>
    </message>
    <message>
        <source>Host&amp;names</source>
        <translation>&amp;Noms d&apos;hôte</translation>
    </message>
    <message>
        <source>Purge by hostname</source>
        <translation>Purger par nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Cache &amp;tags</source>
        <translation>&amp;Tags de cache</translation>
    </message>
    <message>
        <source>Purge by cache tag</source>
        <translation>Purger par tag de cache</translation>
    </message>
    <message>
        <source>Prefi&amp;xes</source>
        <translation>Préfi&amp;xes</translation>
    </message>
    <message>
        <source>Purge by URL prefix</source>
        <translation>Purger par préfixe d&apos;URL</translation>
    </message>
    <message>
        <source>Ever&amp;ything</source>
        <translation>T&amp;out</translation>
    </message>
    <message>
        <source>Purge everything in the zone</source>
        <translation>Purger tout le contenu de la zone</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>Pur&amp;ger</translation>
    </message>
    <message>
        <source>Purge mode: remove from the cache</source>
        <translation>Mode Purger&#xa0;: retirer du cache</translation>
    </message>
    <message>
        <source>&amp;Invalidate</source>
        <translation>In&amp;valider</translation>
    </message>
    <message>
        <source>Invalidate mode: mark as stale</source>
        <translation>Mode Invalider&#xa0;: marquer comme périmé</translation>
    </message>
    <message>
        <source>What the mode does</source>
        <translation>Ce que fait le mode</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Import a list from a file</source>
        <translation>Importer une liste depuis un fichier</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Clean up the list</source>
        <translation>Nettoyer la liste</translation>
    </message>
    <message>
        <source>Trim spaces, remove duplicate and blank lines</source>
        <translation>Retirer les espaces superflus, les lignes en double et les lignes vides</translation>
    </message>
    <message>
        <source>C&amp;lean Up</source>
        <translation>Netto&amp;yer</translation>
    </message>
    <message>
        <source>List to purge, one item per line</source>
        <translation>Liste à purger, un élément par ligne</translation>
    </message>
    <message>
        <source>List counts</source>
        <translation>Décomptes de la liste</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Preview the requests</source>
        <translation>Afficher l&apos;aperçu des requêtes</translation>
    </message>
    <message>
        <source>Previe&amp;w...</source>
        <translation>Ape&amp;rçu...</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are exploring a local sandbox&lt;/b&gt; with demo zones: nothing you purge here reaches Cloudflare.</source>
        <translation>&lt;b&gt;Vous explorez un bac à sable local&lt;/b&gt; avec des zones de démonstration&#xa0;: rien de ce que vous purgez ici n&apos;atteint Cloudflare.</translation>
    </message>
    <message>
        <source>Fix the list</source>
        <translation>Corriger la liste</translation>
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
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>Enregistre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: when or why to run it</source>
        <translation>Facultatif&#xa0;: quand ou pourquoi le lancer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d&apos;attente d&apos;une requête, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Requêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Requests in flight at once</source>
        <translation>Requêtes en cours simultanément</translation>
    </message>
    <message>
        <source>How many purge requests may wait for Cloudflare&apos;s answer at the same time (1 to 6). The rate limiter paces them either way.</source>
        <translation>Combien de requêtes de purge peuvent attendre la réponse de Cloudflare en même temps (de 1 à 6). Le limiteur de débit les cadence de toute façon.</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>https://api.cloudflare.com/client/v4</source>
        <translation>https://api.cloudflare.com/client/v4</translation>
    </message>
    <message>
        <source>For advanced use only (a corporate gateway). Leave empty for Cloudflare. An account&apos;s own address, and PURGEDESK_API_BASE, come first.</source>
        <translation>Usage avancé uniquement (une passerelle d&apos;entreprise). Laissez vide pour Cloudflare. L&apos;adresse propre à un compte, et PURGEDESK_API_BASE, passent avant.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les réglages proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Au&amp;cun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>inchangé (gardé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Keep every purge</source>
        <translation>Conser&amp;ver toutes les purges</translation>
    </message>
    <message>
        <source>Keep purges &amp;for</source>
        <translation>Conserver les purges penda&amp;nt</translation>
    </message>
    <message>
        <source>Days to keep purges</source>
        <translation>Jours de conservation des purges</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Older purges are removed from the history when PurgeDesk opens it (for the History tab, a preset&apos;s last run or the first purge).</source>
        <translation>Les purges plus anciennes sont retirées de l&apos;historique quand PurgeDesk l&apos;ouvre (pour l&apos;onglet Historique, la dernière exécution d&apos;un préréglage ou la première purge).</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>PurgeDesk shows the new language when it starts again. The command line stays in English.</source>
        <translation>PurgeDesk affiche la nouvelle langue à son prochain démarrage. La ligne de commande reste en anglais.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Verify automatically after purges of up to</source>
        <translation>Vérifier au&amp;tomatiquement après les purges d&apos;au plus</translation>
    </message>
    <message>
        <source>After a URL purge, fetch each purged URL from Cloudflare&apos;s edge and say whether it is fresh, without waiting for a click on Verify</source>
        <translation>Après une purge d&apos;URL, récupérer chaque URL purgée auprès de l&apos;edge de Cloudflare et indiquer si elle est à jour, sans attendre un clic sur Vérifier</translation>
    </message>
    <message>
        <source>Most URLs of a purge that is verified automatically</source>
        <translation>Nombre maximal d&apos;URL d&apos;une purge vérifiée automatiquement</translation>
    </message>
    <message>
        <source> URLs</source>
        <translation> URL</translation>
    </message>
    <message>
        <source>Warm the &amp;cache after verifying</source>
        <translation>Préchauf&amp;fer le cache après la vérification</translation>
    </message>
    <message>
        <source>Fetches each URL that came back fresh once more, a few a second, so that the next visitor gets a cached copy. No credentials are sent.</source>
        <translation>Récupère encore une fois chaque URL revenue à jour, quelques-unes par seconde, pour que le prochain visiteur reçoive une copie en cache. Aucun identifiant n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Rései&amp;au</translation>
    </message>
</context>
</TS>
