<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Preferences</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, panels and help. Notes stay as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the app opens when none is given. Empty: the usual data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the projector view opens. Automatic: the other screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast suits low vision and bright rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text in menus and panels; the board has its own zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method chosen first when you create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network for phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network phones join on. Automatic: the main network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 picks a free port each time; fix one if a firewall needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
