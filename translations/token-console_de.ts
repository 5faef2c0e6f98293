<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminApi</name>
    <message>
        <source>The sandbox could not complete the request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>Die Sandbox konnte die Anfrage nicht abschließen. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, prüfen Sie das Protokoll der Sandbox.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000.</source>
        <translation>Das Limit muss eine ganze Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <source>The paging cursor is not one this server issued. Start again from the first page.</source>
        <translation>Der Seiten-Cursor stammt nicht von diesem Server. Beginnen Sie erneut mit der ersten Seite.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON. Send a JSON object.</source>
        <translation>Der Anfragetext ist kein gültiges JSON. Senden Sie ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The request body is larger than 64 KiB. Send a smaller body.</source>
        <translation>Der Anfragetext ist größer als 64 KiB. Senden Sie einen kleineren.</translation>
    </message>
    <message>
        <source>This needs the Manage Users permission. Ask an account admin to do it or to grant you the permission.</source>
        <translation>Dafür ist die Berechtigung „Benutzer verwalten“ nötig. Bitten Sie einen Kontoadministrator, es zu erledigen oder Ihnen die Berechtigung zu erteilen.</translation>
    </message>
    <message>
        <source>No such token in this account. Refresh the list; it may have been removed.</source>
        <translation>Dieses Token gibt es in diesem Konto nicht. Aktualisieren Sie die Liste; es wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Sign in first: the request has no valid session.</source>
        <translation>Melden Sie sich zuerst an: Die Anfrage hat keine gültige Sitzung.</translation>
    </message>
    <message>
        <source>The session expired after 8 hours without use. Sign in again.</source>
        <translation>Die Sitzung ist nach 8 Stunden ohne Nutzung abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Send &quot;login&quot; and &quot;password&quot; as strings.</source>
        <translation>Senden Sie &quot;login&quot; und &quot;password&quot; als Zeichenketten.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diesen Login. Warten Sie %n Minute und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diesen Login. Warten Sie %n Minuten und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and try again.</source>
        <translation>Login oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account&apos;s contract does not include Connect, so it cannot have API tokens. Contact your ON24 account manager.</source>
        <translation>Der Vertrag dieses Kontos umfasst Connect nicht, daher kann es keine API-Tokens haben. Wenden Sie sich an Ihren ON24-Account-Manager.</translation>
    </message>
    <message>
        <source>&quot;userId&quot; must be the number of a user of this account.</source>
        <translation>&quot;userId&quot; muss die Nummer eines Benutzers dieses Kontos sein.</translation>
    </message>
    <message>
        <source>Access must be &quot;all_endpoints&quot; or a non-empty list of: %1.</source>
        <translation>Der Zugriff muss &quot;all_endpoints&quot; oder eine nicht leere Liste aus %1 sein.</translation>
    </message>
    <message>
        <source>There is no user %1 in this account. Pick a login from the user list.</source>
        <translation>In diesem Konto gibt es keinen Benutzer %1. Wählen Sie einen Login aus der Benutzerliste.</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Enable or rename the existing one instead.</source>
        <translation>Dieser Login hat bereits ein Token (ein Token pro Login). Aktivieren oder benennen Sie stattdessen das vorhandene um.</translation>
    </message>
    <message>
        <source>Send If-Match with the token&apos;s version (its ETag) so a change made by someone else is not overwritten.</source>
        <translation>Senden Sie If-Match mit der Version des Tokens (seinem ETag), damit eine Änderung von jemand anderem nicht überschrieben wird.</translation>
    </message>
    <message>
        <source>The token changed since you loaded it. Reload it and try again.</source>
        <translation>Das Token hat sich seit dem Laden geändert. Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token is already disabled.</source>
        <translation>Das Token ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>The token is already active.</source>
        <translation>Das Token ist bereits aktiv.</translation>
    </message>
    <message>
        <source>The request did not arrive in time. Check the connection and send it again.</source>
        <translation>Die Anfrage ist nicht rechtzeitig angekommen. Prüfen Sie die Verbindung und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The request headers are larger than 64 KiB. Send smaller headers.</source>
        <translation>Die Header der Anfrage sind größer als 64 KiB. Senden Sie kleinere.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>Der Name muss 1 bis 64 Zeichen lang sein und darf weder Steuerzeichen noch unsichtbare Richtungs- oder Nullbreitenzeichen enthalten.</translation>
    </message>
    <message>
        <source>The owner must be at most 128 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>Der Besitzer darf höchstens 128 Zeichen lang sein und weder Steuerzeichen noch unsichtbare Richtungs- oder Nullbreitenzeichen enthalten.</translation>
    </message>
    <message>
        <source>The notes must be at most 2000 characters, without control characters other than line breaks and tabs, and without invisible direction and zero-width characters.</source>
        <translation>Die Notizen dürfen höchstens 2000 Zeichen lang sein und außer Zeilenumbrüchen und Tabulatoren keine Steuerzeichen sowie keine unsichtbaren Richtungs- oder Nullbreitenzeichen enthalten.</translation>
    </message>
    <message>
        <source>Send at least one of &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; or &quot;access&quot;.</source>
        <translation>Senden Sie mindestens eines der Felder &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; oder &quot;access&quot;.</translation>
    </message>
    <message>
        <source>&quot;graceHours&quot; must be a whole number of hours from 0 to 168.</source>
        <translation>&quot;graceHours&quot; muss eine ganze Zahl von Stunden zwischen 0 und 168 sein.</translation>
    </message>
    <message>
        <source>The token is disabled, so its secret cannot be rotated. Enable it first.</source>
        <translation>Das Token ist deaktiviert, daher kann sein Secret nicht erneuert werden. Aktivieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>The days must be a whole number from 1 to 90.</source>
        <translation>Die Anzahl der Tage muss eine ganze Zahl von 1 bis 90 sein.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address and your network connection, then try again.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie, ob er läuft und erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the server address; if the server uses its own certificate, have it installed in the system&apos;s trust store.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1. Prüfen Sie die Serveradresse; verwendet der Server ein eigenes Zertifikat, lassen Sie es im Zertifikatsspeicher des Systems installieren.</translation>
    </message>
    <message>
        <source>certificate or handshake error</source>
        <translation>Zertifikats- oder Handshake-Fehler</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: only this computer (localhost) may be used without encryption. Use an https:// address.</source>
        <translation>Verbindung zu %1 über unverschlüsseltes http abgelehnt: Nur dieser Computer (localhost) darf ohne Verschlüsselung verwendet werden. Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>a remote server</source>
        <translation>einem entfernten Server</translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and sign in again.</source>
        <translation>Login oder Passwort ist falsch. Prüfen Sie beides und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server did not accept the session. Sign in again.</source>
        <translation>Der Server hat die Sitzung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has expired. Enter your password to sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Geben Sie Ihr Passwort ein, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs the Manage Users permission. Ask an account administrator.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung: Nötig ist „Benutzer verwalten“. Wenden Sie sich an einen Kontoadministrator.</translation>
    </message>
    <message>
        <source>The account&apos;s contract does not include Connect, so API tokens cannot be provisioned. Contact your ON24 account manager.</source>
        <translation>Der Vertrag des Kontos umfasst Connect nicht, daher können keine API-Tokens bereitgestellt werden. Wenden Sie sich an Ihren ON24-Account-Manager.</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Use the existing token, or disable it and provision for another login.</source>
        <translation>Dieser Login hat bereits ein Token (ein Token pro Login). Verwenden Sie das vorhandene Token oder deaktivieren Sie es und stellen Sie eines für einen anderen Login bereit.</translation>
    </message>
    <message>
        <source>The token is already disabled. Refresh the list to see its current state.</source>
        <translation>Das Token ist bereits deaktiviert. Aktualisieren Sie die Liste, um seinen aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The token is already active. Refresh the list to see its current state.</source>
        <translation>Das Token ist bereits aktiv. Aktualisieren Sie die Liste, um seinen aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The request conflicts with the token&apos;s current state. Refresh and try again.</source>
        <translation>Die Anfrage widerspricht dem aktuellen Zustand des Tokens. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed this token meanwhile. Refresh the list and try again.</source>
        <translation>Jemand anderes hat dieses Token inzwischen geändert. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt. Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token or resource was not found; it may have been removed. Refresh the list and check the id.</source>
        <translation>Das Token oder die Ressource wurde nicht gefunden; möglicherweise wurde es entfernt. Aktualisieren Sie die Liste und prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>Too many attempts: the server refuses further sign-ins for a while. Wait 15 minutes and try again.</source>
        <translation>Zu viele Versuche: Der Server lehnt weitere Anmeldungen eine Zeit lang ab. Warten Sie 15 Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut; besteht das Problem weiter, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read (%1). Check that the server address points to a Token Admin API v1.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Version nicht lesen kann (%1). Prüfen Sie, ob die Serveradresse auf eine Token Admin API v1 zeigt.</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source> The server may have made the change anyway: refresh the list before trying again.</source>
        <translation> Der Server hat die Änderung möglicherweise trotzdem vorgenommen: Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>Der Server erhält zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests and asks to wait.</source>
        <translation>Der Server erhält zu viele Anfragen und bittet zu warten.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent its answer too slowly to finish in time. Check your network connection and that the server is not overloaded, then try again.</source>
        <translation>Der Server hat seine Antwort zu langsam gesendet, um sie rechtzeitig abzuschließen. Prüfen Sie Ihre Netzwerkverbindung und ob der Server überlastet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Check that the server is running and reachable, then try again.</source>
        <translation>Die Antwort des Servers brach ab, bevor sie vollständig war. Prüfen Sie, ob der Server läuft und erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB, more than Token Console reads, so it stopped. Check that the server address points to a Token Admin API or to ON24, not to a download or a proxy.</source>
        <translation>Die Antwort des Servers ist größer als %1 MiB, mehr als Token Console liest; das Lesen wurde daher abgebrochen. Prüfen Sie, ob die Serveradresse auf eine Token Admin API oder auf ON24 zeigt und nicht auf einen Download oder einen Proxy.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Token Console does not follow redirects, so that passwords and secrets go only to the address you entered. If the server has moved, enter its new address.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet. Token Console folgt keinen Umleitungen, damit Passwörter und Secrets nur an die von Ihnen eingegebene Adresse gehen. Wenn der Server umgezogen ist, geben Sie seine neue Adresse ein.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
