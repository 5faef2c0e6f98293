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
    <name>CliCommands</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK        %n token(s) checked: none auto-disables within %1 days and none is disabled for inactivity.</source>
        <translation>
            <numerusform>OK        %n token checked: it does not auto-disable within %1 days and is not disabled for inactivity.</numerusform>
            <numerusform>OK        %n tokens checked: none auto-disables within %1 days and none is disabled for inactivity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenConsole::TokenTableModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenFormatter</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
