// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QFile>
#include <QTest>

using namespace TokenConsole;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString environment(const char* name)
{
    return qEnvironmentVariable(name);
}

} // namespace

// The licence is stated in several places that people and tools read: the About box (through
// AppInfo), LICENSE, the AppStream metainfo, the .deb's copyright file and the RPM header. They
// must all say GPL-3.0-or-later. The RPM's License tag is checked by rpm_contents.
class LicenseTest : public QObject
{
    Q_OBJECT

private slots:
    void appInfoGivesTheProjectLicence()
    {
        QCOMPARE(AppInfo::licenseSpdx(), environment("TOKENCONSOLE_LICENSE_SPDX"));
        QCOMPARE(AppInfo::licenseSpdx(), QStringLiteral("GPL-3.0-or-later"));
        // Untranslated here: no catalogue is installed.
        QCOMPARE(AppInfo::licenseName(),
                 QStringLiteral("GNU General Public License, version 3 or later"));
    }

    void licenseFileHoldsTheFullGpl3()
    {
        const QByteArray text = readFile(environment("TOKENCONSOLE_SOURCE_DIR") + "/LICENSE");
        QVERIFY2(!text.isEmpty(), "LICENSE is missing at the top of the source tree");
        QVERIFY(text.contains("GNU GENERAL PUBLIC LICENSE"));
        QVERIFY(text.contains("Version 3, 29 June 2007"));
        QVERIFY2(text.contains("END OF TERMS AND CONDITIONS"), "LICENSE is not the full text");
    }

    void metainfoNamesTheLicence()
    {
        const QByteArray metainfo = readFile(environment("TOKENCONSOLE_METAINFO"));
        QVERIFY2(!metainfo.isEmpty(), "the rendered metainfo is missing: configure the project");
        QVERIFY(metainfo.contains("<project_license>" + AppInfo::licenseSpdx().toUtf8()
                                  + "</project_license>"));
    }

    void debianCopyrightIsMachineReadable()
    {
        const QString path = environment("TOKENCONSOLE_DEB_COPYRIGHT");
        if (path.isEmpty())
            QSKIP("no .deb is built on this platform");
        const QByteArray copyright = readFile(path);
        QVERIFY2(copyright.startsWith("Format: https://www.debian.org/doc/packaging-manuals/"
                                      "copyright-format/1.0/\n"),
                 "the copyright file must be in Debian's machine-readable format");
        const QByteArray license = "License: " + AppInfo::licenseSpdx().toUtf8();
        QVERIFY(copyright.contains("Files: *\n"));
        // Once for the files, once for the paragraph that holds the licence's text.
        QCOMPARE(copyright.count(license + "\n"), 2);
        QVERIFY(copyright.contains("/usr/share/common-licenses/GPL-3"));
    }
};

QTEST_GUILESS_MAIN(LicenseTest)
#include "LicenseTest.moc"
