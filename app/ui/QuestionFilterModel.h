#pragma once

#include <QSortFilterProxyModel>

namespace ia {

// The Questions page's list as filtered: words typed (in title, category or kit names, case and
// accents ignored), one category or all, archived questions only when asked for.
class QuestionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ArchivedRole = Qt::UserRole + 2;

    explicit QuestionFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setCategory(const QString& category); // empty: every category
    void setShowArchived(bool show);
    // The question being edited stays listed whatever is typed into it: a row that left the list
    // would take the selection, and the editor, to another question.
    void setPinned(qint64 id);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_category;
    bool m_showArchived = false;
    qint64 m_pinned = 0;
};

} // namespace ia