</context>
<context>
    <name>BandStyle</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
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
        <translation>Es gibt kein Token mit der ID „%1“. Führen Sie „token-console list“ aus, um die IDs zu sehen.</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 „%2“ (%3)</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>weniger als einem Tag</translation>
    </message>
    <message>
        <source>DISABLED  %1 was disabled for inactivity on %2; enable it with “token-console enable %3”.</source>
        <translation>DEAKTIV.  %1 wurde am %2 wegen Inaktivität deaktiviert; aktivieren Sie es mit „token-console enable %3“.</translation>
    </message>
    <message>
        <source>The account has no user with the login “%1”. Check the spelling; tokens can only be provisioned for existing users.</source>
        <translation>Das Konto hat keinen Benutzer mit dem Login „%1“. Prüfen Sie die Schreibweise; Tokens können nur für vorhandene Benutzer bereitgestellt werden.</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was provisioned. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>Kein nutzbarer Schlüsselbund, daher konnte das neue Secret nicht gespeichert werden (%1). Es wurde nichts bereitgestellt. Beheben Sie das Problem mit dem Schlüsselbund oder geben Sie --print-secret an, um das Secret einmalig auf der Standardausgabe zu erhalten.</translation>
    </message>
    <message>
        <source>Provisioned %1; its secret is in the keychain as %2.</source>
        <translation>%1 bereitgestellt; das Secret liegt im Schlüsselbund als %2.</translation>
    </message>
    <message>
        <source>Provisioned %1; the secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>%1 bereitgestellt; das Secret wurde NICHT gespeichert (%2): Kopieren Sie es jetzt, es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Provisioned %1, but its secret could not be stored (%2) and is lost. Disable this token and provision again once the keychain works.</source>
        <translation>%1 bereitgestellt, aber das Secret konnte nicht gespeichert werden (%2) und ist verloren. Deaktivieren Sie dieses Token und stellen Sie es neu bereit, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Renamed %1 (was “%2”).</source>
        <translation>%1 umbenannt (vorher „%2“).</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled %1; its inactivity count starts again now.</source>
        <translation>%1 aktiviert; die Inaktivitätszählung beginnt jetzt neu.</translation>
    </message>
    <message>
        <source>No local secret for %1: this computer&apos;s keychain does not hold its secret, so it cannot be verified here. Verify it where it was provisioned.</source>
        <translation>Kein lokales Secret für %1: Der Schlüsselbund dieses Computers enthält sein Secret nicht, daher kann es hier nicht geprüft werden. Prüfen Sie es dort, wo es bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>WORKS     %1: %2</source>
        <translation>OK        %1: %2</translation>
    </message>
    <message>
        <source>FAILED    %1: %2</source>
        <translation>FEHLER    %1: %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>UNKNOWN   %1: no activity of it is known here. Verify it, or set the Last Activity date ON24&apos;s page shows.</source>
        <translation>UNBEKANNT %1: Hier ist keine Aktivität davon bekannt. Prüfen Sie es oder tragen Sie das Datum „Last Activity“ ein, das die ON24-Seite zeigt.</translation>
    </message>
    <message>
        <source>DISABLED  %1 is disabled on ON24 (last verify: %2). Enable it on ON24&apos;s page, then verify it.</source>
        <translation>DEAKTIV.  %1 ist bei ON24 deaktiviert (letzte Prüfung: %2). Aktivieren Sie es auf der ON24-Seite und prüfen Sie es dann.</translation>
    </message>
    <message>
        <source>No token of this connection has its secret on this computer, so none can be verified. Secrets are stored when you provision or add a pair here.</source>
        <translation>Von keinem Token dieser Verbindung liegt das Secret auf diesem Computer, daher kann keines geprüft werden. Secrets werden gespeichert, wenn Sie hier ein Token bereitstellen oder ein Paar hinzufügen.</translation>
    </message>
    <message>
        <source>ADDED     %1: ON24 answered, so the pair works; its secret is in the keychain.</source>
        <translation>HINZUGEF. %1: ON24 hat geantwortet, das Paar funktioniert also; sein Secret liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>ADDED     %1 as disabled: ON24 says “%2”. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>HINZUGEF. %1 als deaktiviert: ON24 meldet „%2“. Aktivieren Sie es auf der ON24-Seite und prüfen Sie es dann.</translation>
    </message>
    <message>
        <source>ADDED     %1 unverified: ON24&apos;s call quota is used up (“%2”). Verify it again in an hour.</source>
        <translation>HINZUGEF. %1 ungeprüft: Das Aufrufkontingent von ON24 ist aufgebraucht („%2“). Prüfen Sie es in einer Stunde erneut.</translation>
    </message>
    <message>
        <source>Updated %1 on this computer: owner “%2”, keep-alive %3.</source>
        <translation>%1 auf diesem Computer aktualisiert: zuständig „%2“, Keep-alive: %3.</translation>
    </message>
    <message>
        <source>Forgot %1 on this computer; ON24 was not touched.</source>
        <translation>%1 auf diesem Computer vergessen; ON24 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>can provision</source>
        <translation>kann bereitstellen</translation>
    </message>
    <message>
        <source>WAITING   %1: ON24&apos;s quota refused it; next try after %2.</source>
        <translation>WARTET    %1: Das Kontingent von ON24 hat den Aufruf abgelehnt; nächster Versuch nach %2.</translation>
    </message>
    <message>
        <source>KEPT ALIVE %1: %2</source>
        <translation>KEEP-ALIVE %1: %2</translation>
    </message>
    <message>
        <source>No token has keep-alive switched on: nothing to do. Switch it on with “token-console set KEY --keep-alive on”.</source>
        <translation>Bei keinem Token ist Keep-alive eingeschaltet: nichts zu tun. Schalten Sie es mit „token-console set KEY --keep-alive on“ ein.</translation>
    </message>
    <message>
        <source>%1 kept alive, %2 failed, of %3 opted in.</source>
        <translation>Keep-alive – erfolgreich: %1, fehlgeschlagen: %2, Tokens mit Keep-alive: %3.</translation>
    </message>
    <message numerus="yes">
        <source>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n day(s) ago. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>
            <numerusform>DEAKTIV.  %1 ist vermutlich wegen Inaktivität deaktiviert: Die letzte bekannte Aktivität liegt %n Tag zurück. Aktivieren Sie es auf der ON24-Seite und prüfen Sie es dann.</numerusform>
            <numerusform>DEAKTIV.  %1 ist vermutlich wegen Inaktivität deaktiviert: Die letzte bekannte Aktivität liegt %n Tage zurück. Aktivieren Sie es auf der ON24-Seite und prüfen Sie es dann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK   %1 auto-disables in %2 (inactive %n day(s)).</source>
        <translation>
            <numerusform>GEFÄHRDET %1 wird in %2 automatisch deaktiviert (seit %n Tag inaktiv).</numerusform>
            <numerusform>GEFÄHRDET %1 wird in %2 automatisch deaktiviert (seit %n Tagen inaktiv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none has %1 or less before it auto-disables, and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n Token geprüft: Keines hat nur noch %1 oder weniger bis zur automatischen Deaktivierung, keines ist wegen Inaktivität deaktiviert.</numerusform>
            <numerusform>OK        %n Tokens geprüft: Keines hat nur noch %1 oder weniger bis zur automatischen Deaktivierung, keines ist wegen Inaktivität deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filter “%1”: nothing to do.</source>
        <translation>Kein Token passt zum Filter „%1“: nichts zu tun.</translation>
    </message>
    <message>
        <source>DISABLED  %1</source>
        <translation>DEAKTIV.  %1</translation>
    </message>
    <message>
        <source>ENABLED   %1; its inactivity count starts again now.</source>
        <translation>AKTIVIERT %1; seine Inaktivitätszählung beginnt jetzt neu.</translation>
    </message>
    <message>
        <source>SKIPPED   %1: %2</source>
        <translation>ÜBERSPR.  %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Updated %1: owner “%2”, notes “%3”.</source>
        <translation>%1 aktualisiert: zuständig „%2“, Notizen „%3“.</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was rotated. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>Kein nutzbarer Schlüsselbund, daher konnte das neue Secret nicht gespeichert werden (%1). Es wurde nichts rotiert. Beheben Sie das Problem mit dem Schlüsselbund oder geben Sie --print-secret an, um das Secret einmal auf der Standardausgabe zu erhalten.</translation>
    </message>
    <message>
        <source>The previous secret works until %1 (%2 UTC).</source>
        <translation>Das bisherige Secret funktioniert bis %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>The previous secret no longer works.</source>
        <translation>Das bisherige Secret funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret is in the keychain as %2.</source>
        <translation>Secret von %1 rotiert; das neue Secret liegt im Schlüsselbund als %2.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>Secret von %1 rotiert; das neue Secret wurde NICHT gespeichert (%2): Kopieren Sie es jetzt, es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1, but the new secret could not be stored (%2) and is lost. Rotate again once the keychain works.</source>
        <translation>Secret von %1 rotiert, aber das neue Secret konnte nicht gespeichert werden (%2) und ist verloren. Rotieren Sie erneut, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Calls of %1 by API area in the last %2:</source>
        <translation>Aufrufe von %1 nach API-Bereich, letzte %2:</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>Access: %1.</source>
        <translation>Zugriff: %1.</translation>
    </message>
    <message>
        <source>Held but not used in these days: %1. Narrow the access in the console&apos;s details panel (Narrow Access…) to what the integration uses.</source>
        <translation>In diesen Tagen erlaubt, aber nicht genutzt: %1. Grenzen Sie den Zugriff im Detailbereich der Konsole (Zugriff eingrenzen…) auf das ein, was die Integration nutzt.</translation>
    </message>
    <message numerus="yes">
        <source>SKIPPED   %1: inactive %n day(s), below the threshold of %2.</source>
        <translation>
            <numerusform>ÜBERSPR.  %1: %n Tag inaktiv, unter der Schwelle (%2).</numerusform>
            <numerusform>ÜBERSPR.  %1: %n Tage inaktiv, unter der Schwelle (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>SKIPPED   %1: inactivity unknown, below the threshold of %2.</source>
        <translation>ÜBERSPR.  %1: Inaktivität unbekannt, unter der Schwelle (%2).</translation>
    </message>
    <message numerus="yes">
        <source>WOULD CALL %1: inactive %n day(s) (dry run, no call made).</source>
        <translation>
            <numerusform>WÜRDE AUFRUFEN %1: %n Tag inaktiv (Probelauf, kein Aufruf).</numerusform>
            <numerusform>WÜRDE AUFRUFEN %1: %n Tage inaktiv (Probelauf, kein Aufruf).</numerusform>
        </translation>
    </message>
    <message>
        <source>WOULD CALL %1: inactivity unknown (dry run, no call made).</source>
        <translation>WÜRDE AUFRUFEN %1: Inaktivität unbekannt (Probelauf, kein Aufruf).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Platform</source>
        <translation>Mit einer Plattform verbinden</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation>https://tokens.example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>ON24 API &amp;base:</source>
        <translation>ON24-API-&amp;Basis:</translation>
    </message>
    <message>
        <source>https://api.on24.com/v2</source>
        <translation>https://api.on24.com/v2</translation>
    </message>
    <message>
        <source>ON24 re&amp;gion:</source>
        <translation>ON24-&amp;Region:</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1: check the path and its permissions.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox database in %1 (%2). Check that the folder is writable and not used by another program.</source>
        <translation>Die Sandbox-Datenbank in %1 kann nicht geöffnet werden (%2). Prüfen Sie, ob der Ordner beschreibbar ist und nicht von einem anderen Programm verwendet wird.</translation>
    </message>
    <message>
        <source>Cannot configure the sandbox database (%1). Use another data folder.</source>
        <translation>Die Sandbox-Datenbank kann nicht eingerichtet werden (%1). Verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox database (%1). Use an empty data folder.</source>
        <translation>Die Sandbox-Datenbank kann nicht erstellt werden (%1). Verwenden Sie einen leeren Datenordner.</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>New Token Secret</source>
        <translation>Neues Token-Secret</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>Token-Schlüssel</translation>
    </message>
    <message>
        <source>Copy K&amp;ey</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Secret</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Secret k&amp;opieren</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision a Token</source>
        <translation>Token bereitstellen</translation>
    </message>
    <message>
        <source>A token lets one integration call the ON24 API as the chosen login. Each login can have one token.</source>
        <translation>Mit einem Token kann eine Integration die ON24-API als der gewählte Login aufrufen. Jeder Login kann ein Token haben.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>&amp;All endpoints</source>
        <translation>&amp;Alle Endpunkte</translation>
    </message>
    <message>
        <source>Only these API a&amp;reas:</source>
        <translation>Nur diese API-Be&amp;reiche:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>e.g. Salesforce</source>
        <translation>z. B. Salesforce</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>Benennen Sie es nach seinem Zweck (der Integration, die es nutzt), damit andere wissen, was eine Deaktivierung stoppen würde.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename Token</source>
        <translation>Token umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>Unknown seed &quot;%1&quot;: use demo, none or bulk:N (N from 0 to %2).</source>
        <translation>Unbekannte Startdaten &quot;%1&quot;: Verwenden Sie demo, none oder bulk:N (N von 0 bis %2).</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database (%1). See the log above, then try an empty data folder.</source>
        <translation>Die Startdaten konnten nicht in die Sandbox-Datenbank geschrieben werden (%1). Sehen Sie sich das Protokoll oben an und versuchen Sie es dann mit einem leeren Datenordner.</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database: it is locked. Try again.</source>
        <translation>Die Startdaten konnten nicht in die Sandbox-Datenbank geschrieben werden: Sie ist gesperrt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddExistingCommand</name>
    <message>
        <source>Added “%1”: ON24 answered, so the pair works, and this call counts as activity.</source>
        <translation>„%1“ hinzugefügt: ON24 hat geantwortet, das Paar funktioniert also, und dieser Aufruf zählt als Aktivität.</translation>
    </message>
    <message>
        <source>Added “%1” as disabled: ON24 says the pair is deactivated (%2). Enable it on ON24&apos;s page, then verify it here.</source>
        <translation>„%1“ als deaktiviert hinzugefügt: Laut ON24 ist das Paar deaktiviert (%2). Aktivieren Sie es auf der ON24-Seite und prüfen Sie es dann hier.</translation>
    </message>
    <message>
        <source>Added “%1” unverified: ON24&apos;s call quota is used up for now (%2). Verify it again in an hour.</source>
        <translation>„%1“ ungeprüft hinzugefügt: Das Aufrufkontingent von ON24 ist vorerst aufgebraucht (%2). Prüfen Sie es in einer Stunde erneut.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddPairDialog</name>
    <message>
        <source>The account&apos;s logins could not be read (%1). Type the login, or leave it empty.</source>
        <translation>Die Logins des Kontos konnten nicht gelesen werden (%1). Geben Sie den Login ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Add Existing Token</source>
        <translation>Vorhandenes Token hinzufügen</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page (Platform Tools › Integrations › API Tokens). It is checked with one real ON24 call before anything is stored; the secret goes to this computer&apos;s keychain and nowhere else.</source>
        <translation>Fügen Sie ein Token-Paar hinzu, das auf der ON24-Seite erstellt wurde (Platform Tools › Integrations › API Tokens). Es wird mit einem echten ON24-Aufruf geprüft, bevor etwas gespeichert wird; das Secret kommt in den Schlüsselbund dieses Computers und nirgendwo sonst hin.</translation>
    </message>
    <message>
        <source>32 capital letters and digits</source>
        <translation>32 Großbuchstaben und Ziffern</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>Token-Schlüssel</translation>
    </message>
    <message>
        <source>Token &amp;key:</source>
        <translation>Token-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>128 hexadecimal characters; paste it</source>
        <translation>128 Hexadezimalzeichen – bitte einfügen</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Secret</translation>
    </message>
    <message>
        <source>Token &amp;secret:</source>
        <translation>Token-S&amp;ecret:</translation>
    </message>
    <message>
        <source>What uses it, e.g. Salesforce</source>
        <translation>Wer es nutzt, z. B. Salesforce</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Login (optional):</source>
        <translation>&amp;Login (optional):</translation>
    </message>
    <message>
        <source>Who to tell when it is at risk</source>
        <translation>Wer informiert wird, wenn es gefährdet ist</translation>
    </message>
    <message>
        <source>&amp;Owner (optional):</source>
        <translation>&amp;Zuständig (optional):</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>No&amp;tizen (optional):</translation>
    </message>
    <message>
        <source>Last activity as ON24&apos;s page shows it</source>
        <translation>Letzte Aktivität laut ON24-Seite</translation>
    </message>
    <message>
        <source>Last activity on ON24&apos;s page:</source>
        <translation>Letzte Aktivität auf der ON24-Seite:</translation>
    </message>
    <message>
        <source>ON24 disables a token after 60 days without activity so that forgotten tokens stop working. Keep alive only tokens an integration still needs but uses rarely.</source>
        <translation>ON24 deaktiviert ein Token nach 60 Tagen ohne Aktivität, damit vergessene Tokens nicht mehr funktionieren. Schalten Sie Keep-alive nur für Tokens ein, die eine Integration noch braucht, aber selten nutzt.</translation>
    </message>
    <message>
        <source>&amp;Add and Verify</source>
        <translation>&amp;Hinzufügen und prüfen</translation>
    </message>
    <message>
        <source>Type the login, or leave it empty.</source>
        <translation>Geben Sie den Login ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for.</source>
        <translation>Wählen Sie den Login, für den das Paar bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for. Who can provision on ON24&apos;s page: %1.</source>
        <translation>Wählen Sie den Login, für den das Paar bereitgestellt wurde. Wer auf der ON24-Seite bereitstellen kann: %1.</translation>
    </message>
    <message>
        <source>Verifying with ON24…</source>
        <translation>Wird bei ON24 geprüft…</translation>
    </message>
    <message>
        <source>Enter the key, the secret and a name.</source>
        <translation>Geben Sie Schlüssel, Secret und einen Namen ein.</translation>
    </message>
    <message>
        <source>Kno&amp;wn:</source>
        <translation>&amp;Bekannt:</translation>
    </message>
    <message>
        <source>Kee&amp;p alive: call ON24 with this token before 60 days pass</source>
        <translation>&amp;Keep-alive: ON24 mit diesem Token aufrufen, bevor 60 Tage vergehen</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AdminApiPlatform</name>
    <message>
        <source>Embedded sandbox at %1</source>
        <translation>Eingebettete Sandbox unter %1</translation>
    </message>
    <message>
        <source>Token Admin API at %1</source>
        <translation>Token Admin API unter %1</translation>
    </message>
    <message>
        <source>Keep at least one API area: a token without any would stop its integration entirely; disable it instead.</source>
        <translation>Mindestens einen API-Bereich behalten: Ein Token ohne Bereich würde seine Integration ganz stoppen; deaktivieren Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ApiJob</name>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)</source>
        <translation> (Zertifikat für %1, ausgestellt von %2, gültig vom %3 bis %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>a web page instead of JSON; a proxy or a sign-in page may be answering in the server&apos;s place</source>
        <translation>eine Webseite statt JSON; möglicherweise antwortet ein Proxy oder eine Anmeldeseite an Stelle des Servers</translation>
    </message>
    <message>
        <source>content of type “%1” instead of JSON</source>
        <translation>Inhalt vom Typ „%1“ statt JSON</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AppInfo</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder später</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkCommand</name>
    <message>
        <source>• “%1”</source>
        <translation>• „%1“</translation>
    </message>
    <message>
        <source>• “%1” (%2)</source>
        <translation>• „%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable Tokens</source>
        <translation>Token deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n token(s)?</source>
        <translation>
            <numerusform>%n Token deaktivieren?</numerusform>
            <numerusform>%n Token deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrations using them will stop working at once: every ON24 API call with them fails until they are enabled again.</source>
        <translation>Integrationen, die sie verwenden, funktionieren sofort nicht mehr: Jeder ON24-API-Aufruf mit ihnen schlägt fehl, bis sie wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>Token aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n token(s)?</source>
        <translation>
            <numerusform>%n Token aktivieren?</numerusform>
            <numerusform>%n Token aktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>They work again at once, and their inactivity count starts again now.</source>
        <translation>Sie funktionieren sofort wieder, und ihre Inaktivitätszählung beginnt jetzt neu.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>Token prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Verify %n token(s) with a call to the ON24 API each?</source>
        <translation>
            <numerusform>%n Token mit je einem Aufruf der ON24-API prüfen?</numerusform>
            <numerusform>%n Token mit je einem Aufruf der ON24-API prüfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls are made one at a time, a second apart; each success counts as activity.</source>
        <translation>Die Aufrufe erfolgen einzeln im Abstand von einer Sekunde; jeder Erfolg zählt als Aktivität.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected token(s) will be skipped:</source>
        <translation>
            <numerusform>%n ausgewähltes Token wird übersprungen:</numerusform>
            <numerusform>%n ausgewählte Token werden übersprungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkResultDialog</name>
    <message>
        <source>Disable Tokens</source>
        <translation>Token deaktivieren</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>Token aktivieren</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Result per token</source>
        <translation>Ergebnis je Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>noch %1 offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Funktioniert: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CapabilityText</name>
    <message>
        <source>Not connected to a platform.</source>
        <translation>Nicht mit einer Plattform verbunden.</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Wählen Sie zuerst ein Token aus.</translation>
    </message>
    <message>
        <source>Your user (%1) lacks the Manage Users permission: you can look at tokens, but only an admin can change them.</source>
        <translation>Ihrem Benutzer (%1) fehlt die Berechtigung „Benutzer verwalten“: Sie können Tokens ansehen, ändern kann sie nur ein Administrator.</translation>
    </message>
    <message>
        <source>The contract of %1 does not include Connect, which provisioning needs. Ask your ON24 account manager.</source>
        <translation>Der Vertrag von %1 umfasst Connect nicht, das für die Bereitstellung nötig ist. Fragen Sie Ihren ON24-Account-Manager.</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>„%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>“%1” is already active.</source>
        <translation>„%1“ ist bereits aktiv.</translation>
    </message>
    <message>
        <source>This computer does not hold the secret of “%1”: only tokens provisioned or added here have it in the keychain.</source>
        <translation>Dieser Computer hat das Secret von „%1“ nicht: Nur bei Tokens, die hier bereitgestellt oder hinzugefügt wurden, liegt es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>ON24 offers no API for this: use Platform Tools › Integrations › API Tokens on ON24&apos;s site.</source>
        <translation>ON24 bietet dafür keine API: Verwenden Sie Platform Tools › Integrations › API Tokens auf der ON24-Website.</translation>
    </message>
    <message>
        <source>list tokens</source>
        <translation>Tokens auflisten</translation>
    </message>
    <message>
        <source>provision tokens</source>
        <translation>Tokens bereitstellen</translation>
    </message>
    <message>
        <source>rename tokens</source>
        <translation>Tokens umbenennen</translation>
    </message>
    <message>
        <source>edit names, owners and notes</source>
        <translation>Namen, Zuständige und Notizen bearbeiten</translation>
    </message>
    <message>
        <source>disable tokens</source>
        <translation>Tokens deaktivieren</translation>
    </message>
    <message>
        <source>enable tokens</source>
        <translation>Tokens aktivieren</translation>
    </message>
    <message>
        <source>rotate secrets</source>
        <translation>Secrets erneuern</translation>
    </message>
    <message>
        <source>verify tokens</source>
        <translation>Tokens prüfen</translation>
    </message>
    <message>
        <source>show a token&apos;s API activity</source>
        <translation>die API-Aktivität eines Tokens anzeigen</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>das Audit-Protokoll anzeigen</translation>
    </message>
    <message>
        <source>show usage by API area</source>
        <translation>die Nutzung nach API-Bereich anzeigen</translation>
    </message>
    <message>
        <source>list the account&apos;s users</source>
        <translation>die Benutzer des Kontos auflisten</translation>
    </message>
    <message>
        <source>keep tokens alive</source>
        <translation>Tokens per Keep-alive aktiv halten</translation>
    </message>
    <message>
        <source>add existing token pairs</source>
        <translation>vorhandene Token-Paare hinzufügen</translation>
    </message>
    <message>
        <source>forget token pairs</source>
        <translation>Token-Paare vergessen</translation>
    </message>
    <message>
        <source>copy secrets</source>
        <translation>Secrets kopieren</translation>
    </message>
    <message>
        <source>This platform cannot %1.</source>
        <translation>Mit dieser Plattform nicht möglich: %1.</translation>
    </message>
    <message>
        <source>ON24 has no API to rotate a secret: make a new token on ON24&apos;s page, give it to the integration, then disable the old one there.</source>
        <translation>ON24 hat keine API, um ein Secret zu rotieren: Erstellen Sie auf der ON24-Seite ein neues Token, geben Sie es der Integration und deaktivieren Sie dort dann das alte.</translation>
    </message>
    <message>
        <source>ON24 has no API that counts a token&apos;s calls by API area, so usage and access narrowing are not available in direct mode.</source>
        <translation>ON24 hat keine API, die die Aufrufe eines Tokens nach API-Bereich zählt; Nutzung und Eingrenzen des Zugriffs gibt es im Direktmodus daher nicht.</translation>
    </message>
    <message>
        <source>edit owners and notes</source>
        <translation>Zuständige und Notizen bearbeiten</translation>
    </message>
    <message>
        <source>narrow a token&apos;s access</source>
        <translation>den Zugriff eines Tokens eingrenzen</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Cli</name>
    <message>
        <source>List every token of the account.</source>
        <translation>Alle Tokens des Kontos auflisten.</translation>
    </message>
    <message>
        <source>Check for tokens near or past the inactivity auto-disable. Exit codes: 0 nothing at risk, 1 some active token auto-disables within DAYS, 2 some token is disabled for inactivity, 3 error.</source>
        <translation>Nach Tokens suchen, deren automatische Deaktivierung wegen Inaktivität bevorsteht oder schon erfolgt ist. Exit-Codes: 0 nichts gefährdet, 1 ein aktives Token wird innerhalb von TAGE automatisch deaktiviert, 2 ein Token ist wegen Inaktivität deaktiviert, 3 Fehler.</translation>
    </message>
    <message>
        <source>Rename a token.</source>
        <translation>Ein Token umbenennen.</translation>
    </message>
    <message>
        <source>No subcommand. Use one of: %1.</source>
        <translation>Kein Unterbefehl. Verwenden Sie einen von: %1.</translation>
    </message>
    <message>
        <source>See “token-console %1 --help”.</source>
        <translation>Siehe „token-console %1 --help“.</translation>
    </message>
    <message>
        <source>--server wants a URL such as https://tokens.example.com.</source>
        <translation>--server erwartet eine URL wie https://tokens.example.com.</translation>
    </message>
    <message>
        <source>--within wants a whole number of days, not “%1”.</source>
        <translation>--within erwartet eine ganze Zahl von Tagen, nicht „%1“.</translation>
    </message>
    <message>
        <source>--access wants all_endpoints or a list of areas.</source>
        <translation>--access erwartet all_endpoints oder eine Liste von Bereichen.</translation>
    </message>
    <message>
        <source>rename needs --name NAME.</source>
        <translation>rename benötigt --name NAME.</translation>
    </message>
    <message>
        <source>Give either a token id or --all, not both.</source>
        <translation>Geben Sie entweder eine Token-ID oder --all an, nicht beides.</translation>
    </message>
    <message>
        <source>%1 needs exactly one token id.</source>
        <translation>%1 benötigt genau eine Token-ID.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Use the connection profile NAME (saved by the application).</source>
        <translation>Das Verbindungsprofil NAME verwenden (von der Anwendung gespeichert).</translation>
    </message>
    <message>
        <source>Connect to the Token Admin API at URL (https, or http for this computer only).</source>
        <translation>Mit der Token Admin API unter URL verbinden (https, http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (with --server).</source>
        <translation>Als LOGIN anmelden (mit --server).</translation>
    </message>
    <message>
        <source>Read the sign-in password from the first line of standard input.</source>
        <translation>Das Anmeldepasswort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Ausgabeformat: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>Report active tokens that auto-disable within DAYS days (default 14).</source>
        <translation>Aktive Tokens melden, die innerhalb von DAYS Tagen automatisch deaktiviert werden (Standard: 14).</translation>
    </message>
    <message>
        <source>The token&apos;s name, e.g. its purpose (“Salesforce”).</source>
        <translation>Der Name des Tokens, z. B. sein Zweck („Salesforce“).</translation>
    </message>
    <message>
        <source>all_endpoints (default) or a comma-separated list of areas: registration, client_analytics, event_analytics, event_management, content, helpers.</source>
        <translation>all_endpoints (Standard) oder eine kommagetrennte Liste von Bereichen: registration, client_analytics, event_analytics, event_management, content, helpers.</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once).</source>
        <translation>Das neue Secret zusätzlich auf der Standardausgabe ausgeben (wird nur dieses eine Mal angezeigt).</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer.</source>
        <translation>Jedes Token prüfen, dessen Secret auf diesem Computer liegt.</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>Die Sprache CODE verwenden (de, fr, es, ja, en).</translation>
    </message>
    <message>
        <source>Direct mode: a real ON24 account in North America (na), Europe (eu) or at a base URL.</source>
        <translation>Direktmodus: ein echtes ON24-Konto in Nordamerika (na), Europa (eu) oder unter einer Basis-URL.</translation>
    </message>
    <message>
        <source>Direct mode: the account&apos;s numeric ON24 client id.</source>
        <translation>Direktmodus: die numerische ON24-Client-ID des Kontos.</translation>
    </message>
    <message>
        <source>The login the pair was provisioned for (optional).</source>
        <translation>Der Login, für den das Paar bereitgestellt wurde (optional).</translation>
    </message>
    <message>
        <source>The token key (32 capital letters and digits).</source>
        <translation>Der Schlüssel des Tokens (32 Großbuchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Read the token secret from the first line of standard input.</source>
        <translation>Das Secret des Tokens aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Who to tell when the token is at risk.</source>
        <translation>Wer informiert wird, wenn das Token gefährdet ist.</translation>
    </message>
    <message>
        <source>Free notes about the token.</source>
        <translation>Freie Notizen zum Token.</translation>
    </message>
    <message>
        <source>The Last Activity date ON24&apos;s page shows (YYYY-MM-DD).</source>
        <translation>Das Datum „Last Activity“, das die ON24-Seite zeigt (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Keep the pair alive (see “keepalive”).</source>
        <translation>Keep-alive für das Paar einschalten (siehe „keepalive“).</translation>
    </message>
    <message>
        <source>Switch keep-alive on or off.</source>
        <translation>Keep-alive ein- oder ausschalten.</translation>
    </message>
    <message>
        <source>Say what would be called, call nothing.</source>
        <translation>Anzeigen, was aufgerufen würde, ohne etwas aufzurufen.</translation>
    </message>
    <message>
        <source>Call tokens whose known inactivity reached DAYS days (default 45).</source>
        <translation>Tokens aufrufen, deren bekannte Inaktivität DAYS Tage erreicht hat (Standard: 45).</translation>
    </message>
    <message>
        <source>Provision a token for the user LOGIN; the secret goes to the keychain and only the key is printed:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</source>
        <translation>Ein Token für den Benutzer LOGIN bereitstellen; das Secret kommt in den Schlüsselbund, ausgegeben wird nur der Schlüssel:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</translation>
    </message>
    <message>
        <source>Direct mode: add a token pair made on ON24&apos;s page. It is verified with one real ON24 call first; a wrong pair is refused and nothing is stored. The secret is read from standard input and goes to the keychain only.</source>
        <translation>Direktmodus: ein auf der ON24-Seite erstelltes Token-Paar hinzufügen. Es wird zuerst mit einem echten ON24-Aufruf geprüft; ein falsches Paar wird abgelehnt und nichts gespeichert. Das Secret wird von der Standardeingabe gelesen und kommt nur in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Direct mode: remove a pair from this computer&apos;s inventory and keychain. ON24 is not touched.</source>
        <translation>Direktmodus: ein Paar aus dem Bestand und dem Schlüsselbund dieses Computers entfernen. ON24 bleibt unverändert.</translation>
    </message>
    <message>
        <source>Direct mode: list the account&apos;s logins, and who may provision tokens on ON24&apos;s page.</source>
        <translation>Direktmodus: die Logins des Kontos auflisten und anzeigen, wer auf der ON24-Seite Tokens bereitstellen darf.</translation>
    </message>
    <message>
        <source>Direct mode: verify every kept-alive token whose known inactivity reached the threshold, one call each, spread out. Exit codes: 0 all fine, 1 a token failed (wrong pair, deactivated, quota), 3 error.</source>
        <translation>Direktmodus: jedes Token mit Keep-alive prüfen, dessen bekannte Inaktivität die Schwelle erreicht hat, mit je einem Aufruf, zeitlich verteilt. Exit-Codes: 0 alles in Ordnung, 1 ein Token ist fehlgeschlagen (falsches Paar, deaktiviert, Kontingent), 3 Fehler.</translation>
    </message>
    <message>
        <source>The login (user) the new token is for.</source>
        <translation>Der Login (Benutzer), für den das neue Token bestimmt ist.</translation>
    </message>
    <message>
        <source>The token&apos;s id (in direct mode its key), as “list” shows it.</source>
        <translation>Die ID des Tokens (im Direktmodus sein Schlüssel), wie „list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [options] %2</source>
        <translation>Aufruf: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>--client-id wants the account&apos;s numeric ON24 client id.</source>
        <translation>--client-id erwartet die numerische ON24-Client-ID des Kontos.</translation>
    </message>
    <message>
        <source>Use either --server (a Token Admin API) or --on24 (direct mode), not both.</source>
        <translation>Verwenden Sie entweder --server (eine Token Admin API) oder --on24 (Direktmodus), nicht beides.</translation>
    </message>
    <message>
        <source>provision needs the token&apos;s LOGIN and --name NAME.</source>
        <translation>provision benötigt den LOGIN des Tokens und --name NAME.</translation>
    </message>
    <message>
        <source>add needs --key KEY, --name NAME and --secret-stdin (the secret is read from standard input, never from the command line).</source>
        <translation>add benötigt --key KEY, --name NAME und --secret-stdin (das Secret wird von der Standardeingabe gelesen, nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>--last-activity wants a past date as YYYY-MM-DD, not “%1”.</source>
        <translation>--last-activity erwartet ein vergangenes Datum im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>--keep-alive wants on or off.</source>
        <translation>--keep-alive erwartet on oder off.</translation>
    </message>
    <message>
        <source>set needs at least one of --name, --owner, --notes and --keep-alive.</source>
        <translation>set benötigt mindestens eine der Optionen --name, --owner, --notes und --keep-alive.</translation>
    </message>
    <message>
        <source>--threshold wants a number of days from 0 to 60.</source>
        <translation>--threshold erwartet eine Anzahl von Tagen von 0 bis 60.</translation>
    </message>
    <message>
        <source>Hours (0 to 168, default 24) the previous secret keeps working, so the integration can switch without an outage.</source>
        <translation>Stunden (0 bis 168, Standard 24), die das bisherige Secret weiter funktioniert, damit die Integration ohne Ausfall wechseln kann.</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once); standard output then holds nothing else.</source>
        <translation>Das neue Secret auch auf der Standardausgabe ausgeben (nur dieses eine Mal); die Standardausgabe enthält dann nichts anderes.</translation>
    </message>
    <message>
        <source>Count the calls of the last DAYS days (1 to 90, default 60).</source>
        <translation>Die Aufrufe der letzten DAYS Tage zählen (1 bis 90, Standard 60).</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>Wie --format json.</translation>
    </message>
    <message>
        <source>Do not connect: read the list saved on this computer by the last successful list, check or window session, and say from when it is.</source>
        <translation>Nicht verbinden: die Liste lesen, die der letzte erfolgreiche Aufruf von list oder check oder die letzte Fenstersitzung auf diesem Computer gespeichert hat, und sagen, von wann sie ist.</translation>
    </message>
    <message>
        <source>Act on every token the status filter NAME shows, as in the window&apos;s “Show” menu: %1.</source>
        <translation>Auf jedes Token wirken, das der Statusfilter NAME zeigt, wie im Menü „Anzeigen“ des Fensters: %1.</translation>
    </message>
    <message>
        <source>Change a token&apos;s owner or notes (on a Token Admin API, with a check that nobody changed the token meanwhile). Direct mode: also a pair&apos;s local name, or switch its keep-alive.</source>
        <translation>Zuständige oder Notizen eines Tokens ändern (bei einer Token Admin API mit einer Prüfung, dass niemand das Token inzwischen geändert hat). Direktmodus: auch den lokalen Namen eines Paares ändern oder sein Keep-alive umschalten.</translation>
    </message>
    <message>
        <source>Give a token a new secret. The previous secret keeps working for the grace hours, so the integration can switch to the new one without an outage; then only the new one works. The new secret goes to the keychain, replacing the old one there; it is printed only with --print-secret.</source>
        <translation>Einem Token ein neues Secret geben. Das bisherige Secret funktioniert während der Übergangsstunden weiter, sodass die Integration ohne Ausfall zum neuen wechseln kann; danach funktioniert nur noch das neue. Das neue Secret kommt in den Schlüsselbund und ersetzt dort das alte; ausgegeben wird es nur mit --print-secret.</translation>
    </message>
    <message>
        <source>Show a token&apos;s successful ON24 API calls by API area over the last days, and the areas it holds but did not use.</source>
        <translation>Die erfolgreichen ON24-API-Aufrufe eines Tokens der letzten Tage nach API-Bereich anzeigen, und die Bereiche, die es hat, aber nicht genutzt hat.</translation>
    </message>
    <message>
        <source>Disable one or more tokens, or every token a status filter shows (e.g. --filter expiring). One line per token; a failure does not stop the others. Exit codes: 0 all done, 3 some token failed or error.</source>
        <translation>Ein oder mehrere Token deaktivieren, oder jedes Token, das ein Statusfilter zeigt (z. B. --filter expiring). Eine Zeile je Token; ein Fehler hält die anderen nicht auf. Exit-Codes: 0 alles erledigt, 3 ein Token ist fehlgeschlagen oder Fehler.</translation>
    </message>
    <message>
        <source>Enable one or more disabled tokens, or every token a status filter shows (e.g. --filter disabled-for-inactivity); their inactivity count restarts. One line per token; exit code 3 when some token failed.</source>
        <translation>Ein oder mehrere deaktivierte Token aktivieren, oder jedes Token, das ein Statusfilter zeigt (z. B. --filter disabled-for-inactivity); ihre Inaktivitätszählung beginnt neu. Eine Zeile je Token; Exit-Code 3, wenn ein Token fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Prove tokens work with a real ON24 API call each, using the secrets in this computer&apos;s keychain: one or more ids, --all, or --filter NAME. A success counts as activity; exit code 3 when some token failed.</source>
        <translation>Mit je einem echten ON24-API-Aufruf nachweisen, dass Token funktionieren, mit den Secrets im Schlüsselbund dieses Computers: eine oder mehrere IDs, --all oder --filter NAME. Ein Erfolg zählt als Aktivität; Exit-Code 3, wenn ein Token fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>--grace wants a number of hours from 0 to 168, not “%1”.</source>
        <translation>--grace erwartet eine Stundenzahl von 0 bis 168, nicht „%1“.</translation>
    </message>
    <message>
        <source>--days wants a number of days from 1 to 90, not “%1”.</source>
        <translation>--days erwartet eine Anzahl von Tagen von 1 bis 90, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format wants table or json.</source>
        <translation>--format erwartet table oder json.</translation>
    </message>
    <message>
        <source>--filter wants one of %1, not “%2”.</source>
        <translation>--filter erwartet eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Give token ids, --all or --filter NAME (one of them).</source>
        <translation>Geben Sie Token-IDs, --all oder --filter NAME an (eines davon).</translation>
    </message>
    <message>
        <source>Give token ids or --filter NAME (one of them).</source>
        <translation>Geben Sie Token-IDs oder --filter NAME an (eines davon).</translation>
    </message>
    <message>
        <source>--offline reads the saved list of a Token Admin API profile; direct mode keeps its list on this computer anyway.</source>
        <translation>--offline liest die gespeicherte Liste eines Token-Admin-API-Profils; der Direktmodus hält seine Liste ohnehin auf diesem Computer.</translation>
    </message>
    <message>
        <source>Run “token-console list” once while the platform can be reached.</source>
        <translation>Führen Sie „token-console list“ einmal aus, solange die Plattform erreichbar ist.</translation>
    </message>
    <message>
        <source>Offline: this is the list of “%1” cached on %2, not live data.</source>
        <translation>Offline: Dies ist die am %2 zwischengespeicherte Liste von „%1“, keine aktuellen Daten.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CliConnection</name>
    <message>
        <source>--server needs --login LOGIN and --password-stdin (the password is read from standard input, never from the command line).</source>
        <translation>--server benötigt --login LOGIN und --password-stdin (das Passwort wird von der Standardeingabe gelesen, nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>The password for profile “%1” could not be read from the keychain: %2 Use --password-stdin instead.</source>
        <translation>Das Passwort für das Profil „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2 Verwenden Sie stattdessen --password-stdin.</translation>
    </message>
    <message>
        <source>Profile “%1” has no remembered password. Pass it with --password-stdin.</source>
        <translation>Für das Profil „%1“ ist kein Passwort gespeichert. Übergeben Sie es mit --password-stdin.</translation>
    </message>
    <message>
        <source>Could not start the built-in demo server: %1</source>
        <translation>Der eingebaute Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”. Create it in the application, or use --server URL --login LOGIN --password-stdin, or --on24 REGION --client-id N.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Legen Sie es in der Anwendung an oder verwenden Sie --server URL --login LOGIN --password-stdin oder --on24 REGION --client-id N.</translation>
    </message>
    <message>
        <source>--on24 wants na, eu or a base URL such as https://api.on24.com/v2.</source>
        <translation>--on24 erwartet na, eu oder eine Basis-URL wie https://api.on24.com/v2.</translation>
    </message>
    <message>
        <source>Direct mode needs the account&apos;s numeric ON24 client id: --client-id N.</source>
        <translation>Der Direktmodus benötigt die numerische ON24-Client-ID des Kontos: --client-id N.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CommandController</name>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Create a token for a login of the account</source>
        <translation>Ein Token für einen Login des Kontos erstellen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected token a name that says what uses it</source>
        <translation>Dem ausgewählten Token einen Namen geben, der sagt, wer es nutzt</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Stop the selected token from working</source>
        <translation>Das ausgewählte Token außer Betrieb setzen</translation>
    </message>
    <message>
        <source>&amp;Enable This Token…</source>
        <translation>Dieses Token &amp;aktivieren…</translation>
    </message>
    <message>
        <source>Let the selected disabled token work again</source>
        <translation>Das ausgewählte deaktivierte Token wieder funktionieren lassen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Call the ON24 API with the selected token to prove it works (counts as activity)</source>
        <translation>Die ON24-API mit dem ausgewählten Token aufrufen, um zu zeigen, dass es funktioniert (zählt als Aktivität)</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s key</source>
        <translation>Den Schlüssel des ausgewählten Tokens kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>S&amp;ecret kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s secret from this computer&apos;s keychain</source>
        <translation>Das Secret des ausgewählten Tokens aus dem Schlüsselbund dieses Computers kopieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the token list from the server</source>
        <translation>Die Token-Liste neu vom Server laden</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&amp;Add Existing Token…</source>
        <translation>Vorhandenes Token &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page, verified before it is stored</source>
        <translation>Ein auf der ON24-Seite erstelltes Token-Paar hinzufügen, vor dem Speichern geprüft</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <source>Remove the selected pair from this computer; ON24 is not touched</source>
        <translation>Das ausgewählte Paar von diesem Computer entfernen; ON24 bleibt unverändert</translation>
    </message>
    <message>
        <source>Call ON24 with the selected pair before its days without activity run out</source>
        <translation>ON24 mit dem ausgewählten Paar aufrufen, bevor seine Tage ohne Aktivität ablaufen</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>A&amp;lle prüfen</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer, one call at a time</source>
        <translation>Jedes Token prüfen, dessen Secret auf diesem Computer liegt, ein Aufruf nach dem anderen</translation>
    </message>
    <message>
        <source>Keep Al&amp;ive</source>
        <translation>Keep-al&amp;ive</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>Secret &amp;rotieren…</translation>
    </message>
    <message>
        <source>Give the selected token a new secret; the previous one keeps working for a grace period you choose</source>
        <translation>Dem ausgewählten Token ein neues Secret geben; das bisherige funktioniert für eine Übergangsfrist Ihrer Wahl weiter</translation>
    </message>
    <message>
        <source>Edit O&amp;wner and Notes…</source>
        <translation>Zuständige und &amp;Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>Record who answers for the selected token&apos;s integration, and notes about it</source>
        <translation>Festhalten, wer für die Integration des ausgewählten Tokens zuständig ist, und Notizen dazu</translation>
    </message>
    <message>
        <source>Narrow A&amp;ccess…</source>
        <translation>Zugriff ein&amp;grenzen…</translation>
    </message>
    <message>
        <source>Restrict the selected token to the API areas it used in the last 60 days</source>
        <translation>Das ausgewählte Token auf die API-Bereiche beschränken, die es in den letzten 60 Tagen genutzt hat</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ConnectDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>North America (api.on24.com)</source>
        <translation>Nordamerika (api.on24.com)</translation>
    </message>
    <message>
        <source>Europe (api.eu.on24.com)</source>
        <translation>Europa (api.eu.on24.com)</translation>
    </message>
    <message>
        <source>Other base URL</source>
        <translation>Andere Basis-URL</translation>
    </message>
    <message>
        <source>Connect to a Platform</source>
        <translation>Mit einer Plattform verbinden</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your session has expired (sessions end after 8 hours without use). Enter your password to continue; nothing you were doing is lost.</source>
        <translation>Ihre Sitzung ist abgelaufen (Sitzungen enden nach 8 Stunden ohne Nutzung). Geben Sie Ihr Passwort ein, um fortzufahren; nichts von Ihrer Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>“%1” is the name of the local demo data; choose another profile name.</source>
        <translation>„%1“ ist der Name der lokalen Demodaten; wählen Sie einen anderen Profilnamen.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a URL such as https://tokens.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie eine URL wie https://tokens.example.com ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>A Token Admin API server (the sandbox or a platform gateway)</source>
        <translation>Ein Token-Admin-API-Server (die Sandbox oder ein Plattform-Gateway)</translation>
    </message>
    <message>
        <source>An ON24 account (tokens made on ON24&apos;s page)</source>
        <translation>Ein ON24-Konto (auf der ON24-Seite erstellte Tokens)</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>Verbindung &amp;zu:</translation>
    </message>
    <message>
        <source>The numeric client id, e.g. 10001</source>
        <translation>Die numerische Client-ID, z. B. 10001</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>ON24 has no API for its tokens: you add the pairs made on ON24&apos;s page, and the console proves them with real calls and keeps them alive.</source>
        <translation>ON24 hat keine API für seine Tokens: Sie fügen die auf der ON24-Seite erstellten Paare hinzu, und die Konsole prüft sie mit echten Aufrufen und hält sie per Keep-alive aktiv.</translation>
    </message>
    <message>
        <source>Sign in to a server that manages tokens through the Token Admin API. The password is only kept in this computer&apos;s keychain, and only if you ask for it.</source>
        <translation>Melden Sie sich bei einem Server an, der Tokens über die Token Admin API verwaltet. Das Passwort wird nur im Schlüsselbund dieses Computers gespeichert, und nur, wenn Sie es wünschen.</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopyKeyCommand</name>
    <message>
        <source>Copied the key of “%1”.</source>
        <translation>Schlüssel von „%1“ kopiert.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopySecretCommand</name>
    <message>
        <source>Copied the secret of “%1”. The clipboard is cleared in %2 if it still holds it.</source>
        <translation>Secret von „%1“ kopiert. Die Zwischenablage wird in %2 geleert, falls sie es dann noch enthält.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CountdownDelegate</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <translation>%1 · kritisch</translation>
    </message>
    <message>
        <source>%1 · warning</source>
        <translation>%1 · Warnung</translation>
    </message>
    <message>
        <source>Disabled: no countdown.</source>
        <translation>Deaktiviert: kein Countdown.</translation>
    </message>
    <message>
        <source>%1 — auto-disables on %2 unless the token is used before.</source>
        <translation>%1 – wird am %2 automatisch deaktiviert, sofern das Token nicht vorher verwendet wird.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DateDelegate</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No API call with this token yet.</source>
        <translation>Mit diesem Token gab es noch keinen API-Aufruf.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DetailsPanel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Select a token to see its details, activity and history.</source>
        <translation>Wählen Sie ein Token aus, um Details, Aktivität und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Auto-disable:</source>
        <translation>Auto-Deaktivierung:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Letzte Aktivität:</translation>
    </message>
    <message>
        <source>Inactive since:</source>
        <translation>Inaktiv seit:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>Deaktiviert:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Recent API activity</source>
        <translation>Letzte API-Aktivität</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Audit entries for this token</source>
        <translation>Audit-Einträge zu diesem Token</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation>— (deaktiviert)</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain</source>
        <translation>Im Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>Not on this computer (only the integration holds it)</source>
        <translation>Nicht auf diesem Computer (nur die Integration hat es)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No API calls recorded.</source>
        <translation>Keine API-Aufrufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Keine Audit-Einträge.</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 her)</translation>
    </message>
    <message>
        <source>%1, in %2 — %3</source>
        <translation>%1, noch %2 – %3</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-alive:</translation>
    </message>
    <message>
        <source>Last verify:</source>
        <translation>Letzte Prüfung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>%1 (ON24 said: “%2”)</source>
        <translation>%1 (ON24 meldete: „%2“)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here</source>
        <translation>Unbekannt: Hier ist keine Aktivität dieses Tokens bekannt</translation>
    </message>
    <message>
        <source>%1 at the latest, %2 — %3</source>
        <translation>Spätestens %1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 (known from %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>On, turned on by %1 on %2</source>
        <translation>Ein, eingeschaltet von %1 am %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Rotated:</source>
        <translation>Rotiert:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
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
        <translation>Quartalsbericht für den Vorstand</translation>
    </message>
    <message>
        <source>Runs once a quarter, so it is kept alive between runs.</source>
        <translation>Läuft einmal im Quartal, daher wird es zwischen den Läufen per Keep-alive aktiv gehalten.</translation>
    </message>
    <message>
        <source>Data warehouse sync</source>
        <translation>Data-Warehouse-Synchronisierung</translation>
    </message>
    <message>
        <source>Nightly export of registrants.</source>
        <translation>Nächtlicher Export der Registrierten.</translation>
    </message>
    <message>
        <source>every login of the demo account already has a token</source>
        <translation>jeder Login des Demokontos hat bereits ein Token</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DisableCommand</name>
    <message>
        <source>Disable Token</source>
        <translation>Token deaktivieren</translation>
    </message>
    <message>
        <source>Disable “%1” (login %2)?</source>
        <translation>„%1“ (Login %2) deaktivieren?</translation>
    </message>
    <message>
        <source>Integrations using this token will stop working at once: every ON24 API call with it fails until it is enabled again.</source>
        <translation>Integrationen, die dieses Token nutzen, funktionieren sofort nicht mehr: Jeder ON24-API-Aufruf damit schlägt fehl, bis es wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Could not disable “%1”: %2</source>
        <translation>„%1“ konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>„%1“ deaktiviert.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerCommand</name>
    <message>
        <source>Saved the notes of “%1”; it has no owner.</source>
        <translation>Notizen von „%1“ gespeichert; niemand ist zuständig.</translation>
    </message>
    <message>
        <source>Saved: %1 owns “%2”.</source>
        <translation>Gespeichert: %1 ist für „%2“ zuständig.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerDialog</name>
    <message>
        <source>Edit Owner and Notes</source>
        <translation>Zuständige und Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Who answers for the integration that uses “%1”? Warnings about the token name the owner.</source>
        <translation>Wer ist für die Integration zuständig, die „%1“ nutzt? Warnungen zu diesem Token nennen diese Person.</translation>
    </message>
    <message>
        <source>for example Raj (Marketing Ops)</source>
        <translation>zum Beispiel Raj (Marketing Ops)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Deren Angaben behalten</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Control, direction and zero-width characters are not allowed.</source>
        <translation>Steuer-, Richtungs- und Nullbreitenzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>&amp;Meine speichern</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemanden als zuständig</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Someone else changed this token while this dialog was open: it now has %1. Your text is kept here; save it over theirs, or keep theirs.</source>
        <translation>Jemand anderes hat dieses Token geändert, während dieser Dialog offen war: Es hat jetzt %1. Ihr Text bleibt hier erhalten; speichern Sie ihn über deren Angaben, oder behalten Sie deren Angaben.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EnableCommand</name>
    <message>
        <source>It was disabled manually on %1.</source>
        <translation>Es wurde am %1 manuell deaktiviert.</translation>
    </message>
    <message>
        <source>It was disabled manually.</source>
        <translation>Es wurde manuell deaktiviert.</translation>
    </message>
    <message>
        <source>Enable This Token</source>
        <translation>Dieses Token aktivieren</translation>
    </message>
    <message>
        <source>Enable “%1” (login %2)?</source>
        <translation>„%1“ (Login %2) aktivieren?</translation>
    </message>
    <message>
        <source>&amp;Enable This Token</source>
        <translation>Dieses Token &amp;aktivieren</translation>
    </message>
    <message>
        <source>Could not enable “%1”: %2</source>
        <translation>„%1“ konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>Enabled “%1”; its inactivity count starts again today.</source>
        <translation>„%1“ aktiviert; die Inaktivitätszählung beginnt heute neu.</translation>
    </message>
    <message>
        <source>It was disabled automatically on %1 because it had not been used for %2.</source>
        <translation>Es wurde am %1 automatisch deaktiviert, weil es %2 lang nicht verwendet worden war.</translation>
    </message>
    <message>
        <source>Enabling restarts the count of %1 without activity now; integrations can use it again at once.</source>
        <translation>Die Aktivierung startet die Frist (%1 ohne Aktivität) jetzt neu; Integrationen können es sofort wieder nutzen.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Audit…</source>
        <translation>&amp;Audit exportieren…</translation>
    </message>
    <message>
        <source>Write the tokens the table shows, with its visible columns, to a CSV or JSON file</source>
        <translation>Die Token, die die Tabelle zeigt, mit ihren sichtbaren Spalten in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Write the audit log (the selected token&apos;s, or the whole account&apos;s) to a CSV or JSON file</source>
        <translation>Das Audit-Protokoll (des ausgewählten Tokens oder des ganzen Kontos) in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Tokens</source>
        <translation>Token exportieren</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
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
        <translation>Audit von „%1“ exportieren</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>Audit exportieren</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>%n Token nach %1 exportiert.</numerusform>
            <numerusform>%n Token nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>%n Audit-Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Audit-Einträge nach %1 exportiert.</numerusform>
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
        <translation>Nach Name, zuständiger Person, Login oder Schlüssel suchen</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Tokens suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Aktiv (%1)</translation>
    </message>
    <message>
        <source>Expiring within %1 (%2)</source>
        <translation>Noch höchstens %1 (%2)</translation>
    </message>
    <message>
        <source>Disabled (%1)</source>
        <translation>Deaktiviert (%1)</translation>
    </message>
    <message>
        <source>Disabled for inactivity (%1)</source>
        <translation>Wegen Inaktivität deaktiviert (%1)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ForgetCommand</name>
    <message>
        <source>Forget Token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Forget “%1” on this computer?</source>
        <translation>„%1“ auf diesem Computer vergessen?</translation>
    </message>
    <message>
        <source>The pair leaves this computer&apos;s inventory and its secret leaves the keychain. ON24 is not touched: the token keeps working for its integration until someone disables it on ON24&apos;s page. Keep-alive stops for it.</source>
        <translation>Das Paar wird aus dem Bestand dieses Computers entfernt und sein Secret aus dem Schlüsselbund. ON24 bleibt unverändert: Das Token funktioniert für seine Integration weiter, bis jemand es auf der ON24-Seite deaktiviert. Keep-alive endet für dieses Token.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Could not forget “%1”: %2</source>
        <translation>„%1“ konnte nicht vergessen werden: %2</translation>
    </message>
    <message>
        <source>Forgot “%1” on this computer; ON24 was not touched.</source>
        <translation>„%1“ auf diesem Computer vergessen; ON24 wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveCommand</name>
    <message>
        <source>Keep-alive is on for “%1”: this console calls ON24 with it before its days without activity run out.</source>
        <translation>Keep-alive ist für „%1“ eingeschaltet: Diese Konsole ruft ON24 damit auf, bevor seine Tage ohne Aktivität ablaufen.</translation>
    </message>
    <message>
        <source>Keep-alive is off for “%1”: ON24 disables it after its days without activity.</source>
        <translation>Keep-alive ist für „%1“ ausgeschaltet: ON24 deaktiviert es nach seinen Tagen ohne Aktivität.</translation>
    </message>
    <message>
        <source>Keep Token Alive</source>
        <translation>Keep-alive für Token</translation>
    </message>
    <message>
        <source>Keep “%1” alive?</source>
        <translation>Keep-alive für „%1“ einschalten?</translation>
    </message>
    <message>
        <source>ON24 disables a token after %1 without activity on purpose: a forgotten token that still works is a door left open. Keep alive only a token that an integration still needs but uses rarely (a quarterly report, say). This console will make one small read-only ON24 call with it when its known inactivity nears the limit. Your decision is recorded with your name and the time.</source>
        <translation>ON24 deaktiviert ein Token absichtlich, wenn es %1 lang nicht aktiv war: Ein vergessenes Token, das noch funktioniert, ist eine offen gelassene Tür. Schalten Sie Keep-alive nur für ein Token ein, das eine Integration noch braucht, aber selten nutzt (etwa für einen Quartalsbericht). Diese Konsole führt damit einen kleinen, nur lesenden ON24-Aufruf aus, wenn seine bekannte Inaktivität sich der Grenze nähert. Ihre Entscheidung wird mit Ihrem Namen und der Uhrzeit aufgezeichnet.</translation>
    </message>
    <message>
        <source>&amp;Keep Alive</source>
        <translation>&amp;Keep-alive einschalten</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveScheduler</name>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); all work.</source>
        <translation>
            <numerusform>Keep-alive hat ON24 mit %n Token aufgerufen; es funktioniert.</numerusform>
            <numerusform>Keep-alive hat ON24 mit %n Tokens aufgerufen; alle funktionieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); %1 failed: see their status.</source>
        <translation>
            <numerusform>Keep-alive hat ON24 mit %n Token aufgerufen; %1 fehlgeschlagen: Siehe seinen Status.</numerusform>
            <numerusform>Keep-alive hat ON24 mit %n Tokens aufgerufen; %1 fehlgeschlagen: Siehe deren Status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeychainSecretStore</name>
    <message>
        <source>store the secret</source>
        <translation>Speichern des Secrets</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>Lesen des Secrets</translation>
    </message>
    <message>
        <source>remove the secret</source>
        <translation>Entfernen des Secrets</translation>
    </message>
    <message>
        <source>No secret for this token is stored on this computer.</source>
        <translation>Auf diesem Computer ist kein Secret für dieses Token gespeichert.</translation>
    </message>
    <message>
        <source>Could not %1: the system keychain is not available (%2). Start or unlock the keychain (e.g. GNOME Keyring, KWallet) and try again.</source>
        <translation>%1 fehlgeschlagen: Der Schlüsselbund des Systems ist nicht verfügbar (%2). Starten oder entsperren Sie den Schlüsselbund (z. B. GNOME Keyring, KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: access to the keychain was denied. Allow Token Console to use the keychain and try again.</source>
        <translation>%1 fehlgeschlagen: Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Token Console die Nutzung des Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: the keychain refused (%2).</source>
        <translation>%1 fehlgeschlagen: Der Schlüsselbund hat abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The keychain did not answer; it may be locked and waiting for its password. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet; möglicherweise ist er gesperrt und wartet auf sein Passwort. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is running: Token Console found no desktop session bus (D-Bus) to reach one, so it could not %1. Start Token Console in a desktop session that has a keychain (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>Es läuft kein Schlüsselbund: Token Console hat keinen Sitzungsbus der Arbeitsumgebung (D-Bus) gefunden, über den einer erreichbar wäre (%1 fehlgeschlagen). Starten Sie Token Console in einer Desktopsitzung mit Schlüsselbund (etwa GNOME Keyring oder KWallet) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not respond within %1 seconds, so Token Console could not %2. Restart your desktop&apos;s keychain (such as GNOME Keyring or KWallet) or sign in to the desktop again, then try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden reagiert (%2 fehlgeschlagen). Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (etwa GNOME Keyring oder KWallet) neu oder melden Sie sich erneut an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No keychain is running on this computer, so Token Console could not %1. Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), or sign in to a desktop session that has one, then try again.</source>
        <translation>Auf diesem Computer läuft kein Schlüsselbund (%1 fehlgeschlagen). Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (etwa GNOME Keyring oder KWallet) oder melden Sie sich bei einer Desktopsitzung an, die einen hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked (its unlock prompt was cancelled or could not be shown), so Token Console could not %1. Unlock the keychain, for example in your desktop&apos;s password manager, then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt (die Abfrage zum Entsperren wurde abgebrochen oder konnte nicht angezeigt werden); %1 fehlgeschlagen. Entsperren Sie den Schlüsselbund, etwa in der Passwortverwaltung Ihrer Arbeitsumgebung, und versuchen Sie es dann erneut.</translation>
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
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: refreshing failed. %2</source>
        <translation>Diese Liste stammt von %1 und ist möglicherweise veraltet: Die Aktualisierung ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>The token list could not be loaded. %1</source>
        <translation>Die Token-Liste konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2 to open the profile “%3”.</source>
        <translation>Geben Sie das Passwort von %1 auf %2 ein, um das Profil „%3“ zu öffnen.</translation>
    </message>
    <message>
        <source>%1 — Token Console</source>
        <translation>%1 – Token Console</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Your session has expired, so this list is not refreshed. Choose Retry to sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen, daher wird diese Liste nicht aktualisiert. Wählen Sie „Wiederholen“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The token list could not be loaded.</source>
        <translation>Die Token-Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <source>This account has no API tokens yet. Provision one with Token &gt; Provision… (%1).</source>
        <translation>Dieses Konto hat noch keine API-Tokens. Stellen Sie eines mit Token &gt; Bereitstellen… (%1) bereit.</translation>
    </message>
    <message>
        <source>This account has no API tokens yet.</source>
        <translation>Dieses Konto hat noch keine API-Tokens.</translation>
    </message>
    <message>
        <source>No token matches the search and the status filter.</source>
        <translation>Kein Token passt zur Suche und zum Statusfilter.</translation>
    </message>
    <message>
        <source>No token pair is on this computer yet. Add one made on ON24&apos;s page with Token &gt; Add Existing Token… (%1).</source>
        <translation>Auf diesem Computer ist noch kein Token-Paar. Fügen Sie eines, das auf der ON24-Seite erstellt wurde, mit Token &gt; Vorhandenes Token hinzufügen… (%1) hinzu.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NarrowAccessCommand</name>
    <message>
        <source>Could not read the usage of “%1”: %2</source>
        <translation>Die Nutzung von „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” made no API calls in the last %2 days, so there is nothing to narrow its access to. If nothing uses it, disable it instead.</source>
        <translation>„%1“ hat in den letzten %2 Tagen keine API-Aufrufe gemacht, daher gibt es nichts, worauf sich der Zugriff eingrenzen ließe. Wenn nichts es nutzt, deaktivieren Sie es stattdessen.</translation>
    </message>
    <message>
        <source>“%1” already holds only the API areas it used.</source>
        <translation>„%1“ hat bereits nur die API-Bereiche, die es genutzt hat.</translation>
    </message>
    <message>
        <source>Narrow Access</source>
        <translation>Zugriff eingrenzen</translation>
    </message>
    <message>
        <source>Narrow the access of “%1” to the API areas it used in the last %2 days?</source>
        <translation>Den Zugriff von „%1“ auf die API-Bereiche eingrenzen, die es in den letzten %2 Tagen genutzt hat?</translation>
    </message>
    <message>
        <source>The integration would lose: %1.</source>
        <translation>Die Integration verlöre: %1.</translation>
    </message>
    <message>
        <source>It would also not get areas ON24 adds later.</source>
        <translation>Sie erhielte auch keine Bereiche, die ON24 später hinzufügt.</translation>
    </message>
    <message>
        <source>It keeps: %1. Its calls to a lost area fail until the access is widened again.</source>
        <translation>Sie behält: %1. Ihre Aufrufe in einem verlorenen Bereich schlagen fehl, bis der Zugriff wieder erweitert wird.</translation>
    </message>
    <message>
        <source>Before you do, %1.</source>
        <translation>Vorher: %1.</translation>
    </message>
    <message>
        <source>&amp;Narrow Access</source>
        <translation>Zugriff &amp;eingrenzen</translation>
    </message>
    <message>
        <source>Could not narrow the access of “%1”: %2</source>
        <translation>Der Zugriff von „%1“ konnte nicht eingegrenzt werden: %2</translation>
    </message>
    <message>
        <source>“%1” now holds only: %2.</source>
        <translation>„%1“ hat jetzt nur noch: %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NewSecretDialog</name>
    <message>
        <source>The token “%1” is ready. Give the key and the secret to the integration. The platform never sends this secret again.</source>
        <translation>Das Token „%1“ ist bereit. Geben Sie Schlüssel und Secret an die Integration weiter. Die Plattform sendet dieses Secret nie wieder.</translation>
    </message>
    <message>
        <source>Storing the secret in this computer&apos;s keychain…</source>
        <translation>Das Secret wird im Schlüsselbund dieses Computers gespeichert…</translation>
    </message>
    <message>
        <source>The secret is stored in this computer&apos;s keychain (entry “%1”), so Verify and Copy Secret work here later. Nothing else on this computer holds it.</source>
        <translation>Das Secret ist im Schlüsselbund dieses Computers gespeichert (Eintrag „%1“), sodass „Prüfen“ und „Secret kopieren“ hier später funktionieren. Nichts anderes auf diesem Computer enthält es.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Close Without a Stored Secret?</source>
        <translation>Ohne gespeichertes Secret schließen?</translation>
    </message>
    <message>
        <source>This computer has not stored the secret, and the platform will not show it again. Have you stored it somewhere else?</source>
        <translation>Dieser Computer hat das Secret nicht gespeichert, und die Plattform zeigt es nicht noch einmal an. Haben Sie es anderswo gespeichert?</translation>
    </message>
    <message>
        <source>I Have Stored It, &amp;Close</source>
        <translation>Ich habe es gespeichert, &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep Showing It</source>
        <translation>Weiter &amp;anzeigen</translation>
    </message>
    <message>
        <source>The secret was NOT stored.</source>
        <translation>Das Secret wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe (for example your password manager); it cannot be shown again. Verify and Copy Secret will not be available for this token here.</source>
        <translation>Kopieren Sie es jetzt und bewahren Sie es sicher auf (zum Beispiel in Ihrem Passwortmanager); es kann nicht erneut angezeigt werden. „Prüfen“ und „Secret kopieren“ stehen für dieses Token hier nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Key copied.</source>
        <translation>Schlüssel kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Secret copied, cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>Secret kopiert, wird in %n s aus der Zwischenablage gelöscht.</numerusform>
            <numerusform>Secret kopiert, wird in %n s aus der Zwischenablage gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret cleared from the clipboard.</source>
        <translation>Secret aus der Zwischenablage gelöscht.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::OfflinePlatform</name>
    <message>
        <source>Offline: the platform cannot be reached, so the list from %1 is read-only.</source>
        <translation>Offline: Die Plattform ist nicht erreichbar, daher ist die Liste vom %1 schreibgeschützt.</translation>
    </message>
    <message>
        <source>The token list saved on %1 (offline)</source>
        <translation>Die am %1 gespeicherte Token-Liste (offline)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Client</name>
    <message>
        <source>The token works: ON24 answered for client “%1”. This call counts as activity.</source>
        <translation>Das Token funktioniert: ON24 hat für den Client „%1“ geantwortet. Dieser Aufruf zählt als Aktivität.</translation>
    </message>
    <message>
        <source>ON24 rejected the key and secret as wrong. Check that the secret on this computer belongs to this token; if not, store the right one.</source>
        <translation>ON24 hat Schlüssel und Secret als falsch abgelehnt. Prüfen Sie, ob das Secret auf diesem Computer zu diesem Token gehört; falls nicht, speichern Sie das richtige.</translation>
    </message>
    <message>
        <source>ON24 says this token is deactivated. Enable it, then verify again.</source>
        <translation>Laut ON24 ist dieses Token deaktiviert. Aktivieren Sie es und prüfen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The token works, but ON24&apos;s call quota is used up for now. Try again later.</source>
        <translation>Das Token funktioniert, aber das Aufrufkontingent von ON24 ist vorerst aufgebraucht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The token is valid but has no access to this client id. Check the client id in the connection profile.</source>
        <translation>Das Token ist gültig, hat aber keinen Zugriff auf diese Client-ID. Prüfen Sie die Client-ID im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to call this API area. Provision it with access to all endpoints, or verify with an allowed area.</source>
        <translation>Das Token ist gültig, darf diesen API-Bereich aber nicht aufrufen. Stellen Sie es mit Zugriff auf alle Endpunkte bereit oder prüfen Sie mit einem erlaubten Bereich.</translation>
    </message>
    <message>
        <source>ON24 says the client (account) is inactive. Contact your ON24 account manager.</source>
        <translation>Laut ON24 ist der Client (das Konto) inaktiv. Wenden Sie sich an Ihren ON24-Account-Manager.</translation>
    </message>
    <message>
        <source>ON24 does not know this client id. Check the client id in the connection profile.</source>
        <translation>ON24 kennt diese Client-ID nicht. Prüfen Sie die Client-ID im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The ON24 address sent an answer this console cannot read (%1): perhaps a proxy or a sign-in page answered instead of ON24&apos;s API. Check the region or base URL.</source>
        <translation>Die ON24-Adresse hat eine Antwort gesendet, die diese Konsole nicht lesen kann (%1): Vielleicht hat ein Proxy oder eine Anmeldeseite statt der ON24-API geantwortet. Prüfen Sie die Region oder die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24DirectPlatform</name>
    <message>
        <source>ON24 account %1 (direct mode)</source>
        <translation>ON24-Konto %1 (Direktmodus)</translation>
    </message>
    <message>
        <source>ON24 account %1</source>
        <translation>ON24-Konto %1</translation>
    </message>
    <message>
        <source>ON24 answers only calls made with a token pair: add one first.</source>
        <translation>ON24 beantwortet nur Aufrufe mit einem Token-Paar: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <source>ON24&apos;s API does not show a token&apos;s activity; this console records only its own calls.</source>
        <translation>Die API von ON24 zeigt die Aktivität eines Tokens nicht an; diese Konsole zeichnet nur ihre eigenen Aufrufe auf.</translation>
    </message>
    <message>
        <source>Direct mode: these are the token pairs added on this computer, proved with real ON24 calls. Provision, disable and enable tokens on ON24&apos;s page (Platform Tools › Integrations › API Tokens); here you verify them and keep them alive.</source>
        <translation>Direktmodus: Dies sind die auf diesem Computer hinzugefügten Token-Paare, geprüft mit echten ON24-Aufrufen. Tokens bereitstellen, deaktivieren und aktivieren Sie auf der ON24-Seite (Platform Tools › Integrations › API Tokens); hier prüfen Sie sie und halten sie per Keep-alive aktiv.</translation>
    </message>
    <message>
        <source>The pair %1 is not in this computer&apos;s inventory any more.</source>
        <translation>Das Paar %1 ist nicht mehr im Bestand dieses Computers.</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory as “%2”.</source>
        <translation>Der Schlüssel %1 ist bereits als „%2“ in diesem Bestand.</translation>
    </message>
    <message>
        <source>Could not check the pair with ON24, so nothing was stored: %1</source>
        <translation>Das Paar konnte nicht bei ON24 geprüft werden, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>ON24 refused the pair, so nothing was stored: %1%2</source>
        <translation>ON24 hat das Paar abgelehnt, daher wurde nichts gespeichert: %1%2</translation>
    </message>
    <message>
        <source> (ON24 said: “%1”)</source>
        <translation> (ON24 meldete: „%1“)</translation>
    </message>
    <message>
        <source>The pair works, but its secret could not be kept in the keychain, so nothing was stored: %1</source>
        <translation>Das Paar funktioniert, aber sein Secret konnte nicht im Schlüsselbund abgelegt werden, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory.</source>
        <translation>Der Schlüssel %1 ist bereits in diesem Bestand.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from the keychain, so the pair was kept: %2</source>
        <translation>Das Secret von „%1“ konnte nicht aus dem Schlüsselbund entfernt werden, daher wurde das Paar behalten: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Inventory</name>
    <message>
        <source>The disk holding the inventory %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>Der Datenträger mit dem Inventar %1 ist voll, daher wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only, so nothing was saved. Check the permissions of the file and of its folder, then try again.</source>
        <translation>Das Inventar %1 ist schreibgeschützt, daher wurde nichts gespeichert. Prüfen Sie die Berechtigungen der Datei und ihres Ordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another Token Console window or command is writing to the inventory %1. Try again in a moment.</source>
        <translation>Ein anderes Fenster oder ein anderer Befehl von Token Console schreibt gerade in das Inventar %1. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged or is not an inventory file. Move it aside and add the tokens again; their secrets are still in the keychain.</source>
        <translation>Das Inventar %1 ist beschädigt oder keine Inventardatei. Verschieben Sie es an einen anderen Ort und fügen Sie die Tokens erneut hinzu; ihre Secrets liegen weiterhin im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Token Console could not open the inventory %1. Check that its folder exists and that you may write to it, then try again.</source>
        <translation>Token Console konnte das Inventar %1 nicht öffnen. Prüfen Sie, ob sein Ordner existiert und Sie darin schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk failed while reading or writing the inventory %1 (%2). Check the disk, then try again.</source>
        <translation>Beim Lesen oder Schreiben des Inventars %1 ist ein Datenträgerfehler aufgetreten (%2). Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Token Console could not read or write the inventory %1 (%2). Check the disk and the permissions of the file and of its folder, then try again.</source>
        <translation>Token Console konnte das Inventar %1 nicht lesen oder schreiben (%2). Prüfen Sie den Datenträger sowie die Berechtigungen der Datei und ihres Ordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The inventory of profile “%1” is not open, so nothing was saved. Open the profile again, then try again.</source>
        <translation>Das Inventar des Profils „%1“ ist nicht geöffnet, daher wurde nichts gespeichert. Öffnen Sie das Profil erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>A field of this token holds a long hexadecimal text that looks like a token secret, so nothing was saved. Secrets belong in the keychain only: remove it from the key, name, owner, login or notes, then try again.</source>
        <translation>Ein Feld dieses Tokens enthält einen langen hexadezimalen Text, der wie ein Secret aussieht, daher wurde nichts gespeichert. Secrets gehören nur in den Schlüsselbund: Entfernen Sie den Text aus Schlüssel, Name, Besitzer, Login oder Notizen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The token %1 is not in the inventory of profile “%2”. It may have been forgotten in another window: reload the list.</source>
        <translation>Das Token %1 ist nicht im Inventar des Profils „%2“. Vielleicht wurde es in einem anderen Fenster entfernt: Laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory folder %1. Check that you may write to its parent folder and that the disk is not full, then try again.</source>
        <translation>Token Console konnte den Inventarordner %1 nicht anlegen. Prüfen Sie, ob Sie im übergeordneten Ordner schreiben dürfen und der Datenträger nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory folder %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console konnte den Inventarordner %1 nicht auf Ihr Benutzerkonto beschränken. Prüfen Sie, wem er gehört, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory file %1 (%2). Check that you may write to its folder and that the disk is not full, then try again.</source>
        <translation>Token Console konnte die Inventardatei %1 nicht anlegen (%2). Prüfen Sie, ob Sie in ihrem Ordner schreiben dürfen und der Datenträger nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory file %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console konnte die Inventardatei %1 nicht auf Ihr Benutzerkonto beschränken. Prüfen Sie, wem sie gehört, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of Token Console. Update Token Console to use this profile.</source>
        <translation>Das Inventar %1 wurde von einer neueren Version von Token Console geschrieben. Aktualisieren Sie Token Console, um dieses Profil zu verwenden.</translation>
    </message>
    <message>
        <source>The token has no key, so it was not added. Enter its key, then try again.</source>
        <translation>Das Token hat keinen Schlüssel und wurde daher nicht hinzugefügt. Geben Sie seinen Schlüssel ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”.</source>
        <translation>Das Token %1 ist bereits im Inventar des Profils „%2“.</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”, named “%3”.</source>
        <translation>Das Token %1 ist bereits im Inventar des Profils „%2“, unter dem Namen „%3“.</translation>
    </message>
    <message>
        <source>“%1” is not a verify outcome Token Console knows, so nothing was recorded.</source>
        <translation>„%1“ ist kein Prüfergebnis, das Token Console kennt, daher wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Token Console could not delete the inventory file %1 (%2). Check the permissions of its folder, then try again.</source>
        <translation>Token Console konnte die Inventardatei %1 nicht löschen (%2). Prüfen Sie die Berechtigungen ihres Ordners und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Platform</name>
    <message>
        <source>Could not read the secret of “%1” from the keychain: %2</source>
        <translation>Das Secret von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionCommand</name>
    <message>
        <source>Provisioned “%1” for %2.</source>
        <translation>„%1“ für %2 bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionDialog</name>
    <message>
        <source>Could not load the account&apos;s users: %1</source>
        <translation>Die Benutzer des Kontos konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Client analytics</source>
        <translation>Client-Analysen</translation>
    </message>
    <message>
        <source>Event analytics</source>
        <translation>Event-Analysen</translation>
    </message>
    <message>
        <source>Event management</source>
        <translation>Event-Verwaltung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Hilfsfunktionen</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>Benutzer des Kontos werden geladen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — already has a token</source>
        <translation>%1 – hat bereits ein Token</translation>
    </message>
    <message>
        <source>One token per login: disable or use the existing token.</source>
        <translation>Ein Token pro Login: Deaktivieren oder verwenden Sie das vorhandene Token.</translation>
    </message>
    <message>
        <source>Every login of this account already has a token (one token per login). Add a user on the platform first.</source>
        <translation>Jeder Login dieses Kontos hat bereits ein Token (ein Token pro Login). Legen Sie zuerst einen Benutzer auf der Plattform an.</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>Benennen Sie es nach seinem Zweck (der Integration, die es nutzt), damit andere wissen, was eine Deaktivierung stoppen würde.</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <source>%1 already have a token and cannot be chosen: one token per login.</source>
        <translation>%1 haben bereits ein Token und können nicht gewählt werden: ein Token pro Login.</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>Namen leeren</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose a login that has no token yet.</source>
        <translation>Bereitstellen ist nicht möglich: Wählen Sie einen Login, der noch kein Token hat.</translation>
    </message>
    <message>
        <source>Provision is unavailable until the account&apos;s users are loaded.</source>
        <translation>Bereitstellen ist erst möglich, wenn die Benutzer des Kontos geladen sind.</translation>
    </message>
    <message>
        <source>Provision is unavailable: type a name for the token.</source>
        <translation>Bereitstellen ist nicht möglich: Geben Sie einen Namen für das Token ein.</translation>
    </message>
    <message>
        <source>Provision is unavailable: correct the name (see above).</source>
        <translation>Bereitstellen ist nicht möglich: Korrigieren Sie den Namen (siehe oben).</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose at least one API area.</source>
        <translation>Bereitstellen ist nicht möglich: Wählen Sie mindestens einen API-Bereich.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameCommand</name>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2” on this computer; ON24&apos;s page keeps its own name.</source>
        <translation>„%1“ auf diesem Computer in „%2“ umbenannt; die ON24-Seite behält ihren eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameDialog</name>
    <message>
        <source>Rename the token of %1. Name it after its purpose, for example the integration that uses it.</source>
        <translation>Benennen Sie das Token von %1 um. Benennen Sie es nach seinem Zweck, zum Beispiel nach der Integration, die es nutzt.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Keep Their Name</source>
        <translation>Neuen Namen &amp;behalten</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <source>&amp;Retry Rename</source>
        <translation>Umbenennen &amp;wiederholen</translation>
    </message>
    <message>
        <source>Someone else renamed this token to “%1” while this dialog was open. Retry to rename it to your name anyway, or keep theirs.</source>
        <translation>Jemand anderes hat dieses Token in „%1“ umbenannt, während dieser Dialog geöffnet war. Wiederholen Sie, um trotzdem Ihren Namen zu vergeben, oder behalten Sie den neuen Namen.</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>Namen leeren</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateCommand</name>
    <message>
        <source>Rotated the secret of “%1”; the previous secret works until %2.</source>
        <translation>Secret von „%1“ rotiert; das bisherige Secret funktioniert bis %2.</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”; the previous secret no longer works.</source>
        <translation>Secret von „%1“ rotiert; das bisherige Secret funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 Now %2.</source>
        <translation>%1 Jetzt: %2.</translation>
    </message>
    <message>
        <source>“%1” has a new secret. Give it to the integration before %2, when the previous secret stops working. The platform never sends this secret again.</source>
        <translation>„%1“ hat ein neues Secret. Geben Sie es der Integration vor %2; dann hört das bisherige Secret auf zu funktionieren. Die Plattform sendet dieses Secret nie wieder.</translation>
    </message>
    <message>
        <source>“%1” has a new secret, and the previous one no longer works. Give it to the integration now. The platform never sends this secret again.</source>
        <translation>„%1“ hat ein neues Secret, und das bisherige funktioniert nicht mehr. Geben Sie es jetzt der Integration. Die Plattform sendet dieses Secret nie wieder.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Secret rotieren</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain.</source>
        <translation>„%1“ ein neues Secret geben. Der Schlüssel bleibt gleich; das neue Secret wird einmal angezeigt und ersetzt das alte im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain. Tell %2, who runs the integration.</source>
        <translation>„%1“ ein neues Secret geben. Der Schlüssel bleibt gleich; das neue Secret wird einmal angezeigt und ersetzt das alte im Schlüsselbund dieses Computers. Informieren Sie %2, die für die Integration zuständig sind.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Grace period in hours</source>
        <translation>Übergangsfrist in Stunden</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Übergangsfrist:</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>The old secret stops working at once: the integration fails until it has the new one.</source>
        <translation>Das alte Secret hört sofort auf zu funktionieren: Die Integration schlägt fehl, bis sie das neue hat.</translation>
    </message>
    <message>
        <source>Both secrets work for 1 hour, so the integration can switch without an outage; then only the new one works.</source>
        <translation>Beide Secrets funktionieren 1 Stunde lang, sodass die Integration ohne Ausfall wechseln kann; danach funktioniert nur noch das neue.</translation>
    </message>
    <message>
        <source>Both secrets work for %1 hours, so the integration can switch without an outage; then only the new one works.</source>
        <translation>Beide Secrets funktionieren %1 Stunden lang, sodass die Integration ohne Ausfall wechseln kann; danach funktioniert nur noch das neue.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::HttpFrontend</name>
    <message>
        <source>The sandbox failed on this request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>Die Sandbox ist bei dieser Anfrage gescheitert. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, prüfen Sie das Protokoll der Sandbox.</translation>
    </message>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>Diese Ressource gibt es nicht. Prüfen Sie die URL anhand der API-Dokumentation.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::SandboxServer</name>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>Diese Ressource gibt es nicht. Prüfen Sie die URL anhand der API-Dokumentation.</translation>
    </message>
    <message>
        <source>This resource does not support %1. Allowed: %2.</source>
        <translation>Diese Ressource unterstützt %1 nicht. Erlaubt: %2.</translation>
    </message>
    <message>
        <source>Send {&quot;advanceDays&quot;: N} with N a whole number from 0 to 36500.</source>
        <translation>Senden Sie {&quot;advanceDays&quot;: N} mit einer ganzen Zahl N von 0 bis 36500.</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Die Sandbox läuft bereits.</translation>
    </message>
    <message>
        <source>No data folder given for the sandbox. Pass one (--data DIR).</source>
        <translation>Für die Sandbox wurde kein Datenordner angegeben. Geben Sie einen an (--data VERZEICHNIS).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (%3). Pick another address or port.</source>
        <translation>Lauschen auf %1:%2 nicht möglich (%3). Wählen Sie eine andere Adresse oder einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SecretStore</name>
    <message>
        <source>The keychain entry of this token does not hold a token secret (128 digits and lower-case letters a to f), so it was not used. Store the right secret for this token again, or rotate the token to get a new one.</source>
        <translation>Der Schlüsselbund-Eintrag dieses Tokens enthält kein Secret (128 Ziffern und Kleinbuchstaben von a bis f) und wurde daher nicht verwendet. Speichern Sie das richtige Secret für dieses Token erneut, oder rotieren Sie das Token, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>Token Console: %1</source>
        <translation>Token Console: %1</translation>
    </message>
    <message>
        <source>Token Console: %1 (%2)</source>
        <translation>Token Console: %1 (%2)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SessionController</name>
    <message>
        <source>The demo ON24 account could not be opened: %1</source>
        <translation>Das Demo-ON24-Konto konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no embedded sandbox in this build</source>
        <translation>keine eingebettete Sandbox in dieser Version</translation>
    </message>
    <message>
        <source>The demo ON24 account could not be prepared: %1</source>
        <translation>Das Demo-ON24-Konto konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Choose one from File &gt; Profiles or connect to a platform.</source>
        <translation>Es gibt kein Profil namens „%1“. Wählen Sie eines unter Datei &gt; Profile oder verbinden Sie sich mit einer Plattform.</translation>
    </message>
    <message>
        <source>The local demo data is not available in this build. Connect to a platform instead.</source>
        <translation>Die lokalen Demodaten sind in dieser Version nicht verfügbar. Verbinden Sie sich stattdessen mit einer Plattform.</translation>
    </message>
    <message>
        <source>The local demo data could not be opened: %1</source>
        <translation>Die lokalen Demodaten konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not sign in to %1 as %2: %3</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Signed in, but the password could not be kept in the keychain: %1 You will be asked for it next time.</source>
        <translation>Angemeldet, aber das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1 Beim nächsten Mal werden Sie danach gefragt.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s numeric ON24 client id.</source>
        <translation>Geben Sie die numerische ON24-Client-ID des Kontos ein.</translation>
    </message>
    <message>
        <source>Not signed in to “%1”. Choose Retry to enter the password, pick another profile from File &gt; Profiles, or connect to a platform.</source>
        <translation>Nicht bei „%1“ angemeldet. Wählen Sie „Wiederholen“, um das Passwort einzugeben, wählen Sie unter Datei &gt; Profile ein anderes Profil oder verbinden Sie sich mit einer Plattform.</translation>
    </message>
    <message>
        <source>password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>Offline: showing the list from %1. Retrying…</source>
        <translation>Offline: Die Liste vom %1 wird angezeigt. Neuer Versuch läuft…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::StatusLine</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Local demo data</source>
        <translation>Lokale Demodaten</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Last refresh %1 (stale)</source>
        <translation>Zuletzt aktualisiert %1 (veraltet)</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 behind the server&apos;s</source>
        <translation>Warnung: Diese Uhr geht %1 hinter der des Servers nach</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 ahead of the server&apos;s</source>
        <translation>Warnung: Diese Uhr geht %1 gegenüber der des Servers vor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than a minute. Countdowns use the server&apos;s time; fix the clock to avoid confusion elsewhere.</source>
        <translation>Die Uhr dieses Computers weicht um mehr als eine Minute von der des Servers ab. Countdowns verwenden die Serverzeit; stellen Sie die Uhr richtig, um Verwirrung an anderer Stelle zu vermeiden.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TableExportWriter</name>
    <message>
        <source>The export was refused: it would contain something shaped like a token secret.</source>
        <translation>Der Export wurde abgelehnt: Er würde etwas enthalten, das wie ein Token-Secret aussieht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenExportTable</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenListCache</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No token list of “%1” is saved on this computer.</source>
        <translation>Auf diesem Computer ist keine Token-Liste von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The saved token list of “%1” cannot be read.</source>
        <translation>Die gespeicherte Token-Liste von „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenPairFormat</name>
    <message>
        <source>Enter the token key: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Geben Sie den Schlüssel des Tokens ein: 32 Großbuchstaben und Ziffern, wie auf der Seite „API Tokens“ von ON24 angezeigt.</translation>
    </message>
    <message>
        <source>This looks like the token secret, not the key. Paste the key here: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Das sieht nach dem Secret des Tokens aus, nicht nach dem Schlüssel. Fügen Sie hier den Schlüssel ein: 32 Großbuchstaben und Ziffern, wie auf der Seite „API Tokens“ von ON24 angezeigt.</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains other characters, such as spaces, punctuation, accented or full-width characters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>Der Schlüssel eines Tokens besteht aus 32 Großbuchstaben und Ziffern; dieser enthält andere Zeichen, etwa Leerzeichen, Satzzeichen, Buchstaben mit Akzent oder Zeichen voller Breite. Kopieren Sie ihn erneut von der Seite „API Tokens“ von ON24.</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains lower-case letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>Der Schlüssel eines Tokens besteht aus 32 Großbuchstaben und Ziffern; dieser enthält Kleinbuchstaben. Kopieren Sie ihn erneut von der Seite „API Tokens“ von ON24.</translation>
    </message>
    <message numerus="yes">
        <source>The token key must be 32 capital letters and digits; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>Der Schlüssel eines Tokens besteht aus 32 Großbuchstaben und Ziffern; dieser hat %n Zeichen. Kopieren Sie ihn erneut von der Seite „API Tokens“ von ON24.</numerusform>
            <numerusform>Der Schlüssel eines Tokens besteht aus 32 Großbuchstaben und Ziffern; dieser hat %n Zeichen. Kopieren Sie ihn erneut von der Seite „API Tokens“ von ON24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token secret: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Geben Sie das Secret des Tokens ein: 128 Ziffern und Kleinbuchstaben von a bis f, wie auf der Seite „API Tokens“ von ON24 angezeigt.</translation>
    </message>
    <message>
        <source>This looks like the token key, not the secret. Paste the secret here: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Das sieht nach dem Schlüssel des Tokens aus, nicht nach dem Secret. Fügen Sie hier das Secret ein: 128 Ziffern und Kleinbuchstaben von a bis f, wie auf der Seite „API Tokens“ von ON24 angezeigt.</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains other characters, such as spaces, punctuation or letters after f. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>Das Secret eines Tokens besteht aus 128 Ziffern und Kleinbuchstaben von a bis f; dieses enthält andere Zeichen, etwa Leerzeichen, Satzzeichen oder Buchstaben nach f. Kopieren Sie es erneut von der Seite „API Tokens“ von ON24.</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains capital letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>Das Secret eines Tokens besteht aus 128 Ziffern und Kleinbuchstaben von a bis f; dieses enthält Großbuchstaben. Kopieren Sie es erneut von der Seite „API Tokens“ von ON24.</translation>
    </message>
    <message numerus="yes">
        <source>The token secret must be 128 digits and lower-case letters a to f; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>Das Secret eines Tokens besteht aus 128 Ziffern und Kleinbuchstaben von a bis f; dieses hat %n Zeichen. Kopieren Sie es erneut von der Seite „API Tokens“ von ON24.</numerusform>
            <numerusform>Das Secret eines Tokens besteht aus 128 Ziffern und Kleinbuchstaben von a bis f; dieses hat %n Zeichen. Kopieren Sie es erneut von der Seite „API Tokens“ von ON24.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Last successful API call: %1</source>
        <translation>Letzter erfolgreicher API-Aufruf: %1</translation>
    </message>
    <message>
        <source>This token has never been used.</source>
        <translation>Dieses Token wurde noch nie verwendet.</translation>
    </message>
    <message>
        <source>Inactive since %1</source>
        <translation>Inaktiv seit %1</translation>
    </message>
    <message>
        <source>Disabled on %1</source>
        <translation>Deaktiviert am %1</translation>
    </message>
    <message>
        <source>Disabled automatically on %1 unless the token is used before then.</source>
        <translation>Wird am %1 automatisch deaktiviert, sofern das Token nicht vorher verwendet wird.</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds the secret, so the token can be verified here.</source>
        <translation>Der Schlüsselbund dieses Computers enthält das Secret, daher kann das Token hier geprüft werden.</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer.</source>
        <translation>Das Secret ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Days inactive</source>
        <translation>Tage inaktiv</translation>
    </message>
    <message>
        <source>Auto-disable in</source>
        <translation>Auto-Deaktivierung in</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Secret on this computer</source>
        <translation>Lokales Secret</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Latest activity known here: %1, from %2. ON24 does not show other callers&apos; activity, so the token may have been used since.</source>
        <translation>Hier zuletzt bekannte Aktivität: %1 (Quelle: %2). ON24 zeigt die Aktivität anderer Aufrufer nicht an, daher wurde das Token seitdem möglicherweise verwendet.</translation>
    </message>
    <message>
        <source>No activity is known: verify the token, or type the Last Activity date ON24&apos;s page shows.</source>
        <translation>Keine Aktivität bekannt: Prüfen Sie das Token oder geben Sie das Datum „Last Activity“ ein, das die ON24-Seite zeigt.</translation>
    </message>
    <message>
        <source>%1. Last verify: %2</source>
        <translation>%1. Letzte Prüfung: %2</translation>
    </message>
    <message>
        <source>Kept alive: turned on by %1 on %2.</source>
        <translation>Keep-alive: eingeschaltet von %1 am %2.</translation>
    </message>
    <message>
        <source>Not kept alive: the token is disabled after its days without activity, as ON24 intends.</source>
        <translation>Kein Keep-alive: Das Token wird nach seinen Tagen ohne Aktivität deaktiviert, wie von ON24 vorgesehen.</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here.</source>
        <translation>Unbekannt: Hier ist keine Aktivität dieses Tokens bekannt.</translation>
    </message>
    <message>
        <source>At the latest on %1, 60 days after the last activity known here; calls by others may have moved it later.</source>
        <translation>Spätestens am %1, 60 Tage nach der hier zuletzt bekannten Aktivität; Aufrufe anderer haben den Termin möglicherweise nach hinten verschoben.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Last verify</source>
        <translation>Letzte Prüfung</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenView</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenWording</name>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Disabled on ON24</source>
        <translation>Bei ON24 deaktiviert</translation>
    </message>
    <message>
        <source>Wrong pair</source>
        <translation>Falsches Paar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation>Deaktiviert (Inaktivität)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled for inactivity</source>
        <translation>Wegen Inaktivität deaktiviert</translation>
    </message>
    <message>
        <source>Disabled manually</source>
        <translation>Manuell deaktiviert</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>höchstens %n Tag</numerusform>
            <numerusform>höchstens %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled, no countdown</source>
        <translation>deaktiviert, kein Countdown</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1, kritisch</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1, Warnung</translation>
    </message>
    <message>
        <source>a call from this console</source>
        <translation>ein Aufruf aus dieser Konsole</translation>
    </message>
    <message>
        <source>the date typed from ON24&apos;s page</source>
        <translation>von der ON24-Seite übernommenes Datum</translation>
    </message>
    <message>
        <source>nothing known yet</source>
        <translation>noch nichts bekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The previous secret still works for 1 more hour, until %1; then only the new one does.</source>
        <translation>Das bisherige Secret funktioniert noch 1 Stunde, bis %1; danach nur noch das neue.</translation>
    </message>
    <message>
        <source>The previous secret still works for %1 more hours, until %2; then only the new one does.</source>
        <translation>Das bisherige Secret funktioniert noch %1 Stunden, bis %2; danach nur noch das neue.</translation>
    </message>
    <message>
        <source>tell %1</source>
        <translation>%1 informieren</translation>
    </message>
</context>
<context>
    <name>TokenConsole::UsageSection</name>
    <message>
        <source>API use in the last %1</source>
        <translation>API-Nutzung, letzte %1</translation>
    </message>
    <message>
        <source>Calls by API area</source>
        <translation>Aufrufe nach API-Bereich</translation>
    </message>
    <message>
        <source>API area</source>
        <translation>API-Bereich</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the usage: %1</source>
        <translation>Die Nutzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No API calls in these days. If nothing uses this token, disable it.</source>
        <translation>Keine API-Aufrufe in diesen Tagen. Wenn nichts dieses Token nutzt, deaktivieren Sie es.</translation>
    </message>
    <message>
        <source>The token holds only the areas it used.</source>
        <translation>Das Token hat nur die Bereiche, die es genutzt hat.</translation>
    </message>
    <message>
        <source>Holds %1 but did not use: %2.</source>
        <translation>Hat %1, aber nicht genutzt: %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyAllCommand</name>
    <message>
        <source>No token can be verified here: none has its secret on this computer.</source>
        <translation>Hier kann kein Token geprüft werden: Bei keinem liegt das Secret auf diesem Computer.</translation>
    </message>
    <message>
        <source>Verified all: %1 work, %2 failed.</source>
        <translation>Alle geprüft – funktionieren: %1, fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Verifying “%1” (%2 more to go)…</source>
        <translation>„%1“ wird geprüft (noch %2)…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyCommand</name>
    <message>
        <source>Verifying “%1” with a call to the ON24 API…</source>
        <translation>„%1“ wird mit einem Aufruf der ON24-API geprüft…</translation>
    </message>
    <message>
        <source>“%1” works: the ON24 API answered for %2. This call counts as activity.</source>
        <translation>„%1“ funktioniert: Die ON24-API hat für %2 geantwortet. Dieser Aufruf zählt als Aktivität.</translation>
    </message>
    <message>
        <source>“%1” did not work: %2</source>
        <translation>„%1“ hat nicht funktioniert: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WarningNotifier</name>
    <message>
        <source>Use each token (for example with Verify) or tell its integration&apos;s owner.</source>
        <translation>Verwenden Sie jedes Token (zum Beispiel mit „Prüfen“) oder informieren Sie den Verantwortlichen der Integration.</translation>
    </message>
    <message>
        <source>API tokens about to be disabled</source>
        <translation>API-Tokens kurz vor der Deaktivierung</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3.</source>
        <translation>„%1“ (%2) wird wegen Inaktivität deaktiviert – noch %3.</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3: %4.</source>
        <translation>„%1“ (%2) wird wegen Inaktivität deaktiviert, noch %3: %4.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowBanners</name>
    <message>
        <source>Demo data notice</source>
        <translation>Hinweis zu Demodaten</translation>
    </message>
    <message>
        <source>This is local demo data: an embedded sandbox on this computer, not a real ON24 account. Try anything here; connect to your platform to manage real tokens.</source>
        <translation>Dies sind lokale Demodaten: eine eingebettete Sandbox auf diesem Computer, kein echtes ON24-Konto. Probieren Sie hier alles aus; verbinden Sie sich mit Ihrer Plattform, um echte Tokens zu verwalten.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>Mit einer Plattform &amp;verbinden…</translation>
    </message>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Warum einige Aktionen nicht verfügbar sind</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Inactivity warning</source>
        <translation>Inaktivitätswarnung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>Mit einer Plattform &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every &amp;Minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <source>Every &amp;5 Minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;15 Minutes</source>
        <translation>Alle &amp;15 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;Hour</source>
        <translation>Jede &amp;Stunde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Token Console</source>
        <translation>Ü&amp;ber Token Console</translation>
    </message>
    <message>
        <source>About Token Console</source>
        <translation>Über Token Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage the API tokens of an ON24 account: see their last activity, get warned before the 60-day inactivity rule disables them, and keep their secrets in the keychain only.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licence: %3 (%4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Verwalten Sie die API-Tokens eines ON24-Kontos: Sehen Sie ihre letzte Aktivität, werden Sie gewarnt, bevor die 60-Tage-Inaktivitätsregel sie deaktiviert, und bewahren Sie ihre Secrets ausschließlich im Schlüsselbund auf.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Lizenz: %3 (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Local Demo Data</source>
        <translation>Lokale Demodaten</translation>
    </message>
    <message>
        <source>Demo ON24 Account (Direct Mode)</source>
        <translation>Demo-ON24-Konto (Direktmodus)</translation>
    </message>
    <message>
        <source>%1 (ON24 account %2)</source>
        <translation>%1 (ON24-Konto %2)</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 auf %3)</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>LETZTE AKTIVITÄT</translation>
    </message>
    <message>
        <source>DAYS INACTIVE</source>
        <translation>TAGE INAKTIV</translation>
    </message>
    <message>
        <source>AUTO-DISABLE IN</source>
        <translation>AUTO-DEAKTIVIERUNG IN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ZUSTÄNDIG</translation>
    </message>
    <message>
        <source>KEEP-ALIVE</source>
        <translation>KEEP-ALIVE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>TokenNameRules</name>
    <message>
        <source>Enter a name, for example the integration&apos;s.</source>
        <translation>Geben Sie einen Namen ein, zum Beispiel den der Integration.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to %2.</source>
        <translation>Der Name ist %1 Zeichen lang; kürzen Sie ihn auf %2.</translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab); remove it.</source>
        <translation>Der Name enthält ein Steuerzeichen (etwa einen Tabulator); entfernen Sie es.</translation>
    </message>
    <message>
        <source>The name contains an invisible direction or zero-width character (U+%1), which could make it pose as another name; remove it.</source>
        <translation>Der Name enthält ein unsichtbares Richtungs- oder Nullbreitenzeichen (U+%1), mit dem er sich als anderer Name ausgeben könnte; entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n Login</numerusform>
            <numerusform>%n Logins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Reference server of the Token Admin API v1 and the ON24 REST API v2 subset (/v2) on one port, backed by SQLite. Prints its URL as the first line.</source>
        <translation>Referenzserver der Token Admin API v1 und des ON24-REST-API-v2-Ausschnitts (/v2) auf einem Port, mit SQLite als Speicher. Gibt als erste Zeile seine URL aus.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Port 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Data folder (required).</source>
        <translation>Datenordner (erforderlich).</translation>
    </message>
    <message>
        <source>Seed for an empty data folder: demo, none or bulk:N.</source>
        <translation>Startdaten für einen leeren Datenordner: demo, none oder bulk:N.</translation>
    </message>
    <message>
        <source>Enable POST /sandbox/v1/clock (tests only).</source>
        <translation>POST /sandbox/v1/clock aktivieren (nur für Tests).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0, not &quot;%1&quot;.</source>
        <translation>--listen erwartet Host:Port, z. B. 127.0.0.1:0, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--data DIR is required.</source>
        <translation>--data VERZEICHNIS ist erforderlich.</translation>
    </message>
    <message>
        <source>--daily-quota wants a whole number of calls, 0 or more.</source>
        <translation>--daily-quota erwartet eine ganze Zahl von Aufrufen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Bildschirmfoto fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Screenshot failed: the token list did not load within 30 seconds.</source>
        <translation>Bildschirmfoto fehlgeschlagen: Die Token-Liste wurde nicht innerhalb von 30 Sekunden geladen.</translation>
    </message>
    <message>
        <source>Screenshot failed: no token named “%1”.</source>
        <translation>Bildschirmfoto fehlgeschlagen: Kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>Screenshot failed: could not write %1.</source>
        <translation>Bildschirmfoto fehlgeschlagen: %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>Die Sprache CODE verwenden (de, fr, es, ja, en).</translation>
    </message>
    <message>
        <source>Open the connection profile NAME.</source>
        <translation>Das Verbindungsprofil NAME öffnen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the token list is loaded, then exit.</source>
        <translation>Sobald die Token-Liste geladen ist, ein PNG des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x720).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1280x720).</translation>
    </message>
    <message>
        <source>With --screenshot: select the token NAME first.</source>
        <translation>Mit --screenshot: zuerst das Token NAME auswählen.</translation>
    </message>
    <message>
        <source>Use the light or dark Fusion palette instead of the system&apos;s (for screenshots and testing).</source>
        <translation>Die helle oder dunkle Fusion-Palette statt der des Systems verwenden (für Bildschirmfotos und Tests).</translation>
    </message>
    <message>
        <source>Unknown palette “%1”: use light or dark.</source>
        <translation>Unbekannte Palette „%1“: Verwenden Sie light oder dark.</translation>
    </message>
    <message>
        <source>Invalid --size “%1”: use WIDTHxHEIGHT, for example 1280x720.</source>
        <translation>Ungültige --size „%1“: Verwenden Sie BREITExHÖHE, zum Beispiel 1280x720.</translation>
    </message>
    <message>
        <source>ON24 calls per token per day before 403 (default 100000, or TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</source>
        <translation>ON24-Aufrufe pro Token und Tag bis zur Antwort 403 (Standard: 100000 oder TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</translation>
    </message>
    <message>
        <source>Provision is unavailable.</source>
        <translation>Bereitstellen ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The Connect dialog did not open.</source>
        <translation>Der Verbindungsdialog wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Unknown dialog “%1”: use provision, new-secret or connect.</source>
        <translation>Unbekannter Dialog „%1“: Verwenden Sie provision, new-secret oder connect.</translation>
    </message>
    <message>
        <source>With --screenshot: take the dialog NAME (provision, new-secret, connect) instead of the window.</source>
        <translation>Mit --screenshot: den Dialog NAME (provision, new-secret, connect) statt des Fensters aufnehmen.</translation>
    </message>
    <message>
        <source>Manage the API tokens of an ON24 account. Without options, opens the last profile, or local demo data on first start. Subcommands (list, check, provision, rename, disable, enable, verify; in direct mode add, set, forget, users, keepalive) run without a window.</source>
        <translation>Verwaltet die API-Token eines ON24-Kontos. Ohne Optionen wird das zuletzt verwendete Profil geöffnet, beim ersten Start lokale Demodaten. Unterbefehle (list, check, provision, rename, disable, enable, verify; im Direktmodus add, set, forget, users, keepalive) laufen ohne Fenster.</translation>
    </message>
</context>
</TS>
