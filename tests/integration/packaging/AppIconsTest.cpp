// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcons.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole;

namespace {

// True when at least one pixel is not fully transparent: the SVG really rendered.
bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

// The icons the UI uses are compiled in and render, with Qt's SVG support present at run time.
class AppIconsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void actionIconRenders_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name :
             {"token-provision", "token-rename", "token-disable", "token-enable", "token-verify",
              "copy-key", "copy-secret", "refresh", "search", "connect", "keychain", "details",
              "status-active", "status-disabled", "status-warning", "status-critical"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void actionIconRenders()
    {
        QFETCH(QString, name);
        QVERIFY2(QFile::exists(AppIcons::actionPath(name)), qPrintable(AppIcons::actionPath(name)));
        // The bundled SVG itself, not a theme's icon: needs Qt's SVG image plugin.
        const QImage image(AppIcons::actionPath(name));
        QVERIFY2(!image.isNull(),
                 "the SVG did not load: is Qt's SVG plugin (libqt6svg6) installed?");
        const QIcon icon = AppIcons::action(name);
        QVERIFY(!icon.isNull());
        const QImage rendered = icon.pixmap(QSize(24, 24)).toImage();
        QVERIFY(!rendered.isNull());
        QVERIFY2(hasInk(rendered), "the icon rendered fully transparent");
    }

    void applicationIcon_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void applicationIcon()
    {
        QFETCH(int, size);
        const QImage png(
            QStringLiteral(":/icons/hicolor/org.tokenconsole.TokenConsole-%1.png").arg(size));
        QCOMPARE(png.size(), QSize(size, size));
        QVERIFY(hasInk(png));
        const QPixmap pixmap = AppIcons::application().pixmap(QSize(size, size));
        QCOMPARE(pixmap.size(), QSize(size, size));
        QVERIFY(hasInk(pixmap.toImage()));
    }

    void scalableApplicationIcon()
    {
        const QImage svg(QStringLiteral(":/icons/org.tokenconsole.TokenConsole.svg"));
        QVERIFY2(!svg.isNull(), "the application SVG did not load");
        QVERIFY(hasInk(svg));
    }
};

QTEST_MAIN(AppIconsTest)
#include "AppIconsTest.moc"
