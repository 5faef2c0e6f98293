<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminApi</name>
    <message numerus="yes">
        <source>Too many failed sign-ins for this login. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins for this login. Wait %n minute and try again.</numerusform>
            <numerusform>Too many failed sign-ins for this login. Wait %n minutes and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n day(s) ago. Enable it on ON24&apos;s page, then verify it.</source>
        <translation>
            <numerusform>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n day ago. Enable it on ON24&apos;s page, then verify it.</numerusform>
            <numerusform>DISABLED  %1 is presumably disabled for inactivity: its last known activity was %n days ago. Enable it on ON24&apos;s page, then verify it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AT RISK   %1 auto-disables in %2 (inactive %n day(s)).</source>
        <translation>
            <numerusform>AT RISK   %1 auto-disables in %2 (inactive %n day).</numerusform>
            <numerusform>AT RISK   %1 auto-disables in %2 (inactive %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none has %1 or less before it auto-disables, and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n token checked: it does not have %1 or less before it auto-disables, and it is not disabled for inactivity.</numerusform>
            <numerusform>OK        %n tokens checked: none has %1 or less before it auto-disables, and none is disabled for inactivity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SKIPPED   %1: inactive %n day(s), below the threshold of %2.</source>
        <translation>
            <numerusform>SKIPPED   %1: inactive %n day, below the threshold of %2.</numerusform>
            <numerusform>SKIPPED   %1: inactive %n days, below the threshold of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WOULD CALL %1: inactive %n day(s) (dry run, no call made).</source>
        <translation>
            <numerusform>WOULD CALL %1: inactive %n day (dry run, no call made).</numerusform>
            <numerusform>WOULD CALL %1: inactive %n days (dry run, no call made).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::BulkCommand</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n token(s)?</source>
        <translation>
            <numerusform>Disable %n token?</numerusform>
            <numerusform>Disable %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n token(s)?</source>
        <translation>
            <numerusform>Enable %n token?</numerusform>
            <numerusform>Enable %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify %n token(s) with a call to the ON24 API each?</source>
        <translation>
            <numerusform>Verify %n token with a call to the ON24 API?</numerusform>
            <numerusform>Verify %n tokens with a call to the ON24 API each?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected token(s) will be skipped:</source>
        <translation>
            <numerusform>%n selected token will be skipped:</numerusform>
            <numerusform>%n selected tokens will be skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::ExportActions</name>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>Exported %n token to %1.</numerusform>
            <numerusform>Exported %n tokens to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>Exported %n audit entry to %1.</numerusform>
            <numerusform>Exported %n audit entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::FilterBar</name>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::KeepAliveScheduler</name>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); all work.</source>
        <translation>
            <numerusform>Keep-alive called ON24 with %n token; it works.</numerusform>
            <numerusform>Keep-alive called ON24 with %n tokens; all work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep-alive called ON24 with %n token(s); %1 failed: see their status.</source>
        <translation>
            <numerusform>Keep-alive called ON24 with %n token; %1 failed: see its status.</numerusform>
            <numerusform>Keep-alive called ON24 with %n tokens; %1 failed: see their status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::NewSecretDialog</name>
    <message numerus="yes">
        <source>Secret copied, cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>Secret copied, cleared from the clipboard in %n s.</numerusform>
            <numerusform>Secret copied, cleared from the clipboard in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenPairFormat</name>
    <message numerus="yes">
        <source>The token key must be 32 capital letters and digits; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>The token key must be 32 capital letters and digits; this one has %n character. Copy it again from ON24&apos;s API Tokens page.</numerusform>
            <numerusform>The token key must be 32 capital letters and digits; this one has %n characters. Copy it again from ON24&apos;s API Tokens page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token secret must be 128 digits and lower-case letters a to f; this one has %n character(s). Copy it again from ON24&apos;s API Tokens page.</source>
        <translation>
            <numerusform>The token secret must be 128 digits and lower-case letters a to f; this one has %n character. Copy it again from ON24&apos;s API Tokens page.</numerusform>
            <numerusform>The token secret must be 128 digits and lower-case letters a to f; this one has %n characters. Copy it again from ON24&apos;s API Tokens page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenWording</name>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>at most %n day</numerusform>
            <numerusform>at most %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n login</numerusform>
            <numerusform>%n logins</numerusform>
        </translation>
    </message>
</context>
</TS>
