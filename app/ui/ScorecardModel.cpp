#include "ScorecardModel.h"

#include "interview/InterviewSession.h"
#include "interview/TimeFormat.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace ia {

namespace {

// Internal ids: 0 marks a category row; entry rows carry group + 1.
constexpr quintptr categoryTag = 0;

QIcon statusIcon(EntryStatus status)
{
    static const QIcon notAsked = [] {
        QPixmap pm(12, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1.5));
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
        return QIcon(pm);
    }();
    static const QIcon scored = [] {
        QPixmap pm(12, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(QRectF(1, 1, 10, 10));
        return QIcon(pm);
    }();
    static const QIcon skipped = [] {
        QPixmap pm(12, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xb2, 0x6a, 0x00), 2));
        p.drawLine(QPointF(2, 6), QPointF(10, 6));
        return QIcon(pm);
    }();
    switch (status) {
    case EntryStatus::Scored:
        return scored;
    case EntryStatus::Skipped:
        return skipped;
    case EntryStatus::NotAsked:
        break;
    }
    return notAsked;
}

} // namespace

ScorecardModel::ScorecardModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ScorecardModel::setSession(InterviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    beginResetModel();
    m_session = session;
    rebuild();
    endResetModel();
    if (m_session) {
        connect(m_session, &InterviewSession::entryChanged, this, &ScorecardModel::entryChanged);
        // The current question is shown in bold; the session reports the one left as changed.
        connect(m_session, &InterviewSession::currentIndexChanged, this, &ScorecardModel::entryChanged);
    }
}

void ScorecardModel::rebuild()
{
    m_groups.clear();
    m_position.clear();
    if (!m_session)
        return;
    for (int i = 0; i < m_session->entryCount(); ++i) {
        const QString category = m_session->entry(i).question.category;
        if (m_groups.isEmpty() || m_groups.last().category != category)
            m_groups.append(Group{category, {}});
        m_groups.last().entries.append(i);
        m_position.append({int(m_groups.size()) - 1, int(m_groups.last().entries.size()) - 1});
    }
}

void ScorecardModel::entryChanged(int entry)
{
    const QModelIndex first = indexForEntry(entry, QuestionColumn);
    if (first.isValid())
        emit dataChanged(first, indexForEntry(entry, BudgetColumn));
}

QModelIndex ScorecardModel::indexForEntry(int entry, int column) const
{
    if (entry < 0 || entry >= m_position.size())
        return {};
    const auto [group, row] = m_position.at(entry);
    return createIndex(row, column, quintptr(group + 1));
}

int ScorecardModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == categoryTag)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).entries.at(index.row());
}

QModelIndex ScorecardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, categoryTag);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScorecardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == categoryTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, categoryTag);
}

int ScorecardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == categoryTag && parent.column() == 0)
        return int(m_groups.at(parent.row()).entries.size());
    return 0;
}

int ScorecardModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == categoryTag)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case ResultColumn:
        return tr("Score");
    case BudgetColumn:
        return tr("Budget");
    default:
        return {};
    }
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_session)
        return {};
    if (index.internalId() == categoryTag) {
        const Group& g = m_groups.at(index.row());
        if (index.column() == QuestionColumn && role == Qt::DisplayRole)
            return g.category;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == EntryIndexRole)
            return -1;
        return {};
    }
    const int entryIndex = entryAt(index);
    const ScorecardEntry& e = m_session->entry(entryIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return QStringLiteral("%1. %2").arg(entryIndex + 1).arg(e.question.title);
        case ResultColumn:
            if (e.status == EntryStatus::Scored && e.score)
                return QString::number(*e.score);
            if (e.status == EntryStatus::Skipped)
                return tr("skip");
            return QString();
        case BudgetColumn:
            return TimeFormat::minutes(e.timeBudgetSeconds);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == QuestionColumn ? QVariant(statusIcon(e.status)) : QVariant();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(e.question.title, displayName(e.status));
    case Qt::AccessibleTextRole:
        if (index.column() == QuestionColumn) {
            return e.status == EntryStatus::Scored && e.score
                       ? tr("%1, scored %2").arg(e.question.title).arg(*e.score)
                       : QStringLiteral("%1, %2").arg(e.question.title, displayName(e.status));
        }
        return {};
    case Qt::FontRole:
        if (entryIndex == m_session->currentIndex()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == QuestionColumn ? QVariant() : QVariant(Qt::AlignCenter);
    case EntryIndexRole:
        return entryIndex;
    default:
        return {};
    }
}

} // namespace ia
