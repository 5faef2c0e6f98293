<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check that it is running and reachable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the server address; if the server uses its own certificate, have it installed in the system&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate or handshake error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to connect to %1 over plain http: only this computer (localhost) may be used without encryption. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or password is wrong. Check both and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the session. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Enter your password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs the Manage Users permission. Ask an account administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s contract does not include Connect, so API tokens cannot be provisioned. Contact your ON24 account manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login already has a token (one token per login). Use the existing token, or disable it and provision for another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is already disabled. Refresh the list to see its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is already active. Refresh the list to see its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the token&apos;s current state. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this token meanwhile. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token or resource was not found; it may have been removed. Refresh the list and check the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts: the server refuses further sign-ins for a while. Wait 15 minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this version cannot read (%1). Check that the server address points to a Token Admin API v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandStyle</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::ApiJob</name>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::Banner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::CountdownDelegate</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: no countdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — auto-disables on %2 unless the token is used before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::DetailsPanel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to see its details, activity and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-disable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent API activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries for this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled for inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s) — %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer (only the integration holds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API calls recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::On24Client</name>
    <message>
        <source>The token works: ON24 answered for client “%1”. This call counts as activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 rejected the key and secret as wrong. Check that the secret on this computer belongs to this token; if not, store the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 says this token is deactivated. Enable it, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works, but ON24&apos;s call quota is used up for now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but has no access to this client id. Check the client id in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but not allowed to call this API area. Provision it with access to all endpoints, or verify with an allowed area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 says the client (account) is inactive. Contact your ON24 account manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 does not know this client id. Check the client id in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is not implemented yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::StatusBadgeDelegate</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (inactivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful API call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has never been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled automatically on %1 unless the token is used before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds the secret, so the token can be verified here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-disable in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenView</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConsole::WarningNotifier</name>
    <message numerus="yes">
        <source>“%1” (%2) will be disabled for inactivity in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use each token (for example with Verify) or tell its integration&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens about to be disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenNameRules</name>
    <message>
        <source>Enter a name, for example the integration&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
