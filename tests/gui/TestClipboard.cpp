// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;

// Secrets on the clipboard: marked for password managers, cleared after the timeout and on
// quit, but only while the clipboard still holds them.
class TestClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void secretIsMarkedAndCleared();
    void somethingCopiedSinceIsKept();
    void keyIsPlainAndStays();
    void secretIsClearedOnQuit();

private:
    static const QString secret;
};

const QString TestClipboard::secret = QString(128, QLatin1Char('a'));

void TestClipboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClipboard::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestClipboard::secretIsMarkedAndCleared()
{
    Clipboard clipboard;
    clipboard.setClearTimeout(200);
    QSignalSpy cleared(&clipboard, &Clipboard::secretCleared);
    clipboard.copySecret(secret);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(clipboard.holdsSecret());
    QVERIFY(cleared.wait(5000));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!clipboard.holdsSecret());
}

void TestClipboard::somethingCopiedSinceIsKept()
{
    Clipboard clipboard;
    clipboard.setClearTimeout(200);
    QSignalSpy cleared(&clipboard, &Clipboard::secretCleared);
    clipboard.copySecret(secret);
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    QVERIFY(cleared.wait(5000));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

void TestClipboard::keyIsPlainAndStays()
{
    Clipboard clipboard;
    clipboard.setClearTimeout(100);
    clipboard.copySecret(secret);
    clipboard.copyText(QStringLiteral("A119E95B3C4D5E6F7A8B9C0D1E2F3A4B"));
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(!mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!clipboard.holdsSecret());
    // The secret is no longer ours to clear: clearing now leaves the key alone.
    clipboard.clearSecret();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("A119E95B3C4D5E6F7A8B9C0D1E2F3A4B"));
}

void TestClipboard::secretIsClearedOnQuit()
{
    {
        Clipboard clipboard; // the window's, which goes when the application quits
        clipboard.setClearTimeout(60000);
        clipboard.copySecret(secret);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestClipboard)
#include "TestClipboard.moc"
