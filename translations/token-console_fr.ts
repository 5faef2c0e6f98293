<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminApi</name>
    <message>
        <source>The sandbox could not complete the request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>Le bac à sable n’a pas pu traiter la requête. Réessayez&#xa0;; si l’échec persiste, consultez le journal du bac à sable.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000.</source>
        <translation>La limite doit être un nombre entier de 1 à 1000.</translation>
    </message>
    <message>
        <source>The paging cursor is not one this server issued. Start again from the first page.</source>
        <translation>Ce curseur de pagination n’a pas été émis par ce serveur. Recommencez à partir de la première page.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON. Send a JSON object.</source>
        <translation>Le corps de la requête n’est pas du JSON valide. Envoyez un objet JSON.</translation>
    </message>
    <message>
        <source>The request body is larger than 64 KiB. Send a smaller body.</source>
        <translation>Le corps de la requête dépasse 64 Kio. Envoyez un corps plus petit.</translation>
    </message>
    <message>
        <source>This needs the Manage Users permission. Ask an account admin to do it or to grant you the permission.</source>
        <translation>Cette action nécessite l’autorisation «&#xa0;Gérer les utilisateurs&#xa0;». Demandez à un administrateur du compte de la faire ou de vous accorder l’autorisation.</translation>
    </message>
    <message>
        <source>No such token in this account. Refresh the list; it may have been removed.</source>
        <translation>Ce jeton n’existe pas dans ce compte. Actualisez la liste&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Sign in first: the request has no valid session.</source>
        <translation>Connectez-vous d’abord&#xa0;: la requête n’a pas de session valide.</translation>
    </message>
    <message>
        <source>The session expired after 8 hours without use. Sign in again.</source>
        <translation>La session a expiré après 8 heures sans utilisation. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Send &quot;login&quot; and &quot;password&quot; as strings.</source>
        <translation>Envoyez &quot;login&quot; et &quot;password&quot; sous forme de chaînes.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Trop d’échecs de connexion pour cet identifiant. Attendez %n minute et réessayez.</numerusform>
            <numerusform>Trop d’échecs de connexion pour cet identifiant. Attendez %n minutes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and try again.</source>
        <translation>L’identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>This account&apos;s contract does not include Connect, so it cannot have API tokens. Contact your ON24 account manager.</source>
        <translation>Le contrat de ce compte n’inclut pas Connect&#xa0;: il ne peut donc pas avoir de jetons d’API. Contactez votre gestionnaire de compte ON24.</translation>
    </message>
    <message>
        <source>&quot;userId&quot; must be the number of a user of this account.</source>
        <translation>&quot;userId&quot; doit être le numéro d’un utilisateur de ce compte.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters without control characters.</source>
        <translation>Le nom doit compter de 1 à 64 caractères, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>Access must be &quot;all_endpoints&quot; or a non-empty list of: %1.</source>
        <translation>L’accès doit être &quot;all_endpoints&quot; ou une liste non vide parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no user %1 in this account. Pick a login from the user list.</source>
        <translation>Il n’y a pas d’utilisateur %1 dans ce compte. Choisissez un identifiant dans la liste des utilisateurs.</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Enable or rename the existing one instead.</source>
        <translation>Cet identifiant a déjà un jeton (un jeton par identifiant). Activez ou renommez plutôt le jeton existant.</translation>
    </message>
    <message>
        <source>Send If-Match with the token&apos;s version (its ETag) so a change made by someone else is not overwritten.</source>
        <translation>Envoyez If-Match avec la version du jeton (son ETag) pour ne pas écraser une modification faite par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The token changed since you loaded it. Reload it and try again.</source>
        <translation>Le jeton a changé depuis son chargement. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The token is already disabled.</source>
        <translation>Le jeton est déjà désactivé.</translation>
    </message>
    <message>
        <source>The token is already active.</source>
        <translation>Le jeton est déjà actif.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address and your network connection, then try again.</source>
        <translation>Impossible de joindre le serveur (%1). Vérifiez l’adresse du serveur et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez qu’il fonctionne et qu’il est joignable, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the server address; if the server uses its own certificate, have it installed in the system&apos;s trust store.</source>
        <translation>La connexion sécurisée a échoué&#xa0;: %1. Vérifiez l’adresse du serveur&#xa0;; si le serveur utilise son propre certificat, faites-le installer dans le magasin de certificats du système.</translation>
    </message>
    <message>
        <source>certificate or handshake error</source>
        <translation>erreur de certificat ou de négociation</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: only this computer (localhost) may be used without encryption. Use an https:// address.</source>
        <translation>Connexion à %1 en http non chiffré refusée&#xa0;: seul cet ordinateur (localhost) peut être utilisé sans chiffrement. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>a remote server</source>
        <translation>un serveur distant</translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and sign in again.</source>
        <translation>L’identifiant ou le mot de passe est incorrect. Vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server did not accept the session. Sign in again.</source>
        <translation>Le serveur n’a pas accepté la session. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has expired. Enter your password to sign in again.</source>
        <translation>Votre session a expiré. Saisissez votre mot de passe pour vous reconnecter.</translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs the Manage Users permission. Ask an account administrator.</source>
        <translation>Vous n’avez pas l’autorisation de faire cela&#xa0;: il faut l’autorisation «&#xa0;Gérer les utilisateurs&#xa0;». Adressez-vous à un administrateur du compte.</translation>
    </message>
    <message>
        <source>The account&apos;s contract does not include Connect, so API tokens cannot be provisioned. Contact your ON24 account manager.</source>
        <translation>Le contrat du compte n’inclut pas Connect&#xa0;: impossible de provisionner des jetons d’API. Contactez votre gestionnaire de compte ON24.</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Use the existing token, or disable it and provision for another login.</source>
        <translation>Cet identifiant a déjà un jeton (un jeton par identifiant). Utilisez le jeton existant, ou désactivez-le et provisionnez-en un pour un autre identifiant.</translation>
    </message>
    <message>
        <source>The token is already disabled. Refresh the list to see its current state.</source>
        <translation>Le jeton est déjà désactivé. Actualisez la liste pour voir son état actuel.</translation>
    </message>
    <message>
        <source>The token is already active. Refresh the list to see its current state.</source>
        <translation>Le jeton est déjà actif. Actualisez la liste pour voir son état actuel.</translation>
    </message>
    <message>
        <source>The request conflicts with the token&apos;s current state. Refresh and try again.</source>
        <translation>La requête est en conflit avec l’état actuel du jeton. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed this token meanwhile. Refresh the list and try again.</source>
        <translation>Quelqu’un d’autre a modifié ce jeton entre-temps. Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>Le serveur a refusé la requête comme non valide. Corrigez la saisie et réessayez.</translation>
    </message>
    <message>
        <source>The token or resource was not found; it may have been removed. Refresh the list and check the id.</source>
        <translation>Le jeton ou la ressource est introuvable&#xa0;; il a peut-être été supprimé. Actualisez la liste et vérifiez l’identifiant.</translation>
    </message>
    <message>
        <source>Too many attempts: the server refuses further sign-ins for a while. Wait 15 minutes and try again.</source>
        <translation>Trop de tentatives&#xa0;: le serveur refuse de nouvelles connexions pendant un moment. Attendez 15 minutes et réessayez.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>Le serveur a rencontré un problème interne (HTTP %1). Réessayez plus tard&#xa0;; si le problème persiste, contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read (%1). Check that the server address points to a Token Admin API v1.</source>
        <translation>Le serveur a envoyé une réponse que cette version ne sait pas lire (%1). Vérifiez que l’adresse du serveur pointe vers une Token Admin API v1.</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>réponse inattendue</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>BandStyle</name>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>There is no token with id “%1”. Run “token-console list” to see the ids.</source>
        <translation>Aucun jeton n’a l’identifiant «&#xa0;%1&#xa0;». Lancez «&#xa0;token-console list&#xa0;» pour voir les identifiants.</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>AT RISK   %1 auto-disables in %2 (inactive %3 days).</source>
        <translation>À RISQUE  %1 sera désactivé automatiquement dans %2 (inactif depuis %3 jours).</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>moins d’un jour</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>DISABLED  %1 was disabled for inactivity on %2; enable it with “token-console enable %3”.</source>
        <translation>DÉSACTIVÉ %1 a été désactivé pour inactivité le %2&#xa0;; réactivez-le avec «&#xa0;token-console enable %3&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none auto-disables within %1 days and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n jeton vérifié&#xa0;: aucun ne sera désactivé automatiquement d’ici %1 jours et aucun n’est désactivé pour inactivité.</numerusform>
            <numerusform>OK        %n jetons vérifiés&#xa0;: aucun ne sera désactivé automatiquement d’ici %1 jours et aucun n’est désactivé pour inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no user with the login “%1”. Check the spelling; tokens can only be provisioned for existing users.</source>
        <translation>Le compte n’a aucun utilisateur avec l’identifiant «&#xa0;%1&#xa0;». Vérifiez l’orthographe&#xa0;; les jetons ne peuvent être provisionnés que pour des utilisateurs existants.</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was provisioned. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>Aucun trousseau utilisable&#xa0;: le nouveau secret n’a pas pu être enregistré (%1). Rien n’a été provisionné. Réparez le trousseau, ou ajoutez --print-secret pour obtenir le secret une seule fois sur la sortie standard.</translation>
    </message>
    <message>
        <source>Provisioned %1; its secret is in the keychain as %2.</source>
        <translation>%1 provisionné&#xa0;; son secret est dans le trousseau sous %2.</translation>
    </message>
    <message>
        <source>Provisioned %1; the secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>%1 provisionné&#xa0;; le secret n’a PAS été enregistré (%2)&#xa0;: copiez-le maintenant, il ne sera plus jamais affiché.</translation>
    </message>
    <message>
        <source>Provisioned %1, but its secret could not be stored (%2) and is lost. Disable this token and provision again once the keychain works.</source>
        <translation>%1 provisionné, mais son secret n’a pas pu être enregistré (%2) et il est perdu. Désactivez ce jeton et provisionnez-en un nouveau quand le trousseau fonctionnera.</translation>
    </message>
    <message>
        <source>Renamed %1 (was “%2”).</source>
        <translation>%1 renommé (auparavant «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>Enabled %1; its inactivity count starts again now.</source>
        <translation>%1 activé&#xa0;; le décompte d’inactivité repart de maintenant.</translation>
    </message>
    <message>
        <source>No token of this connection has its secret on this computer, so none can be verified. Secrets are stored when you provision here.</source>
        <translation>Aucun jeton de cette connexion n’a son secret sur cet ordinateur&#xa0;: aucun ne peut donc être vérifié. Les secrets sont enregistrés quand vous provisionnez depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>No local secret for %1: this computer&apos;s keychain does not hold its secret, so it cannot be verified here. Verify it where it was provisioned.</source>
        <translation>Pas de secret local pour %1&#xa0;: le trousseau de cet ordinateur ne contient pas son secret, il ne peut donc pas être vérifié ici. Vérifiez-le là où il a été provisionné.</translation>
    </message>
    <message>
        <source>WORKS     %1: %2</source>
        <translation>FONCTIONNE %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>FAILED    %1: %2</source>
        <translation>ÉCHEC     %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Platform</source>
        <translation>Se connecter à une plateforme</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>par ex. Production</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation>https://tokens.example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>ON24 &amp;region:</source>
        <translation>Ré&amp;gion ON24&#xa0;:</translation>
    </message>
    <message>
        <source>ON24 API &amp;base:</source>
        <translation>&amp;Base de l’API ON24&#xa0;:</translation>
    </message>
    <message>
        <source>https://api.on24.com/v2</source>
        <translation>https://api.on24.com/v2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1: check the path and its permissions.</source>
        <translation>Impossible de créer le dossier de données %1&#xa0;: vérifiez le chemin et ses autorisations.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox database in %1 (%2). Check that the folder is writable and not used by another program.</source>
        <translation>Impossible d’ouvrir la base de données du bac à sable dans %1 (%2). Vérifiez que le dossier est accessible en écriture et qu’aucun autre programme ne l’utilise.</translation>
    </message>
    <message>
        <source>Cannot configure the sandbox database (%1). Use another data folder.</source>
        <translation>Impossible de configurer la base de données du bac à sable (%1). Utilisez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox database (%1). Use an empty data folder.</source>
        <translation>Impossible de créer la base de données du bac à sable (%1). Utilisez un dossier de données vide.</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>New Token Secret</source>
        <translation>Nouveau secret de jeton</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>Clé du jeton</translation>
    </message>
    <message>
        <source>Copy K&amp;ey</source>
        <translation>Copier la cl&amp;é</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Co&amp;pier le secret</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision a Token</source>
        <translation>Provisionner un jeton</translation>
    </message>
    <message>
        <source>A token lets one integration call the ON24 API as the chosen login. Each login can have one token.</source>
        <translation>Un jeton permet à une intégration d’appeler l’API ON24 au nom de l’identifiant choisi. Chaque identifiant peut avoir un jeton.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All endpoints</source>
        <translation>&amp;Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Only these API a&amp;reas:</source>
        <translation>Seulement ces &amp;domaines d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>e.g. Salesforce</source>
        <translation>par ex. Salesforce</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>Nommez-le d’après son usage (l’intégration qui l’utilisera), pour que les autres sachent ce que sa désactivation arrêterait.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename Token</source>
        <translation>Renommer le jeton</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>Unknown seed &quot;%1&quot;: use demo, none or bulk:N (N from 0 to %2).</source>
        <translation>Données initiales &quot;%1&quot; inconnues&#xa0;: utilisez demo, none ou bulk:N (N de 0 à %2).</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database (%1). See the log above, then try an empty data folder.</source>
        <translation>Impossible de remplir la base de données du bac à sable (%1). Consultez le journal ci-dessus, puis essayez avec un dossier de données vide.</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database: it is locked. Try again.</source>
        <translation>Impossible de remplir la base de données du bac à sable&#xa0;: elle est verrouillée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ApiJob</name>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)</source>
        <translation> (certificat pour %1, émis par %2, valide du %3 au %4, SHA-256 %5)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Cli</name>
    <message>
        <source>List every token of the account.</source>
        <translation>Lister tous les jetons du compte.</translation>
    </message>
    <message>
        <source>Check for tokens near or past the inactivity auto-disable. Exit codes: 0 nothing at risk, 1 some active token auto-disables within DAYS, 2 some token is disabled for inactivity, 3 error.</source>
        <translation>Rechercher les jetons proches de la désactivation automatique pour inactivité, ou déjà désactivés. Codes de sortie&#xa0;: 0 rien à risque, 1 un jeton actif sera désactivé automatiquement d’ici JOURS jours, 2 un jeton est désactivé pour inactivité, 3 erreur.</translation>
    </message>
    <message>
        <source>Provision a token for a user; the secret goes to the keychain and only the key is printed. The sign-in options must come before “provision” here, since --login after it names the token&apos;s user:
  token-console --server URL --login ADMIN --password-stdin provision --login USER --name NAME</source>
        <translation>Provisionner un jeton pour un utilisateur&#xa0;; le secret va dans le trousseau et seule la clé est affichée. Ici, les options de connexion doivent précéder «&#xa0;provision&#xa0;», car --login placé après désigne l’utilisateur du jeton&#xa0;:
  token-console --server URL --login ADMIN --password-stdin provision --login USER --name NAME</translation>
    </message>
    <message>
        <source>Rename a token.</source>
        <translation>Renommer un jeton.</translation>
    </message>
    <message>
        <source>Disable a token.</source>
        <translation>Désactiver un jeton.</translation>
    </message>
    <message>
        <source>Enable a disabled token; its inactivity count restarts.</source>
        <translation>Activer un jeton désactivé&#xa0;; son décompte d’inactivité repart de zéro.</translation>
    </message>
    <message>
        <source>Prove a token works with a real ON24 API call, using the secret in this computer&apos;s keychain. A success counts as activity.</source>
        <translation>Prouver qu’un jeton fonctionne par un véritable appel à l’API ON24, avec le secret du trousseau de cet ordinateur. Un succès compte comme une activité.</translation>
    </message>
    <message>
        <source>No subcommand. Use one of: %1.</source>
        <translation>Aucune sous-commande. Utilisez l’une de celles-ci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>See “token-console %1 --help”.</source>
        <translation>Voir «&#xa0;token-console %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>The token&apos;s id, as “list” shows it.</source>
        <translation>L’identifiant du jeton, tel que «&#xa0;list&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin] %1 [options] %2</source>
        <translation>Utilisation&#xa0;: token-console [--profile NAME | --server URL --login LOGIN --password-stdin] %1 [options] %2</translation>
    </message>
    <message>
        <source>--server wants a URL such as https://tokens.example.com.</source>
        <translation>--server attend une URL telle que https://tokens.example.com.</translation>
    </message>
    <message>
        <source>--within wants a whole number of days, not “%1”.</source>
        <translation>--within attend un nombre entier de jours, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>provision needs --login LOGIN and --name NAME.</source>
        <translation>provision nécessite --login LOGIN et --name NAME.</translation>
    </message>
    <message>
        <source>--access wants all_endpoints or a list of areas.</source>
        <translation>--access attend all_endpoints ou une liste de domaines.</translation>
    </message>
    <message>
        <source>rename needs --name NAME.</source>
        <translation>rename nécessite --name NAME.</translation>
    </message>
    <message>
        <source>Give either a token id or --all, not both.</source>
        <translation>Indiquez soit un identifiant de jeton, soit --all, mais pas les deux.</translation>
    </message>
    <message>
        <source>%1 needs exactly one token id.</source>
        <translation>%1 nécessite exactement un identifiant de jeton.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use the connection profile NAME (saved by the application).</source>
        <translation>Utiliser le profil de connexion NAME (enregistré par l’application).</translation>
    </message>
    <message>
        <source>Connect to the Token Admin API at URL (https, or http for this computer only).</source>
        <translation>Se connecter à la Token Admin API à l’adresse URL (https, ou http pour cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (with --server).</source>
        <translation>Se connecter en tant que LOGIN (avec --server).</translation>
    </message>
    <message>
        <source>Read the sign-in password from the first line of standard input.</source>
        <translation>Lire le mot de passe de connexion sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Format de sortie&#xa0;: table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Report active tokens that auto-disable within DAYS days (default 14).</source>
        <translation>Signaler les jetons actifs désactivés automatiquement d’ici DAYS jours (14 par défaut).</translation>
    </message>
    <message>
        <source>The user (login) the new token belongs to.</source>
        <translation>L’utilisateur (identifiant) auquel appartient le nouveau jeton.</translation>
    </message>
    <message>
        <source>The token&apos;s name, e.g. its purpose (“Salesforce”).</source>
        <translation>Le nom du jeton, par ex. son usage («&#xa0;Salesforce&#xa0;»).</translation>
    </message>
    <message>
        <source>all_endpoints (default) or a comma-separated list of areas: registration, client_analytics, event_analytics, event_management, content, helpers.</source>
        <translation>all_endpoints (par défaut) ou une liste de domaines séparés par des virgules&#xa0;: registration, client_analytics, event_analytics, event_management, content, helpers.</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once).</source>
        <translation>Afficher aussi le nouveau secret sur la sortie standard (il n’est montré que cette fois).</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer.</source>
        <translation>Vérifier chaque jeton dont le secret se trouve sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>Utiliser la langue CODE (de, fr, es, ja, en).</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CliConnection</name>
    <message>
        <source>--server needs --login LOGIN and --password-stdin (the password is read from standard input, never from the command line).</source>
        <translation>--server nécessite --login LOGIN et --password-stdin (le mot de passe est lu sur l’entrée standard, jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”. Create it in the application, or use --server URL --login LOGIN --password-stdin.</source>
        <translation>Il n’existe aucun profil de connexion nommé «&#xa0;%1&#xa0;». Créez-le dans l’application, ou utilisez --server URL --login LOGIN --password-stdin.</translation>
    </message>
    <message>
        <source>The password for profile “%1” could not be read from the keychain: %2 Use --password-stdin instead.</source>
        <translation>Le mot de passe du profil «&#xa0;%1&#xa0;» n’a pas pu être lu dans le trousseau&#xa0;: %2 Utilisez plutôt --password-stdin.</translation>
    </message>
    <message>
        <source>Profile “%1” has no remembered password. Pass it with --password-stdin.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de mot de passe mémorisé. Transmettez-le avec --password-stdin.</translation>
    </message>
    <message>
        <source>Could not start the built-in demo server: %1</source>
        <translation>Impossible de démarrer le serveur de démonstration intégré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Command</name>
    <message>
        <source>Not connected to a platform.</source>
        <translation>Pas connecté à une plateforme.</translation>
    </message>
    <message>
        <source>Your user (%1) lacks the Manage Users permission: you can look at tokens, but only an admin can change them.</source>
        <translation>Votre utilisateur (%1) n’a pas l’autorisation «&#xa0;Gérer les utilisateurs&#xa0;»&#xa0;: vous pouvez consulter les jetons, mais seul un administrateur peut les modifier.</translation>
    </message>
    <message>
        <source>The contract of %1 does not include Connect, which provisioning needs. Ask your ON24 account manager.</source>
        <translation>Le contrat de %1 n’inclut pas Connect, nécessaire pour provisionner. Adressez-vous à votre gestionnaire de compte ON24.</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Sélectionnez d’abord un jeton.</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <source>“%1” is already active.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà actif.</translation>
    </message>
    <message>
        <source>This computer does not hold the secret of “%1”: only tokens provisioned here have it in the keychain.</source>
        <translation>Cet ordinateur ne détient pas le secret de «&#xa0;%1&#xa0;»&#xa0;: seuls les jetons provisionnés ici l’ont dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CommandController</name>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Provisionner…</translation>
    </message>
    <message>
        <source>Create a token for a login of the account</source>
        <translation>Créer un jeton pour un identifiant du compte</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Give the selected token a name that says what uses it</source>
        <translation>Donner au jeton sélectionné un nom qui indique ce qui l’utilise</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Stop the selected token from working</source>
        <translation>Empêcher le jeton sélectionné de fonctionner</translation>
    </message>
    <message>
        <source>&amp;Enable This Token…</source>
        <translation>&amp;Activer ce jeton…</translation>
    </message>
    <message>
        <source>Let the selected disabled token work again</source>
        <translation>Permettre au jeton désactivé sélectionné de fonctionner à nouveau</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Call the ON24 API with the selected token to prove it works (counts as activity)</source>
        <translation>Appeler l’API ON24 avec le jeton sélectionné pour prouver qu’il fonctionne (compte comme une activité)</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Copier la &amp;clé</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s key</source>
        <translation>Copier la clé du jeton sélectionné</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copier le &amp;secret</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s secret from this computer&apos;s keychain</source>
        <translation>Copier le secret du jeton sélectionné depuis le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the token list from the server</source>
        <translation>Recharger la liste des jetons depuis le serveur</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ConnectDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>North America (api.on24.com)</source>
        <translation>Amérique du Nord (api.on24.com)</translation>
    </message>
    <message>
        <source>Europe (api.eu.on24.com)</source>
        <translation>Europe (api.eu.on24.com)</translation>
    </message>
    <message>
        <source>Other base URL</source>
        <translation>Autre URL de base</translation>
    </message>
    <message>
        <source>Connect to a Platform</source>
        <translation>Se connecter à une plateforme</translation>
    </message>
    <message>
        <source>Sign in to the Token Admin API of your ON24 platform gateway. The password is only kept in this computer&apos;s keychain, and only if you ask for it.</source>
        <translation>Connectez-vous à la Token Admin API de la passerelle de votre plateforme ON24. Le mot de passe n’est conservé que dans le trousseau de cet ordinateur, et seulement si vous le demandez.</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Your session has expired (sessions end after 8 hours without use). Enter your password to continue; nothing you were doing is lost.</source>
        <translation>Votre session a expiré (les sessions se terminent après 8 heures sans utilisation). Saisissez votre mot de passe pour continuer&#xa0;; rien de ce que vous faisiez n’est perdu.</translation>
    </message>
    <message>
        <source>“%1” is the name of the local demo data; choose another profile name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom des données de démonstration locales&#xa0;; choisissez un autre nom de profil.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a URL such as https://tokens.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur. Saisissez une URL telle que https://tokens.example.com.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopyKeyCommand</name>
    <message>
        <source>Copied the key of “%1”.</source>
        <translation>Clé de «&#xa0;%1&#xa0;» copiée.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopySecretCommand</name>
    <message>
        <source>Could not read the secret of “%1” from the keychain: %2</source>
        <translation>Impossible de lire le secret de «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied the secret of “%1”. The clipboard is cleared in %2 if it still holds it.</source>
        <translation>Secret de «&#xa0;%1&#xa0;» copié. Le presse-papiers sera vidé dans %2 s’il le contient encore.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CountdownDelegate</name>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <translation>%1 · critique</translation>
    </message>
    <message>
        <source>%1 · warning</source>
        <translation>%1 · alerte</translation>
    </message>
    <message>
        <source>Disabled: no countdown.</source>
        <translation>Désactivé&#xa0;: pas de compte à rebours.</translation>
    </message>
    <message>
        <source>%1 — auto-disables on %2 unless the token is used before.</source>
        <translation>%1 — désactivation automatique le %2, sauf si le jeton est utilisé d’ici là.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DateDelegate</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No API call with this token yet.</source>
        <translation>Aucun appel d’API avec ce jeton pour l’instant.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DetailsPanel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Select a token to see its details, activity and history.</source>
        <translation>Sélectionnez un jeton pour voir ses détails, son activité et son historique.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Auto-disable:</source>
        <translation>Désactivation auto.&#xa0;:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Dernière activité&#xa0;:</translation>
    </message>
    <message>
        <source>Inactive since:</source>
        <translation>Inactif depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>Désactivé&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Recent API activity</source>
        <translation>Activité récente de l’API</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Audit entries for this token</source>
        <translation>Entrées d’audit de ce jeton</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled for inactivity</source>
        <translation>Désactivé pour inactivité</translation>
    </message>
    <message>
        <source>Disabled manually</source>
        <translation>Désactivé manuellement</translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation>— (désactivé)</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain</source>
        <translation>Dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Not on this computer (only the integration holds it)</source>
        <translation>Pas sur cet ordinateur (seule l’intégration le détient)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Impossible de charger l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API calls recorded.</source>
        <translation>Aucun appel d’API enregistré.</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Aucune entrée d’audit.</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>%1, in %2 — %3</source>
        <translation>%1, dans %2 — %3</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DisableCommand</name>
    <message>
        <source>Disable Token</source>
        <translation>Désactiver le jeton</translation>
    </message>
    <message>
        <source>Disable “%1” (login %2)?</source>
        <translation>Désactiver «&#xa0;%1&#xa0;» (identifiant %2)&#xa0;?</translation>
    </message>
    <message>
        <source>Integrations using this token will stop working at once: every ON24 API call with it fails until it is enabled again.</source>
        <translation>Les intégrations qui utilisent ce jeton cesseront immédiatement de fonctionner&#xa0;: tout appel à l’API ON24 avec ce jeton échouera jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Could not disable “%1”: %2</source>
        <translation>Impossible de désactiver «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» désactivé.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EnableCommand</name>
    <message>
        <source>It was disabled manually on %1.</source>
        <translation>Il a été désactivé manuellement le %1.</translation>
    </message>
    <message>
        <source>It was disabled manually.</source>
        <translation>Il a été désactivé manuellement.</translation>
    </message>
    <message>
        <source>Enable This Token</source>
        <translation>Activer ce jeton</translation>
    </message>
    <message>
        <source>Enable “%1” (login %2)?</source>
        <translation>Activer «&#xa0;%1&#xa0;» (identifiant %2)&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Enable This Token</source>
        <translation>&amp;Activer ce jeton</translation>
    </message>
    <message>
        <source>Could not enable “%1”: %2</source>
        <translation>Impossible d’activer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enabled “%1”; its inactivity count starts again today.</source>
        <translation>«&#xa0;%1&#xa0;» activé&#xa0;; son décompte d’inactivité repart d’aujourd’hui.</translation>
    </message>
    <message>
        <source>It was disabled automatically on %1 because it had not been used for %2.</source>
        <translation>Il a été désactivé automatiquement le %1 car il n’avait pas été utilisé depuis %2.</translation>
    </message>
    <message>
        <source>Enabling restarts the count of %1 without activity now; integrations can use it again at once.</source>
        <translation>L’activation relance maintenant le décompte de %1 sans activité&#xa0;; les intégrations peuvent l’utiliser de nouveau immédiatement.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeychainSecretStore</name>
    <message>
        <source>store the secret</source>
        <translation>d’enregistrer le secret</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>de lire le secret</translation>
    </message>
    <message>
        <source>remove the secret</source>
        <translation>de supprimer le secret</translation>
    </message>
    <message>
        <source>No secret for this token is stored on this computer.</source>
        <translation>Aucun secret n’est enregistré pour ce jeton sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not %1: the system keychain is not available (%2). Start or unlock the keychain (e.g. GNOME Keyring, KWallet) and try again.</source>
        <translation>Impossible %1&#xa0;: le trousseau du système n’est pas disponible (%2). Démarrez ou déverrouillez le trousseau (par ex. GNOME Keyring, KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: access to the keychain was denied. Allow Token Console to use the keychain and try again.</source>
        <translation>Impossible %1&#xa0;: l’accès au trousseau a été refusé. Autorisez Token Console à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: the keychain refused (%2).</source>
        <translation>Impossible %1&#xa0;: le trousseau a refusé (%2).</translation>
    </message>
    <message>
        <source>The keychain did not answer; it may be locked and waiting for its password. Unlock the keychain and try again.</source>
        <translation>Le trousseau n’a pas répondu&#xa0;; il est peut-être verrouillé et attend son mot de passe. Déverrouillez le trousseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::MainWindow</name>
    <message>
        <source>Token Console</source>
        <translation>Token Console</translation>
    </message>
    <message>
        <source>This is local demo data: an embedded sandbox on this computer, not a real ON24 account. Try anything here; connect to your platform to manage real tokens.</source>
        <translation>Ce sont des données de démonstration locales&#xa0;: un bac à sable intégré sur cet ordinateur, pas un vrai compte ON24. Essayez tout ce que vous voulez&#xa0;; connectez-vous à votre plateforme pour gérer de vrais jetons.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>Se &amp;connecter à une plateforme…</translation>
    </message>
    <message>
        <source>Search name, login or key</source>
        <translation>Rechercher un nom, un identifiant ou une clé</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>Actualisation a&amp;utomatique</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivée</translation>
    </message>
    <message>
        <source>Every &amp;Minute</source>
        <translation>Toutes les &amp;minutes</translation>
    </message>
    <message>
        <source>Every &amp;5 Minutes</source>
        <translation>Toutes les &amp;5 minutes</translation>
    </message>
    <message>
        <source>Every &amp;15 Minutes</source>
        <translation>Toutes les &amp;15 minutes</translation>
    </message>
    <message>
        <source>Every &amp;Hour</source>
        <translation>Toutes les &amp;heures</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Token Console</source>
        <translation>À &amp;propos de Token Console</translation>
    </message>
    <message>
        <source>About Token Console</source>
        <translation>À propos de Token Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage the API tokens of an ON24 account: see their last activity, get warned before the 60-day inactivity rule disables them, and keep their secrets in the keychain only.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gérez les jetons d’API d’un compte ON24&#xa0;: voyez leur dernière activité, soyez averti avant que la règle des 60 jours d’inactivité ne les désactive, et gardez leurs secrets uniquement dans le trousseau.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Choose one from File &gt; Profiles or connect to a platform.</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;». Choisissez-en un dans Fichier &gt; Profils ou connectez-vous à une plateforme.</translation>
    </message>
    <message>
        <source>The local demo data is not available in this build. Connect to a platform instead.</source>
        <translation>Les données de démonstration locales ne sont pas disponibles dans cette version. Connectez-vous plutôt à une plateforme.</translation>
    </message>
    <message>
        <source>The local demo data could not be opened: %1</source>
        <translation>Impossible d’ouvrir les données de démonstration locales&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not sign in to %1 as %2: %3</source>
        <translation>Impossible de se connecter à %1 en tant que %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: refreshing failed. %2</source>
        <translation>Cette liste date de %1 et n’est peut-être plus à jour&#xa0;: l’actualisation a échoué. %2</translation>
    </message>
    <message>
        <source>The token list could not be loaded. %1</source>
        <translation>Impossible de charger la liste des jetons. %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2 to open the profile “%3”.</source>
        <translation>Saisissez le mot de passe de %1 sur %2 pour ouvrir le profil «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Signed in, but the password could not be kept in the keychain: %1 You will be asked for it next time.</source>
        <translation>Connecté, mais le mot de passe n’a pas pu être conservé dans le trousseau&#xa0;: %1 Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Local Demo Data</source>
        <translation>Données de démonstration locales</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Local demo data</source>
        <translation>Données de démonstration locales</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Last refresh %1 (stale)</source>
        <translation>Dernière actualisation %1 (périmée)</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Dernière actualisation %1</translation>
    </message>
    <message>
        <source>%1 — Token Console</source>
        <translation>%1 — Token Console</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than a minute. Countdowns use the server&apos;s time; fix the clock to avoid confusion elsewhere.</source>
        <translation>L’horloge de cet ordinateur diffère de celle du serveur de plus d’une minute. Les comptes à rebours utilisent l’heure du serveur&#xa0;; corrigez l’horloge pour éviter toute confusion ailleurs.</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Actifs (%1)</translation>
    </message>
    <message>
        <source>Disabled (%1)</source>
        <translation>Désactivés (%1)</translation>
    </message>
    <message>
        <source>Disabled for inactivity (%1)</source>
        <translation>Désactivés pour inactivité (%1)</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 behind the server&apos;s</source>
        <translation>Attention&#xa0;: cette horloge retarde de %1 sur celle du serveur</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 ahead of the server&apos;s</source>
        <translation>Attention&#xa0;: cette horloge avance de %1 sur celle du serveur</translation>
    </message>
    <message>
        <source>Expiring within %1 (%2)</source>
        <translation>Expire d’ici %1 (%2)</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>Avis sur les données de démonstration</translation>
    </message>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Pourquoi certaines actions sont indisponibles</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Inactivity warning</source>
        <translation>Alerte d’inactivité</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Your session has expired, so this list is not refreshed. Choose Retry to sign in again.</source>
        <translation>Votre session a expiré&#xa0;: cette liste n’est donc plus actualisée. Choisissez «&#xa0;Réessayer&#xa0;» pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Not signed in to “%1”. Choose Retry to enter the password, pick another profile from File &gt; Profiles, or connect to a platform.</source>
        <translation>Non connecté à «&#xa0;%1&#xa0;». Choisissez «&#xa0;Réessayer&#xa0;» pour saisir le mot de passe, choisissez un autre profil dans Fichier &gt; Profils, ou connectez-vous à une plateforme.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The token list could not be loaded.</source>
        <translation>Impossible de charger la liste des jetons.</translation>
    </message>
    <message>
        <source>Loading the tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>This account has no API tokens yet. Provision one with Token &gt; Provision… (%1).</source>
        <translation>Ce compte n’a pas encore de jeton d’API. Provisionnez-en un avec Jeton &gt; Provisionner… (%1).</translation>
    </message>
    <message>
        <source>This account has no API tokens yet.</source>
        <translation>Ce compte n’a pas encore de jeton d’API.</translation>
    </message>
    <message>
        <source>No token matches the search and the status filter.</source>
        <translation>Aucun jeton ne correspond à la recherche et au filtre d’état.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NewSecretDialog</name>
    <message>
        <source>The token “%1” is ready. Give the key and the secret to the integration. The platform never sends this secret again.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» est prêt. Transmettez la clé et le secret à l’intégration. La plateforme n’enverra plus jamais ce secret.</translation>
    </message>
    <message>
        <source>Storing the secret in this computer&apos;s keychain…</source>
        <translation>Enregistrement du secret dans le trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>The secret is stored in this computer&apos;s keychain (entry “%1”), so Verify and Copy Secret work here later. Nothing else on this computer holds it.</source>
        <translation>Le secret est enregistré dans le trousseau de cet ordinateur (entrée «&#xa0;%1&#xa0;»)&#xa0;: «&#xa0;Vérifier&#xa0;» et «&#xa0;Copier le secret&#xa0;» fonctionneront donc ici plus tard. Rien d’autre sur cet ordinateur ne le détient.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L’accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>Close Without a Stored Secret?</source>
        <translation>Fermer sans secret enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>This computer has not stored the secret, and the platform will not show it again. Have you stored it somewhere else?</source>
        <translation>Cet ordinateur n’a pas enregistré le secret, et la plateforme ne l’affichera plus. L’avez-vous enregistré ailleurs&#xa0;?</translation>
    </message>
    <message>
        <source>I Have Stored It, &amp;Close</source>
        <translation>Je l’ai enregistré, &amp;fermer</translation>
    </message>
    <message>
        <source>&amp;Keep Showing It</source>
        <translation>Continuer à l’&amp;afficher</translation>
    </message>
    <message>
        <source>The secret was NOT stored.</source>
        <translation>Le secret n’a PAS été enregistré.</translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe (for example your password manager); it cannot be shown again. Verify and Copy Secret will not be available for this token here.</source>
        <translation>Copiez-le maintenant et conservez-le en lieu sûr (par exemple dans votre gestionnaire de mots de passe)&#xa0;; il ne pourra plus être affiché. «&#xa0;Vérifier&#xa0;» et «&#xa0;Copier le secret&#xa0;» ne seront pas disponibles ici pour ce jeton.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Client</name>
    <message>
        <source>The token works: ON24 answered for client “%1”. This call counts as activity.</source>
        <translation>Le jeton fonctionne&#xa0;: ON24 a répondu pour le client «&#xa0;%1&#xa0;». Cet appel compte comme une activité.</translation>
    </message>
    <message>
        <source>ON24 rejected the key and secret as wrong. Check that the secret on this computer belongs to this token; if not, store the right one.</source>
        <translation>ON24 a refusé la clé et le secret comme incorrects. Vérifiez que le secret de cet ordinateur appartient bien à ce jeton&#xa0;; sinon, enregistrez le bon.</translation>
    </message>
    <message>
        <source>ON24 says this token is deactivated. Enable it, then verify again.</source>
        <translation>Selon ON24, ce jeton est désactivé. Activez-le, puis vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>The token works, but ON24&apos;s call quota is used up for now. Try again later.</source>
        <translation>Le jeton fonctionne, mais le quota d’appels ON24 est épuisé pour l’instant. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The token is valid but has no access to this client id. Check the client id in the connection profile.</source>
        <translation>Le jeton est valide mais n’a pas accès à cet identifiant client. Vérifiez l’identifiant client dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to call this API area. Provision it with access to all endpoints, or verify with an allowed area.</source>
        <translation>Le jeton est valide mais n’a pas le droit d’appeler ce domaine de l’API. Provisionnez-le avec l’accès à tous les points de terminaison, ou vérifiez avec un domaine autorisé.</translation>
    </message>
    <message>
        <source>ON24 says the client (account) is inactive. Contact your ON24 account manager.</source>
        <translation>Selon ON24, le client (compte) est inactif. Contactez votre gestionnaire de compte ON24.</translation>
    </message>
    <message>
        <source>ON24 does not know this client id. Check the client id in the connection profile.</source>
        <translation>ON24 ne connaît pas cet identifiant client. Vérifiez l’identifiant client dans le profil de connexion.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionCommand</name>
    <message>
        <source>Provisioned “%1” for %2.</source>
        <translation>«&#xa0;%1&#xa0;» provisionné pour %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionDialog</name>
    <message>
        <source>Could not load the account&apos;s users: %1</source>
        <translation>Impossible de charger les utilisateurs du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Client analytics</source>
        <translation>Analyses du client</translation>
    </message>
    <message>
        <source>Event analytics</source>
        <translation>Analyses des événements</translation>
    </message>
    <message>
        <source>Event management</source>
        <translation>Gestion des événements</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Utilitaires</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Provisionner</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>Chargement des utilisateurs du compte…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — already has a token</source>
        <translation>%1 — a déjà un jeton</translation>
    </message>
    <message>
        <source>One token per login: disable or use the existing token.</source>
        <translation>Un jeton par identifiant&#xa0;: désactivez ou utilisez le jeton existant.</translation>
    </message>
    <message>
        <source>Every login of this account already has a token (one token per login). Add a user on the platform first.</source>
        <translation>Chaque identifiant de ce compte a déjà un jeton (un jeton par identifiant). Ajoutez d’abord un utilisateur sur la plateforme.</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>Nommez-le d’après son usage (l’intégration qui l’utilisera), pour que les autres sachent ce que sa désactivation arrêterait.</translation>
    </message>
    <message>
        <source>Choose at least one API area.</source>
        <translation>Choisissez au moins un domaine d’API.</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Provisionnement…</translation>
    </message>
    <message>
        <source>%1 already have a token and cannot be chosen: one token per login.</source>
        <translation>%1 ont déjà un jeton et ne peuvent pas être choisis&#xa0;: un jeton par identifiant.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameCommand</name>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameDialog</name>
    <message>
        <source>Rename the token of %1. Name it after its purpose, for example the integration that uses it.</source>
        <translation>Renommez le jeton de %1. Nommez-le d’après son usage, par exemple l’intégration qui l’utilise.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Keep Their Name</source>
        <translation>&amp;Garder le nouveau nom</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Renommage…</translation>
    </message>
    <message>
        <source>&amp;Retry Rename</source>
        <translation>&amp;Réessayer de renommer</translation>
    </message>
    <message>
        <source>Someone else renamed this token to “%1” while this dialog was open. Retry to rename it to your name anyway, or keep theirs.</source>
        <translation>Quelqu’un d’autre a renommé ce jeton en «&#xa0;%1&#xa0;» pendant que cette boîte de dialogue était ouverte. Réessayez pour lui donner quand même votre nom, ou gardez le nouveau nom.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::HttpFrontend</name>
    <message>
        <source>The sandbox failed on this request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>Le bac à sable a échoué sur cette requête. Réessayez&#xa0;; si l’échec persiste, consultez le journal du bac à sable.</translation>
    </message>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>Cette ressource n’existe pas. Vérifiez l’URL dans la documentation de l’API.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::SandboxServer</name>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>Cette ressource n’existe pas. Vérifiez l’URL dans la documentation de l’API.</translation>
    </message>
    <message>
        <source>This resource does not support %1. Allowed: %2.</source>
        <translation>Cette ressource ne prend pas en charge %1. Autorisé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Send {&quot;advanceDays&quot;: N} with N a whole number from 0 to 36500.</source>
        <translation>Envoyez {&quot;advanceDays&quot;: N} avec N un nombre entier de 0 à 36500.</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Le bac à sable est déjà en cours d’exécution.</translation>
    </message>
    <message>
        <source>No data folder given for the sandbox. Pass one (--data DIR).</source>
        <translation>Aucun dossier de données n’a été indiqué pour le bac à sable. Indiquez-en un (--data DOSSIER).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (%3). Pick another address or port.</source>
        <translation>Impossible d’écouter sur %1:%2 (%3). Choisissez une autre adresse ou un autre port.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::StatusBadgeDelegate</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation>Désactivé (inactivité)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation>Désactivé (inactivité)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Last successful API call: %1</source>
        <translation>Dernier appel d’API réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>This token has never been used.</source>
        <translation>Ce jeton n’a jamais été utilisé.</translation>
    </message>
    <message>
        <source>Inactive since %1</source>
        <translation>Inactif depuis le %1</translation>
    </message>
    <message>
        <source>Disabled on %1</source>
        <translation>Désactivé le %1</translation>
    </message>
    <message>
        <source>Disabled automatically on %1 unless the token is used before then.</source>
        <translation>Désactivé automatiquement le %1, sauf si le jeton est utilisé d’ici là.</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Créé par %1 le %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds the secret, so the token can be verified here.</source>
        <translation>Le trousseau de cet ordinateur détient le secret&#xa0;: le jeton peut donc être vérifié ici.</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer.</source>
        <translation>Le secret n’est pas enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Days inactive</source>
        <translation>Jours d’inactivité</translation>
    </message>
    <message>
        <source>Auto-disable in</source>
        <translation>Désactivation dans</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Secret on this computer</source>
        <translation>Secret local</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenView</name>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Salesforce EU</source>
        <translation>Salesforce UE</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation>Désactivé (inactivité)</translation>
    </message>
    <message>
        <source>59 days · critical</source>
        <translation>59 jours · critique</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyCommand</name>
    <message>
        <source>Verifying “%1” with a call to the ON24 API…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» par un appel à l’API ON24…</translation>
    </message>
    <message>
        <source>Could not read the secret of “%1” from the keychain: %2</source>
        <translation>Impossible de lire le secret de «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” works: the ON24 API answered for %2. This call counts as activity.</source>
        <translation>«&#xa0;%1&#xa0;» fonctionne&#xa0;: l’API ON24 a répondu pour %2. Cet appel compte comme une activité.</translation>
    </message>
    <message>
        <source>“%1” did not work: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas fonctionné&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WarningNotifier</name>
    <message>
        <source>Use each token (for example with Verify) or tell its integration&apos;s owner.</source>
        <translation>Utilisez chaque jeton (par exemple avec «&#xa0;Vérifier&#xa0;») ou prévenez le responsable de son intégration.</translation>
    </message>
    <message>
        <source>API tokens about to be disabled</source>
        <translation>Jetons d’API bientôt désactivés</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) sera désactivé pour inactivité dans %3.</translation>
    </message>
</context>
<context>
    <name>TokenFormatter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>DERNIÈRE ACTIVITÉ</translation>
    </message>
    <message>
        <source>DAYS INACTIVE</source>
        <translation>JOURS D’INACTIVITÉ</translation>
    </message>
    <message>
        <source>AUTO-DISABLE IN</source>
        <translation>DÉSACTIVATION DANS</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>TokenNameRules</name>
    <message>
        <source>Enter a name, for example the integration&apos;s.</source>
        <translation>Saisissez un nom, par exemple celui de l’intégration.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to %2.</source>
        <translation>Le nom fait %1 caractères&#xa0;; raccourcissez-le à %2.</translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab); remove it.</source>
        <translation>Le nom contient un caractère de contrôle (comme une tabulation)&#xa0;; supprimez-le.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 second</source>
        <translation>%1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 login</source>
        <translation>%1 identifiant</translation>
    </message>
    <message>
        <source>%1 logins</source>
        <translation>%1 identifiants</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>Reference server of the Token Admin API v1 and the ON24 REST API v2 subset (/v2) on one port, backed by SQLite. Prints its URL as the first line.</source>
        <translation>Serveur de référence de la Token Admin API v1 et d’un sous-ensemble de l’API REST ON24 v2 (/v2) sur un seul port, adossé à SQLite. Affiche son URL en première ligne.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>Adresse et port d’écoute (port 0&#xa0;: n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Data folder (required).</source>
        <translation>Dossier de données (obligatoire).</translation>
    </message>
    <message>
        <source>Seed for an empty data folder: demo, none or bulk:N.</source>
        <translation>Données initiales d’un dossier de données vide&#xa0;: demo, none ou bulk:N.</translation>
    </message>
    <message>
        <source>Enable POST /sandbox/v1/clock (tests only).</source>
        <translation>Activer POST /sandbox/v1/clock (tests uniquement).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0, not &quot;%1&quot;.</source>
        <translation>--listen attend hôte:port, par ex. 127.0.0.1:0, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--data DIR is required.</source>
        <translation>--data DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <source>--daily-quota wants a whole number of calls, 0 or more.</source>
        <translation>--daily-quota attend un nombre entier d’appels, 0 ou plus.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Échec de la capture d’écran&#xa0;: %1</translation>
    </message>
    <message>
        <source>Screenshot failed: the token list did not load within 30 seconds.</source>
        <translation>Échec de la capture d’écran&#xa0;: la liste des jetons ne s’est pas chargée en 30 secondes.</translation>
    </message>
    <message>
        <source>Screenshot failed: no token named “%1”.</source>
        <translation>Échec de la capture d’écran&#xa0;: aucun jeton nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Screenshot failed: could not write %1.</source>
        <translation>Échec de la capture d’écran&#xa0;: impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Manage the API tokens of an ON24 account. Without options, opens the last profile, or local demo data on first start. Subcommands (list, check, provision, rename, disable, enable, verify) run without a window.</source>
        <translation>Gérer les jetons d’API d’un compte ON24. Sans option, ouvre le dernier profil, ou des données de démonstration locales au premier démarrage. Les sous-commandes (list, check, provision, rename, disable, enable, verify) s’exécutent sans fenêtre.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>Utiliser la langue CODE (de, fr, es, ja, en).</translation>
    </message>
    <message>
        <source>Open the connection profile NAME.</source>
        <translation>Ouvrir le profil de connexion NAME.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the token list is loaded, then exit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dans FILE une fois la liste des jetons chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x720).</source>
        <translation>Taille de la fenêtre pour --screenshot (1280x720 par défaut).</translation>
    </message>
    <message>
        <source>With --screenshot: select the token NAME first.</source>
        <translation>Avec --screenshot&#xa0;: sélectionner d’abord le jeton NAME.</translation>
    </message>
    <message>
        <source>Use the light or dark Fusion palette instead of the system&apos;s (for screenshots and testing).</source>
        <translation>Utiliser la palette Fusion claire ou sombre au lieu de celle du système (pour les captures d’écran et les tests).</translation>
    </message>
    <message>
        <source>Unknown palette “%1”: use light or dark.</source>
        <translation>Palette «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez light ou dark.</translation>
    </message>
    <message>
        <source>Invalid --size “%1”: use WIDTHxHEIGHT, for example 1280x720.</source>
        <translation>--size «&#xa0;%1&#xa0;» non valide&#xa0;: utilisez LARGEURxHAUTEUR, par exemple 1280x720.</translation>
    </message>
    <message>
        <source>ON24 calls per token per day before 403 (default 100000, or TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</source>
        <translation>Appels ON24 par jeton et par jour avant une réponse 403 (100000 par défaut, ou TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</translation>
    </message>
    <message>
        <source>Provision is unavailable.</source>
        <translation>Le provisionnement n’est pas disponible.</translation>
    </message>
    <message>
        <source>The Connect dialog did not open.</source>
        <translation>La boîte de dialogue de connexion ne s’est pas ouverte.</translation>
    </message>
    <message>
        <source>Unknown dialog “%1”: use provision, new-secret or connect.</source>
        <translation>Boîte de dialogue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez provision, new-secret ou connect.</translation>
    </message>
    <message>
        <source>With --screenshot: take the dialog NAME (provision, new-secret, connect) instead of the window.</source>
        <translation>Avec --screenshot&#xa0;: capturer la boîte de dialogue NAME (provision, new-secret, connect) au lieu de la fenêtre.</translation>
    </message>
</context>
</TS>
