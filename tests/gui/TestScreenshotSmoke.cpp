// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The real token-console, as a user starts it, in a real X server (Xvfb through xvfb-run, the
// xcb platform) with a fresh HOME: it must open the embedded demo and save a screenshot.
class TestScreenshotSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotOfFreshStart_data();
    void screenshotOfFreshStart();
};

void TestScreenshotSmoke::screenshotOfFreshStart_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QSize>("size");
    QTest::newRow("default size") << QStringList() << QSize(1280, 720);
    QTest::newRow("small, dark") << QStringList{QStringLiteral("--size"), QStringLiteral("900x560"),
                                                QStringLiteral("--palette"), QStringLiteral("dark")}
                                 << QSize(900, 560);
}

void TestScreenshotSmoke::screenshotOfFreshStart()
{
    QFETCH(QStringList, extra);
    QFETCH(QSize, size);
    const QString exe = qEnvironmentVariable("TOKENCONSOLE_EXE");
    QVERIFY2(!exe.isEmpty(), "TOKENCONSOLE_EXE is not set (run through ctest)");
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!xvfbRun.isEmpty(), "xvfb-run is missing: install the xvfb package");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // xcb, the real thing
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    const QString png = home.filePath(QStringLiteral("shot.png"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(xvfbRun,
                  QStringList{QStringLiteral("-a"), exe, QStringLiteral("--screenshot"), png} +
                      extra);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    QVERIFY2(process.waitForFinished(60000), "token-console did not exit within 60 s");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));

    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no readable PNG at %1").arg(png)));
    QCOMPARE(image.size() / image.devicePixelRatio(), size);
    // Not a blank frame: a rendered window has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the screenshot looks blank");
}

QTEST_GUILESS_MAIN(TestScreenshotSmoke)
#include "TestScreenshotSmoke.moc"
