// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenSearchText.h"

#include "model/TokenTableModel.h"

namespace TokenConsole {

TokenSearchText::TokenSearchText(QObject* parent) : QObject(parent) {}

void TokenSearchText::setModel(const TokenTableModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    m_text.clear();
    m_valid = false;
    if (!model)
        return;
    const auto forget = [this] {
        m_text.clear();
        m_valid = false;
    };
    m_connections << connect(model, &QAbstractItemModel::modelReset, this, forget)
                  << connect(model, &QAbstractItemModel::layoutChanged, this, forget)
                  << connect(model, &QAbstractItemModel::rowsMoved, this, forget);
    m_connections << connect(model, &QAbstractItemModel::dataChanged, this,
                             [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                                 if (!m_valid || topLeft.parent().isValid())
                                     return;
                                 if (m_text.size() != m_model->rowCount()) {
                                     m_valid = false;
                                     return;
                                 }
                                 for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                                     m_text[row] = textOf(row);
                             });
    m_connections << connect(model, &QAbstractItemModel::rowsInserted, this,
                             [this](const QModelIndex& parent, int first, int last) {
                                 if (!m_valid || parent.isValid())
                                     return;
                                 m_text.insert(first, last - first + 1, QString());
                                 for (int row = first; row <= last; ++row)
                                     m_text[row] = textOf(row);
                             });
    m_connections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                             [this](const QModelIndex& parent, int first, int last) {
                                 if (m_valid && !parent.isValid())
                                     m_text.remove(first, last - first + 1);
                             });
}

QString TokenSearchText::textOf(int row) const
{
    const Token& t = m_model->token(row);
    if (t.owner.isEmpty() && t.notes.isEmpty())
        return {}; // shared empty string: most tokens allocate nothing
    // A line break between them, so a search cannot match across the two.
    QString text = t.owner + QLatin1Char('\n') + t.notes;
    // ASCII folds to lower case in place, several times faster than the full Unicode folding,
    // which only text with other characters needs.
    char16_t* p = reinterpret_cast<char16_t*>(text.data());
    char16_t* const end = p + text.size();
    for (; p != end; ++p) {
        if (*p >= 0x80)
            return text.toCaseFolded();
        if (*p >= u'A' && *p <= u'Z')
            *p += u'a' - u'A';
    }
    return text;
}

bool TokenSearchText::ensure() const
{
    if (!m_model)
        return false;
    const int rows = m_model->rowCount();
    if (m_valid && m_text.size() == rows)
        return true;
    m_text.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_text[row] = textOf(row);
    m_valid = true;
    return true;
}

bool TokenSearchText::contains(int row, const QString& foldedNeedle) const
{
    if (foldedNeedle.isEmpty() || !ensure() || row < 0 || row >= m_text.size())
        return false;
    const QString& text = m_text.at(row);
    return !text.isEmpty() && text.contains(foldedNeedle);
}

} // namespace TokenConsole
