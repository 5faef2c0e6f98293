<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdminApi</name>
    <message>
        <source>The sandbox could not complete the request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>El sandbox no pudo completar la solicitud. Vuelva a intentarlo; si sigue fallando, revise el registro del sandbox.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000.</source>
        <translation>El límite debe ser un número entero de 1 a 1000.</translation>
    </message>
    <message>
        <source>The paging cursor is not one this server issued. Start again from the first page.</source>
        <translation>Este servidor no emitió ese cursor de paginación. Vuelva a empezar desde la primera página.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON. Send a JSON object.</source>
        <translation>El cuerpo de la solicitud no es JSON válido. Envíe un objeto JSON.</translation>
    </message>
    <message>
        <source>The request body is larger than 64 KiB. Send a smaller body.</source>
        <translation>El cuerpo de la solicitud supera los 64 KiB. Envíe uno más pequeño.</translation>
    </message>
    <message>
        <source>This needs the Manage Users permission. Ask an account admin to do it or to grant you the permission.</source>
        <translation>Esto requiere el permiso «Gestionar usuarios». Pida a un administrador de la cuenta que lo haga o que le conceda el permiso.</translation>
    </message>
    <message>
        <source>No such token in this account. Refresh the list; it may have been removed.</source>
        <translation>Ese token no existe en esta cuenta. Actualice la lista; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Sign in first: the request has no valid session.</source>
        <translation>Inicie sesión primero: la solicitud no tiene una sesión válida.</translation>
    </message>
    <message>
        <source>The session expired after 8 hours without use. Sign in again.</source>
        <translation>La sesión caducó tras 8 horas sin uso. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Send &quot;login&quot; and &quot;password&quot; as strings.</source>
        <translation>Envíe &quot;login&quot; y &quot;password&quot; como cadenas.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos para este usuario. Espere %n minuto y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos para este usuario. Espere %n minutos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and try again.</source>
        <translation>El usuario o la contraseña no son correctos. Compruebe ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This account&apos;s contract does not include Connect, so it cannot have API tokens. Contact your ON24 account manager.</source>
        <translation>El contrato de esta cuenta no incluye Connect, así que no puede tener tokens de API. Póngase en contacto con su gestor de cuenta de ON24.</translation>
    </message>
    <message>
        <source>&quot;userId&quot; must be the number of a user of this account.</source>
        <translation>&quot;userId&quot; debe ser el número de un usuario de esta cuenta.</translation>
    </message>
    <message>
        <source>Access must be &quot;all_endpoints&quot; or a non-empty list of: %1.</source>
        <translation>El acceso debe ser &quot;all_endpoints&quot; o una lista no vacía de: %1.</translation>
    </message>
    <message>
        <source>There is no user %1 in this account. Pick a login from the user list.</source>
        <translation>No hay ningún usuario %1 en esta cuenta. Elija un usuario de la lista.</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Enable or rename the existing one instead.</source>
        <translation>Este usuario ya tiene un token (un token por usuario). Active o cambie el nombre del existente.</translation>
    </message>
    <message>
        <source>Send If-Match with the token&apos;s version (its ETag) so a change made by someone else is not overwritten.</source>
        <translation>Envíe If-Match con la versión del token (su ETag) para no sobrescribir un cambio hecho por otra persona.</translation>
    </message>
    <message>
        <source>The token changed since you loaded it. Reload it and try again.</source>
        <translation>El token ha cambiado desde que lo cargó. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The token is already disabled.</source>
        <translation>El token ya está desactivado.</translation>
    </message>
    <message>
        <source>The token is already active.</source>
        <translation>El token ya está activo.</translation>
    </message>
    <message>
        <source>The request did not arrive in time. Check the connection and send it again.</source>
        <translation>La solicitud no llegó a tiempo. Compruebe la conexión y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>The request headers are larger than 64 KiB. Send smaller headers.</source>
        <translation>Las cabeceras de la solicitud superan los 64 KiB. Envíe unas más pequeñas.</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>El nombre debe tener de 1 a 64 caracteres, sin caracteres de control ni caracteres invisibles de dirección o de ancho cero.</translation>
    </message>
    <message>
        <source>The owner must be at most 128 characters, without control characters or invisible direction and zero-width characters.</source>
        <translation>El propietario debe tener como máximo 128 caracteres, sin caracteres de control ni caracteres invisibles de dirección o de ancho cero.</translation>
    </message>
    <message>
        <source>The notes must be at most 2000 characters, without control characters other than line breaks and tabs, and without invisible direction and zero-width characters.</source>
        <translation>Las notas deben tener como máximo 2000 caracteres, sin caracteres de control salvo saltos de línea y tabulaciones, y sin caracteres invisibles de dirección o de ancho cero.</translation>
    </message>
    <message>
        <source>Send at least one of &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; or &quot;access&quot;.</source>
        <translation>Envíe al menos uno de los campos &quot;name&quot;, &quot;owner&quot;, &quot;notes&quot; o &quot;access&quot;.</translation>
    </message>
    <message>
        <source>&quot;graceHours&quot; must be a whole number of hours from 0 to 168.</source>
        <translation>&quot;graceHours&quot; debe ser un número entero de horas entre 0 y 168.</translation>
    </message>
    <message>
        <source>The token is disabled, so its secret cannot be rotated. Enable it first.</source>
        <translation>El token está desactivado, por lo que su secreto no se puede rotar. Actívelo primero.</translation>
    </message>
    <message>
        <source>The days must be a whole number from 1 to 90.</source>
        <translation>El número de días debe ser un entero entre 1 y 90.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> El servidor respondió: «%1»</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address and your network connection, then try again.</source>
        <translation>No se pudo contactar con el servidor (%1). Compruebe la dirección del servidor y su conexión de red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation>El servidor no respondió a tiempo. Compruebe que está en marcha y es accesible, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the server address; if the server uses its own certificate, have it installed in the system&apos;s trust store.</source>
        <translation>La conexión segura falló: %1. Compruebe la dirección del servidor; si el servidor usa un certificado propio, pida que lo instalen en el almacén de confianza del sistema.</translation>
    </message>
    <message>
        <source>certificate or handshake error</source>
        <translation>error de certificado o de negociación</translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: only this computer (localhost) may be used without encryption. Use an https:// address.</source>
        <translation>Se rechazó la conexión a %1 por http sin cifrar: solo este equipo (localhost) puede usarse sin cifrado. Use una dirección https://.</translation>
    </message>
    <message>
        <source>a remote server</source>
        <translation>un servidor remoto</translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and sign in again.</source>
        <translation>El usuario o la contraseña no son correctos. Compruebe ambos y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server did not accept the session. Sign in again.</source>
        <translation>El servidor no aceptó la sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session has expired. Enter your password to sign in again.</source>
        <translation>Su sesión ha caducado. Introduzca su contraseña para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs the Manage Users permission. Ask an account administrator.</source>
        <translation>No tiene permiso para hacer esto: se necesita el permiso «Gestionar usuarios». Pídaselo a un administrador de la cuenta.</translation>
    </message>
    <message>
        <source>The account&apos;s contract does not include Connect, so API tokens cannot be provisioned. Contact your ON24 account manager.</source>
        <translation>El contrato de la cuenta no incluye Connect, así que no se pueden aprovisionar tokens de API. Póngase en contacto con su gestor de cuenta de ON24.</translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Use the existing token, or disable it and provision for another login.</source>
        <translation>Este usuario ya tiene un token (un token por usuario). Use el token existente, o desactívelo y aprovisione uno para otro usuario.</translation>
    </message>
    <message>
        <source>The token is already disabled. Refresh the list to see its current state.</source>
        <translation>El token ya está desactivado. Actualice la lista para ver su estado actual.</translation>
    </message>
    <message>
        <source>The token is already active. Refresh the list to see its current state.</source>
        <translation>El token ya está activo. Actualice la lista para ver su estado actual.</translation>
    </message>
    <message>
        <source>The request conflicts with the token&apos;s current state. Refresh and try again.</source>
        <translation>La solicitud entra en conflicto con el estado actual del token. Actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Someone else changed this token meanwhile. Refresh the list and try again.</source>
        <translation>Otra persona ha modificado este token mientras tanto. Actualice la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>El servidor rechazó la solicitud por no ser válida. Corrija los datos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The token or resource was not found; it may have been removed. Refresh the list and check the id.</source>
        <translation>No se encontró el token o el recurso; puede que se haya eliminado. Actualice la lista y compruebe el id.</translation>
    </message>
    <message>
        <source>Too many attempts: the server refuses further sign-ins for a while. Wait 15 minutes and try again.</source>
        <translation>Demasiados intentos: el servidor rechaza nuevos inicios de sesión durante un tiempo. Espere 15 minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>El servidor tuvo un problema interno (HTTP %1). Vuelva a intentarlo más tarde; si persiste, contacte con el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read (%1). Check that the server address points to a Token Admin API v1.</source>
        <translation>El servidor envió una respuesta que esta versión no puede leer (%1). Compruebe que la dirección del servidor apunta a una Token Admin API v1.</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>respuesta inesperada</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source> The server may have made the change anyway: refresh the list before trying again.</source>
        <translation> Puede que el servidor haya hecho el cambio de todos modos: actualice la lista antes de volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>El servidor está recibiendo demasiadas solicitudes. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests and asks to wait.</source>
        <translation>El servidor está recibiendo demasiadas solicitudes y pide esperar.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1).</source>
        <translation>El servidor no está disponible temporalmente (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent its answer too slowly to finish in time. Check your network connection and that the server is not overloaded, then try again.</source>
        <translation>El servidor envió su respuesta demasiado despacio para terminarla a tiempo. Compruebe su conexión de red y que el servidor no esté sobrecargado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Check that the server is running and reachable, then try again.</source>
        <translation>La respuesta del servidor se interrumpió antes de estar completa. Compruebe que el servidor esté en funcionamiento y accesible, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB, more than Token Console reads, so it stopped. Check that the server address points to a Token Admin API or to ON24, not to a download or a proxy.</source>
        <translation>La respuesta del servidor supera los %1 MiB, más de lo que Token Console lee, así que dejó de leerla. Compruebe que la dirección del servidor apunte a una Token Admin API o a ON24, no a una descarga ni a un proxy.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Token Console does not follow redirects, so that passwords and secrets go only to the address you entered. If the server has moved, enter its new address.</source>
        <translation>El servidor redirigió la solicitud a %1. Token Console no sigue redirecciones, para que las contraseñas y los secretos solo vayan a la dirección que usted introdujo. Si el servidor se ha trasladado, introduzca su nueva dirección.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
</context>
<context>
    <name>BandStyle</name>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
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
        <translation>No hay ningún token con el id «%1». Ejecute «token-console list» para ver los ids.</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 «%2» (%3)</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Formato «%1» desconocido: use table, csv o json.</translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation>menos de un día</translation>
    </message>
    <message>
        <source>DISABLED  %1 was disabled for inactivity on %2; enable it with “token-console enable %3”.</source>
        <translation>DESACTIV. %1 se desactivó por inactividad el %2; actívelo con «token-console enable %3».</translation>
    </message>
    <message>
        <source>The account has no user with the login “%1”. Check the spelling; tokens can only be provisioned for existing users.</source>
        <translation>La cuenta no tiene ningún usuario «%1». Compruebe cómo está escrito; solo se pueden aprovisionar tokens para usuarios existentes.</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was provisioned. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>No hay un llavero utilizable, así que no se pudo guardar el nuevo secreto (%1). No se aprovisionó nada. Arregle el llavero o añada --print-secret para obtener el secreto una sola vez por la salida estándar.</translation>
    </message>
    <message>
        <source>Provisioned %1; its secret is in the keychain as %2.</source>
        <translation>%1 aprovisionado; su secreto está en el llavero como %2.</translation>
    </message>
    <message>
        <source>Provisioned %1; the secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>%1 aprovisionado; el secreto NO se guardó (%2): cópielo ahora, no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Provisioned %1, but its secret could not be stored (%2) and is lost. Disable this token and provision again once the keychain works.</source>
        <translation>%1 aprovisionado, pero su secreto no se pudo guardar (%2) y se ha perdido. Desactive este token y aprovisione otro cuando el llavero funcione.</translation>
    </message>
    <message>
        <source>Renamed %1 (was “%2”).</source>
        <translation>%1 renombrado (antes «%2»).</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 desactivado.</translation>
    </message>
    <message>
        <source>Enabled %1; its inactivity count starts again now.</source>
        <translation>%1 activado; el recuento de inactividad empieza de nuevo ahora.</translation>
    </message>
    <message>
        <source>No local secret for %1: this computer&apos;s keychain does not hold its secret, so it cannot be verified here. Verify it where it was provisioned.</source>
        <translation>No hay secreto local para %1: el llavero de este equipo no tiene su secreto, así que no se puede verificar aquí. Verifíquelo donde se aprovisionó.</translation>
    </message>
    <message>
        <source>WORKS     %1: %2</source>
        <translation>FUNCIONA  %1: %2</translation>
    </message>
    <message>
        <source>FAILED    %1: %2</source>
        <translation>FALLA     %1: %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>UNKNOWN   %1: no activity of it is known here. Verify it, or set the Last Activity date ON24&apos;s page shows.</source>
        <translation>DESCONOC. %1: aquí no se conoce ninguna actividad suya. Verifíquelo o indique la fecha «Last Activity» que muestra la página de ON24.</translation>
    </message>
    <message>
        <source>DISABLED  %1 is disabled on ON24 (last verify: %2). Enable it on ON24&apos;s page, then verify it.</source>
        <translation>DESACTIV. %1 está desactivado en ON24 (última verificación: %2). Actívelo en la página de ON24 y después verifíquelo.</translation>
    </message>
    <message>
        <source>No token of this connection has its secret on this computer, so none can be verified. Secrets are stored when you provision or add a pair here.</source>
        <translation>Ningún token de esta conexión tiene su secreto en este equipo, así que no se puede verificar ninguno. Los secretos se guardan cuando aprovisiona un token o añade un par aquí.</translation>
    </message>
    <message>
        <source>ADDED     %1: ON24 answered, so the pair works; its secret is in the keychain.</source>
        <translation>AÑADIDO   %1: ON24 respondió, así que el par funciona; su secreto está en el llavero.</translation>
    </message>
    <message>
        <source>ADDED     %1 as disabled: ON24 says “%2”. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>AÑADIDO   %1 como desactivado: ON24 indica «%2». Actívelo en la página de ON24 y después verifíquelo.</translation>
    </message>
    <message>
        <source>ADDED     %1 unverified: ON24&apos;s call quota is used up (“%2”). Verify it again in an hour.</source>
        <translation>AÑADIDO   %1 sin verificar: la cuota de llamadas de ON24 está agotada («%2»). Vuelva a verificarlo dentro de una hora.</translation>
    </message>
    <message>
        <source>Updated %1 on this computer: owner “%2”, keep-alive %3.</source>
        <translation>%1 actualizado en este equipo: responsable «%2», mantener activo: %3.</translation>
    </message>
    <message>
        <source>Forgot %1 on this computer; ON24 was not touched.</source>
        <translation>%1 olvidado en este equipo; ON24 no se ha modificado.</translation>
    </message>
    <message>
        <source>can provision</source>
        <translation>puede aprovisionar</translation>
    </message>
    <message>
        <source>WAITING   %1: ON24&apos;s quota refused it; next try after %2.</source>
        <translation>EN ESPERA %1: la cuota de ON24 lo rechazó; próximo intento después de %2.</translation>
    </message>
    <message>
        <source>KEPT ALIVE %1: %2</source>
        <translation>MANTENIDO %1: %2</translation>
    </message>
    <message>
        <source>No token has keep-alive switched on: nothing to do. Switch it on with “token-console set KEY --keep-alive on”.</source>
        <translation>Ningún token tiene activada la opción «mantener activo»: no hay nada que hacer. Actívela con «token-console set KEY --keep-alive on».</translation>
    </message>
    <message>
        <source>%1 kept alive, %2 failed, of %3 opted in.</source>
        <translation>Mantener activo — correctos: %1, con errores: %2, tokens con la opción activada: %3.</translation>
    </message>
    <message numerus="yes">
        <source>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n day(s) ago. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>
            <numerusform>DESACTIV. %1 probablemente está desactivado por inactividad: su última actividad conocida fue hace %n día. Actívelo en la página de ON24 y después verifíquelo.</numerusform>
            <numerusform>DESACTIV. %1 probablemente está desactivado por inactividad: su última actividad conocida fue hace %n días. Actívelo en la página de ON24 y después verifíquelo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK   %1 auto-disables in %2 (inactive %n day(s)).</source>
        <translation>
            <numerusform>EN RIESGO %1 se desactivará automáticamente en %2 (inactivo desde hace %n día).</numerusform>
            <numerusform>EN RIESGO %1 se desactivará automáticamente en %2 (inactivo desde hace %n días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none has %1 or less before it auto-disables, and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n token comprobado: no le quedan %1 o menos antes de desactivarse automáticamente y no está desactivado por inactividad.</numerusform>
            <numerusform>OK        %n tokens comprobados: a ninguno le quedan %1 o menos antes de desactivarse automáticamente y ninguno está desactivado por inactividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filter “%1”: nothing to do.</source>
        <translation>Ningún token coincide con el filtro «%1»: no hay nada que hacer.</translation>
    </message>
    <message>
        <source>DISABLED  %1</source>
        <translation>DESACTIV. %1</translation>
    </message>
    <message>
        <source>ENABLED   %1; its inactivity count starts again now.</source>
        <translation>ACTIVADO  %1; su cuenta de inactividad empieza de nuevo ahora.</translation>
    </message>
    <message>
        <source>SKIPPED   %1: %2</source>
        <translation>OMITIDO   %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped.</source>
        <translation>%1 hechos, %2 fallidos, %3 omitidos.</translation>
    </message>
    <message>
        <source>Updated %1: owner “%2”, notes “%3”.</source>
        <translation>%1 actualizado: responsable «%2», notas «%3».</translation>
    </message>
    <message>
        <source>No usable keychain, so the new secret could not be stored (%1). Nothing was rotated. Fix the keychain, or add --print-secret to get the secret on standard output once.</source>
        <translation>No hay llavero utilizable, así que no se pudo guardar el secreto nuevo (%1). No se rotó nada. Arregle el llavero o añada --print-secret para obtener el secreto una vez en la salida estándar.</translation>
    </message>
    <message>
        <source>The previous secret works until %1 (%2 UTC).</source>
        <translation>El secreto anterior funciona hasta %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>The previous secret no longer works.</source>
        <translation>El secreto anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret is in the keychain as %2.</source>
        <translation>Secreto de %1 rotado; el secreto nuevo está en el llavero como %2.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1; the new secret was NOT stored (%2): copy it now, it is never shown again.</source>
        <translation>Secreto de %1 rotado; el secreto nuevo NO se guardó (%2): cópielo ahora, no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Rotated the secret of %1, but the new secret could not be stored (%2) and is lost. Rotate again once the keychain works.</source>
        <translation>Secreto de %1 rotado, pero el secreto nuevo no se pudo guardar (%2) y se ha perdido. Vuelva a rotarlo cuando el llavero funcione.</translation>
    </message>
    <message>
        <source>Calls of %1 by API area in the last %2:</source>
        <translation>Llamadas de %1 por área de la API en los últimos %2:</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>último: %1</translation>
    </message>
    <message>
        <source>Access: %1.</source>
        <translation>Acceso: %1.</translation>
    </message>
    <message>
        <source>Held but not used in these days: %1. Narrow the access in the console&apos;s details panel (Narrow Access…) to what the integration uses.</source>
        <translation>Permitido pero sin usar en estos días: %1. Restrinja el acceso en el panel de detalles de la consola (Restringir acceso…) a lo que usa la integración.</translation>
    </message>
    <message numerus="yes">
        <source>SKIPPED   %1: inactive %n day(s), below the threshold of %2.</source>
        <translation>
            <numerusform>OMITIDO   %1: inactivo desde hace %n día, por debajo del umbral de %2.</numerusform>
            <numerusform>OMITIDO   %1: inactivo desde hace %n días, por debajo del umbral de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>SKIPPED   %1: inactivity unknown, below the threshold of %2.</source>
        <translation>OMITIDO   %1: inactividad desconocida, por debajo del umbral de %2.</translation>
    </message>
    <message numerus="yes">
        <source>WOULD CALL %1: inactive %n day(s) (dry run, no call made).</source>
        <translation>
            <numerusform>LLAMARÍA  %1: inactivo desde hace %n día (simulación, no se hizo ninguna llamada).</numerusform>
            <numerusform>LLAMARÍA  %1: inactivo desde hace %n días (simulación, no se hizo ninguna llamada).</numerusform>
        </translation>
    </message>
    <message>
        <source>WOULD CALL %1: inactivity unknown (dry run, no call made).</source>
        <translation>LLAMARÍA  %1: inactividad desconocida (simulación, no se hizo ninguna llamada).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Platform</source>
        <translation>Conectar con una plataforma</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL del &amp;servidor:</translation>
    </message>
    <message>
        <source>https://tokens.example.com</source>
        <translation>https://tokens.example.com</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero</translation>
    </message>
    <message>
        <source>ON24 API &amp;base:</source>
        <translation>&amp;Base de la API de ON24:</translation>
    </message>
    <message>
        <source>https://api.on24.com/v2</source>
        <translation>https://api.on24.com/v2</translation>
    </message>
    <message>
        <source>ON24 re&amp;gion:</source>
        <translation>Re&amp;gión de ON24:</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1: check the path and its permissions.</source>
        <translation>No se puede crear la carpeta de datos %1: compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox database in %1 (%2). Check that the folder is writable and not used by another program.</source>
        <translation>No se puede abrir la base de datos del sandbox en %1 (%2). Compruebe que se puede escribir en la carpeta y que ningún otro programa la está usando.</translation>
    </message>
    <message>
        <source>Cannot configure the sandbox database (%1). Use another data folder.</source>
        <translation>No se puede configurar la base de datos del sandbox (%1). Use otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox database (%1). Use an empty data folder.</source>
        <translation>No se puede crear la base de datos del sandbox (%1). Use una carpeta de datos vacía.</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>New Token Secret</source>
        <translation>Nuevo secreto del token</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>Clave del token</translation>
    </message>
    <message>
        <source>Copy K&amp;ey</source>
        <translation>Copiar cla&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secreto del token</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Co&amp;piar secreto</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision a Token</source>
        <translation>Aprovisionar un token</translation>
    </message>
    <message>
        <source>A token lets one integration call the ON24 API as the chosen login. Each login can have one token.</source>
        <translation>Un token permite que una integración llame a la API de ON24 como el usuario elegido. Cada usuario puede tener un token.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <source>&amp;All endpoints</source>
        <translation>&amp;Todos los endpoints</translation>
    </message>
    <message>
        <source>Only these API a&amp;reas:</source>
        <translation>Solo estas á&amp;reas de la API:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>e.g. Salesforce</source>
        <translation>p. ej., Salesforce</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>Póngale un nombre según su propósito (la integración que lo usará), para que otros sepan qué dejaría de funcionar si se desactiva.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename Token</source>
        <translation>Cambiar el nombre del token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>Unknown seed &quot;%1&quot;: use demo, none or bulk:N (N from 0 to %2).</source>
        <translation>Datos iniciales &quot;%1&quot; desconocidos: use demo, none o bulk:N (N de 0 a %2).</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database (%1). See the log above, then try an empty data folder.</source>
        <translation>No se pudieron cargar los datos iniciales en la base de datos del sandbox (%1). Revise el registro anterior y pruebe con una carpeta de datos vacía.</translation>
    </message>
    <message>
        <source>Could not seed the sandbox database: it is locked. Try again.</source>
        <translation>No se pudieron cargar los datos iniciales en la base de datos del sandbox: está bloqueada. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddExistingCommand</name>
    <message>
        <source>Added “%1”: ON24 answered, so the pair works, and this call counts as activity.</source>
        <translation>«%1» añadido: ON24 respondió, así que el par funciona, y esta llamada cuenta como actividad.</translation>
    </message>
    <message>
        <source>Added “%1” as disabled: ON24 says the pair is deactivated (%2). Enable it on ON24&apos;s page, then verify it here.</source>
        <translation>«%1» añadido como desactivado: según ON24, el par está desactivado (%2). Actívelo en la página de ON24 y después verifíquelo aquí.</translation>
    </message>
    <message>
        <source>Added “%1” unverified: ON24&apos;s call quota is used up for now (%2). Verify it again in an hour.</source>
        <translation>«%1» añadido sin verificar: la cuota de llamadas de ON24 está agotada por ahora (%2). Vuelva a verificarlo dentro de una hora.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AddPairDialog</name>
    <message>
        <source>The account&apos;s logins could not be read (%1). Type the login, or leave it empty.</source>
        <translation>No se pudieron leer los usuarios de la cuenta (%1). Escriba el usuario o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Add Existing Token</source>
        <translation>Añadir un token existente</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page (Platform Tools › Integrations › API Tokens). It is checked with one real ON24 call before anything is stored; the secret goes to this computer&apos;s keychain and nowhere else.</source>
        <translation>Añada un par de token creado en la página de ON24 (Platform Tools › Integrations › API Tokens). Se comprueba con una llamada real a ON24 antes de guardar nada; el secreto va al llavero de este equipo y a ningún otro sitio.</translation>
    </message>
    <message>
        <source>32 capital letters and digits</source>
        <translation>32 letras mayúsculas y dígitos</translation>
    </message>
    <message>
        <source>Token key</source>
        <translation>Clave del token</translation>
    </message>
    <message>
        <source>Token &amp;key:</source>
        <translation>&amp;Clave del token:</translation>
    </message>
    <message>
        <source>128 hexadecimal characters; paste it</source>
        <translation>128 caracteres hexadecimales; péguelo</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secreto del token</translation>
    </message>
    <message>
        <source>Token &amp;secret:</source>
        <translation>&amp;Secreto del token:</translation>
    </message>
    <message>
        <source>What uses it, e.g. Salesforce</source>
        <translation>Qué lo usa, p. ej., Salesforce</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Login (optional):</source>
        <translation>&amp;Usuario (opcional):</translation>
    </message>
    <message>
        <source>Who to tell when it is at risk</source>
        <translation>A quién avisar cuando esté en riesgo</translation>
    </message>
    <message>
        <source>&amp;Owner (optional):</source>
        <translation>&amp;Responsable (opcional):</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>No&amp;tas (opcional):</translation>
    </message>
    <message>
        <source>Last activity as ON24&apos;s page shows it</source>
        <translation>Última actividad tal como la muestra la página de ON24</translation>
    </message>
    <message>
        <source>Last activity on ON24&apos;s page:</source>
        <translation>Última actividad en la página de ON24:</translation>
    </message>
    <message>
        <source>ON24 disables a token after 60 days without activity so that forgotten tokens stop working. Keep alive only tokens an integration still needs but uses rarely.</source>
        <translation>ON24 desactiva un token tras 60 días sin actividad para que los tokens olvidados dejen de funcionar. Mantenga activos solo los tokens que una integración aún necesita pero usa pocas veces.</translation>
    </message>
    <message>
        <source>&amp;Add and Verify</source>
        <translation>Añadir y &amp;verificar</translation>
    </message>
    <message>
        <source>Type the login, or leave it empty.</source>
        <translation>Escriba el usuario o deje el campo vacío.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for.</source>
        <translation>Elija el usuario para el que se aprovisionó el par.</translation>
    </message>
    <message>
        <source>Pick the login the pair was provisioned for. Who can provision on ON24&apos;s page: %1.</source>
        <translation>Elija el usuario para el que se aprovisionó el par. Pueden aprovisionar en la página de ON24: %1.</translation>
    </message>
    <message>
        <source>Verifying with ON24…</source>
        <translation>Verificando con ON24…</translation>
    </message>
    <message>
        <source>Enter the key, the secret and a name.</source>
        <translation>Introduzca la clave, el secreto y un nombre.</translation>
    </message>
    <message>
        <source>Kno&amp;wn:</source>
        <translation>Conoc&amp;ida:</translation>
    </message>
    <message>
        <source>Kee&amp;p alive: call ON24 with this token before 60 days pass</source>
        <translation>Mantener &amp;activo: llamar a ON24 con este token antes de que pasen 60 días</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AdminApiPlatform</name>
    <message>
        <source>Embedded sandbox at %1</source>
        <translation>Sandbox integrado en %1</translation>
    </message>
    <message>
        <source>Token Admin API at %1</source>
        <translation>Token Admin API en %1</translation>
    </message>
    <message>
        <source>Keep at least one API area: a token without any would stop its integration entirely; disable it instead.</source>
        <translation>Conserve al menos un área de la API: un token sin ninguna detendría por completo su integración; desactívelo en su lugar.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ApiJob</name>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)</source>
        <translation> (certificado para %1, emitido por %2, válido del %3 al %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>a web page instead of JSON; a proxy or a sign-in page may be answering in the server&apos;s place</source>
        <translation>una página web en lugar de JSON; puede que un proxy o una página de inicio de sesión esté respondiendo en lugar del servidor</translation>
    </message>
    <message>
        <source>content of type “%1” instead of JSON</source>
        <translation>contenido de tipo «%1» en lugar de JSON</translation>
    </message>
</context>
<context>
    <name>TokenConsole::AppInfo</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkCommand</name>
    <message>
        <source>• “%1”</source>
        <translation>• «%1»</translation>
    </message>
    <message>
        <source>• “%1” (%2)</source>
        <translation>• «%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable Tokens</source>
        <translation>Desactivar tokens</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n token(s)?</source>
        <translation>
            <numerusform>¿Desactivar %n token?</numerusform>
            <numerusform>¿Desactivar %n tokens?</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrations using them will stop working at once: every ON24 API call with them fails until they are enabled again.</source>
        <translation>Las integraciones que los usan dejarán de funcionar de inmediato: cada llamada a la API de ON24 con ellos fallará hasta que se vuelvan a activar.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>Activar tokens</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n token(s)?</source>
        <translation>
            <numerusform>¿Activar %n token?</numerusform>
            <numerusform>¿Activar %n tokens?</numerusform>
        </translation>
    </message>
    <message>
        <source>They work again at once, and their inactivity count starts again now.</source>
        <translation>Vuelven a funcionar de inmediato y su cuenta de inactividad empieza de nuevo ahora.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>Verificar tokens</translation>
    </message>
    <message numerus="yes">
        <source>Verify %n token(s) with a call to the ON24 API each?</source>
        <translation>
            <numerusform>¿Verificar %n token con una llamada a la API de ON24?</numerusform>
            <numerusform>¿Verificar %n tokens con una llamada a la API de ON24 cada uno?</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls are made one at a time, a second apart; each success counts as activity.</source>
        <translation>Las llamadas se hacen de una en una, con un segundo de separación; cada éxito cuenta como actividad.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected token(s) will be skipped:</source>
        <translation>
            <numerusform>Se omitirá %n token seleccionado:</numerusform>
            <numerusform>Se omitirán %n tokens seleccionados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkResultDialog</name>
    <message>
        <source>Disable Tokens</source>
        <translation>Desactivar tokens</translation>
    </message>
    <message>
        <source>Enable Tokens</source>
        <translation>Activar tokens</translation>
    </message>
    <message>
        <source>Verify Tokens</source>
        <translation>Verificar tokens</translation>
    </message>
    <message>
        <source>Result per token</source>
        <translation>Resultado por token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar los fallidos</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation>%1 hechos, %2 fallidos, %3 omitidos</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En curso…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Funciona: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CapabilityText</name>
    <message>
        <source>Not connected to a platform.</source>
        <translation>No hay conexión con ninguna plataforma.</translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Seleccione primero un token.</translation>
    </message>
    <message>
        <source>Your user (%1) lacks the Manage Users permission: you can look at tokens, but only an admin can change them.</source>
        <translation>Su usuario (%1) no tiene el permiso «Gestionar usuarios»: puede ver los tokens, pero solo un administrador puede cambiarlos.</translation>
    </message>
    <message>
        <source>The contract of %1 does not include Connect, which provisioning needs. Ask your ON24 account manager.</source>
        <translation>El contrato de %1 no incluye Connect, que es necesario para aprovisionar. Consulte a su gestor de cuenta de ON24.</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>«%1» está desactivado.</translation>
    </message>
    <message>
        <source>“%1” is already active.</source>
        <translation>«%1» ya está activo.</translation>
    </message>
    <message>
        <source>This computer does not hold the secret of “%1”: only tokens provisioned or added here have it in the keychain.</source>
        <translation>Este equipo no tiene el secreto de «%1»: solo los tokens aprovisionados o añadidos aquí lo tienen en el llavero.</translation>
    </message>
    <message>
        <source>ON24 offers no API for this: use Platform Tools › Integrations › API Tokens on ON24&apos;s site.</source>
        <translation>ON24 no ofrece ninguna API para esto: use Platform Tools › Integrations › API Tokens en el sitio de ON24.</translation>
    </message>
    <message>
        <source>list tokens</source>
        <translation>listar tokens</translation>
    </message>
    <message>
        <source>provision tokens</source>
        <translation>aprovisionar tokens</translation>
    </message>
    <message>
        <source>rename tokens</source>
        <translation>cambiar el nombre de tokens</translation>
    </message>
    <message>
        <source>edit names, owners and notes</source>
        <translation>editar nombres, responsables y notas</translation>
    </message>
    <message>
        <source>disable tokens</source>
        <translation>desactivar tokens</translation>
    </message>
    <message>
        <source>enable tokens</source>
        <translation>activar tokens</translation>
    </message>
    <message>
        <source>rotate secrets</source>
        <translation>rotar secretos</translation>
    </message>
    <message>
        <source>verify tokens</source>
        <translation>verificar tokens</translation>
    </message>
    <message>
        <source>show a token&apos;s API activity</source>
        <translation>mostrar la actividad de API de un token</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>mostrar el registro de auditoría</translation>
    </message>
    <message>
        <source>show usage by API area</source>
        <translation>mostrar el uso por área de la API</translation>
    </message>
    <message>
        <source>list the account&apos;s users</source>
        <translation>listar los usuarios de la cuenta</translation>
    </message>
    <message>
        <source>keep tokens alive</source>
        <translation>mantener activos los tokens</translation>
    </message>
    <message>
        <source>add existing token pairs</source>
        <translation>añadir pares de token existentes</translation>
    </message>
    <message>
        <source>forget token pairs</source>
        <translation>olvidar pares de token</translation>
    </message>
    <message>
        <source>copy secrets</source>
        <translation>copiar secretos</translation>
    </message>
    <message>
        <source>This platform cannot %1.</source>
        <translation>Esta plataforma no puede %1.</translation>
    </message>
    <message>
        <source>ON24 has no API to rotate a secret: make a new token on ON24&apos;s page, give it to the integration, then disable the old one there.</source>
        <translation>ON24 no tiene API para rotar un secreto: cree un token nuevo en la página de ON24, déselo a la integración y después desactive allí el antiguo.</translation>
    </message>
    <message>
        <source>ON24 has no API that counts a token&apos;s calls by API area, so usage and access narrowing are not available in direct mode.</source>
        <translation>ON24 no tiene API que cuente las llamadas de un token por área de la API, así que el uso y la restricción del acceso no están disponibles en el modo directo.</translation>
    </message>
    <message>
        <source>edit owners and notes</source>
        <translation>editar responsables y notas</translation>
    </message>
    <message>
        <source>narrow a token&apos;s access</source>
        <translation>restringir el acceso de un token</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Cli</name>
    <message>
        <source>List every token of the account.</source>
        <translation>Listar todos los tokens de la cuenta.</translation>
    </message>
    <message>
        <source>Check for tokens near or past the inactivity auto-disable. Exit codes: 0 nothing at risk, 1 some active token auto-disables within DAYS, 2 some token is disabled for inactivity, 3 error.</source>
        <translation>Buscar tokens próximos a la desactivación automática por inactividad o ya desactivados. Códigos de salida: 0 nada en riesgo, 1 algún token activo se desactivará automáticamente en DÍAS días, 2 algún token está desactivado por inactividad, 3 error.</translation>
    </message>
    <message>
        <source>Rename a token.</source>
        <translation>Cambiar el nombre de un token.</translation>
    </message>
    <message>
        <source>No subcommand. Use one of: %1.</source>
        <translation>Falta el subcomando. Use uno de estos: %1.</translation>
    </message>
    <message>
        <source>See “token-console %1 --help”.</source>
        <translation>Consulte «token-console %1 --help».</translation>
    </message>
    <message>
        <source>--server wants a URL such as https://tokens.example.com.</source>
        <translation>--server espera una URL como https://tokens.example.com.</translation>
    </message>
    <message>
        <source>--within wants a whole number of days, not “%1”.</source>
        <translation>--within espera un número entero de días, no «%1».</translation>
    </message>
    <message>
        <source>--access wants all_endpoints or a list of areas.</source>
        <translation>--access espera all_endpoints o una lista de áreas.</translation>
    </message>
    <message>
        <source>rename needs --name NAME.</source>
        <translation>rename necesita --name NAME.</translation>
    </message>
    <message>
        <source>Give either a token id or --all, not both.</source>
        <translation>Indique un id de token o --all, no ambos.</translation>
    </message>
    <message>
        <source>%1 needs exactly one token id.</source>
        <translation>%1 necesita exactamente un id de token.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Use the connection profile NAME (saved by the application).</source>
        <translation>Usar el perfil de conexión NAME (guardado por la aplicación).</translation>
    </message>
    <message>
        <source>Connect to the Token Admin API at URL (https, or http for this computer only).</source>
        <translation>Conectar con la Token Admin API en URL (https, o http solo para este equipo).</translation>
    </message>
    <message>
        <source>Sign in as LOGIN (with --server).</source>
        <translation>Iniciar sesión como LOGIN (con --server).</translation>
    </message>
    <message>
        <source>Read the sign-in password from the first line of standard input.</source>
        <translation>Leer la contraseña de inicio de sesión de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Formato de salida: table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>Report active tokens that auto-disable within DAYS days (default 14).</source>
        <translation>Informar de los tokens activos que se desactivarán automáticamente en DAYS días (14 por defecto).</translation>
    </message>
    <message>
        <source>The token&apos;s name, e.g. its purpose (“Salesforce”).</source>
        <translation>El nombre del token, p. ej., su propósito («Salesforce»).</translation>
    </message>
    <message>
        <source>all_endpoints (default) or a comma-separated list of areas: registration, client_analytics, event_analytics, event_management, content, helpers.</source>
        <translation>all_endpoints (predeterminado) o una lista de áreas separadas por comas: registration, client_analytics, event_analytics, event_management, content, helpers.</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once).</source>
        <translation>Mostrar también el nuevo secreto por la salida estándar (solo se muestra esta vez).</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer.</source>
        <translation>Verificar todos los tokens cuyo secreto está en este equipo.</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>Usar el idioma CODE (de, fr, es, ja, en).</translation>
    </message>
    <message>
        <source>Direct mode: a real ON24 account in North America (na), Europe (eu) or at a base URL.</source>
        <translation>Modo directo: una cuenta real de ON24 en Norteamérica (na), Europa (eu) o en una URL base.</translation>
    </message>
    <message>
        <source>Direct mode: the account&apos;s numeric ON24 client id.</source>
        <translation>Modo directo: el id de cliente numérico de ON24 de la cuenta.</translation>
    </message>
    <message>
        <source>The login the pair was provisioned for (optional).</source>
        <translation>El usuario para el que se aprovisionó el par (opcional).</translation>
    </message>
    <message>
        <source>The token key (32 capital letters and digits).</source>
        <translation>La clave del token (32 letras mayúsculas y dígitos).</translation>
    </message>
    <message>
        <source>Read the token secret from the first line of standard input.</source>
        <translation>Leer el secreto del token de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Who to tell when the token is at risk.</source>
        <translation>A quién avisar cuando el token esté en riesgo.</translation>
    </message>
    <message>
        <source>Free notes about the token.</source>
        <translation>Notas libres sobre el token.</translation>
    </message>
    <message>
        <source>The Last Activity date ON24&apos;s page shows (YYYY-MM-DD).</source>
        <translation>La fecha «Last Activity» que muestra la página de ON24 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Keep the pair alive (see “keepalive”).</source>
        <translation>Mantener activo el par (véase «keepalive»).</translation>
    </message>
    <message>
        <source>Switch keep-alive on or off.</source>
        <translation>Activar o desactivar la opción «mantener activo».</translation>
    </message>
    <message>
        <source>Say what would be called, call nothing.</source>
        <translation>Indicar qué se llamaría, sin llamar a nada.</translation>
    </message>
    <message>
        <source>Call tokens whose known inactivity reached DAYS days (default 45).</source>
        <translation>Llamar a los tokens cuya inactividad conocida ha llegado a DAYS días (45 por defecto).</translation>
    </message>
    <message>
        <source>Provision a token for the user LOGIN; the secret goes to the keychain and only the key is printed:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</source>
        <translation>Aprovisionar un token para el usuario LOGIN; el secreto va al llavero y solo se muestra la clave:
  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin</translation>
    </message>
    <message>
        <source>Direct mode: add a token pair made on ON24&apos;s page. It is verified with one real ON24 call first; a wrong pair is refused and nothing is stored. The secret is read from standard input and goes to the keychain only.</source>
        <translation>Modo directo: añadir un par de token creado en la página de ON24. Primero se verifica con una llamada real a ON24; un par incorrecto se rechaza y no se guarda nada. El secreto se lee de la entrada estándar y solo va al llavero.</translation>
    </message>
    <message>
        <source>Direct mode: remove a pair from this computer&apos;s inventory and keychain. ON24 is not touched.</source>
        <translation>Modo directo: quitar un par del inventario y del llavero de este equipo. ON24 no se modifica.</translation>
    </message>
    <message>
        <source>Direct mode: list the account&apos;s logins, and who may provision tokens on ON24&apos;s page.</source>
        <translation>Modo directo: listar los usuarios de la cuenta e indicar quién puede aprovisionar tokens en la página de ON24.</translation>
    </message>
    <message>
        <source>Direct mode: verify every kept-alive token whose known inactivity reached the threshold, one call each, spread out. Exit codes: 0 all fine, 1 a token failed (wrong pair, deactivated, quota), 3 error.</source>
        <translation>Modo directo: verificar cada token con «mantener activo» cuya inactividad conocida ha llegado al umbral, una llamada por token, espaciadas en el tiempo. Códigos de salida: 0 todo bien, 1 algún token falló (par incorrecto, desactivado, cuota), 3 error.</translation>
    </message>
    <message>
        <source>The login (user) the new token is for.</source>
        <translation>El usuario al que se destina el nuevo token.</translation>
    </message>
    <message>
        <source>The token&apos;s id (in direct mode its key), as “list” shows it.</source>
        <translation>El id del token (en modo directo, su clave), tal como lo muestra «list».</translation>
    </message>
    <message>
        <source>Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [options] %2</source>
        <translation>Uso: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [opciones] %2</translation>
    </message>
    <message>
        <source>--client-id wants the account&apos;s numeric ON24 client id.</source>
        <translation>--client-id espera el id de cliente numérico de ON24 de la cuenta.</translation>
    </message>
    <message>
        <source>Use either --server (a Token Admin API) or --on24 (direct mode), not both.</source>
        <translation>Use --server (una Token Admin API) o --on24 (modo directo), no ambos.</translation>
    </message>
    <message>
        <source>provision needs the token&apos;s LOGIN and --name NAME.</source>
        <translation>provision necesita el LOGIN del token y --name NAME.</translation>
    </message>
    <message>
        <source>add needs --key KEY, --name NAME and --secret-stdin (the secret is read from standard input, never from the command line).</source>
        <translation>add necesita --key KEY, --name NAME y --secret-stdin (el secreto se lee de la entrada estándar, nunca de la línea de órdenes).</translation>
    </message>
    <message>
        <source>--last-activity wants a past date as YYYY-MM-DD, not “%1”.</source>
        <translation>--last-activity espera una fecha pasada con el formato YYYY-MM-DD, no «%1».</translation>
    </message>
    <message>
        <source>--keep-alive wants on or off.</source>
        <translation>--keep-alive espera on u off.</translation>
    </message>
    <message>
        <source>set needs at least one of --name, --owner, --notes and --keep-alive.</source>
        <translation>set necesita al menos una de las opciones --name, --owner, --notes y --keep-alive.</translation>
    </message>
    <message>
        <source>--threshold wants a number of days from 0 to 60.</source>
        <translation>--threshold espera un número de días de 0 a 60.</translation>
    </message>
    <message>
        <source>Hours (0 to 168, default 24) the previous secret keeps working, so the integration can switch without an outage.</source>
        <translation>Horas (0 a 168, 24 por defecto) que el secreto anterior sigue funcionando, para que la integración pueda cambiar sin interrupción.</translation>
    </message>
    <message>
        <source>Also print the new secret on standard output (shown only this once); standard output then holds nothing else.</source>
        <translation>Imprimir también el secreto nuevo en la salida estándar (solo esta vez); la salida estándar no contiene entonces nada más.</translation>
    </message>
    <message>
        <source>Count the calls of the last DAYS days (1 to 90, default 60).</source>
        <translation>Contar las llamadas de los últimos DAYS días (1 a 90, 60 por defecto).</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Formato de salida: table (por defecto) o json.</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>Igual que --format json.</translation>
    </message>
    <message>
        <source>Do not connect: read the list saved on this computer by the last successful list, check or window session, and say from when it is.</source>
        <translation>No conectarse: leer la lista guardada en este equipo por el último list, check o sesión de la ventana que funcionó, e indicar de cuándo es.</translation>
    </message>
    <message>
        <source>Act on every token the status filter NAME shows, as in the window&apos;s “Show” menu: %1.</source>
        <translation>Actuar sobre cada token que muestra el filtro de estado NAME, como en el menú «Mostrar» de la ventana: %1.</translation>
    </message>
    <message>
        <source>Change a token&apos;s owner or notes (on a Token Admin API, with a check that nobody changed the token meanwhile). Direct mode: also a pair&apos;s local name, or switch its keep-alive.</source>
        <translation>Cambiar el responsable o las notas de un token (en una Token Admin API, comprobando que nadie lo haya cambiado entretanto). Modo directo: también el nombre local de un par, o activar o desactivar su mantenimiento activo.</translation>
    </message>
    <message>
        <source>Give a token a new secret. The previous secret keeps working for the grace hours, so the integration can switch to the new one without an outage; then only the new one works. The new secret goes to the keychain, replacing the old one there; it is printed only with --print-secret.</source>
        <translation>Dar un secreto nuevo a un token. El secreto anterior sigue funcionando durante las horas de gracia, para que la integración pueda pasar al nuevo sin interrupción; después solo funciona el nuevo. El secreto nuevo va al llavero y sustituye allí al antiguo; solo se imprime con --print-secret.</translation>
    </message>
    <message>
        <source>Show a token&apos;s successful ON24 API calls by API area over the last days, and the areas it holds but did not use.</source>
        <translation>Mostrar las llamadas correctas de un token a la API de ON24 de los últimos días por área de la API, y las áreas permitidas que no usó.</translation>
    </message>
    <message>
        <source>Disable one or more tokens, or every token a status filter shows (e.g. --filter expiring). One line per token; a failure does not stop the others. Exit codes: 0 all done, 3 some token failed or error.</source>
        <translation>Desactivar uno o varios tokens, o cada token que muestra un filtro de estado (p. ej. --filter expiring). Una línea por token; un fallo no detiene a los demás. Códigos de salida: 0 todo hecho, 3 algún token falló o error.</translation>
    </message>
    <message>
        <source>Enable one or more disabled tokens, or every token a status filter shows (e.g. --filter disabled-for-inactivity); their inactivity count restarts. One line per token; exit code 3 when some token failed.</source>
        <translation>Activar uno o varios tokens desactivados, o cada token que muestra un filtro de estado (p. ej. --filter disabled-for-inactivity); su cuenta de inactividad vuelve a empezar. Una línea por token; código de salida 3 si algún token falló.</translation>
    </message>
    <message>
        <source>Prove tokens work with a real ON24 API call each, using the secrets in this computer&apos;s keychain: one or more ids, --all, or --filter NAME. A success counts as activity; exit code 3 when some token failed.</source>
        <translation>Demostrar que los tokens funcionan con una llamada real a la API de ON24 cada uno, usando los secretos del llavero de este equipo: uno o varios ids, --all o --filter NAME. Un éxito cuenta como actividad; código de salida 3 si algún token falló.</translation>
    </message>
    <message>
        <source>--grace wants a number of hours from 0 to 168, not “%1”.</source>
        <translation>--grace espera un número de horas de 0 a 168, no «%1».</translation>
    </message>
    <message>
        <source>--days wants a number of days from 1 to 90, not “%1”.</source>
        <translation>--days espera un número de días de 1 a 90, no «%1».</translation>
    </message>
    <message>
        <source>--format wants table or json.</source>
        <translation>--format espera table o json.</translation>
    </message>
    <message>
        <source>--filter wants one of %1, not “%2”.</source>
        <translation>--filter espera uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>Give token ids, --all or --filter NAME (one of them).</source>
        <translation>Indique ids de tokens, --all o --filter NAME (uno de ellos).</translation>
    </message>
    <message>
        <source>Give token ids or --filter NAME (one of them).</source>
        <translation>Indique ids de tokens o --filter NAME (uno de ellos).</translation>
    </message>
    <message>
        <source>--offline reads the saved list of a Token Admin API profile; direct mode keeps its list on this computer anyway.</source>
        <translation>--offline lee la lista guardada de un perfil de Token Admin API; el modo directo ya guarda su lista en este equipo.</translation>
    </message>
    <message>
        <source>Run “token-console list” once while the platform can be reached.</source>
        <translation>Ejecute «token-console list» una vez mientras se pueda acceder a la plataforma.</translation>
    </message>
    <message>
        <source>Offline: this is the list of “%1” cached on %2, not live data.</source>
        <translation>Sin conexión: esta es la lista de «%1» guardada el %2, no datos en vivo.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CliConnection</name>
    <message>
        <source>--server needs --login LOGIN and --password-stdin (the password is read from standard input, never from the command line).</source>
        <translation>--server necesita --login LOGIN y --password-stdin (la contraseña se lee de la entrada estándar, nunca de la línea de órdenes).</translation>
    </message>
    <message>
        <source>The password for profile “%1” could not be read from the keychain: %2 Use --password-stdin instead.</source>
        <translation>No se pudo leer del llavero la contraseña del perfil «%1»: %2 Use --password-stdin en su lugar.</translation>
    </message>
    <message>
        <source>Profile “%1” has no remembered password. Pass it with --password-stdin.</source>
        <translation>El perfil «%1» no tiene ninguna contraseña recordada. Pásela con --password-stdin.</translation>
    </message>
    <message>
        <source>Could not start the built-in demo server: %1</source>
        <translation>No se pudo iniciar el servidor de demostración integrado: %1</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”. Create it in the application, or use --server URL --login LOGIN --password-stdin, or --on24 REGION --client-id N.</source>
        <translation>No existe ningún perfil de conexión llamado «%1». Créelo en la aplicación, o use --server URL --login LOGIN --password-stdin, o --on24 REGION --client-id N.</translation>
    </message>
    <message>
        <source>--on24 wants na, eu or a base URL such as https://api.on24.com/v2.</source>
        <translation>--on24 espera na, eu o una URL base como https://api.on24.com/v2.</translation>
    </message>
    <message>
        <source>Direct mode needs the account&apos;s numeric ON24 client id: --client-id N.</source>
        <translation>El modo directo necesita el id de cliente numérico de ON24 de la cuenta: --client-id N.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CommandController</name>
    <message>
        <source>&amp;Provision…</source>
        <translation>A&amp;provisionar…</translation>
    </message>
    <message>
        <source>Create a token for a login of the account</source>
        <translation>Crear un token para un usuario de la cuenta</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Give the selected token a name that says what uses it</source>
        <translation>Dar al token seleccionado un nombre que indique quién lo usa</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Stop the selected token from working</source>
        <translation>Hacer que el token seleccionado deje de funcionar</translation>
    </message>
    <message>
        <source>&amp;Enable This Token…</source>
        <translation>&amp;Activar este token…</translation>
    </message>
    <message>
        <source>Let the selected disabled token work again</source>
        <translation>Permitir que el token desactivado seleccionado vuelva a funcionar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Call the ON24 API with the selected token to prove it works (counts as activity)</source>
        <translation>Llamar a la API de ON24 con el token seleccionado para comprobar que funciona (cuenta como actividad)</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>Copiar &amp;clave</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s key</source>
        <translation>Copiar la clave del token seleccionado</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copiar &amp;secreto</translation>
    </message>
    <message>
        <source>Copy the selected token&apos;s secret from this computer&apos;s keychain</source>
        <translation>Copiar el secreto del token seleccionado desde el llavero de este equipo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Reload the token list from the server</source>
        <translation>Volver a cargar la lista de tokens desde el servidor</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>&amp;Add Existing Token…</source>
        <translation>Añadir token &amp;existente…</translation>
    </message>
    <message>
        <source>Add a token pair made on ON24&apos;s page, verified before it is stored</source>
        <translation>Añadir un par de token creado en la página de ON24, verificado antes de guardarlo</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Remove the selected pair from this computer; ON24 is not touched</source>
        <translation>Quitar el par seleccionado de este equipo; ON24 no se modifica</translation>
    </message>
    <message>
        <source>Call ON24 with the selected pair before its days without activity run out</source>
        <translation>Llamar a ON24 con el par seleccionado antes de que se agoten sus días sin actividad</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>Verificar &amp;todos</translation>
    </message>
    <message>
        <source>Verify every token whose secret is on this computer, one call at a time</source>
        <translation>Verificar todos los tokens cuyo secreto está en este equipo, una llamada cada vez</translation>
    </message>
    <message>
        <source>Keep Al&amp;ive</source>
        <translation>&amp;Mantener activo</translation>
    </message>
    <message>
        <source>R&amp;otate Secret…</source>
        <translation>&amp;Rotar secreto…</translation>
    </message>
    <message>
        <source>Give the selected token a new secret; the previous one keeps working for a grace period you choose</source>
        <translation>Dar un secreto nuevo al token seleccionado; el anterior sigue funcionando durante un periodo de gracia que usted elige</translation>
    </message>
    <message>
        <source>Edit O&amp;wner and Notes…</source>
        <translation>Editar responsab&amp;le y notas…</translation>
    </message>
    <message>
        <source>Record who answers for the selected token&apos;s integration, and notes about it</source>
        <translation>Anotar quién responde de la integración del token seleccionado, y notas sobre ella</translation>
    </message>
    <message>
        <source>Narrow A&amp;ccess…</source>
        <translation>Restr&amp;ingir acceso…</translation>
    </message>
    <message>
        <source>Restrict the selected token to the API areas it used in the last 60 days</source>
        <translation>Limitar el token seleccionado a las áreas de la API que usó en los últimos 60 días</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ConnectDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>North America (api.on24.com)</source>
        <translation>Norteamérica (api.on24.com)</translation>
    </message>
    <message>
        <source>Europe (api.eu.on24.com)</source>
        <translation>Europa (api.eu.on24.com)</translation>
    </message>
    <message>
        <source>Other base URL</source>
        <translation>Otra URL base</translation>
    </message>
    <message>
        <source>Connect to a Platform</source>
        <translation>Conectar con una plataforma</translation>
    </message>
    <message>
        <source>Sign In Again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Your session has expired (sessions end after 8 hours without use). Enter your password to continue; nothing you were doing is lost.</source>
        <translation>Su sesión ha caducado (las sesiones terminan tras 8 horas sin uso). Introduzca su contraseña para continuar; no se pierde nada de lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>“%1” is the name of the local demo data; choose another profile name.</source>
        <translation>«%1» es el nombre de los datos de demostración locales; elija otro nombre de perfil.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a URL such as https://tokens.example.com.</source>
        <translation>«%1» no es una dirección de servidor. Introduzca una URL como https://tokens.example.com.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>A Token Admin API server (the sandbox or a platform gateway)</source>
        <translation>Un servidor de Token Admin API (el sandbox o una pasarela de plataforma)</translation>
    </message>
    <message>
        <source>An ON24 account (tokens made on ON24&apos;s page)</source>
        <translation>Una cuenta de ON24 (tokens creados en la página de ON24)</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>Conectar &amp;a:</translation>
    </message>
    <message>
        <source>The numeric client id, e.g. 10001</source>
        <translation>El id de cliente numérico, p. ej., 10001</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Id de c&amp;liente:</translation>
    </message>
    <message>
        <source>ON24 has no API for its tokens: you add the pairs made on ON24&apos;s page, and the console proves them with real calls and keeps them alive.</source>
        <translation>ON24 no tiene API para sus tokens: usted añade los pares creados en la página de ON24 y la consola los comprueba con llamadas reales y los mantiene activos.</translation>
    </message>
    <message>
        <source>Sign in to a server that manages tokens through the Token Admin API. The password is only kept in this computer&apos;s keychain, and only if you ask for it.</source>
        <translation>Inicie sesión en un servidor que gestione los tokens mediante la Token Admin API. La contraseña solo se guarda en el llavero de este equipo, y solo si usted lo pide.</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopyKeyCommand</name>
    <message>
        <source>Copied the key of “%1”.</source>
        <translation>Se copió la clave de «%1».</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CopySecretCommand</name>
    <message>
        <source>Copied the secret of “%1”. The clipboard is cleared in %2 if it still holds it.</source>
        <translation>Se copió el secreto de «%1». El portapapeles se vaciará dentro de %2 si aún lo contiene.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::CountdownDelegate</name>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <translation>%1 · crítico</translation>
    </message>
    <message>
        <source>%1 · warning</source>
        <translation>%1 · aviso</translation>
    </message>
    <message>
        <source>Disabled: no countdown.</source>
        <translation>Desactivado: sin cuenta atrás.</translation>
    </message>
    <message>
        <source>%1 — auto-disables on %2 unless the token is used before.</source>
        <translation>%1 — se desactivará automáticamente el %2 salvo que el token se use antes.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DateDelegate</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>No API call with this token yet.</source>
        <translation>Todavía no hay llamadas a la API con este token.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DetailsPanel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>Select a token to see its details, activity and history.</source>
        <translation>Seleccione un token para ver sus detalles, actividad e historial.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Auto-disable:</source>
        <translation>Desactivación automática:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Última actividad:</translation>
    </message>
    <message>
        <source>Inactive since:</source>
        <translation>Inactivo desde:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Acceso:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>Desactivado:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Recent API activity</source>
        <translation>Actividad reciente de la API</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Audit entries for this token</source>
        <translation>Entradas de auditoría de este token</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation>— (desactivado)</translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain</source>
        <translation>En el llavero de este equipo</translation>
    </message>
    <message>
        <source>Not on this computer (only the integration holds it)</source>
        <translation>No está en este equipo (solo lo tiene la integración)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>No se pudo cargar el historial: %1</translation>
    </message>
    <message>
        <source>No API calls recorded.</source>
        <translation>No hay llamadas a la API registradas.</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>No hay entradas de auditoría.</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <source>%1, in %2 — %3</source>
        <translation>%1, dentro de %2 — %3</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Mantener activo:</translation>
    </message>
    <message>
        <source>Last verify:</source>
        <translation>Última verificación:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>%1 (ON24 said: “%2”)</source>
        <translation>%1 (ON24 respondió: «%2»)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here</source>
        <translation>Desconocido: aquí no se conoce ninguna actividad de este token</translation>
    </message>
    <message>
        <source>%1 at the latest, %2 — %3</source>
        <translation>A más tardar el %1, %2 — %3</translation>
    </message>
    <message>
        <source>%1 (known from %2)</source>
        <translation>%1 (fuente: %2)</translation>
    </message>
    <message>
        <source>On, turned on by %1 on %2</source>
        <translation>Activado por %1 el %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Rotated:</source>
        <translation>Rotado:</translation>
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
        <translation>Informe trimestral para la junta</translation>
    </message>
    <message>
        <source>Runs once a quarter, so it is kept alive between runs.</source>
        <translation>Se ejecuta una vez por trimestre, así que se mantiene activo entre ejecuciones.</translation>
    </message>
    <message>
        <source>Data warehouse sync</source>
        <translation>Sincronización del almacén de datos</translation>
    </message>
    <message>
        <source>Nightly export of registrants.</source>
        <translation>Exportación nocturna de los inscritos.</translation>
    </message>
    <message>
        <source>every login of the demo account already has a token</source>
        <translation>todos los usuarios de la cuenta de demostración ya tienen un token</translation>
    </message>
</context>
<context>
    <name>TokenConsole::DisableCommand</name>
    <message>
        <source>Disable Token</source>
        <translation>Desactivar token</translation>
    </message>
    <message>
        <source>Disable “%1” (login %2)?</source>
        <translation>¿Desactivar «%1» (usuario %2)?</translation>
    </message>
    <message>
        <source>Integrations using this token will stop working at once: every ON24 API call with it fails until it is enabled again.</source>
        <translation>Las integraciones que usan este token dejarán de funcionar de inmediato: toda llamada a la API de ON24 con él fallará hasta que se vuelva a activar.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Could not disable “%1”: %2</source>
        <translation>No se pudo desactivar «%1»: %2</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>«%1» desactivado.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerCommand</name>
    <message>
        <source>Saved the notes of “%1”; it has no owner.</source>
        <translation>Notas de «%1» guardadas; no tiene responsable.</translation>
    </message>
    <message>
        <source>Saved: %1 owns “%2”.</source>
        <translation>Guardado: %1 es responsable de «%2».</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EditOwnerDialog</name>
    <message>
        <source>Edit Owner and Notes</source>
        <translation>Editar responsable y notas</translation>
    </message>
    <message>
        <source>Who answers for the integration that uses “%1”? Warnings about the token name the owner.</source>
        <translation>¿Quién responde de la integración que usa «%1»? Los avisos sobre el token nombran al responsable.</translation>
    </message>
    <message>
        <source>for example Raj (Marketing Ops)</source>
        <translation>por ejemplo Raj (Marketing Ops)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Conservar las suyas</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Control, direction and zero-width characters are not allowed.</source>
        <translation>No se permiten caracteres de control, de dirección ni de ancho cero.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>Guardar las &amp;mías</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ningún responsable</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Someone else changed this token while this dialog was open: it now has %1. Your text is kept here; save it over theirs, or keep theirs.</source>
        <translation>Otra persona cambió este token mientras este diálogo estaba abierto: ahora tiene %1. Su texto se conserva aquí; guárdelo sobre el suyo o conserve el de la otra persona.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::EnableCommand</name>
    <message>
        <source>It was disabled manually on %1.</source>
        <translation>Se desactivó manualmente el %1.</translation>
    </message>
    <message>
        <source>It was disabled manually.</source>
        <translation>Se desactivó manualmente.</translation>
    </message>
    <message>
        <source>Enable This Token</source>
        <translation>Activar este token</translation>
    </message>
    <message>
        <source>Enable “%1” (login %2)?</source>
        <translation>¿Activar «%1» (usuario %2)?</translation>
    </message>
    <message>
        <source>&amp;Enable This Token</source>
        <translation>&amp;Activar este token</translation>
    </message>
    <message>
        <source>Could not enable “%1”: %2</source>
        <translation>No se pudo activar «%1»: %2</translation>
    </message>
    <message>
        <source>Enabled “%1”; its inactivity count starts again today.</source>
        <translation>«%1» activado; su recuento de inactividad empieza de nuevo hoy.</translation>
    </message>
    <message>
        <source>It was disabled automatically on %1 because it had not been used for %2.</source>
        <translation>Se desactivó automáticamente el %1 porque llevaba %2 sin usarse.</translation>
    </message>
    <message>
        <source>Enabling restarts the count of %1 without activity now; integrations can use it again at once.</source>
        <translation>Al activarlo, el recuento de %1 sin actividad empieza de nuevo ahora; las integraciones pueden volver a usarlo de inmediato.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export &amp;Audit…</source>
        <translation>Exportar &amp;auditoría…</translation>
    </message>
    <message>
        <source>Write the tokens the table shows, with its visible columns, to a CSV or JSON file</source>
        <translation>Escribir los tokens que muestra la tabla, con sus columnas visibles, en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Write the audit log (the selected token&apos;s, or the whole account&apos;s) to a CSV or JSON file</source>
        <translation>Escribir el registro de auditoría (el del token seleccionado o el de toda la cuenta) en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Export Tokens</source>
        <translation>Exportar tokens</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>audit-%1</source>
        <translation>auditoria-%1</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoria</translation>
    </message>
    <message>
        <source>Export the Audit of “%1”</source>
        <translation>Exportar la auditoría de «%1»</translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation>Exportar auditoría</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n token a %1.</numerusform>
            <numerusform>Se exportaron %n tokens a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada de auditoría a %1.</numerusform>
            <numerusform>Se exportaron %n entradas de auditoría a %1.</numerusform>
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
        <translation>Buscar por nombre, responsable, usuario o clave</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Buscar tokens</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Activos (%1)</translation>
    </message>
    <message>
        <source>Expiring within %1 (%2)</source>
        <translation>Caduca en %1 o menos (%2)</translation>
    </message>
    <message>
        <source>Disabled (%1)</source>
        <translation>Desactivados (%1)</translation>
    </message>
    <message>
        <source>Disabled for inactivity (%1)</source>
        <translation>Desactivados por inactividad (%1)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ForgetCommand</name>
    <message>
        <source>Forget Token</source>
        <translation>Olvidar token</translation>
    </message>
    <message>
        <source>Forget “%1” on this computer?</source>
        <translation>¿Olvidar «%1» en este equipo?</translation>
    </message>
    <message>
        <source>The pair leaves this computer&apos;s inventory and its secret leaves the keychain. ON24 is not touched: the token keeps working for its integration until someone disables it on ON24&apos;s page. Keep-alive stops for it.</source>
        <translation>El par sale del inventario de este equipo y su secreto, del llavero. ON24 no se modifica: el token sigue funcionando para su integración hasta que alguien lo desactive en la página de ON24. Deja de mantenerse activo.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Could not forget “%1”: %2</source>
        <translation>No se pudo olvidar «%1»: %2</translation>
    </message>
    <message>
        <source>Forgot “%1” on this computer; ON24 was not touched.</source>
        <translation>«%1» olvidado en este equipo; ON24 no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveCommand</name>
    <message>
        <source>Keep-alive is on for “%1”: this console calls ON24 with it before its days without activity run out.</source>
        <translation>«%1» se mantiene activo: esta consola llama a ON24 con él antes de que se agoten sus días sin actividad.</translation>
    </message>
    <message>
        <source>Keep-alive is off for “%1”: ON24 disables it after its days without activity.</source>
        <translation>«%1» ya no se mantiene activo: ON24 lo desactivará cuando se cumplan sus días sin actividad.</translation>
    </message>
    <message>
        <source>Keep Token Alive</source>
        <translation>Mantener activo el token</translation>
    </message>
    <message>
        <source>Keep “%1” alive?</source>
        <translation>¿Mantener activo «%1»?</translation>
    </message>
    <message>
        <source>ON24 disables a token after %1 without activity on purpose: a forgotten token that still works is a door left open. Keep alive only a token that an integration still needs but uses rarely (a quarterly report, say). This console will make one small read-only ON24 call with it when its known inactivity nears the limit. Your decision is recorded with your name and the time.</source>
        <translation>ON24 desactiva a propósito un token tras %1 sin actividad: un token olvidado que sigue funcionando es una puerta abierta. Mantenga activo solo un token que una integración aún necesita pero usa pocas veces (por ejemplo, un informe trimestral). Esta consola hará con él una pequeña llamada de solo lectura a ON24 cuando su inactividad conocida se acerque al límite. Su decisión se registra con su nombre y la hora.</translation>
    </message>
    <message>
        <source>&amp;Keep Alive</source>
        <translation>&amp;Mantener activo</translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveScheduler</name>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); all work.</source>
        <translation>
            <numerusform>Se llamó a ON24 con %n token para mantenerlo activo; funciona.</numerusform>
            <numerusform>Se llamó a ON24 con %n tokens para mantenerlos activos; todos funcionan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); %1 failed: see their status.</source>
        <translation>
            <numerusform>Se llamó a ON24 con %n token para mantenerlo activo; %1 con errores: consulte su estado.</numerusform>
            <numerusform>Se llamó a ON24 con %n tokens para mantenerlos activos; %1 con errores: consulte su estado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeychainSecretStore</name>
    <message>
        <source>store the secret</source>
        <translation>guardar el secreto</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>leer el secreto</translation>
    </message>
    <message>
        <source>remove the secret</source>
        <translation>eliminar el secreto</translation>
    </message>
    <message>
        <source>No secret for this token is stored on this computer.</source>
        <translation>No hay ningún secreto de este token guardado en este equipo.</translation>
    </message>
    <message>
        <source>Could not %1: the system keychain is not available (%2). Start or unlock the keychain (e.g. GNOME Keyring, KWallet) and try again.</source>
        <translation>No se pudo %1: el llavero del sistema no está disponible (%2). Inicie o desbloquee el llavero (p. ej., GNOME Keyring, KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: access to the keychain was denied. Allow Token Console to use the keychain and try again.</source>
        <translation>No se pudo %1: se denegó el acceso al llavero. Permita que Token Console use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the keychain refused (%2).</source>
        <translation>No se pudo %1: el llavero lo rechazó (%2).</translation>
    </message>
    <message>
        <source>The keychain did not answer; it may be locked and waiting for its password. Unlock the keychain and try again.</source>
        <translation>El llavero no respondió; puede que esté bloqueado y esperando su contraseña. Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No keychain is running: Token Console found no desktop session bus (D-Bus) to reach one, so it could not %1. Start Token Console in a desktop session that has a keychain (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>No hay ningún llavero en ejecución: Token Console no encontró ningún bus de sesión del escritorio (D-Bus) para llegar a uno, así que no se pudo %1. Inicie Token Console en una sesión de escritorio que tenga un llavero (como GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain did not respond within %1 seconds, so Token Console could not %2. Restart your desktop&apos;s keychain (such as GNOME Keyring or KWallet) or sign in to the desktop again, then try again.</source>
        <translation>El llavero no respondió en %1 segundos, así que no se pudo %2. Reinicie el llavero de su escritorio (como GNOME Keyring o KWallet) o vuelva a iniciar sesión en el escritorio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No keychain is running on this computer, so Token Console could not %1. Start your desktop&apos;s keychain (such as GNOME Keyring or KWallet), or sign in to a desktop session that has one, then try again.</source>
        <translation>No hay ningún llavero en ejecución en este equipo, así que no se pudo %1. Inicie el llavero de su escritorio (como GNOME Keyring o KWallet) o inicie una sesión de escritorio que tenga uno, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain is locked and was not unlocked (its unlock prompt was cancelled or could not be shown), so Token Console could not %1. Unlock the keychain, for example in your desktop&apos;s password manager, then try again.</source>
        <translation>El llavero está bloqueado y no se desbloqueó (su solicitud de desbloqueo se canceló o no se pudo mostrar), así que no se pudo %1. Desbloquee el llavero, por ejemplo en el gestor de contraseñas de su escritorio, y vuelva a intentarlo.</translation>
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
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>This list is from %1 and may be out of date: refreshing failed. %2</source>
        <translation>Esta lista es de %1 y puede estar desactualizada: la actualización falló. %2</translation>
    </message>
    <message>
        <source>The token list could not be loaded. %1</source>
        <translation>No se pudo cargar la lista de tokens. %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2 to open the profile “%3”.</source>
        <translation>Introduzca la contraseña de %1 en %2 para abrir el perfil «%3».</translation>
    </message>
    <message>
        <source>%1 — Token Console</source>
        <translation>%1 — Token Console</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Your session has expired, so this list is not refreshed. Choose Retry to sign in again.</source>
        <translation>Su sesión ha caducado, así que esta lista no se actualiza. Elija «Reintentar» para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>The token list could not be loaded.</source>
        <translation>No se pudo cargar la lista de tokens.</translation>
    </message>
    <message>
        <source>Loading the tokens…</source>
        <translation>Cargando los tokens…</translation>
    </message>
    <message>
        <source>This account has no API tokens yet. Provision one with Token &gt; Provision… (%1).</source>
        <translation>Esta cuenta aún no tiene tokens de API. Aprovisione uno con Token &gt; Aprovisionar… (%1).</translation>
    </message>
    <message>
        <source>This account has no API tokens yet.</source>
        <translation>Esta cuenta aún no tiene tokens de API.</translation>
    </message>
    <message>
        <source>No token matches the search and the status filter.</source>
        <translation>Ningún token coincide con la búsqueda y el filtro de estado.</translation>
    </message>
    <message>
        <source>No token pair is on this computer yet. Add one made on ON24&apos;s page with Token &gt; Add Existing Token… (%1).</source>
        <translation>Todavía no hay ningún par de token en este equipo. Añada uno creado en la página de ON24 con Token &gt; Añadir token existente… (%1).</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NarrowAccessCommand</name>
    <message>
        <source>Could not read the usage of “%1”: %2</source>
        <translation>No se pudo leer el uso de «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” made no API calls in the last %2 days, so there is nothing to narrow its access to. If nothing uses it, disable it instead.</source>
        <translation>«%1» no hizo llamadas a la API en los últimos %2 días, así que no hay nada a lo que restringir su acceso. Si nada lo usa, desactívelo en su lugar.</translation>
    </message>
    <message>
        <source>“%1” already holds only the API areas it used.</source>
        <translation>«%1» ya tiene solo las áreas de la API que usó.</translation>
    </message>
    <message>
        <source>Narrow Access</source>
        <translation>Restringir acceso</translation>
    </message>
    <message>
        <source>Narrow the access of “%1” to the API areas it used in the last %2 days?</source>
        <translation>¿Restringir el acceso de «%1» a las áreas de la API que usó en los últimos %2 días?</translation>
    </message>
    <message>
        <source>The integration would lose: %1.</source>
        <translation>La integración perdería: %1.</translation>
    </message>
    <message>
        <source>It would also not get areas ON24 adds later.</source>
        <translation>Tampoco tendría las áreas que ON24 añada más adelante.</translation>
    </message>
    <message>
        <source>It keeps: %1. Its calls to a lost area fail until the access is widened again.</source>
        <translation>Conserva: %1. Sus llamadas a un área perdida fallan hasta que se vuelva a ampliar el acceso.</translation>
    </message>
    <message>
        <source>Before you do, %1.</source>
        <translation>Antes de hacerlo: %1.</translation>
    </message>
    <message>
        <source>&amp;Narrow Access</source>
        <translation>&amp;Restringir acceso</translation>
    </message>
    <message>
        <source>Could not narrow the access of “%1”: %2</source>
        <translation>No se pudo restringir el acceso de «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” now holds only: %2.</source>
        <translation>«%1» ahora solo tiene: %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::NewSecretDialog</name>
    <message>
        <source>The token “%1” is ready. Give the key and the secret to the integration. The platform never sends this secret again.</source>
        <translation>El token «%1» está listo. Entregue la clave y el secreto a la integración. La plataforma no volverá a enviar este secreto.</translation>
    </message>
    <message>
        <source>Storing the secret in this computer&apos;s keychain…</source>
        <translation>Guardando el secreto en el llavero de este equipo…</translation>
    </message>
    <message>
        <source>The secret is stored in this computer&apos;s keychain (entry “%1”), so Verify and Copy Secret work here later. Nothing else on this computer holds it.</source>
        <translation>El secreto está guardado en el llavero de este equipo (entrada «%1»), así que «Verificar» y «Copiar secreto» funcionarán aquí más adelante. Nada más en este equipo lo guarda.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>Close Without a Stored Secret?</source>
        <translation>¿Cerrar sin un secreto guardado?</translation>
    </message>
    <message>
        <source>This computer has not stored the secret, and the platform will not show it again. Have you stored it somewhere else?</source>
        <translation>Este equipo no ha guardado el secreto y la plataforma no lo volverá a mostrar. ¿Lo ha guardado en otro sitio?</translation>
    </message>
    <message>
        <source>I Have Stored It, &amp;Close</source>
        <translation>Ya lo he guardado, &amp;cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep Showing It</source>
        <translation>&amp;Seguir mostrándolo</translation>
    </message>
    <message>
        <source>The secret was NOT stored.</source>
        <translation>El secreto NO se guardó.</translation>
    </message>
    <message>
        <source>Copy it now and keep it somewhere safe (for example your password manager); it cannot be shown again. Verify and Copy Secret will not be available for this token here.</source>
        <translation>Cópielo ahora y guárdelo en un lugar seguro (por ejemplo, su gestor de contraseñas); no se podrá volver a mostrar. «Verificar» y «Copiar secreto» no estarán disponibles aquí para este token.</translation>
    </message>
    <message>
        <source>Key copied.</source>
        <translation>Clave copiada.</translation>
    </message>
    <message numerus="yes">
        <source>Secret copied, cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>Secreto copiado; se borrará del portapapeles en %n s.</numerusform>
            <numerusform>Secreto copiado; se borrará del portapapeles en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret cleared from the clipboard.</source>
        <translation>Secreto borrado del portapapeles.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::OfflinePlatform</name>
    <message>
        <source>Offline: the platform cannot be reached, so the list from %1 is read-only.</source>
        <translation>Sin conexión: no se puede acceder a la plataforma, así que la lista del %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>The token list saved on %1 (offline)</source>
        <translation>La lista de tokens guardada el %1 (sin conexión)</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Client</name>
    <message>
        <source>The token works: ON24 answered for client “%1”. This call counts as activity.</source>
        <translation>El token funciona: ON24 respondió para el cliente «%1». Esta llamada cuenta como actividad.</translation>
    </message>
    <message>
        <source>ON24 rejected the key and secret as wrong. Check that the secret on this computer belongs to this token; if not, store the right one.</source>
        <translation>ON24 rechazó la clave y el secreto por incorrectos. Compruebe que el secreto de este equipo pertenece a este token; si no, guarde el correcto.</translation>
    </message>
    <message>
        <source>ON24 says this token is deactivated. Enable it, then verify again.</source>
        <translation>Según ON24, este token está desactivado. Actívelo y vuelva a verificarlo.</translation>
    </message>
    <message>
        <source>The token works, but ON24&apos;s call quota is used up for now. Try again later.</source>
        <translation>El token funciona, pero la cuota de llamadas de ON24 está agotada por ahora. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The token is valid but has no access to this client id. Check the client id in the connection profile.</source>
        <translation>El token es válido, pero no tiene acceso a este id de cliente. Compruebe el id de cliente en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to call this API area. Provision it with access to all endpoints, or verify with an allowed area.</source>
        <translation>El token es válido, pero no puede llamar a esta área de la API. Aprovisiónelo con acceso a todos los endpoints o verifíquelo con un área permitida.</translation>
    </message>
    <message>
        <source>ON24 says the client (account) is inactive. Contact your ON24 account manager.</source>
        <translation>Según ON24, el cliente (cuenta) está inactivo. Póngase en contacto con su gestor de cuenta de ON24.</translation>
    </message>
    <message>
        <source>ON24 does not know this client id. Check the client id in the connection profile.</source>
        <translation>ON24 no reconoce este id de cliente. Compruebe el id de cliente en el perfil de conexión.</translation>
    </message>
    <message>
        <source>The ON24 address sent an answer this console cannot read (%1): perhaps a proxy or a sign-in page answered instead of ON24&apos;s API. Check the region or base URL.</source>
        <translation>La dirección de ON24 envió una respuesta que esta consola no puede leer (%1): quizá respondió un proxy o una página de inicio de sesión en lugar de la API de ON24. Compruebe la región o la URL base.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24DirectPlatform</name>
    <message>
        <source>ON24 account %1 (direct mode)</source>
        <translation>Cuenta de ON24 %1 (modo directo)</translation>
    </message>
    <message>
        <source>ON24 account %1</source>
        <translation>Cuenta de ON24 %1</translation>
    </message>
    <message>
        <source>ON24 answers only calls made with a token pair: add one first.</source>
        <translation>ON24 solo responde a llamadas hechas con un par de token: añada uno primero.</translation>
    </message>
    <message>
        <source>ON24&apos;s API does not show a token&apos;s activity; this console records only its own calls.</source>
        <translation>La API de ON24 no muestra la actividad de un token; esta consola solo registra sus propias llamadas.</translation>
    </message>
    <message>
        <source>Direct mode: these are the token pairs added on this computer, proved with real ON24 calls. Provision, disable and enable tokens on ON24&apos;s page (Platform Tools › Integrations › API Tokens); here you verify them and keep them alive.</source>
        <translation>Modo directo: estos son los pares de token añadidos en este equipo, comprobados con llamadas reales a ON24. Aprovisione, desactive y active los tokens en la página de ON24 (Platform Tools › Integrations › API Tokens); aquí los verifica y los mantiene activos.</translation>
    </message>
    <message>
        <source>The pair %1 is not in this computer&apos;s inventory any more.</source>
        <translation>El par %1 ya no está en el inventario de este equipo.</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory as “%2”.</source>
        <translation>La clave %1 ya está en este inventario como «%2».</translation>
    </message>
    <message>
        <source>Could not check the pair with ON24, so nothing was stored: %1</source>
        <translation>No se pudo comprobar el par con ON24, así que no se guardó nada: %1</translation>
    </message>
    <message>
        <source>ON24 refused the pair, so nothing was stored: %1%2</source>
        <translation>ON24 rechazó el par, así que no se guardó nada: %1%2</translation>
    </message>
    <message>
        <source> (ON24 said: “%1”)</source>
        <translation> (ON24 respondió: «%1»)</translation>
    </message>
    <message>
        <source>The pair works, but its secret could not be kept in the keychain, so nothing was stored: %1</source>
        <translation>El par funciona, pero su secreto no se pudo guardar en el llavero, así que no se almacenó nada: %1</translation>
    </message>
    <message>
        <source>The key %1 is already in this inventory.</source>
        <translation>La clave %1 ya está en este inventario.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from the keychain, so the pair was kept: %2</source>
        <translation>No se pudo eliminar del llavero el secreto de «%1», así que se conservó el par: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Inventory</name>
    <message>
        <source>The disk holding the inventory %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>El disco que contiene el inventario %1 está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The inventory %1 is read-only, so nothing was saved. Check the permissions of the file and of its folder, then try again.</source>
        <translation>El inventario %1 es de solo lectura, así que no se guardó nada. Compruebe los permisos del archivo y de su carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another Token Console window or command is writing to the inventory %1. Try again in a moment.</source>
        <translation>Otra ventana u otro comando de Token Console está escribiendo en el inventario %1. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged or is not an inventory file. Move it aside and add the tokens again; their secrets are still in the keychain.</source>
        <translation>El inventario %1 está dañado o no es un archivo de inventario. Muévalo a otro lugar y vuelva a añadir los tokens; sus secretos siguen en el llavero.</translation>
    </message>
    <message>
        <source>Token Console could not open the inventory %1. Check that its folder exists and that you may write to it, then try again.</source>
        <translation>Token Console no pudo abrir el inventario %1. Compruebe que su carpeta existe y que puede escribir en ella, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk failed while reading or writing the inventory %1 (%2). Check the disk, then try again.</source>
        <translation>El disco falló al leer o escribir el inventario %1 (%2). Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Token Console could not read or write the inventory %1 (%2). Check the disk and the permissions of the file and of its folder, then try again.</source>
        <translation>Token Console no pudo leer ni escribir el inventario %1 (%2). Compruebe el disco y los permisos del archivo y de su carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The inventory of profile “%1” is not open, so nothing was saved. Open the profile again, then try again.</source>
        <translation>El inventario del perfil «%1» no está abierto, así que no se guardó nada. Abra de nuevo el perfil y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A field of this token holds a long hexadecimal text that looks like a token secret, so nothing was saved. Secrets belong in the keychain only: remove it from the key, name, owner, login or notes, then try again.</source>
        <translation>Un campo de este token contiene un texto hexadecimal largo que parece un secreto, así que no se guardó nada. Los secretos solo deben estar en el llavero: quite ese texto de la clave, el nombre, el propietario, el usuario o las notas, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The token %1 is not in the inventory of profile “%2”. It may have been forgotten in another window: reload the list.</source>
        <translation>El token %1 no está en el inventario del perfil «%2». Puede que se haya quitado en otra ventana: vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory folder %1. Check that you may write to its parent folder and that the disk is not full, then try again.</source>
        <translation>Token Console no pudo crear la carpeta del inventario %1. Compruebe que puede escribir en la carpeta superior y que el disco no está lleno, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory folder %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console no pudo restringir a su cuenta de usuario la carpeta del inventario %1. Compruebe quién es su propietario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Token Console could not create the inventory file %1 (%2). Check that you may write to its folder and that the disk is not full, then try again.</source>
        <translation>Token Console no pudo crear el archivo del inventario %1 (%2). Compruebe que puede escribir en su carpeta y que el disco no está lleno, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Token Console could not make the inventory file %1 private to your user account. Check who owns it, then try again.</source>
        <translation>Token Console no pudo restringir a su cuenta de usuario el archivo del inventario %1. Compruebe quién es su propietario y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of Token Console. Update Token Console to use this profile.</source>
        <translation>El inventario %1 lo escribió una versión más reciente de Token Console. Actualice Token Console para usar este perfil.</translation>
    </message>
    <message>
        <source>The token has no key, so it was not added. Enter its key, then try again.</source>
        <translation>El token no tiene clave, así que no se añadió. Introduzca su clave y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”.</source>
        <translation>El token %1 ya está en el inventario del perfil «%2».</translation>
    </message>
    <message>
        <source>The token %1 is already in the inventory of profile “%2”, named “%3”.</source>
        <translation>El token %1 ya está en el inventario del perfil «%2», con el nombre «%3».</translation>
    </message>
    <message>
        <source>“%1” is not a verify outcome Token Console knows, so nothing was recorded.</source>
        <translation>«%1» no es un resultado de verificación que Token Console conozca, así que no se registró nada.</translation>
    </message>
    <message>
        <source>Token Console could not delete the inventory file %1 (%2). Check the permissions of its folder, then try again.</source>
        <translation>Token Console no pudo eliminar el archivo del inventario %1 (%2). Compruebe los permisos de su carpeta y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Platform</name>
    <message>
        <source>Could not read the secret of “%1” from the keychain: %2</source>
        <translation>No se pudo leer del llavero el secreto de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionCommand</name>
    <message>
        <source>Provisioned “%1” for %2.</source>
        <translation>«%1» aprovisionado para %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::ProvisionDialog</name>
    <message>
        <source>Could not load the account&apos;s users: %1</source>
        <translation>No se pudieron cargar los usuarios de la cuenta: %1</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Client analytics</source>
        <translation>Análisis del cliente</translation>
    </message>
    <message>
        <source>Event analytics</source>
        <translation>Análisis de eventos</translation>
    </message>
    <message>
        <source>Event management</source>
        <translation>Gestión de eventos</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Utilidades</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>A&amp;provisionar</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>Cargando los usuarios de la cuenta…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — already has a token</source>
        <translation>%1 — ya tiene un token</translation>
    </message>
    <message>
        <source>One token per login: disable or use the existing token.</source>
        <translation>Un token por usuario: desactive o use el token existente.</translation>
    </message>
    <message>
        <source>Every login of this account already has a token (one token per login). Add a user on the platform first.</source>
        <translation>Todos los usuarios de esta cuenta ya tienen un token (un token por usuario). Añada primero un usuario en la plataforma.</translation>
    </message>
    <message>
        <source>Name it after its purpose (the integration that will use it), so others know what disabling it would stop.</source>
        <translation>Póngale un nombre según su propósito (la integración que lo usará), para que otros sepan qué dejaría de funcionar si se desactiva.</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Aprovisionando…</translation>
    </message>
    <message>
        <source>%1 already have a token and cannot be chosen: one token per login.</source>
        <translation>%1 ya tienen un token y no se pueden elegir: un token por usuario.</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>Borrar el nombre</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose a login that has no token yet.</source>
        <translation>No se puede aprovisionar: elija un usuario que aún no tenga token.</translation>
    </message>
    <message>
        <source>Provision is unavailable until the account&apos;s users are loaded.</source>
        <translation>No se puede aprovisionar hasta que se carguen los usuarios de la cuenta.</translation>
    </message>
    <message>
        <source>Provision is unavailable: type a name for the token.</source>
        <translation>No se puede aprovisionar: escriba un nombre para el token.</translation>
    </message>
    <message>
        <source>Provision is unavailable: correct the name (see above).</source>
        <translation>No se puede aprovisionar: corrija el nombre (vea arriba).</translation>
    </message>
    <message>
        <source>Provision is unavailable: choose at least one API area.</source>
        <translation>No se puede aprovisionar: elija al menos un área de la API.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameCommand</name>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» renombrado a «%2».</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2” on this computer; ON24&apos;s page keeps its own name.</source>
        <translation>«%1» renombrado a «%2» en este equipo; la página de ON24 conserva su propio nombre.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RenameDialog</name>
    <message>
        <source>Rename the token of %1. Name it after its purpose, for example the integration that uses it.</source>
        <translation>Cambie el nombre del token de %1. Póngale un nombre según su propósito, por ejemplo la integración que lo usa.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <source>&amp;Keep Their Name</source>
        <translation>&amp;Mantener el nombre nuevo</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Cambiando el nombre…</translation>
    </message>
    <message>
        <source>&amp;Retry Rename</source>
        <translation>&amp;Reintentar el cambio de nombre</translation>
    </message>
    <message>
        <source>Someone else renamed this token to “%1” while this dialog was open. Retry to rename it to your name anyway, or keep theirs.</source>
        <translation>Otra persona cambió el nombre de este token a «%1» mientras este diálogo estaba abierto. Reintente para ponerle su nombre de todos modos o mantenga el nombre nuevo.</translation>
    </message>
    <message>
        <source>Clear name</source>
        <translation>Borrar el nombre</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateCommand</name>
    <message>
        <source>Rotated the secret of “%1”; the previous secret works until %2.</source>
        <translation>Secreto de «%1» rotado; el secreto anterior funciona hasta %2.</translation>
    </message>
    <message>
        <source>Rotated the secret of “%1”; the previous secret no longer works.</source>
        <translation>Secreto de «%1» rotado; el secreto anterior ya no funciona.</translation>
    </message>
    <message>
        <source>%1 Now %2.</source>
        <translation>%1 Ahora: %2.</translation>
    </message>
    <message>
        <source>“%1” has a new secret. Give it to the integration before %2, when the previous secret stops working. The platform never sends this secret again.</source>
        <translation>«%1» tiene un secreto nuevo. Déselo a la integración antes de %2, cuando el secreto anterior deje de funcionar. La plataforma no vuelve a enviar este secreto.</translation>
    </message>
    <message>
        <source>“%1” has a new secret, and the previous one no longer works. Give it to the integration now. The platform never sends this secret again.</source>
        <translation>«%1» tiene un secreto nuevo y el anterior ya no funciona. Déselo ahora a la integración. La plataforma no vuelve a enviar este secreto.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::RotateDialog</name>
    <message>
        <source>Rotate Secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain.</source>
        <translation>Dar un secreto nuevo a «%1». La clave no cambia; el secreto nuevo se muestra una vez y sustituye al antiguo en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Give “%1” a new secret. The key stays the same; the new secret is shown once and replaces the old one in this computer&apos;s keychain. Tell %2, who runs the integration.</source>
        <translation>Dar un secreto nuevo a «%1». La clave no cambia; el secreto nuevo se muestra una vez y sustituye al antiguo en el llavero de este equipo. Avise a %2, que gestiona la integración.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Grace period in hours</source>
        <translation>Periodo de gracia en horas</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Periodo de gracia:</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotar</translation>
    </message>
    <message>
        <source>The old secret stops working at once: the integration fails until it has the new one.</source>
        <translation>El secreto antiguo deja de funcionar al instante: la integración falla hasta que tenga el nuevo.</translation>
    </message>
    <message>
        <source>Both secrets work for 1 hour, so the integration can switch without an outage; then only the new one works.</source>
        <translation>Ambos secretos funcionan durante 1 hora, para que la integración pueda cambiar sin interrupción; después solo funciona el nuevo.</translation>
    </message>
    <message>
        <source>Both secrets work for %1 hours, so the integration can switch without an outage; then only the new one works.</source>
        <translation>Ambos secretos funcionan durante %1 horas, para que la integración pueda cambiar sin interrupción; después solo funciona el nuevo.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Rotando…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::HttpFrontend</name>
    <message>
        <source>The sandbox failed on this request. Try again; if it keeps failing, check the sandbox log.</source>
        <translation>El sandbox falló con esta solicitud. Vuelva a intentarlo; si sigue fallando, revise el registro del sandbox.</translation>
    </message>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>Ese recurso no existe. Compruebe la URL con la documentación de la API.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::SandboxServer</name>
    <message>
        <source>There is no such resource. Check the URL against the API documentation.</source>
        <translation>Ese recurso no existe. Compruebe la URL con la documentación de la API.</translation>
    </message>
    <message>
        <source>This resource does not support %1. Allowed: %2.</source>
        <translation>Este recurso no admite %1. Permitido: %2.</translation>
    </message>
    <message>
        <source>Send {&quot;advanceDays&quot;: N} with N a whole number from 0 to 36500.</source>
        <translation>Envíe {&quot;advanceDays&quot;: N} con N un número entero de 0 a 36500.</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>El sandbox ya está en marcha.</translation>
    </message>
    <message>
        <source>No data folder given for the sandbox. Pass one (--data DIR).</source>
        <translation>No se indicó ninguna carpeta de datos para el sandbox. Indique una (--data DIRECTORIO).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (%3). Pick another address or port.</source>
        <translation>No se puede escuchar en %1:%2 (%3). Elija otra dirección u otro puerto.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SecretStore</name>
    <message>
        <source>The keychain entry of this token does not hold a token secret (128 digits and lower-case letters a to f), so it was not used. Store the right secret for this token again, or rotate the token to get a new one.</source>
        <translation>La entrada del llavero de este token no contiene un secreto de token (128 dígitos y letras minúsculas de la a a la f), así que no se usó. Guarde de nuevo el secreto correcto de este token, o rote el token para obtener uno nuevo.</translation>
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
        <translation>contraseña</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::SessionController</name>
    <message>
        <source>The demo ON24 account could not be opened: %1</source>
        <translation>No se pudo abrir la cuenta de ON24 de demostración: %1</translation>
    </message>
    <message>
        <source>no embedded sandbox in this build</source>
        <translation>no hay sandbox integrado en esta compilación</translation>
    </message>
    <message>
        <source>The demo ON24 account could not be prepared: %1</source>
        <translation>No se pudo preparar la cuenta de ON24 de demostración: %1</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Choose one from File &gt; Profiles or connect to a platform.</source>
        <translation>No existe ningún perfil llamado «%1». Elija uno en Archivo &gt; Perfiles o conéctese a una plataforma.</translation>
    </message>
    <message>
        <source>The local demo data is not available in this build. Connect to a platform instead.</source>
        <translation>Los datos de demostración locales no están disponibles en esta compilación. Conéctese a una plataforma en su lugar.</translation>
    </message>
    <message>
        <source>The local demo data could not be opened: %1</source>
        <translation>No se pudieron abrir los datos de demostración locales: %1</translation>
    </message>
    <message>
        <source>Could not sign in to %1 as %2: %3</source>
        <translation>No se pudo iniciar sesión en %1 como %2: %3</translation>
    </message>
    <message>
        <source>Signed in, but the password could not be kept in the keychain: %1 You will be asked for it next time.</source>
        <translation>Sesión iniciada, pero no se pudo guardar la contraseña en el llavero: %1 Se le pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s numeric ON24 client id.</source>
        <translation>Introduzca el id de cliente numérico de ON24 de la cuenta.</translation>
    </message>
    <message>
        <source>Not signed in to “%1”. Choose Retry to enter the password, pick another profile from File &gt; Profiles, or connect to a platform.</source>
        <translation>No ha iniciado sesión en «%1». Elija «Reintentar» para introducir la contraseña, elija otro perfil en Archivo &gt; Perfiles o conéctese a una plataforma.</translation>
    </message>
    <message>
        <source>password of %1</source>
        <translation>contraseña de %1</translation>
    </message>
    <message>
        <source>Offline: showing the list from %1. Retrying…</source>
        <translation>Sin conexión: se muestra la lista del %1. Reintentando…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::StatusLine</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Local demo data</source>
        <translation>Datos de demostración locales</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Last refresh %1 (stale)</source>
        <translation>Última actualización %1 (desactualizada)</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Última actualización %1</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 behind the server&apos;s</source>
        <translation>Advertencia: este reloj va %1 por detrás del del servidor</translation>
    </message>
    <message>
        <source>Warning: this clock is %1 ahead of the server&apos;s</source>
        <translation>Advertencia: este reloj va %1 por delante del del servidor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than a minute. Countdowns use the server&apos;s time; fix the clock to avoid confusion elsewhere.</source>
        <translation>El reloj de este equipo difiere del del servidor en más de un minuto. Las cuentas atrás usan la hora del servidor; corrija el reloj para evitar confusiones en otros sitios.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TableExportWriter</name>
    <message>
        <source>The export was refused: it would contain something shaped like a token secret.</source>
        <translation>Se rechazó la exportación: contendría algo con la forma de un secreto de token.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenExportTable</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenListCache</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>No token list of “%1” is saved on this computer.</source>
        <translation>No hay ninguna lista de tokens de «%1» guardada en este equipo.</translation>
    </message>
    <message>
        <source>The saved token list of “%1” cannot be read.</source>
        <translation>No se puede leer la lista de tokens guardada de «%1».</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenPairFormat</name>
    <message>
        <source>Enter the token key: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Introduzca la clave del token: 32 letras mayúsculas y dígitos, tal como aparece en la página «API Tokens» de ON24.</translation>
    </message>
    <message>
        <source>This looks like the token secret, not the key. Paste the key here: 32 capital letters and digits, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Esto parece el secreto del token, no la clave. Pegue aquí la clave: 32 letras mayúsculas y dígitos, tal como aparece en la página «API Tokens» de ON24.</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains other characters, such as spaces, punctuation, accented or full-width characters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>La clave de un token tiene 32 letras mayúsculas y dígitos; esta contiene otros caracteres, como espacios, signos de puntuación, letras acentuadas o caracteres de ancho completo. Cópiela de nuevo desde la página «API Tokens» de ON24.</translation>
    </message>
    <message>
        <source>The token key must be 32 capital letters and digits; this one contains lower-case letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>La clave de un token tiene 32 letras mayúsculas y dígitos; esta contiene minúsculas. Cópiela de nuevo desde la página «API Tokens» de ON24.</translation>
    </message>
    <message numerus="yes">
        <source>The token key must be 32 capital letters and digits; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>La clave de un token tiene 32 letras mayúsculas y dígitos; esta tiene %n carácter. Cópiela de nuevo desde la página «API Tokens» de ON24.</numerusform>
            <numerusform>La clave de un token tiene 32 letras mayúsculas y dígitos; esta tiene %n caracteres. Cópiela de nuevo desde la página «API Tokens» de ON24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the token secret: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Introduzca el secreto del token: 128 dígitos y letras minúsculas de la a a la f, tal como aparece en la página «API Tokens» de ON24.</translation>
    </message>
    <message>
        <source>This looks like the token key, not the secret. Paste the secret here: 128 digits and lower-case letters a to f, as shown on ON24&apos;s API Tokens page.</source>
        <translation>Esto parece la clave del token, no el secreto. Pegue aquí el secreto: 128 dígitos y letras minúsculas de la a a la f, tal como aparece en la página «API Tokens» de ON24.</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains other characters, such as spaces, punctuation or letters after f. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>El secreto de un token tiene 128 dígitos y letras minúsculas de la a a la f; este contiene otros caracteres, como espacios, signos de puntuación o letras posteriores a la f. Cópielo de nuevo desde la página «API Tokens» de ON24.</translation>
    </message>
    <message>
        <source>The token secret must be 128 digits and lower-case letters a to f; this one contains capital letters. Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>El secreto de un token tiene 128 dígitos y letras minúsculas de la a a la f; este contiene mayúsculas. Cópielo de nuevo desde la página «API Tokens» de ON24.</translation>
    </message>
    <message numerus="yes">
        <source>The token secret must be 128 digits and lower-case letters a to f; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>El secreto de un token tiene 128 dígitos y letras minúsculas de la a a la f; este tiene %n carácter. Cópielo de nuevo desde la página «API Tokens» de ON24.</numerusform>
            <numerusform>El secreto de un token tiene 128 dígitos y letras minúsculas de la a a la f; este tiene %n caracteres. Cópielo de nuevo desde la página «API Tokens» de ON24.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Last successful API call: %1</source>
        <translation>Última llamada a la API correcta: %1</translation>
    </message>
    <message>
        <source>This token has never been used.</source>
        <translation>Este token no se ha usado nunca.</translation>
    </message>
    <message>
        <source>Inactive since %1</source>
        <translation>Inactivo desde el %1</translation>
    </message>
    <message>
        <source>Disabled on %1</source>
        <translation>Desactivado el %1</translation>
    </message>
    <message>
        <source>Disabled automatically on %1 unless the token is used before then.</source>
        <translation>Se desactivará automáticamente el %1 salvo que el token se use antes.</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Creado por %1 el %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds the secret, so the token can be verified here.</source>
        <translation>El llavero de este equipo tiene el secreto, así que el token se puede verificar aquí.</translation>
    </message>
    <message>
        <source>The secret is not stored on this computer.</source>
        <translation>El secreto no está guardado en este equipo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Days inactive</source>
        <translation>Días inactivo</translation>
    </message>
    <message>
        <source>Auto-disable in</source>
        <translation>Desactivación en</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Secret on this computer</source>
        <translation>Secreto local</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Latest activity known here: %1, from %2. ON24 does not show other callers&apos; activity, so the token may have been used since.</source>
        <translation>Última actividad conocida aquí: %1 (fuente: %2). ON24 no muestra la actividad de otros llamantes, así que puede que el token se haya usado desde entonces.</translation>
    </message>
    <message>
        <source>No activity is known: verify the token, or type the Last Activity date ON24&apos;s page shows.</source>
        <translation>No se conoce ninguna actividad: verifique el token o escriba la fecha «Last Activity» que muestra la página de ON24.</translation>
    </message>
    <message>
        <source>%1. Last verify: %2</source>
        <translation>%1. Última verificación: %2</translation>
    </message>
    <message>
        <source>Kept alive: turned on by %1 on %2.</source>
        <translation>Se mantiene activo: activado por %1 el %2.</translation>
    </message>
    <message>
        <source>Not kept alive: the token is disabled after its days without activity, as ON24 intends.</source>
        <translation>No se mantiene activo: el token se desactivará tras sus días sin actividad, como prevé ON24.</translation>
    </message>
    <message>
        <source>Unknown: no activity of this token is known here.</source>
        <translation>Desconocido: aquí no se conoce ninguna actividad de este token.</translation>
    </message>
    <message>
        <source>At the latest on %1, 60 days after the last activity known here; calls by others may have moved it later.</source>
        <translation>A más tardar el %1, 60 días después de la última actividad conocida aquí; las llamadas de otros pueden haberla retrasado.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Mantener activo</translation>
    </message>
    <message>
        <source>Last verify</source>
        <translation>Última verificación</translation>
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
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenWording</name>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Disabled on ON24</source>
        <translation>Desactivado en ON24</translation>
    </message>
    <message>
        <source>Wrong pair</source>
        <translation>Par incorrecto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation>Desactivado (inactividad)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Disabled for inactivity</source>
        <translation>Desactivado por inactividad</translation>
    </message>
    <message>
        <source>Disabled manually</source>
        <translation>Desactivado manualmente</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Todos los endpoints</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>como mucho %n día</numerusform>
            <numerusform>como mucho %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled, no countdown</source>
        <translation>desactivado, sin cuenta atrás</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1, crítico</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1, advertencia</translation>
    </message>
    <message>
        <source>a call from this console</source>
        <translation>una llamada desde esta consola</translation>
    </message>
    <message>
        <source>the date typed from ON24&apos;s page</source>
        <translation>la fecha copiada de la página de ON24</translation>
    </message>
    <message>
        <source>nothing known yet</source>
        <translation>aún no se sabe nada</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>The previous secret still works for 1 more hour, until %1; then only the new one does.</source>
        <translation>El secreto anterior funciona 1 hora más, hasta %1; después solo el nuevo.</translation>
    </message>
    <message>
        <source>The previous secret still works for %1 more hours, until %2; then only the new one does.</source>
        <translation>El secreto anterior funciona %1 horas más, hasta %2; después solo el nuevo.</translation>
    </message>
    <message>
        <source>tell %1</source>
        <translation>avise a %1</translation>
    </message>
</context>
<context>
    <name>TokenConsole::UsageSection</name>
    <message>
        <source>API use in the last %1</source>
        <translation>Uso de la API en los últimos %1</translation>
    </message>
    <message>
        <source>Calls by API area</source>
        <translation>Llamadas por área de la API</translation>
    </message>
    <message>
        <source>API area</source>
        <translation>Área de la API</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the usage: %1</source>
        <translation>No se pudo cargar el uso: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No API calls in these days. If nothing uses this token, disable it.</source>
        <translation>No hubo llamadas a la API en estos días. Si nada usa este token, desactívelo.</translation>
    </message>
    <message>
        <source>The token holds only the areas it used.</source>
        <translation>El token solo tiene las áreas que usó.</translation>
    </message>
    <message>
        <source>Holds %1 but did not use: %2.</source>
        <translation>Tiene %1 pero no usó: %2.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyAllCommand</name>
    <message>
        <source>No token can be verified here: none has its secret on this computer.</source>
        <translation>Aquí no se puede verificar ningún token: ninguno tiene su secreto en este equipo.</translation>
    </message>
    <message>
        <source>Verified all: %1 work, %2 failed.</source>
        <translation>Todos verificados — funcionan: %1, con errores: %2.</translation>
    </message>
    <message>
        <source>Verifying “%1” (%2 more to go)…</source>
        <translation>Verificando «%1» (quedan %2)…</translation>
    </message>
</context>
<context>
    <name>TokenConsole::VerifyCommand</name>
    <message>
        <source>Verifying “%1” with a call to the ON24 API…</source>
        <translation>Verificando «%1» con una llamada a la API de ON24…</translation>
    </message>
    <message>
        <source>“%1” works: the ON24 API answered for %2. This call counts as activity.</source>
        <translation>«%1» funciona: la API de ON24 respondió para %2. Esta llamada cuenta como actividad.</translation>
    </message>
    <message>
        <source>“%1” did not work: %2</source>
        <translation>«%1» no funcionó: %2</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WarningNotifier</name>
    <message>
        <source>Use each token (for example with Verify) or tell its integration&apos;s owner.</source>
        <translation>Use cada token (por ejemplo, con «Verificar») o avise al responsable de su integración.</translation>
    </message>
    <message>
        <source>API tokens about to be disabled</source>
        <translation>Tokens de API a punto de desactivarse</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3.</source>
        <translation>«%1» (%2) se desactivará por inactividad dentro de %3.</translation>
    </message>
    <message>
        <source>“%1” (%2) will be disabled for inactivity in %3: %4.</source>
        <translation>«%1» (%2) se desactivará por inactividad en %3: %4.</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowBanners</name>
    <message>
        <source>Demo data notice</source>
        <translation>Aviso de datos de demostración</translation>
    </message>
    <message>
        <source>This is local demo data: an embedded sandbox on this computer, not a real ON24 account. Try anything here; connect to your platform to manage real tokens.</source>
        <translation>Estos son datos de demostración locales: un sandbox integrado en este equipo, no una cuenta real de ON24. Pruebe lo que quiera; conéctese a su plataforma para gestionar tokens reales.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>&amp;Conectar con una plataforma…</translation>
    </message>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Por qué algunas acciones no están disponibles</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Inactivity warning</source>
        <translation>Aviso de inactividad</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>TokenConsole::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>&amp;Conectar con una plataforma…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>Actualización a&amp;utomática</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivada</translation>
    </message>
    <message>
        <source>Every &amp;Minute</source>
        <translation>Cada &amp;minuto</translation>
    </message>
    <message>
        <source>Every &amp;5 Minutes</source>
        <translation>Cada &amp;5 minutos</translation>
    </message>
    <message>
        <source>Every &amp;15 Minutes</source>
        <translation>Cada &amp;15 minutos</translation>
    </message>
    <message>
        <source>Every &amp;Hour</source>
        <translation>Cada &amp;hora</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Token Console</source>
        <translation>&amp;Acerca de Token Console</translation>
    </message>
    <message>
        <source>About Token Console</source>
        <translation>Acerca de Token Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Manage the API tokens of an ON24 account: see their last activity, get warned before the 60-day inactivity rule disables them, and keep their secrets in the keychain only.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licence: %3 (%4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Gestione los tokens de API de una cuenta de ON24: vea su última actividad, reciba un aviso antes de que la regla de 60 días de inactividad los desactive y guarde sus secretos solo en el llavero.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Licencia: %3 (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Local Demo Data</source>
        <translation>Datos de demostración locales</translation>
    </message>
    <message>
        <source>Demo ON24 Account (Direct Mode)</source>
        <translation>Cuenta de ON24 de demostración (modo directo)</translation>
    </message>
    <message>
        <source>%1 (ON24 account %2)</source>
        <translation>%1 (cuenta de ON24 %2)</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 en %3)</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ÚLTIMA ACTIVIDAD</translation>
    </message>
    <message>
        <source>DAYS INACTIVE</source>
        <translation>DÍAS INACTIVO</translation>
    </message>
    <message>
        <source>AUTO-DISABLE IN</source>
        <translation>DESACTIVACIÓN EN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>KEEP-ALIVE</source>
        <translation>MANTENER ACTIVO</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>TokenNameRules</name>
    <message>
        <source>Enter a name, for example the integration&apos;s.</source>
        <translation>Introduzca un nombre, por ejemplo el de la integración.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to %2.</source>
        <translation>El nombre tiene %1 caracteres; acórtelo a %2.</translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab); remove it.</source>
        <translation>El nombre contiene un carácter de control (como un tabulador); elimínelo.</translation>
    </message>
    <message>
        <source>The name contains an invisible direction or zero-width character (U+%1), which could make it pose as another name; remove it.</source>
        <translation>El nombre contiene un carácter invisible de dirección o de anchura cero (U+%1), que podría hacerlo pasar por otro nombre; elimínelo.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>Reference server of the Token Admin API v1 and the ON24 REST API v2 subset (/v2) on one port, backed by SQLite. Prints its URL as the first line.</source>
        <translation>Servidor de referencia de la Token Admin API v1 y de un subconjunto de la API REST v2 de ON24 (/v2) en un solo puerto, con SQLite como almacenamiento. Muestra su URL en la primera línea.</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>Dirección y puerto de escucha (puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Data folder (required).</source>
        <translation>Carpeta de datos (obligatoria).</translation>
    </message>
    <message>
        <source>Seed for an empty data folder: demo, none or bulk:N.</source>
        <translation>Datos iniciales para una carpeta de datos vacía: demo, none o bulk:N.</translation>
    </message>
    <message>
        <source>Enable POST /sandbox/v1/clock (tests only).</source>
        <translation>Activar POST /sandbox/v1/clock (solo para pruebas).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:0, not &quot;%1&quot;.</source>
        <translation>--listen espera host:puerto, p. ej. 127.0.0.1:0, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--data DIR is required.</source>
        <translation>--data DIRECTORIO es obligatorio.</translation>
    </message>
    <message>
        <source>--daily-quota wants a whole number of calls, 0 or more.</source>
        <translation>--daily-quota espera un número entero de llamadas, 0 o más.</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Error en la captura de pantalla: %1</translation>
    </message>
    <message>
        <source>Screenshot failed: the token list did not load within 30 seconds.</source>
        <translation>Error en la captura de pantalla: la lista de tokens no se cargó en 30 segundos.</translation>
    </message>
    <message>
        <source>Screenshot failed: no token named “%1”.</source>
        <translation>Error en la captura de pantalla: no hay ningún token llamado «%1».</translation>
    </message>
    <message>
        <source>Screenshot failed: could not write %1.</source>
        <translation>Error en la captura de pantalla: no se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, en).</source>
        <translation>Usar el idioma CODE (de, fr, es, ja, en).</translation>
    </message>
    <message>
        <source>Open the connection profile NAME.</source>
        <translation>Abrir el perfil de conexión NAME.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the token list is loaded, then exit.</source>
        <translation>Guardar un PNG de la ventana en FILE cuando se haya cargado la lista de tokens y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x720).</source>
        <translation>Tamaño de la ventana para --screenshot (1280x720 por defecto).</translation>
    </message>
    <message>
        <source>With --screenshot: select the token NAME first.</source>
        <translation>Con --screenshot: seleccionar primero el token NAME.</translation>
    </message>
    <message>
        <source>Use the light or dark Fusion palette instead of the system&apos;s (for screenshots and testing).</source>
        <translation>Usar la paleta Fusion clara u oscura en lugar de la del sistema (para capturas de pantalla y pruebas).</translation>
    </message>
    <message>
        <source>Unknown palette “%1”: use light or dark.</source>
        <translation>Paleta «%1» desconocida: use light o dark.</translation>
    </message>
    <message>
        <source>Invalid --size “%1”: use WIDTHxHEIGHT, for example 1280x720.</source>
        <translation>--size «%1» no válido: use ANCHOxALTO, por ejemplo 1280x720.</translation>
    </message>
    <message>
        <source>ON24 calls per token per day before 403 (default 100000, or TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</source>
        <translation>Llamadas a ON24 por token y día antes de responder 403 (100000 por defecto, o TOKENCONSOLE_SANDBOX_DAILY_QUOTA).</translation>
    </message>
    <message>
        <source>Provision is unavailable.</source>
        <translation>Aprovisionar no está disponible.</translation>
    </message>
    <message>
        <source>The Connect dialog did not open.</source>
        <translation>El diálogo de conexión no se abrió.</translation>
    </message>
    <message>
        <source>Unknown dialog “%1”: use provision, new-secret or connect.</source>
        <translation>Diálogo «%1» desconocido: use provision, new-secret o connect.</translation>
    </message>
    <message>
        <source>With --screenshot: take the dialog NAME (provision, new-secret, connect) instead of the window.</source>
        <translation>Con --screenshot: capturar el diálogo NAME (provision, new-secret, connect) en lugar de la ventana.</translation>
    </message>
    <message>
        <source>Manage the API tokens of an ON24 account. Without options, opens the last profile, or local demo data on first start. Subcommands (list, check, provision, rename, disable, enable, verify; in direct mode add, set, forget, users, keepalive) run without a window.</source>
        <translation>Gestiona los tokens de API de una cuenta de ON24. Sin opciones, abre el último perfil o, en el primer inicio, datos de demostración locales. Los subcomandos (list, check, provision, rename, disable, enable, verify; en modo directo add, set, forget, users, keepalive) se ejecutan sin ventana.</translation>
    </message>
</context>
</TS>
