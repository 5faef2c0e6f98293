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
        <source>OK        %n token(s) checked: none auto-disables within %1 days and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n token checked: it does not auto-disable within %1 days and is not disabled for inactivity.</numerusform>
            <numerusform>OK        %n tokens checked: none auto-disables within %1 days and none is disabled for inactivity.</numerusform>
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
</TS>
