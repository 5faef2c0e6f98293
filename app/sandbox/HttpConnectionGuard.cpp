// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnectionGuard.h"

#include "SandboxLog.h"

#include <QTcpSocket>

namespace TokenConsole::Sandbox {

namespace {
// After a refusal the client may still be sending what it announced. Closing with its bytes
// unread would reset the connection, and a reset can destroy the answer before the client
// reads it; so the guard keeps reading and dropping for a moment first (or until the client
// closes).
constexpr int maxLingerMs = 2000;
// A chunked body has no declared length; its framing may add to the limit, then it is
// refused as too large. (The dispatcher checks the decoded body exactly.)
constexpr int chunkedAllowance = 2;

bool isSpace(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}
} // namespace

HttpConnectionGuard::HttpConnectionGuard(QTcpSocket* socket, const Limits& limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnectionGuard::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnectionGuard::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, &m_timer, &QTimer::stop);
    m_timer.start(m_limits.requestTimeoutMs); // the first request is on its way
}

HttpConnectionGuard* HttpConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<HttpConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void HttpConnectionGuard::onReadyRead()
{
    if (m_state == State::Closing) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_seenUnread;
    // The parser reads everything it can right after this slot; when that completes a request,
    // requestAnswered() records what it left unread.
    m_seenUnread = 0;
    if (fresh > 0)
        feed(m_socket->peek(available).right(fresh));
}

void HttpConnectionGuard::requestAnswered()
{
    if (m_state == State::Closing)
        return;
    m_timer.stop();
    m_state = State::Idle;
    m_head.clear();
    m_path.clear();
    // Bytes after the answered request (pipelined requests) were fed as part of its body:
    // feed them again as what they are.
    const qint64 leftover = m_socket->bytesAvailable();
    m_seenUnread = leftover;
    if (leftover > 0)
        feed(m_socket->peek(leftover));
}

void HttpConnectionGuard::feed(const QByteArray& bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        switch (m_state) {
        case State::Closing:
            return;
        case State::Idle:
            // Line breaks between requests are skipped, as the parser does.
            if (isSpace(bytes.at(i))) {
                ++i;
                break;
            }
            m_state = State::Head;
            m_chunked = false;
            m_bodyBytes = 0;
            if (!m_timer.isActive())
                m_timer.start(m_limits.requestTimeoutMs);
            break;
        case State::Head: {
            // The head ends at the first empty line (CRLF or bare LF, as the parser allows).
            const qsizetype from = qMax<qsizetype>(0, m_head.size() - 2);
            m_head.append(bytes.constData() + i, bytes.size() - i);
            i = bytes.size();
            qsizetype end = -1;
            for (const char* blank : {"\n\r\n", "\n\n"}) {
                const qsizetype at = m_head.indexOf(blank, from);
                if (at >= 0 && (end < 0 || at + qsizetype(qstrlen(blank)) < end))
                    end = at + qsizetype(qstrlen(blank));
            }
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431);
                break;
            }
            if (end > m_limits.maxHeaderBytes) {
                refuse(431);
                break;
            }
            const qsizetype rest = m_head.size() - end;
            m_head.truncate(end);
            headComplete();
            if (m_state == State::Body)
                m_bodyBytes += rest;
            break;
        }
        case State::Body:
            m_bodyBytes += bytes.size() - i;
            i = bytes.size();
            break;
        }
        if (m_state == State::Body && m_chunked &&
            m_bodyBytes > chunkedAllowance * m_limits.maxBodyBytes)
            refuse(413);
    }
}

void HttpConnectionGuard::headComplete()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray target = requestLine.value(1);
    const qsizetype query = target.indexOf('?');
    if (query >= 0)
        target.truncate(query);
    m_path = QString::fromLatin1(target);
    bool tooLarge = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray& line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // Every Content-Length counts (the parser takes the first), and a number too long
            // to read is as large as it looks: the parser would take it for "no body".
            bool digits = !value.isEmpty();
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (digits && (value.size() > 15 || value.toLongLong() > m_limits.maxBodyBytes))
                tooLarge = true;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            m_chunked = true;
        }
    }
    if (tooLarge) {
        refuse(413);
        return;
    }
    m_state = State::Body; // until the frontend answers the request
}

void HttpConnectionGuard::onTimeout()
{
    switch (m_state) {
    case State::Closing:
        m_socket->abort(); // the linger is over
        return;
    case State::Idle:
        // A connection that never sent a request: nothing to answer.
        qCDebug(lcSandbox) << "Closing a connection that sent no request";
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    default:
        qCInfo(lcSandbox) << "Closing a connection whose request did not arrive within"
                          << m_limits.requestTimeoutMs << "ms";
        refuse(408);
        return;
    }
}

void HttpConnectionGuard::refuse(int status)
{
    m_state = State::Closing;
    m_timer.stop();
    discardInput();
    emit refused(m_socket, status, m_path);
    if (status == 408) {
        // A slow client, not one in the middle of a large upload: close once it is written.
        m_socket->disconnectFromHost();
        return;
    }
    m_timer.start(qMin(maxLingerMs, m_limits.requestTimeoutMs));
}

void HttpConnectionGuard::discardInput()
{
    // The parser keeps what it read of an unfinished request in a transaction; it will never
    // finish now, so let that go too.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}

} // namespace TokenConsole::Sandbox
