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
    <message>
        <source>The request did not arrive in time. Check the connection and send it again.</source>
        <translation>La requête n’est pas arrivée à temps. Vérifiez la connexion et renvoyez-la.</translation>
    </message>
    <message>
        <source>The request headers are larger than 64 KiB. Send smaller headers.</source>
        <translation>Les en-têtes de la requête dépassent 64 Kio. Envoyez des en-têtes plus petits.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>Le nom doit compter de 1 à 64 caractères, sans caractère de contrôle ni caractère invisible de direction ou de largeur nulle.</translation>
    </message>
    <message>
        <source>The owner must be at most 128 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>Le propriétaire doit compter au plus 128 caractères, sans caractère de contrôle ni caractère invisible de direction ou de largeur nulle.</translation>
    </message>
    <message>
        <source>The notes must be at most 2000 characters, without control characters other than line breaks and tabs, and without invisible direction and zero-width characters.</source>
        <translation>Les notes doivent compter au plus 2000 caractères, sans caractère de contrôle autre que les sauts de ligne et les tabulations, et sans caractère invisible de direction ou de largeur nulle.</translation>
    </message>
    <message>
        <source>Send at least one of &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; or &quot;access&quot;.</source>
        <translation>Envoyez au moins l’un des champs &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; ou &quot;access&quot;.</translation>
    </message>
    <message>
        <source>&quot;graceHours&quot; must be a whole number of hours from 0 to 168.</source>
        <translation>&quot;graceHours&quot; doit être un nombre entier d’heures compris entre 0 et 168.</translation>
    </message>
    <message>
        <source>The token is disabled, so its secret cannot be rotated. Enable it first.</source>
        <translation>Le jeton est désactivé, son secret ne peut donc pas être renouvelé. Activez-le d’abord.</translation>
    </message>
    <message>
        <source>The days must be a whole number from 1 to 90.</source>
        <translation>Le nombre de jours doit être un entier compris entre 1 et 90.</translation>
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
    <message>
        <source> The server may have made the change anyway: refresh the list before trying again.</source>
        <translation> Le serveur a peut-être effectué la modification malgré tout&#xa0;: actualisez la liste avant de réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Réessayez dans %n minute.</numerusform>
            <numerusform>Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>Le serveur reçoit trop de requêtes. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests and asks to wait.</source>
        <translation>Le serveur reçoit trop de requêtes et demande de patienter.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation>Le serveur est temporairement indisponible (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent its answer too slowly to finish in time. Check your network connection and that the server is not overloaded, then try again.</source>
        <translation>Le serveur a envoyé sa réponse trop lentement pour qu’elle se termine à temps. Vérifiez votre connexion réseau et que le serveur n’est pas surchargé, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Check that the server is running and reachable, then try again.</source>
        <translation>La réponse du serveur s’est interrompue avant d’être complète. Vérifiez que le serveur fonctionne et qu’il est joignable, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB, more than Token Console reads, so it stopped. Check that the server address points to a Token Admin API or to ON24, not to a download or a proxy.</source>
        <translation>La réponse du serveur dépasse %1&#xa0;Mio, plus que ce que Token Console lit&#xa0;; la lecture a donc été interrompue. Vérifiez que l’adresse du serveur désigne une Token Admin API ou ON24, et non un téléchargement ou un proxy.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Token Console does not follow redirects, so that passwords and secrets go only to the address you entered. If the server has moved, enter its new address.</source>
        <translation>Le serveur a redirigé la requête vers %1. Token Console ne suit pas les redirections, afin que les mots de passe et les secrets n’aillent qu’à l’adresse que vous avez saisie. Si le serveur a déménagé, saisissez sa nouvelle adresse.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
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
        <source>less than a day</source>
        <translation>moins d’un jour</translation>
    </message>
    <message>
        <source>DISABLED  %1 was disabled for inactivity on %2; enable it with “token-console enable %3”.</source>
        <translation>DÉSACTIVÉ %1 a été désactivé pour inactivité le %2&#xa0;; réactivez-le avec «&#xa0;token-console enable %3&#xa0;».</translation>
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
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>UNKNOWN   %1: no activity of it is known here. Verify it, or set the Last Activity date ON24&apos;s page shows.</source>
        <translation>INCONNU   %1&#xa0;: aucune activité de ce jeton n’est connue ici. Vérifiez-le, ou indiquez la date «&#xa0;Last Activity&#xa0;» affichée sur la page d’ON24.</translation>
    </message>
    <message>
        <source>DISABLED  %1 is disabled on ON24 (last verify: %2). Enable it on ON24&apos;s page, then verify it.</source>
        <translation>DÉSACTIVÉ %1 est désactivé sur ON24 (dernière vérification&#xa0;: %2). Activez-le sur la page d’ON24, puis vérifiez-le.</translation>
    </message>
    <message>
        <source>No token of this connection has its secret on this computer, so none can be verified. Secrets are stored when you provision or add a pair here.</source>
        <translation>Aucun jeton de cette connexion n’a son secret sur cet ordinateur&#xa0;: aucun ne peut donc être vérifié. Les secrets sont enregistrés lorsque vous provisionnez un jeton ou ajoutez une paire ici.</translation>
    </message>
    <message>
        <source>ADDED     %1: ON24 answered, so the pair works; its secret is in the keychain.</source>
        <translation>AJOUTÉ    %1&#xa0;: ON24 a répondu, la paire fonctionne donc&#xa0;; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <source>ADDED     %1 as disabled: ON24 says “%2”. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>AJOUTÉ    %1 comme désactivé&#xa0;: ON24 indique «&#xa0;%2&#xa0;». Activez-le sur la page d’ON24, puis vérifiez-le.</translation>
    </message>
    <message>
        <source>ADDED     %1 unverified: ON24&apos;s call quota is used up (“%2”). Verify it again in an hour.</source>
        <translation>AJOUTÉ    %1 non vérifié&#xa0;: le quota d’appels ON24 est épuisé («&#xa0;%2&#xa0;»). Vérifiez-le de nouveau dans une heure.</translation>
    </message>
    <message>
        <source>Updated %1 on this computer: owner “%2”, keep-alive %3.</source>
        <translation>%1 mis à jour sur cet ordinateur&#xa0;: responsable «&#xa0;%2&#xa0;», maintien en activité&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Forgot %1 on this computer; ON24 was not touched.</source>
        <translation>%1 oublié sur cet ordinateur&#xa0;; ON24 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>can provision</source>
        <translation>peut provisionner</translation>
    </message>
    <message>
        <source>WAITING   %1: ON24&apos;s quota refused it; next try after %2.</source>
        <translation>EN ATTENTE %1&#xa0;: le quota d’ON24 l’a refusé&#xa0;; prochain essai après %2.</translation>
    </message>
    <message>
        <source>KEPT ALIVE %1: %2</source>
        <translation>MAINTENU  %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No token has keep-alive switched on: nothing to do. Switch it on with “token-console set KEY --keep-alive on”.</source>
        <translation>Aucun jeton n’a le maintien en activité activé&#xa0;: rien à faire. Activez-le avec «&#xa0;token-console set KEY --keep-alive on&#xa0;».</translation>
    </message>
    <message>
        <source>%1 kept alive, %2 failed, of %3 opted in.</source>
        <translation>Maintien en activité — réussis&#xa0;: %1, en échec&#xa0;: %2, jetons concernés&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n day(s) ago. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>
            <numerusform>DÉSACTIVÉ %1 est sans doute désactivé pour inactivité&#xa0;: sa dernière activité connue remonte à %n jour. Activez-le sur la page d’ON24, puis vérifiez-le.</numerusform>
            <numerusform>DÉSACTIVÉ %1 est sans doute désactivé pour inactivité&#xa0;: sa dernière activité connue remonte à %n jours. Activez-le sur la page d’ON24, puis vérifiez-le.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK   %1 auto-disables in %2 (inactive %n day(s)).</source>
        <translation>
            <numerusform>À RISQUE  %1 sera désactivé automatiquement dans %2 (inactif depuis %n jour).</numerusform>
            <numerusform>À RISQUE  %1 sera désactivé automatiquement dans %2 (inactif depuis %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none has %1 or less before it auto-disables, and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n jeton vérifié&#xa0;: il ne lui reste pas %1 ou moins avant sa désactivation automatique, et il n’est pas désactivé pour inactivité.</numerusform>
            <numerusform>OK        %n jetons vérifiés&#xa0;: aucun n’a %1 ou moins avant sa désactivation automatique, et aucun n’est désactivé pour inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filter “%1”: nothing to do.</source>
        <translation>Aucun jeton ne correspond au filtre «&#xa0;%1&#xa0;»&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>DISABLED  %1</source>
        <translation>DÉSACTIVÉ %1</translation>
    </message>
    <message>
        <source>ENABLED   %1; its inactivity count starts again now.</source>
        <translation>ACTIVÉ    %1&#xa0;; son décompte d&apos;inactivité repart de maintenant.</translation>
    </message>
    <message>
        <source>SKIPPED   %1: %2</source>
        <translation>IGNORÉ    %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 effectué(s), %2 en échec, %3 ignoré(s).</translation>
    </message>
    <message>
        <source>Updated %1: owner “%2”, notes “%3”.</source>
        <translation>%1 mis à jour&#xa0;: responsable «&#xa0;%2&#xa0;», notes «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was rotated. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>Aucun trousseau utilisable&#xa0;: le nouveau secret n’a pas pu être enregistré (%1). Rien n’a été renouvelé. Réparez le trousseau, ou ajoutez --print-secret pour obtenir le secret une fois sur la sortie standard.</translation>
    </message>
    <message>
        <source>The previous secret works until %1 (%2 UTC).</source>
        <translation>L’ancien secret fonctionne jusqu’au %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>The previous secret no longer works.</source>
        <translation>L’ancien secret ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret is in the keychain as %2.</source>
        <translation>Secret de %1 renouvelé&#xa0;; le nouveau secret est dans le trousseau sous %2.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>Secret de %1 renouvelé&#xa0;; le nouveau secret n’a PAS été enregistré (%2)&#xa0;: copiez-le maintenant, il ne sera plus jamais affiché.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1, but the new secret could not be stored (%2) and is lost. Rotate again once the keychain works.</source>
        <translation>Secret de %1 renouvelé, mais le nouveau secret n’a pas pu être enregistré (%2) et est perdu. Renouvelez-le à nouveau une fois le trousseau réparé.</translation>
    </message>
    <message>
        <source>Calls of %1 by API area in the last %2:</source>
        <translation>Appels de %1 par domaine d’API sur les derniers %2&#xa0;:</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernier le %1</translation>
    </message>
    <message>
        <source>Access: %1.</source>
        <translation>Accès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Held but not used in these days: %1. Narrow the access in the console&apos;s details panel (Narrow Access…) to what the integration uses.</source>
        <translation>Autorisé mais non utilisé pendant ces jours&#xa0;: %1. Restreignez l’accès dans le panneau de détails de la console (Restreindre l’accès…) à ce que l’intégration utilise.</translation>
    </message>
    <message numerus="yes">
        <source>SKIPPED   %1: inactive %n day(s), below the threshold of %2.</source>
        <translation>
            <numerusform>IGNORÉ    %1&#xa0;: inactif depuis %n jour, sous le seuil de %2.</numerusform>
            <numerusform>IGNORÉ    %1&#xa0;: inactif depuis %n jours, sous le seuil de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>SKIPPED   %1: inactivity unknown, below the threshold of %2.</source>
        <translation>IGNORÉ    %1&#xa0;: inactivité inconnue, sous le seuil de %2.</translation>
    </message>
    <message numerus="yes">
        <source>WOULD CALL %1: inactive %n day(s) (dry run, no call made).</source>
        <translation>
            <numerusform>APPELLERAIT %1&#xa0;: inactif depuis %n jour (simulation, aucun appel effectué).</numerusform>
            <numerusform>APPELLERAIT %1&#xa0;: inactif depuis %n jours (simulation, aucun appel effectué).</numerusform>
        </translation>
    </message>
    <message>
        <source>WOULD CALL %1: inactivity unknown (dry run, no call made).</source>
        <translation>APPELLERAIT %1&#xa0;: inactivité inconnue (simulation, aucun appel effectué).</translation>
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
        <source>ON24 API &amp;base:</source>
        <translation>&amp;Base de l’API ON24&#xa0;:</translation>
    </message>
    <message>
        <source>https://api.on24.com/v2</source>
        <translation>https://api.on24.com/v2</translation>
    </message>
    <message>
        <source>ON24 re&amp;gion:</source>
        <translation>Ré&amp;gion ON24&#xa0;:</translation>
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
    <name>TokenConsole::Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddExistingCommand</name>
    <message>
        <source>Added “%1”: ON24 answered, so the pair works, and this call counts as activity.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté&#xa0;: ON24 a répondu, la paire fonctionne donc, et cet appel compte comme une activité.</translation>
    </message>
    <message>
        <source>Added “%1” as disabled: ON24 says the pair is deactivated (%2). Enable it on ON24&apos;s page, then verify it here.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté comme désactivé&#xa0;: selon ON24, la paire est désactivée (%2). Activez-la sur la page d’ON24, puis vérifiez-la ici.</translation>
    </message>
    <message>
        <source>Added “%1” unverified: ON24&apos;s call quota is used up for now (%2). Verify it again in an hour.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté sans vérification&#xa0;: le quota d’appels ON24 est épuisé pour l’instant (%2). Vérifiez-le de nouveau dans une heure.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddPairDialog</name>
    <message>
        <source>The account&apos;s logins could not be read (%1). Type the login, or leave it empty.</source>
        <translation>Impossible de lire les identifiants du compte (%1). Saisissez l’identifiant, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Add Existing Token</source>
        <translation>Ajouter un jeton existant</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page (Platform Tools › Integrations › API Tokens). It is checked with one real ON24 call before anything is stored; the secret goes to this computer&apos;s keychain and nowhere else.</source>
        <translation>Ajoutez une paire de jeton créée sur la page d’ON24 (Platform Tools › Integrations › API Tokens). Elle est vérifiée par un véritable appel à ON24 avant tout enregistrement&#xa0;; le secret va dans le trousseau de cet ordinateur et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>32 capital letters and digits</source>
        <translation>32 lettres majuscules et chiffres</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>Clé du jeton</translation>
    </message>
    <message>
        <source>Token &amp;key:</source>
        <translation>&amp;Clé du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>128 hexadecimal characters; paste it</source>
        <translation>128 caractères hexadécimaux&#xa0;; collez-le</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <source>Token &amp;secret:</source>
        <translation>&amp;Secret du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>What uses it, e.g. Salesforce</source>
        <translation>Ce qui l’utilise, par ex. Salesforce</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login (optional):</source>
        <translation>&amp;Identifiant (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Who to tell when it is at risk</source>
        <translation>Qui prévenir lorsqu’il est menacé</translation>
    </message>
    <message>
        <source>&amp;Owner (optional):</source>
        <translation>&amp;Responsable (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>No&amp;tes (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Last activity as ON24&apos;s page shows it</source>
        <translation>Dernière activité telle qu’affichée sur la page d’ON24</translation>
    </message>
    <message>
        <source>Last activity on ON24&apos;s page:</source>
        <translation>Dernière activité sur la page d’ON24&#xa0;:</translation>
    </message>
    <message>
        <source>ON24 disables a token after 60 days without activity so that forgotten tokens stop working. Keep alive only tokens an integration still needs but uses rarely.</source>
        <translation>ON24 désactive un jeton après 60 jours sans activité pour que les jetons oubliés cessent de fonctionner. N’activez le maintien en activité que pour les jetons dont une intégration a encore besoin mais qu’elle utilise rarement.</translation>
    </message>
    <message>
        <source>&amp;Add and Verify</source>
        <translation>A&amp;jouter et vérifier</translation>
    </message>
    <message>
        <source>Type the login, or leave it empty.</source>
        <translation>Saisissez l’identifiant, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for.</source>
        <translation>Choisissez l’identifiant pour lequel la paire a été provisionnée.</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for. Who can provision on ON24&apos;s page: %1.</source>
        <translation>Choisissez l’identifiant pour lequel la paire a été provisionnée. Peuvent provisionner sur la page d’ON24&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Verifying with ON24…</source>
        <translation>Vérification auprès d’ON24…</translation>
    </message>
    <message>
        <source>Enter the key, the secret and a name.</source>
        <translation>Saisissez la clé, le secret et un nom.</translation>
    </message>
    <message>
        <source>Kno&amp;wn:</source>
        <translation>Conn&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>Kee&amp;p alive: call ON24 with this token before 60 days pass</source>
        <translation>Maintien en &amp;activité&#xa0;: appeler ON24 avec ce jeton avant que 60 jours ne s’écoulent</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AdminApiPlatform</name>
    <message>
        <source>Embedded sandbox at %1</source>
        <translation>Bac à sable intégré à l’adresse %1</translation>
    </message>
    <message>
        <source>Token Admin API at %1</source>
        <translation>Token Admin API à l’adresse %1</translation>
    </message>
    <message>
        <source>Keep at least one API area: a token without any would stop its integration entirely; disable it instead.</source>
        <translation>Gardez au moins un domaine d’API&#xa0;: un jeton sans aucun domaine arrêterait entièrement son intégration&#xa0;; désactivez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ApiJob</name>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)</source>
        <translation> (certificat pour %1, émis par %2, valide du %3 au %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>a web page instead of JSON; a proxy or a sign-in page may be answering in the server&apos;s place</source>
        <translation>une page web au lieu de JSON&#xa0;; un proxy ou une page de connexion répond peut-être à la place du serveur</translation>
    </message>
    <message>
        <source>content of type “%1” instead of JSON</source>
        <translation>un contenu de type «&#xa0;%1&#xa0;» au lieu de JSON</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AppInfo</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licence publique générale GNU, version 3 ou ultérieure</translation>
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
    <name>TokenConsole::BulkCommand</name>
    <message>
        <source>• “%1”</source>
        <translation>• «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>• “%1” (%2)</source>
        <translation>• «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable Tokens</source>
        <translation>Désactiver des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n token(s)?</source>
        <translation>
            <numerusform>Désactiver %n jeton&#xa0;?</numerusform>
            <numerusform>Désactiver %n jetons&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrations using them will stop working at once: every ON24 API call with them fails until they are enabled again.</source>
        <translation>Les intégrations qui les utilisent cesseront aussitôt de fonctionner&#xa0;: chaque appel à l&apos;API ON24 avec eux échoue jusqu&apos;à ce qu&apos;ils soient réactivés.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>Activer des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n token(s)?</source>
        <translation>
            <numerusform>Activer %n jeton&#xa0;?</numerusform>
            <numerusform>Activer %n jetons&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They work again at once, and their inactivity count starts again now.</source>
        <translation>Ils fonctionnent de nouveau aussitôt, et leur décompte d&apos;inactivité repart de maintenant.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>Vérifier des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Verify %n token(s) with a call to the ON24 API each?</source>
        <translation>
            <numerusform>Vérifier %n jeton par un appel à l&apos;API ON24&#xa0;?</numerusform>
            <numerusform>Vérifier %n jetons par un appel à l&apos;API ON24 chacun&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls are made one at a time, a second apart; each success counts as activity.</source>
        <translation>Les appels se font un par un, à une seconde d&apos;intervalle&#xa0;; chaque succès compte comme une activité.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected token(s) will be skipped:</source>
        <translation>
            <numerusform>%n jeton sélectionné sera ignoré&#xa0;:</numerusform>
            <numerusform>%n jetons sélectionnés seront ignorés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkResultDialog</name>
    <message>
        <source>Disable Tokens</source>
        <translation>Désactiver des jetons</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>Activer des jetons</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>Vérifier des jetons</translation>
    </message>
    <message>
        <source>Result per token</source>
        <translation>Résultat par jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation>%1 effectué(s), %2 en échec, %3 ignoré(s)</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>%1 restant(s)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Fonctionne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CapabilityText</name>
    <message>
        <source>Not connected to a platform.</source>
        <translation>Pas connecté à une plateforme.</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Sélectionnez d’abord un jeton.</translation>
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
        <source>“%1” is disabled.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <source>“%1” is already active.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà actif.</translation>
    </message>
    <message>
        <source>This computer does not hold the secret of “%1”: only tokens provisioned or added here have it in the keychain.</source>
        <translation>Cet ordinateur ne détient pas le secret de «&#xa0;%1&#xa0;»&#xa0;: seuls les jetons provisionnés ou ajoutés ici ont leur secret dans le trousseau.</translation>
    </message>
    <message>
        <source>ON24 offers no API for this: use Platform Tools › Integrations › API Tokens on ON24&apos;s site.</source>
        <translation>ON24 ne propose pas d’API pour cela&#xa0;: utilisez Platform Tools › Integrations › API Tokens sur le site d’ON24.</translation>
    </message>
    <message>
        <source>list tokens</source>
        <translation>lister les jetons</translation>
    </message>
    <message>
        <source>provision tokens</source>
        <translation>provisionner des jetons</translation>
    </message>
    <message>
        <source>rename tokens</source>
        <translation>renommer des jetons</translation>
    </message>
    <message>
        <source>edit names, owners and notes</source>
        <translation>modifier les noms, responsables et notes</translation>
    </message>
    <message>
        <source>disable tokens</source>
        <translation>désactiver des jetons</translation>
    </message>
    <message>
        <source>enable tokens</source>
        <translation>activer des jetons</translation>
    </message>
    <message>
        <source>rotate secrets</source>
        <translation>renouveler des secrets</translation>
    </message>
    <message>
        <source>verify tokens</source>
        <translation>vérifier des jetons</translation>
    </message>
    <message>
        <source>show a token&apos;s API activity</source>
        <translation>afficher l’activité d’API d’un jeton</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>afficher le journal d’audit</translation>
    </message>
    <message>
        <source>show usage by API area</source>
        <translation>afficher l’utilisation par domaine d’API</translation>
    </message>
    <message>
        <source>list the account&apos;s users</source>
        <translation>lister les utilisateurs du compte</translation>
    </message>
    <message>
        <source>keep tokens alive</source>
        <translation>maintenir des jetons en activité</translation>
    </message>
    <message>
        <source>add existing token pairs</source>
        <translation>ajouter des paires de jeton existantes</translation>
    </message>
    <message>
        <source>forget token pairs</source>
        <translation>oublier des paires de jeton</translation>
    </message>
    <message>
        <source>copy secrets</source>
        <translation>copier des secrets</translation>
    </message>
    <message>
        <source>This platform cannot %1.</source>
        <translation>Cette plateforme ne peut pas %1.</translation>
    </message>
    <message>
        <source>ON24 has no API to rotate a secret: make a new token on ON24&apos;s page, give it to the integration, then disable the old one there.</source>
        <translation>ON24 n’a pas d’API pour renouveler un secret&#xa0;: créez un nouveau jeton sur la page d’ON24, donnez-le à l’intégration, puis désactivez-y l’ancien.</translation>
    </message>
    <message>
        <source>ON24 has no API that counts a token&apos;s calls by API area, so usage and access narrowing are not available in direct mode.</source>
        <translation>ON24 n’a pas d’API qui compte les appels d’un jeton par domaine d’API&#xa0;: l’utilisation et la restriction de l’accès ne sont donc pas disponibles en mode direct.</translation>
    </message>
    <message>
        <source>edit owners and notes</source>
        <translation>modifier les responsables et les notes</translation>
    </message>
    <message>
        <source>narrow a token&apos;s access</source>
        <translation>restreindre l’accès d’un jeton</translation>
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
        <source>Rename a token.</source>
        <translation>Renommer un jeton.</translation>
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
        <source>--server wants a URL such as https://tokens.example.com.</source>
        <translation>--server attend une URL telle que https://tokens.example.com.</translation>
    </message>
    <message>
        <source>--within wants a whole number of days, not “%1”.</source>
        <translation>--within attend un nombre entier de jours, et non «&#xa0;%1&#xa0;».</translation>
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
    <message>
        <source>Direct mode: a real ON24 account in North America (na), Europe (eu) or at a base URL.</source>
        <translation>Mode direct&#xa0;: un vrai compte ON24 en Amérique du Nord (na), en Europe (eu) ou à une URL de base.</translation>
    </message>
    <message>
        <source>Direct mode: the account&apos;s numeric ON24 client id.</source>
        <translation>Mode direct&#xa0;: l’identifiant client ON24 numérique du compte.</translation>
    </message>
    <message>
        <source>The login the pair was provisioned for (optional).</source>
        <translation>L’identifiant pour lequel la paire a été provisionnée (facultatif).</translation>
    </message>
    <message>
        <source>The token key (32 capital letters and digits).</source>
        <translation>La clé du jeton (32 lettres majuscules et chiffres).</translation>
    </message>
    <message>
        <source>Read the token secret from the first line of standard input.</source>
        <translation>Lire le secret du jeton sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Who to tell when the token is at risk.</source>
        <translation>Qui prévenir lorsque le jeton est menacé.</translation>
    </message>
    <message>
        <source>Free notes about the token.</source>
        <translation>Notes libres sur le jeton.</translation>
    </message>
    <message>
        <source>The Last Activity date ON24&apos;s page shows (YYYY-MM-DD).</source>
        <translation>La date «&#xa0;Last Activity&#xa0;» affichée sur la page d’ON24 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Keep the pair alive (see “keepalive”).</source>
        <translation>Maintenir la paire en activité (voir «&#xa0;keepalive&#xa0;»).</translation>
    </message>
    <message>
        <source>Switch keep-alive on or off.</source>
        <translation>Activer ou désactiver le maintien en activité.</translation>
    </message>
    <message>
        <source>Say what would be called, call nothing.</source>
        <translation>Indiquer ce qui serait appelé, sans rien appeler.</translation>
    </message>
    <message>
        <source>Call tokens whose known inactivity reached DAYS days (default 45).</source>
        <translation>Appeler les jetons dont l’inactivité connue a atteint DAYS jours (45 par défaut).</translation>
    </message>
    <message>
        <source>Provision a token for the user LOGIN; the secret goes to the keychain and only the key is printed:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</source>
        <translation>Provisionner un jeton pour l’utilisateur LOGIN&#xa0;; le secret va dans le trousseau et seule la clé est affichée&#xa0;:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</translation>
    </message>
    <message>
        <source>Direct mode: add a token pair made on ON24&apos;s page. It is verified with one real ON24 call first; a wrong pair is refused and nothing is stored. The secret is read from standard input and goes to the keychain only.</source>
        <translation>Mode direct&#xa0;: ajouter une paire de jeton créée sur la page d’ON24. Elle est d’abord vérifiée par un véritable appel à ON24&#xa0;; une paire incorrecte est refusée et rien n’est enregistré. Le secret est lu sur l’entrée standard et ne va que dans le trousseau.</translation>
    </message>
    <message>
        <source>Direct mode: remove a pair from this computer&apos;s inventory and keychain. ON24 is not touched.</source>
        <translation>Mode direct&#xa0;: retirer une paire de l’inventaire et du trousseau de cet ordinateur. ON24 n’est pas modifié.</translation>
    </message>
    <message>
        <source>Direct mode: list the account&apos;s logins, and who may provision tokens on ON24&apos;s page.</source>
        <translation>Mode direct&#xa0;: lister les identifiants du compte et indiquer qui peut provisionner des jetons sur la page d’ON24.</translation>
    </message>
    <message>
        <source>Direct mode: verify every kept-alive token whose known inactivity reached the threshold, one call each, spread out. Exit codes: 0 all fine, 1 a token failed (wrong pair, deactivated, quota), 3 error.</source>
        <translation>Mode direct&#xa0;: vérifier chaque jeton maintenu en activité dont l’inactivité connue a atteint le seuil, un appel chacun, espacés dans le temps. Codes de sortie&#xa0;: 0 tout va bien, 1 un jeton a échoué (paire incorrecte, désactivé, quota), 3 erreur.</translation>
    </message>
    <message>
        <source>The login (user) the new token is for.</source>
        <translation>L’identifiant (utilisateur) auquel le nouveau jeton est destiné.</translation>
    </message>
    <message>
        <source>The token&apos;s id (in direct mode its key), as “list” shows it.</source>
        <translation>L’identifiant du jeton (en mode direct, sa clé), tel que «&#xa0;list&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [options] %2</source>
        <translation>Utilisation&#xa0;: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [options] %2</translation>
    </message>
    <message>
        <source>--client-id wants the account&apos;s numeric ON24 client id.</source>
        <translation>--client-id attend l’identifiant client ON24 numérique du compte.</translation>
    </message>
    <message>
        <source>Use either --server (a Token Admin API) or --on24 (direct mode), not both.</source>
        <translation>Utilisez soit --server (une Token Admin API), soit --on24 (mode direct), mais pas les deux.</translation>
    </message>
    <message>
        <source>provision needs the token&apos;s LOGIN and --name NAME.</source>
        <translation>provision nécessite le LOGIN du jeton et --name NAME.</translation>
    </message>
    <message>
        <source>add needs --key KEY, --name NAME and --secret-stdin (the secret is read from standard input, never from the command line).</source>
        <translation>add nécessite --key KEY, --name NAME et --secret-stdin (le secret est lu sur l’entrée standard, jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>--last-activity wants a past date as YYYY-MM-DD, not “%1”.</source>
        <translation>--last-activity attend une date passée au format YYYY-MM-DD, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--keep-alive wants on or off.</source>
        <translation>--keep-alive attend on ou off.</translation>
    </message>
    <message>
        <source>set needs at least one of --name, --owner, --notes and --keep-alive.</source>
        <translation>set nécessite au moins une des options --name, --owner, --notes et --keep-alive.</translation>
    </message>
    <message>
        <source>--threshold wants a number of days from 0 to 60.</source>
        <translation>--threshold attend un nombre de jours de 0 à 60.</translation>
    </message>
    <message>
        <source>Hours (0 to 168, default 24) the previous secret keeps working, so the integration can switch without an outage.</source>
        <translation>Heures (0 à 168, 24 par défaut) pendant lesquelles l’ancien secret continue de fonctionner, pour que l’intégration puisse changer sans interruption.</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once); standard output then holds nothing else.</source>
        <translation>Afficher aussi le nouveau secret sur la sortie standard (cette seule fois)&#xa0;; la sortie standard ne contient alors rien d’autre.</translation>
    </message>
    <message>
        <source>Count the calls of the last DAYS days (1 to 90, default 60).</source>
        <translation>Compter les appels des DAYS derniers jours (1 à 90, 60 par défaut).</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Format de sortie&#xa0;: table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>Identique à --format json.</translation>
    </message>
    <message>
        <source>Do not connect: read the list saved on this computer by the last successful list, check or window session, and say from when it is.</source>
        <translation>Ne pas se connecter&#xa0;: lire la liste enregistrée sur cet ordinateur par le dernier list, check ou la dernière session de la fenêtre réussis, et dire de quand elle date.</translation>
    </message>
    <message>
        <source>Act on every token the status filter NAME shows, as in the window&apos;s “Show” menu: %1.</source>
        <translation>Agir sur chaque jeton qu&apos;affiche le filtre d&apos;état NAME, comme dans le menu «&#xa0;Afficher&#xa0;» de la fenêtre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Change a token&apos;s owner or notes (on a Token Admin API, with a check that nobody changed the token meanwhile). Direct mode: also a pair&apos;s local name, or switch its keep-alive.</source>
        <translation>Modifier le responsable ou les notes d’un jeton (sur une Token Admin API, en vérifiant que personne n’a modifié le jeton entre-temps). Mode direct&#xa0;: aussi le nom local d’une paire, ou activer ou désactiver son maintien en activité.</translation>
    </message>
    <message>
        <source>Give a token a new secret. The previous secret keeps working for the grace hours, so the integration can switch to the new one without an outage; then only the new one works. The new secret goes to the keychain, replacing the old one there; it is printed only with --print-secret.</source>
        <translation>Donner un nouveau secret à un jeton. L’ancien secret continue de fonctionner pendant les heures de grâce, pour que l’intégration puisse passer au nouveau sans interruption&#xa0;; ensuite seul le nouveau fonctionne. Le nouveau secret va dans le trousseau, où il remplace l’ancien&#xa0;; il n’est affiché qu’avec --print-secret.</translation>
    </message>
    <message>
        <source>Show a token&apos;s successful ON24 API calls by API area over the last days, and the areas it holds but did not use.</source>
        <translation>Afficher les appels réussis d’un jeton à l’API ON24 des derniers jours par domaine d’API, et les domaines autorisés qu’il n’a pas utilisés.</translation>
    </message>
    <message>
        <source>Disable one or more tokens, or every token a status filter shows (e.g. --filter expiring). One line per token; a failure does not stop the others. Exit codes: 0 all done, 3 some token failed or error.</source>
        <translation>Désactiver un ou plusieurs jetons, ou chaque jeton qu&apos;affiche un filtre d&apos;état (par ex. --filter expiring). Une ligne par jeton&#xa0;; un échec n&apos;arrête pas les autres. Codes de sortie&#xa0;: 0 tout est fait, 3 un jeton a échoué ou erreur.</translation>
    </message>
    <message>
        <source>Enable one or more disabled tokens, or every token a status filter shows (e.g. --filter disabled-for-inactivity); their inactivity count restarts. One line per token; exit code 3 when some token failed.</source>
        <translation>Activer un ou plusieurs jetons désactivés, ou chaque jeton qu&apos;affiche un filtre d&apos;état (par ex. --filter disabled-for-inactivity)&#xa0;; leur décompte d&apos;inactivité repart. Une ligne par jeton&#xa0;; code de sortie 3 si un jeton a échoué.</translation>
    </message>
    <message>
        <source>Prove tokens work with a real ON24 API call each, using the secrets in this computer&apos;s keychain: one or more ids, --all, or --filter NAME. A success counts as activity; exit code 3 when some token failed.</source>
        <translation>Prouver que des jetons fonctionnent par un vrai appel à l&apos;API ON24 chacun, avec les secrets du trousseau de cet ordinateur&#xa0;: un ou plusieurs identifiants, --all ou --filter NAME. Un succès compte comme une activité&#xa0;; code de sortie 3 si un jeton a échoué.</translation>
    </message>
    <message>
        <source>--grace wants a number of hours from 0 to 168, not “%1”.</source>
        <translation>--grace attend un nombre d’heures de 0 à 168, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--days wants a number of days from 1 to 90, not “%1”.</source>
        <translation>--days attend un nombre de jours de 1 à 90, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--format wants table or json.</source>
        <translation>--format attend table ou json.</translation>
    </message>
    <message>
        <source>--filter wants one of %1, not “%2”.</source>
        <translation>--filter attend l&apos;un de %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give token ids, --all or --filter NAME (one of them).</source>
        <translation>Indiquez des identifiants de jetons, --all ou --filter NAME (l&apos;un des trois).</translation>
    </message>
    <message>
        <source>Give token ids or --filter NAME (one of them).</source>
        <translation>Indiquez des identifiants de jetons ou --filter NAME (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>--offline reads the saved list of a Token Admin API profile; direct mode keeps its list on this computer anyway.</source>
        <translation>--offline lit la liste enregistrée d&apos;un profil Token Admin API&#xa0;; le mode direct garde de toute façon sa liste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Run “token-console list” once while the platform can be reached.</source>
        <translation>Lancez «&#xa0;token-console list&#xa0;» une fois pendant que la plateforme est joignable.</translation>
    </message>
    <message>
        <source>Offline: this is the list of “%1” cached on %2, not live data.</source>
        <translation>Hors ligne&#xa0;: voici la liste de «&#xa0;%1&#xa0;» mise en cache le %2, pas des données en direct.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CliConnection</name>
    <message>
        <source>--server needs --login LOGIN and --password-stdin (the password is read from standard input, never from the command line).</source>
        <translation>--server nécessite --login LOGIN et --password-stdin (le mot de passe est lu sur l’entrée standard, jamais sur la ligne de commande).</translation>
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
    <message>
        <source>There is no connection profile named “%1”. Create it in the application, or use --server URL --login LOGIN --password-stdin, or --on24 REGION --client-id N.</source>
        <translation>Il n’existe aucun profil de connexion nommé «&#xa0;%1&#xa0;». Créez-le dans l’application, ou utilisez --server URL --login LOGIN --password-stdin, ou --on24 REGION --client-id N.</translation>
    </message>
    <message>
        <source>--on24 wants na, eu or a base URL such as https://api.on24.com/v2.</source>
        <translation>--on24 attend na, eu ou une URL de base telle que https://api.on24.com/v2.</translation>
    </message>
    <message>
        <source>Direct mode needs the account&apos;s numeric ON24 client id: --client-id N.</source>
        <translation>Le mode direct nécessite l’identifiant client ON24 numérique du compte&#xa0;: --client-id N.</translation>
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
    <message>
        <source>&amp;Add Existing Token…</source>
        <translation>Ajouter un jeton &amp;existant…</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page, verified before it is stored</source>
        <translation>Ajouter une paire de jeton créée sur la page d’ON24, vérifiée avant d’être enregistrée</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Remove the selected pair from this computer; ON24 is not touched</source>
        <translation>Retirer la paire sélectionnée de cet ordinateur&#xa0;; ON24 n’est pas modifié</translation>
    </message>
    <message>
        <source>Call ON24 with the selected pair before its days without activity run out</source>
        <translation>Appeler ON24 avec la paire sélectionnée avant que ses jours sans activité ne soient écoulés</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>To&amp;ut vérifier</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer, one call at a time</source>
        <translation>Vérifier chaque jeton dont le secret se trouve sur cet ordinateur, un appel à la fois</translation>
    </message>
    <message>
        <source>Keep Al&amp;ive</source>
        <translation>&amp;Maintenir en activité</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>Re&amp;nouveler le secret…</translation>
    </message>
    <message>
        <source>Give the selected token a new secret; the previous one keeps working for a grace period you choose</source>
        <translation>Donner un nouveau secret au jeton sélectionné&#xa0;; l’ancien continue de fonctionner pendant un délai de grâce que vous choisissez</translation>
    </message>
    <message>
        <source>Edit O&amp;wner and Notes…</source>
        <translation>Modifier le responsa&amp;ble et les notes…</translation>
    </message>
    <message>
        <source>Record who answers for the selected token&apos;s integration, and notes about it</source>
        <translation>Noter qui répond de l’intégration du jeton sélectionné, et des notes à son sujet</translation>
    </message>
    <message>
        <source>Narrow A&amp;ccess…</source>
        <translation>Restre&amp;indre l’accès…</translation>
    </message>
    <message>
        <source>Restrict the selected token to the API areas it used in the last 60 days</source>
        <translation>Limiter le jeton sélectionné aux domaines d’API qu’il a utilisés ces 60 derniers jours</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ConnectDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
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
    <message>
        <source>A Token Admin API server (the sandbox or a platform gateway)</source>
        <translation>Un serveur Token Admin API (le bac à sable ou une passerelle de plateforme)</translation>
    </message>
    <message>
        <source>An ON24 account (tokens made on ON24&apos;s page)</source>
        <translation>Un compte ON24 (jetons créés sur la page d’ON24)</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Connexion à&#xa0;:</translation>
    </message>
    <message>
        <source>The numeric client id, e.g. 10001</source>
        <translation>L’identifiant client numérique, par ex. 10001</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Identifiant c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>ON24 has no API for its tokens: you add the pairs made on ON24&apos;s page, and the console proves them with real calls and keeps them alive.</source>
        <translation>ON24 n’a pas d’API pour ses jetons&#xa0;: vous ajoutez les paires créées sur la page d’ON24, et la console les vérifie par de vrais appels et les maintient en activité.</translation>
    </message>
    <message>
        <source>Sign in to a server that manages tokens through the Token Admin API. The password is only kept in this computer&apos;s keychain, and only if you ask for it.</source>
        <translation>Connectez-vous à un serveur qui gère les jetons via la Token Admin API. Le mot de passe n’est conservé que dans le trousseau de cet ordinateur, et seulement si vous le demandez.</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se c&amp;onnecter</translation>
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
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Maintien en activité&#xa0;:</translation>
    </message>
    <message>
        <source>Last verify:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (ON24 said: “%2”)</source>
        <translation>%1 (ON24 a répondu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here</source>
        <translation>Inconnu&#xa0;: aucune activité de ce jeton n’est connue ici</translation>
    </message>
    <message>
        <source>%1 at the latest, %2 — %3</source>
        <translation>Au plus tard le %1, %2 — %3</translation>
    </message>
    <message>
        <source>%1 (known from %2)</source>
        <translation>%1 (source&#xa0;: %2)</translation>
    </message>
    <message>
        <source>On, turned on by %1 on %2</source>
        <translation>Activé par %1 le %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Rotated:</source>
        <translation>Renouvelé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DirectDemo</name>
    <message>
        <source>Quarterly board report</source>
        <translation>Rapport trimestriel au conseil</translation>
    </message>
    <message>
        <source>Runs once a quarter, so it is kept alive between runs.</source>
        <translation>S’exécute une fois par trimestre&#xa0;: il est donc maintenu en activité entre deux exécutions.</translation>
    </message>
    <message>
        <source>Data warehouse sync</source>
        <translation>Synchronisation de l’entrepôt de données</translation>
    </message>
    <message>
        <source>Nightly export of registrants.</source>
        <translation>Export nocturne des inscrits.</translation>
    </message>
    <message>
        <source>every login of the demo account already has a token</source>
        <translation>chaque identifiant du compte de démonstration a déjà un jeton</translation>
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
    <name>TokenConsole::EditOwnerCommand</name>
    <message>
        <source>Saved the notes of “%1”; it has no owner.</source>
        <translation>Notes de «&#xa0;%1&#xa0;» enregistrées&#xa0;; il n’a pas de responsable.</translation>
    </message>
    <message>
        <source>Saved: %1 owns “%2”.</source>
        <translation>Enregistré&#xa0;: %1 est responsable de «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerDialog</name>
    <message>
        <source>Edit Owner and Notes</source>
        <translation>Modifier le responsable et les notes</translation>
    </message>
    <message>
        <source>Who answers for the integration that uses “%1”? Warnings about the token name the owner.</source>
        <translation>Qui répond de l’intégration qui utilise «&#xa0;%1&#xa0;»&#xa0;? Les avertissements sur ce jeton nomment son responsable.</translation>
    </message>
    <message>
        <source>for example Raj (Marketing Ops)</source>
        <translation>par exemple Raj (Marketing Ops)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Garder les leurs</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <source>Control, direction and zero-width characters are not allowed.</source>
        <translation>Les caractères de contrôle, de direction et de largeur nulle ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>Enregistrer les &amp;miennes</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun responsable</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Someone else changed this token while this dialog was open: it now has %1. Your text is kept here; save it over theirs, or keep theirs.</source>
        <translation>Quelqu’un d’autre a modifié ce jeton pendant que cette fenêtre était ouverte&#xa0;: il a maintenant %1. Votre texte est conservé ici&#xa0;; enregistrez-le à la place du leur, ou gardez le leur.</translation>
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
    <name>TokenConsole::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export &amp;Audit…</source>
        <translation>Exporter l&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Write the tokens the table shows, with its visible columns, to a CSV or JSON file</source>
        <translation>Écrire les jetons qu&apos;affiche le tableau, avec ses colonnes visibles, dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Write the audit log (the selected token&apos;s, or the whole account&apos;s) to a CSV or JSON file</source>
        <translation>Écrire le journal d&apos;audit (celui du jeton sélectionné, ou de tout le compte) dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Tokens</source>
        <translation>Exporter les jetons</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>audit-%1</source>
        <translation>audit-%1</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>Export the Audit of “%1”</source>
        <translation>Exporter l&apos;audit de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>Exporter l&apos;audit</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>%n jeton exporté vers %1.</numerusform>
            <numerusform>%n jetons exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit exportée vers %1.</numerusform>
            <numerusform>%n entrées d&apos;audit exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::FilterBar</name>
    <message>
        <source>Search name, owner, login or key</source>
        <translation>Rechercher par nom, responsable, identifiant ou clé</translation>
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
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
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
        <source>Expiring within %1 (%2)</source>
        <translation>Expire d’ici %1 (%2)</translation>
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
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ForgetCommand</name>
    <message>
        <source>Forget Token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <source>Forget “%1” on this computer?</source>
        <translation>Oublier «&#xa0;%1&#xa0;» sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>The pair leaves this computer&apos;s inventory and its secret leaves the keychain. ON24 is not touched: the token keeps working for its integration until someone disables it on ON24&apos;s page. Keep-alive stops for it.</source>
        <translation>La paire est retirée de l’inventaire de cet ordinateur et son secret du trousseau. ON24 n’est pas modifié&#xa0;: le jeton continue de fonctionner pour son intégration jusqu’à ce que quelqu’un le désactive sur la page d’ON24. Son maintien en activité s’arrête.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Could not forget “%1”: %2</source>
        <translation>Impossible d’oublier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Forgot “%1” on this computer; ON24 was not touched.</source>
        <translation>«&#xa0;%1&#xa0;» oublié sur cet ordinateur&#xa0;; ON24 n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveCommand</name>
    <message>
        <source>Keep-alive is on for “%1”: this console calls ON24 with it before its days without activity run out.</source>
        <translation>Le maintien en activité est activé pour «&#xa0;%1&#xa0;»&#xa0;: cette console appelle ON24 avec ce jeton avant que ses jours sans activité ne soient écoulés.</translation>
    </message>
    <message>
        <source>Keep-alive is off for “%1”: ON24 disables it after its days without activity.</source>
        <translation>Le maintien en activité est désactivé pour «&#xa0;%1&#xa0;»&#xa0;: ON24 le désactivera à l’issue de ses jours sans activité.</translation>
    </message>
    <message>
        <source>Keep Token Alive</source>
        <translation>Maintenir le jeton en activité</translation>
    </message>
    <message>
        <source>Keep “%1” alive?</source>
        <translation>Maintenir «&#xa0;%1&#xa0;» en activité&#xa0;?</translation>
    </message>
    <message>
        <source>ON24 disables a token after %1 without activity on purpose: a forgotten token that still works is a door left open. Keep alive only a token that an integration still needs but uses rarely (a quarterly report, say). This console will make one small read-only ON24 call with it when its known inactivity nears the limit. Your decision is recorded with your name and the time.</source>
        <translation>ON24 désactive volontairement un jeton après %1 sans activité&#xa0;: un jeton oublié qui fonctionne encore est une porte laissée ouverte. Ne maintenez en activité qu’un jeton dont une intégration a encore besoin mais qu’elle utilise rarement (un rapport trimestriel, par exemple). Cette console effectuera avec lui un petit appel ON24 en lecture seule lorsque son inactivité connue approchera de la limite. Votre décision est enregistrée avec votre nom et l’heure.</translation>
    </message>
    <message>
        <source>&amp;Keep Alive</source>
        <translation>&amp;Maintenir en activité</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveScheduler</name>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); all work.</source>
        <translation>
            <numerusform>Le maintien en activité a appelé ON24 avec %n jeton&#xa0;; il fonctionne.</numerusform>
            <numerusform>Le maintien en activité a appelé ON24 avec %n jetons&#xa0;; tous fonctionnent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); %1 failed: see their status.</source>
        <translation>
            <numerusform>Le maintien en activité a appelé ON24 avec %n jeton&#xa0;; %1 en échec&#xa0;: voyez son état.</numerusform>
            <numerusform>Le maintien en activité a appelé ON24 avec %n jetons&#xa0;; %1 en échec&#xa0;: voyez leur état.</numerusform>
        </translation>
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
    <message>
        <source>No keychain is running: Token Console found no desktop session bus (D-Bus) to reach one, so it could not %1. Start Token Console in a desktop session that has a keychain (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>Aucun trousseau n’est actif&#xa0;: Token Console n’a trouvé aucun bus de session du bureau (D-Bus) pour en joindre un&#xa0;; impossible %1. Lancez Token Console dans une session de bureau dotée d’un trousseau (comme GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not respond within %1 seconds, so Token Console could not %2. Restart your desktop&apos;s keychain (such as GNOME Keyring or KWallet) or sign in to the desktop again, then try again.</source>
        <translation>Le trousseau n’a pas répondu dans les %1&#xa0;secondes&#xa0;; impossible %2. Redémarrez le trousseau de votre bureau (comme GNOME Keyring ou KWallet) ou reconnectez-vous à votre session, puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain is running on this computer, so Token Console could not %1. Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), or sign in to a desktop session that has one, then try again.</source>
        <translation>Aucun trousseau n’est actif sur cet ordinateur&#xa0;; impossible %1. Démarrez le trousseau de votre bureau (comme GNOME Keyring ou KWallet) ou ouvrez une session de bureau qui en possède un, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked (its unlock prompt was cancelled or could not be shown), so Token Console could not %1. Unlock the keychain, for example in your desktop&apos;s password manager, then try again.</source>
        <translation>Le trousseau est verrouillé et n’a pas été déverrouillé (sa demande de déverrouillage a été annulée ou n’a pas pu s’afficher)&#xa0;; impossible %1. Déverrouillez le trousseau, par exemple dans le gestionnaire de mots de passe de votre bureau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::MainWindow</name>
    <message>
        <source>Token Console</source>
        <translation>Token Console</translation>
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
        <source>%1 — Token Console</source>
        <translation>%1 — Token Console</translation>
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
    <message>
        <source>No token pair is on this computer yet. Add one made on ON24&apos;s page with Token &gt; Add Existing Token… (%1).</source>
        <translation>Aucune paire de jeton n’est encore sur cet ordinateur. Ajoutez-en une créée sur la page d’ON24 avec Jeton &gt; Ajouter un jeton existant… (%1).</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NarrowAccessCommand</name>
    <message>
        <source>Could not read the usage of “%1”: %2</source>
        <translation>Impossible de lire l’utilisation de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” made no API calls in the last %2 days, so there is nothing to narrow its access to. If nothing uses it, disable it instead.</source>
        <translation>«&#xa0;%1&#xa0;» n’a fait aucun appel d’API ces %2 derniers jours&#xa0;: il n’y a donc rien à quoi restreindre son accès. Si rien ne l’utilise, désactivez-le plutôt.</translation>
    </message>
    <message>
        <source>“%1” already holds only the API areas it used.</source>
        <translation>«&#xa0;%1&#xa0;» n’a déjà que les domaines d’API qu’il a utilisés.</translation>
    </message>
    <message>
        <source>Narrow Access</source>
        <translation>Restreindre l’accès</translation>
    </message>
    <message>
        <source>Narrow the access of “%1” to the API areas it used in the last %2 days?</source>
        <translation>Restreindre l’accès de «&#xa0;%1&#xa0;» aux domaines d’API qu’il a utilisés ces %2 derniers jours&#xa0;?</translation>
    </message>
    <message>
        <source>The integration would lose: %1.</source>
        <translation>L’intégration perdrait&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It would also not get areas ON24 adds later.</source>
        <translation>Elle n’aurait pas non plus les domaines qu’ON24 ajoutera plus tard.</translation>
    </message>
    <message>
        <source>It keeps: %1. Its calls to a lost area fail until the access is widened again.</source>
        <translation>Elle garde&#xa0;: %1. Ses appels à un domaine perdu échouent jusqu’à ce que l’accès soit de nouveau élargi.</translation>
    </message>
    <message>
        <source>Before you do, %1.</source>
        <translation>Avant cela&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Narrow Access</source>
        <translation>&amp;Restreindre l’accès</translation>
    </message>
    <message>
        <source>Could not narrow the access of “%1”: %2</source>
        <translation>Impossible de restreindre l’accès de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” now holds only: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a plus que&#xa0;: %2.</translation>
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
    <message>
        <source>Key copied.</source>
        <translation>Clé copiée.</translation>
    </message>
    <message numerus="yes">
        <source>Secret copied, cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>Secret copié, effacé du presse-papiers dans %n s.</numerusform>
            <numerusform>Secret copié, effacé du presse-papiers dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret cleared from the clipboard.</source>
        <translation>Secret effacé du presse-papiers.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::OfflinePlatform</name>
    <message>
        <source>Offline: the platform cannot be reached, so the list from %1 is read-only.</source>
        <translation>Hors ligne&#xa0;: la plateforme est injoignable, la liste du %1 est donc en lecture seule.</translation>
    </message>
    <message>
        <source>The token list saved on %1 (offline)</source>
        <translation>La liste de jetons enregistrée le %1 (hors ligne)</translation>
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
    <message>
        <source>The ON24 address sent an answer this console cannot read (%1): perhaps a proxy or a sign-in page answered instead of ON24&apos;s API. Check the region or base URL.</source>
        <translation>L’adresse ON24 a envoyé une réponse que cette console ne sait pas lire (%1) : un proxy ou une page de connexion a peut-être répondu à la place de l’API d’ON24. Vérifiez la région ou l’URL de base.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24DirectPlatform</name>
    <message>
        <source>ON24 account %1 (direct mode)</source>
        <translation>Compte ON24 %1 (mode direct)</translation>
    </message>
    <message>
        <source>ON24 account %1</source>
        <translation>Compte ON24 %1</translation>
    </message>
    <message>
        <source>ON24 answers only calls made with a token pair: add one first.</source>
        <translation>ON24 ne répond qu’aux appels effectués avec une paire de jeton&#xa0;: ajoutez-en d’abord une.</translation>
    </message>
    <message>
        <source>ON24&apos;s API does not show a token&apos;s activity; this console records only its own calls.</source>
        <translation>L’API d’ON24 n’indique pas l’activité d’un jeton&#xa0;; cette console n’enregistre que ses propres appels.</translation>
    </message>
    <message>
        <source>Direct mode: these are the token pairs added on this computer, proved with real ON24 calls. Provision, disable and enable tokens on ON24&apos;s page (Platform Tools › Integrations › API Tokens); here you verify them and keep them alive.</source>
        <translation>Mode direct&#xa0;: voici les paires de jeton ajoutées sur cet ordinateur, vérifiées par de vrais appels à ON24. Provisionnez, désactivez et activez les jetons sur la page d’ON24 (Platform Tools › Integrations › API Tokens)&#xa0;; ici, vous les vérifiez et les maintenez en activité.</translation>
    </message>
    <message>
        <source>The pair %1 is not in this computer&apos;s inventory any more.</source>
        <translation>La paire %1 n’est plus dans l’inventaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory as “%2”.</source>
        <translation>La clé %1 est déjà dans cet inventaire sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Could not check the pair with ON24, so nothing was stored: %1</source>
        <translation>Impossible de vérifier la paire auprès d’ON24, rien n’a donc été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>ON24 refused the pair, so nothing was stored: %1%2</source>
        <translation>ON24 a refusé la paire, rien n’a donc été enregistré&#xa0;: %1%2</translation>
    </message>
    <message>
        <source> (ON24 said: “%1”)</source>
        <translation> (ON24 a répondu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>The pair works, but its secret could not be kept in the keychain, so nothing was stored: %1</source>
        <translation>La paire fonctionne, mais son secret n’a pas pu être conservé dans le trousseau, rien n’a donc été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory.</source>
        <translation>La clé %1 est déjà dans cet inventaire.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from the keychain, so the pair was kept: %2</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» n’a pas pu être supprimé du trousseau, la paire a donc été conservée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Inventory</name>
    <message>
        <source>The disk holding the inventory %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>Le disque qui contient l’inventaire %1 est plein&#xa0;: rien n’a été enregistré. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only, so nothing was saved. Check the permissions of the file and of its folder, then try again.</source>
        <translation>L’inventaire %1 est en lecture seule&#xa0;: rien n’a été enregistré. Vérifiez les autorisations du fichier et de son dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Another Token Console window or command is writing to the inventory %1. Try again in a moment.</source>
        <translation>Une autre fenêtre ou commande de Token Console est en train d’écrire dans l’inventaire %1. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged or is not an inventory file. Move it aside and add the tokens again; their secrets are still in the keychain.</source>
        <translation>L’inventaire %1 est endommagé ou n’est pas un fichier d’inventaire. Déplacez-le ailleurs et ajoutez de nouveau les jetons&#xa0;; leurs secrets sont toujours dans le trousseau.</translation>
    </message>
    <message>
        <source>Token Console could not open the inventory %1. Check that its folder exists and that you may write to it, then try again.</source>
        <translation>Token Console n’a pas pu ouvrir l’inventaire %1. Vérifiez que son dossier existe et que vous pouvez y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk failed while reading or writing the inventory %1 (%2). Check the disk, then try again.</source>
        <translation>Le disque a échoué pendant la lecture ou l’écriture de l’inventaire %1 (%2). Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Token Console could not read or write the inventory %1 (%2). Check the disk and the permissions of the file and of its folder, then try again.</source>
        <translation>Token Console n’a pas pu lire ou écrire l’inventaire %1 (%2). Vérifiez le disque et les autorisations du fichier et de son dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The inventory of profile “%1” is not open, so nothing was saved. Open the profile again, then try again.</source>
        <translation>L’inventaire du profil «&#xa0;%1&#xa0;» n’est pas ouvert&#xa0;: rien n’a été enregistré. Rouvrez le profil, puis réessayez.</translation>
    </message>
    <message>
        <source>A field of this token holds a long hexadecimal text that looks like a token secret, so nothing was saved. Secrets belong in the keychain only: remove it from the key, name, owner, login or notes, then try again.</source>
        <translation>Un champ de ce jeton contient un long texte hexadécimal qui ressemble à un secret&#xa0;: rien n’a été enregistré. Les secrets n’ont leur place que dans le trousseau&#xa0;: retirez ce texte de la clé, du nom, du propriétaire, de l’identifiant ou des notes, puis réessayez.</translation>
    </message>
    <message>
        <source>The token %1 is not in the inventory of profile “%2”. It may have been forgotten in another window: reload the list.</source>
        <translation>Le jeton %1 n’est pas dans l’inventaire du profil «&#xa0;%2&#xa0;». Il a peut-être été retiré dans une autre fenêtre&#xa0;: rechargez la liste.</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory folder %1. Check that you may write to its parent folder and that the disk is not full, then try again.</source>
        <translation>Token Console n’a pas pu créer le dossier d’inventaire %1. Vérifiez que vous pouvez écrire dans le dossier parent et que le disque n’est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory folder %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console n’a pas pu réserver le dossier d’inventaire %1 à votre compte utilisateur. Vérifiez à qui il appartient, puis réessayez.</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory file %1 (%2). Check that you may write to its folder and that the disk is not full, then try again.</source>
        <translation>Token Console n’a pas pu créer le fichier d’inventaire %1 (%2). Vérifiez que vous pouvez écrire dans son dossier et que le disque n’est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory file %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console n’a pas pu réserver le fichier d’inventaire %1 à votre compte utilisateur. Vérifiez à qui il appartient, puis réessayez.</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of Token Console. Update Token Console to use this profile.</source>
        <translation>L’inventaire %1 a été écrit par une version plus récente de Token Console. Mettez à jour Token Console pour utiliser ce profil.</translation>
    </message>
    <message>
        <source>The token has no key, so it was not added. Enter its key, then try again.</source>
        <translation>Le jeton n’a pas de clé&#xa0;: il n’a pas été ajouté. Saisissez sa clé, puis réessayez.</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”.</source>
        <translation>Le jeton %1 est déjà dans l’inventaire du profil «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”, named “%3”.</source>
        <translation>Le jeton %1 est déjà dans l’inventaire du profil «&#xa0;%2&#xa0;», sous le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a verify outcome Token Console knows, so nothing was recorded.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un résultat de vérification connu de Token Console&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Token Console could not delete the inventory file %1 (%2). Check the permissions of its folder, then try again.</source>
        <translation>Token Console n’a pas pu supprimer le fichier d’inventaire %1 (%2). Vérifiez les autorisations de son dossier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Platform</name>
    <message>
        <source>Could not read the secret of “%1” from the keychain: %2</source>
        <translation>Impossible de lire le secret de «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
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
        <source>Provisioning…</source>
        <translation>Provisionnement…</translation>
    </message>
    <message>
        <source>%1 already have a token and cannot be chosen: one token per login.</source>
        <translation>%1 ont déjà un jeton et ne peuvent pas être choisis&#xa0;: un jeton par identifiant.</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>Effacer le nom</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose a login that has no token yet.</source>
        <translation>Impossible de provisionner : choisissez un identifiant qui n’a pas encore de jeton.</translation>
    </message>
    <message>
        <source>Provision is unavailable until the account&apos;s users are loaded.</source>
        <translation>Impossible de provisionner tant que les utilisateurs du compte ne sont pas chargés.</translation>
    </message>
    <message>
        <source>Provision is unavailable: type a name for the token.</source>
        <translation>Impossible de provisionner : saisissez un nom pour le jeton.</translation>
    </message>
    <message>
        <source>Provision is unavailable: correct the name (see above).</source>
        <translation>Impossible de provisionner : corrigez le nom (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose at least one API area.</source>
        <translation>Impossible de provisionner : choisissez au moins un domaine de l’API.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameCommand</name>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2” on this computer; ON24&apos;s page keeps its own name.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;» sur cet ordinateur&#xa0;; la page d’ON24 conserve son propre nom.</translation>
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
    <message>
        <source>Clear name</source>
        <translation>Effacer le nom</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateCommand</name>
    <message>
        <source>Rotated the secret of “%1”; the previous secret works until %2.</source>
        <translation>Secret de «&#xa0;%1&#xa0;» renouvelé&#xa0;; l’ancien secret fonctionne jusqu’au %2.</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”; the previous secret no longer works.</source>
        <translation>Secret de «&#xa0;%1&#xa0;» renouvelé&#xa0;; l’ancien secret ne fonctionne plus.</translation>
    </message>
    <message>
        <source>%1 Now %2.</source>
        <translation>%1 Maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” has a new secret. Give it to the integration before %2, when the previous secret stops working. The platform never sends this secret again.</source>
        <translation>«&#xa0;%1&#xa0;» a un nouveau secret. Donnez-le à l’intégration avant le %2, quand l’ancien secret cessera de fonctionner. La plateforme n’envoie plus jamais ce secret.</translation>
    </message>
    <message>
        <source>“%1” has a new secret, and the previous one no longer works. Give it to the integration now. The platform never sends this secret again.</source>
        <translation>«&#xa0;%1&#xa0;» a un nouveau secret, et l’ancien ne fonctionne plus. Donnez-le maintenant à l’intégration. La plateforme n’envoie plus jamais ce secret.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain.</source>
        <translation>Donner un nouveau secret à «&#xa0;%1&#xa0;». La clé reste la même&#xa0;; le nouveau secret est affiché une fois et remplace l’ancien dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain. Tell %2, who runs the integration.</source>
        <translation>Donner un nouveau secret à «&#xa0;%1&#xa0;». La clé reste la même&#xa0;; le nouveau secret est affiché une fois et remplace l’ancien dans le trousseau de cet ordinateur. Prévenez %2, qui gère l’intégration.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Grace period in hours</source>
        <translation>Délai de grâce en heures</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Délai de grâce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>The old secret stops working at once: the integration fails until it has the new one.</source>
        <translation>L’ancien secret cesse de fonctionner immédiatement&#xa0;: l’intégration échoue jusqu’à ce qu’elle ait le nouveau.</translation>
    </message>
    <message>
        <source>Both secrets work for 1 hour, so the integration can switch without an outage; then only the new one works.</source>
        <translation>Les deux secrets fonctionnent pendant 1 heure, pour que l’intégration puisse changer sans interruption&#xa0;; ensuite seul le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>Both secrets work for %1 hours, so the integration can switch without an outage; then only the new one works.</source>
        <translation>Les deux secrets fonctionnent pendant %1 heures, pour que l’intégration puisse changer sans interruption&#xa0;; ensuite seul le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
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
    <name>TokenConsole::SecretStore</name>
    <message>
        <source>The keychain entry of this token does not hold a token secret (128 digits and lower-case letters a to f), so it was not used. Store the right secret for this token again, or rotate the token to get a new one.</source>
        <translation>L’entrée du trousseau de ce jeton ne contient pas de secret de jeton (128&#xa0;chiffres et lettres minuscules de a à f)&#xa0;; elle n’a donc pas été utilisée. Enregistrez de nouveau le bon secret pour ce jeton, ou effectuez une rotation du jeton pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Token Console: %1</source>
        <translation>Token Console&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token Console: %1 (%2)</source>
        <translation>Token Console&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>jeton %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SessionController</name>
    <message>
        <source>The demo ON24 account could not be opened: %1</source>
        <translation>Impossible d’ouvrir le compte ON24 de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>no embedded sandbox in this build</source>
        <translation>aucun bac à sable intégré dans cette version</translation>
    </message>
    <message>
        <source>The demo ON24 account could not be prepared: %1</source>
        <translation>Impossible de préparer le compte ON24 de démonstration&#xa0;: %1</translation>
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
        <source>Could not sign in to %1 as %2: %3</source>
        <translation>Impossible de se connecter à %1 en tant que %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Signed in, but the password could not be kept in the keychain: %1 You will be asked for it next time.</source>
        <translation>Connecté, mais le mot de passe n’a pas pu être conservé dans le trousseau&#xa0;: %1 Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s numeric ON24 client id.</source>
        <translation>Saisissez l’identifiant client ON24 numérique du compte.</translation>
    </message>
    <message>
        <source>Not signed in to “%1”. Choose Retry to enter the password, pick another profile from File &gt; Profiles, or connect to a platform.</source>
        <translation>Non connecté à «&#xa0;%1&#xa0;». Choisissez «&#xa0;Réessayer&#xa0;» pour saisir le mot de passe, choisissez un autre profil dans Fichier &gt; Profils, ou connectez-vous à une plateforme.</translation>
    </message>
    <message>
        <source>password of %1</source>
        <translation>mot de passe de %1</translation>
    </message>
    <message>
        <source>Offline: showing the list from %1. Retrying…</source>
        <translation>Hors ligne&#xa0;: affichage de la liste du %1. Nouvelle tentative…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::StatusLine</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local demo data</source>
        <translation>Données de démonstration locales</translation>
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
        <source>Warning: this clock is %1 behind the server&apos;s</source>
        <translation>Attention&#xa0;: cette horloge retarde de %1 sur celle du serveur</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 ahead of the server&apos;s</source>
        <translation>Attention&#xa0;: cette horloge avance de %1 sur celle du serveur</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than a minute. Countdowns use the server&apos;s time; fix the clock to avoid confusion elsewhere.</source>
        <translation>L’horloge de cet ordinateur diffère de celle du serveur de plus d’une minute. Les comptes à rebours utilisent l’heure du serveur&#xa0;; corrigez l’horloge pour éviter toute confusion ailleurs.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TableExportWriter</name>
    <message>
        <source>The export was refused: it would contain something shaped like a token secret.</source>
        <translation>L&apos;export a été refusé&#xa0;: il contiendrait quelque chose qui a la forme d&apos;un secret de jeton.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenExportTable</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenListCache</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No token list of “%1” is saved on this computer.</source>
        <translation>Aucune liste de jetons de «&#xa0;%1&#xa0;» n&apos;est enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The saved token list of “%1” cannot be read.</source>
        <translation>La liste de jetons enregistrée de «&#xa0;%1&#xa0;» est illisible.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenPairFormat</name>
    <message>
        <source>Enter the token key: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Saisissez la clé du jeton&#xa0;: 32 lettres majuscules et chiffres, telle qu’elle apparaît sur la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message>
        <source>This looks like the token secret, not the key. Paste the key here: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Ceci ressemble au secret du jeton, pas à sa clé. Collez ici la clé&#xa0;: 32 lettres majuscules et chiffres, telle qu’elle apparaît sur la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains other characters, such as spaces, punctuation, accented or full-width characters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>La clé d’un jeton compte 32 lettres majuscules et chiffres&#xa0;; celle-ci contient d’autres caractères, comme des espaces, de la ponctuation, des lettres accentuées ou des caractères pleine chasse. Copiez-la de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains lower-case letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>La clé d’un jeton compte 32 lettres majuscules et chiffres&#xa0;; celle-ci contient des minuscules. Copiez-la de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message numerus="yes">
        <source>The token key must be 32 capital letters and digits; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>La clé d’un jeton compte 32 lettres majuscules et chiffres&#xa0;; celle-ci en compte %n. Copiez-la de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</numerusform>
            <numerusform>La clé d’un jeton compte 32 lettres majuscules et chiffres&#xa0;; celle-ci en compte %n. Copiez-la de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token secret: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Saisissez le secret du jeton&#xa0;: 128 chiffres et lettres minuscules de a à f, tel qu’il apparaît sur la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message>
        <source>This looks like the token key, not the secret. Paste the secret here: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Ceci ressemble à la clé du jeton, pas à son secret. Collez ici le secret&#xa0;: 128 chiffres et lettres minuscules de a à f, tel qu’il apparaît sur la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains other characters, such as spaces, punctuation or letters after f. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>Le secret d’un jeton compte 128 chiffres et lettres minuscules de a à f&#xa0;; celui-ci contient d’autres caractères, comme des espaces, de la ponctuation ou des lettres après f. Copiez-le de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains capital letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>Le secret d’un jeton compte 128 chiffres et lettres minuscules de a à f&#xa0;; celui-ci contient des majuscules. Copiez-le de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</translation>
    </message>
    <message numerus="yes">
        <source>The token secret must be 128 digits and lower-case letters a to f; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>Le secret d’un jeton compte 128 chiffres et lettres minuscules de a à f&#xa0;; celui-ci en compte %n. Copiez-le de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</numerusform>
            <numerusform>Le secret d’un jeton compte 128 chiffres et lettres minuscules de a à f&#xa0;; celui-ci en compte %n. Copiez-le de nouveau depuis la page «&#xa0;API Tokens&#xa0;» d’ON24.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
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
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Latest activity known here: %1, from %2. ON24 does not show other callers&apos; activity, so the token may have been used since.</source>
        <translation>Dernière activité connue ici&#xa0;: %1 (source&#xa0;: %2). ON24 n’indique pas l’activité des autres appelants&#xa0;: le jeton a donc pu être utilisé depuis.</translation>
    </message>
    <message>
        <source>No activity is known: verify the token, or type the Last Activity date ON24&apos;s page shows.</source>
        <translation>Aucune activité connue&#xa0;: vérifiez le jeton, ou saisissez la date «&#xa0;Last Activity&#xa0;» affichée sur la page d’ON24.</translation>
    </message>
    <message>
        <source>%1. Last verify: %2</source>
        <translation>%1. Dernière vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kept alive: turned on by %1 on %2.</source>
        <translation>Maintenu en activité&#xa0;: activé par %1 le %2.</translation>
    </message>
    <message>
        <source>Not kept alive: the token is disabled after its days without activity, as ON24 intends.</source>
        <translation>Pas de maintien en activité&#xa0;: le jeton sera désactivé à l’issue de ses jours sans activité, comme le prévoit ON24.</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here.</source>
        <translation>Inconnu&#xa0;: aucune activité de ce jeton n’est connue ici.</translation>
    </message>
    <message>
        <source>At the latest on %1, 60 days after the last activity known here; calls by others may have moved it later.</source>
        <translation>Au plus tard le %1, 60 jours après la dernière activité connue ici&#xa0;; des appels d’autres personnes ont pu la repousser.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Maintien en activité</translation>
    </message>
    <message>
        <source>Last verify</source>
        <translation>Dernière vérification</translation>
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
</context>
<context>
    <name>TokenConsole::TokenWording</name>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Disabled on ON24</source>
        <translation>Désactivé sur ON24</translation>
    </message>
    <message>
        <source>Wrong pair</source>
        <translation>Paire incorrecte</translation>
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
        <source>Disabled for inactivity</source>
        <translation>Désactivé pour inactivité</translation>
    </message>
    <message>
        <source>Disabled manually</source>
        <translation>Désactivé manuellement</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>au plus %n jour</numerusform>
            <numerusform>au plus %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled, no countdown</source>
        <translation>désactivé, pas de compte à rebours</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1, critique</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1, avertissement</translation>
    </message>
    <message>
        <source>a call from this console</source>
        <translation>un appel depuis cette console</translation>
    </message>
    <message>
        <source>the date typed from ON24&apos;s page</source>
        <translation>la date saisie depuis la page d’ON24</translation>
    </message>
    <message>
        <source>nothing known yet</source>
        <translation>rien de connu pour l’instant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>The previous secret still works for 1 more hour, until %1; then only the new one does.</source>
        <translation>L’ancien secret fonctionne encore 1 heure, jusqu’au %1&#xa0;; ensuite seul le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>The previous secret still works for %1 more hours, until %2; then only the new one does.</source>
        <translation>L’ancien secret fonctionne encore %1 heures, jusqu’au %2&#xa0;; ensuite seul le nouveau fonctionne.</translation>
    </message>
    <message>
        <source>tell %1</source>
        <translation>prévenir %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::UsageSection</name>
    <message>
        <source>API use in the last %1</source>
        <translation>Utilisation de l’API sur les derniers %1</translation>
    </message>
    <message>
        <source>Calls by API area</source>
        <translation>Appels par domaine d’API</translation>
    </message>
    <message>
        <source>API area</source>
        <translation>Domaine d’API</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the usage: %1</source>
        <translation>Impossible de charger l’utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No API calls in these days. If nothing uses this token, disable it.</source>
        <translation>Aucun appel d’API pendant ces jours. Si rien n’utilise ce jeton, désactivez-le.</translation>
    </message>
    <message>
        <source>The token holds only the areas it used.</source>
        <translation>Le jeton n’a que les domaines qu’il a utilisés.</translation>
    </message>
    <message>
        <source>Holds %1 but did not use: %2.</source>
        <translation>A %1 mais n’a pas utilisé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyAllCommand</name>
    <message>
        <source>No token can be verified here: none has its secret on this computer.</source>
        <translation>Aucun jeton ne peut être vérifié ici&#xa0;: aucun n’a son secret sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Verified all: %1 work, %2 failed.</source>
        <translation>Tous vérifiés — fonctionnent&#xa0;: %1, en échec&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Verifying “%1” (%2 more to go)…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» (encore %2 à faire)…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyCommand</name>
    <message>
        <source>Verifying “%1” with a call to the ON24 API…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;» par un appel à l’API ON24…</translation>
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
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3: %4.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) sera désactivé pour inactivité dans %3&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowBanners</name>
    <message>
        <source>Demo data notice</source>
        <translation>Avis sur les données de démonstration</translation>
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
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>Se &amp;connecter à une plateforme…</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage the API tokens of an ON24 account: see their last activity, get warned before the 60-day inactivity rule disables them, and keep their secrets in the keychain only.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licence: %3 (%4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gérez les jetons d’API d’un compte ON24&#xa0;: voyez leur dernière activité, soyez averti avant que la règle des 60 jours d’inactivité ne les désactive, et gardez leurs secrets uniquement dans le trousseau.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licence&#xa0;: %3 (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Local Demo Data</source>
        <translation>Données de démonstration locales</translation>
    </message>
    <message>
        <source>Demo ON24 Account (Direct Mode)</source>
        <translation>Compte ON24 de démonstration (mode direct)</translation>
    </message>
    <message>
        <source>%1 (ON24 account %2)</source>
        <translation>%1 (compte ON24 %2)</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 sur %3)</translation>
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
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>KEEP-ALIVE</source>
        <translation>MAINTIEN EN ACTIVITÉ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
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
    <message>
        <source>The name contains an invisible direction or zero-width character (U+%1), which could make it pose as another name; remove it.</source>
        <translation>Le nom contient un caractère de direction ou de largeur nulle invisible (U+%1), qui pourrait le faire passer pour un autre nom ; supprimez-le.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n identifiant</numerusform>
            <numerusform>%n identifiants</numerusform>
        </translation>
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
    <message>
        <source>Manage the API tokens of an ON24 account. Without options, opens the last profile, or local demo data on first start. Subcommands (list, check, provision, rename, disable, enable, verify; in direct mode add, set, forget, users, keepalive) run without a window.</source>
        <translation>Gère les jetons d’API d’un compte ON24. Sans option, ouvre le dernier profil, ou des données de démonstration locales au premier démarrage. Les sous-commandes (list, check, provision, rename, disable, enable, verify ; en mode direct add, set, forget, users, keepalive) s’exécutent sans fenêtre.</translation>
    </message>
</context>
</TS>
