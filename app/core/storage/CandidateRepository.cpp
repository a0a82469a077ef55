#include "CandidateRepository.h"

#include "domain/Identity.h"
#include "storage/CandidateFilterText.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ia {

CandidateRepository::CandidateRepository(const Database& database)
    : m_database(database)
{}

Candidate CandidateRepository::create(const Candidate& candidate)
{
    WriteTransaction tx(m_database);
    Query q(
        tx.connection(),
        QStringLiteral(
            "INSERT INTO candidate (uuid, name, email, phone, role, source, status, cultural_fit_notes, "
            "notes, created_at, updated_at) VALUES (:uuid, :name, :email, :phone, :role, :source, :status, "
            ":fit, :notes, :at, :at) RETURNING id"));
    q.bind(QStringLiteral(":uuid"), candidate.uuid.isEmpty() ? Identity::create() : candidate.uuid)
        .bind(QStringLiteral(":name"), candidate.name)
        .bind(QStringLiteral(":email"), candidate.email)
        .bind(QStringLiteral(":phone"), candidate.phone)
        .bind(QStringLiteral(":role"), candidate.role)
        .bind(QStringLiteral(":source"), candidate.source)
        .bind(QStringLiteral(":status"), toKey(candidate.status))
        .bind(QStringLiteral(":fit"), candidate.culturalFitNotes)
        .bind(QStringLiteral(":notes"), candidate.notes)
        .bind(QStringLiteral(":at"),
              candidate.createdAt.isValid() ? SqlValues::fromTime(candidate.createdAt) : SqlValues::now());
    const CandidateId id = q.insertReturningId();
    writeDetails(id, candidate, allCandidateFields());
    tx.commit();
    return *get(id);
}

Candidate CandidateRepository::update(const Candidate& candidate)
{
    return update(candidate, allCandidateFields());
}

Candidate CandidateRepository::update(const Candidate& candidate, const QList<CandidateField>& fields)
{
    WriteTransaction tx(m_database);
    // Column names come from this fixed list, never from the caller; the values are bound.
    QStringList assignments{QStringLiteral("updated_at = :at")};
    const QList<std::pair<CandidateField, const char*>> columns{
        {CandidateField::Name, "name"},
        {CandidateField::Email, "email"},
        {CandidateField::Phone, "phone"},
        {CandidateField::Role, "role"},
        {CandidateField::Source, "source"},
        {CandidateField::Status, "status"},
        {CandidateField::CulturalFitNotes, "cultural_fit_notes"},
        {CandidateField::Notes, "notes"}};
    for (const auto& [field, column] : columns) {
        if (fields.contains(field))
            assignments << QStringLiteral("%1 = :%1").arg(QLatin1String(column));
    }
    Query q(
        tx.connection(),
        QStringLiteral("UPDATE candidate SET %1 WHERE id = :id").arg(assignments.join(QStringLiteral(", "))));
    const auto bindIf = [&](CandidateField field, const char* column, const QVariant& value) {
        if (fields.contains(field))
            q.bind(QLatin1Char(':') + QLatin1String(column), value);
    };
    bindIf(CandidateField::Name, "name", candidate.name);
    bindIf(CandidateField::Email, "email", candidate.email);
    bindIf(CandidateField::Phone, "phone", candidate.phone);
    bindIf(CandidateField::Role, "role", candidate.role);
    bindIf(CandidateField::Source, "source", candidate.source);
    bindIf(CandidateField::Status, "status", toKey(candidate.status));
    bindIf(CandidateField::CulturalFitNotes, "cultural_fit_notes", candidate.culturalFitNotes);
    bindIf(CandidateField::Notes, "notes", candidate.notes);
    q.bind(QStringLiteral(":at"), SqlValues::now()).bind(QStringLiteral(":id"), candidate.id).exec();
    if (q.rowsAffected() != 1) {
        throw StorageError(
            StorageError::Kind::Gone,
            QCoreApplication::translate("ia::CandidateRepository",
                                        "The candidate no longer exists; it may have been erased."));
    }
    // Links and references are rewritten as a list; one the user left as it was keeps its UUID, so
    // the same link does not become a new one on another machine.
    Candidate rewritten = candidate;
    if (const std::optional<Candidate> stored = get(candidate.id)) {
        // Each stored row lends its UUID once: the same address given twice is two links.
        QSet<QString> taken;
        for (const CandidateLink& link : std::as_const(rewritten.links))
            taken.insert(link.uuid);
        for (const CandidateReference& ref : std::as_const(rewritten.references))
            taken.insert(ref.uuid);
        for (CandidateLink& link : rewritten.links) {
            for (const CandidateLink& old : stored->links) {
                if (link.uuid.isEmpty() && old.url == link.url && !taken.contains(old.uuid)) {
                    link.uuid = old.uuid;
                    taken.insert(old.uuid);
                }
            }
        }
        for (CandidateReference& ref : rewritten.references) {
            for (const CandidateReference& old : stored->references) {
                if (ref.uuid.isEmpty() && old.name == ref.name && old.contact == ref.contact &&
                    !taken.contains(old.uuid)) {
                    ref.uuid = old.uuid;
                    taken.insert(old.uuid);
                }
            }
        }
    }
    const QList<std::pair<CandidateField, const char*>> lists{
        {CandidateField::Links, "candidate_link"},
        {CandidateField::References, "candidate_reference"},
        {CandidateField::Tags, "candidate_tag"}};
    for (const auto& [field, table] : lists) {
        if (!fields.contains(field))
            continue;
        Query del(tx.connection(), QStringLiteral("DELETE FROM ") + QLatin1String(table) +
                                       QStringLiteral(" WHERE candidate_id = :id"));
        del.bind(QStringLiteral(":id"), candidate.id).exec();
    }
    writeDetails(candidate.id, rewritten, fields);
    tx.commit();
    return *get(candidate.id);
}

void CandidateRepository::writeDetails(CandidateId id, const Candidate& candidate,
                                       const QList<CandidateField>& fields)
{
    const QSqlDatabase db = m_database.connection();
    for (int i = 0; fields.contains(CandidateField::Links) && i < candidate.links.size(); ++i) {
        const CandidateLink& link = candidate.links.at(i);
        Query q(db, QStringLiteral("INSERT INTO candidate_link (uuid, candidate_id, position, kind, url) "
                                   "VALUES (:uuid, :id, :pos, :kind, :url)"));
        q.bind(QStringLiteral(":uuid"), link.uuid.isEmpty() ? Identity::create() : link.uuid)
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":kind"), link.kind.isEmpty() ? QStringLiteral("other") : link.kind)
            .bind(QStringLiteral(":url"), link.url)
            .exec();
    }
    for (int i = 0; fields.contains(CandidateField::References) && i < candidate.references.size(); ++i) {
        const CandidateReference& ref = candidate.references.at(i);
        Query q(db,
                QStringLiteral(
                    "INSERT INTO candidate_reference (uuid, candidate_id, position, name, relation, contact, "
                    "notes) VALUES (:uuid, :id, :pos, :name, :relation, :contact, :notes)"));
        q.bind(QStringLiteral(":uuid"), ref.uuid.isEmpty() ? Identity::create() : ref.uuid)
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":name"), ref.name)
            .bind(QStringLiteral(":relation"), ref.relation)
            .bind(QStringLiteral(":contact"), ref.contact)
            .bind(QStringLiteral(":notes"), ref.notes)
            .exec();
    }
    QStringList tags;
    if (fields.contains(CandidateField::Tags)) {
        for (const QString& raw : candidate.tags) {
            const QString tag = raw.trimmed();
            if (tag.isEmpty() || tags.contains(tag))
                continue;
            tags.append(tag);
            Query q(db, QStringLiteral("INSERT INTO candidate_tag (candidate_id, tag) VALUES (:id, :tag)"));
            q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":tag"), tag).exec();
        }
    }
    const bool filterChanged =
        fields.contains(CandidateField::Name) || fields.contains(CandidateField::Role) ||
        fields.contains(CandidateField::Email) || fields.contains(CandidateField::Tags);
    if (!filterChanged)
        return;
    // The filter text is made of all four; what this write left alone is read back as stored.
    const std::optional<Candidate> stored = get(id);
    if (!stored)
        return;
    if (!fields.contains(CandidateField::Tags))
        tags = stored->tags;
    Query filter(db, QStringLiteral("UPDATE candidate_score SET filter_text = :text, folded_name = :name "
                                    "WHERE candidate_id = :id"));
    filter
        .bind(QStringLiteral(":text"),
              CandidateFilterText::of(stored->name, stored->role, stored->email, tags))
        .bind(QStringLiteral(":name"), CandidateFilterText::foldedName(stored->name))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

QList<Candidate> CandidateRepository::load(const QString& whereClause, const QString& placeholder,
                                           const QVariant& value) const
{
    const QSqlDatabase db = m_database.connection();
    QList<Candidate> result;
    {
        Query q(db, QStringLiteral(
                        "SELECT id, name, email, phone, role, source, status, cultural_fit_notes, notes, "
                        "created_at, updated_at, uuid FROM candidate ") +
                        whereClause + QStringLiteral(" ORDER BY name, id"));
        if (!placeholder.isEmpty())
            q.bind(placeholder, value);
        q.exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("candidate"), 0);
            Candidate c;
            c.id = row.id(0);
            c.name = row.text(1);
            c.email = row.text(2);
            c.phone = row.text(3);
            c.role = row.text(4);
            c.source = row.text(5);
            c.status = row.key<CandidateStatus>(6, candidateStatusFromKey);
            c.culturalFitNotes = row.text(7);
            c.notes = row.text(8);
            c.createdAt = row.time(9);
            c.updatedAt = row.time(10);
            c.uuid = row.uuid(11);
            result.append(c);
        }
    }
    for (Candidate& c : result) {
        Query links(db,
                    QStringLiteral("SELECT id, kind, url, uuid FROM candidate_link WHERE candidate_id = :id "
                                   "ORDER BY position"));
        links.bind(QStringLiteral(":id"), c.id).exec();
        while (links.next()) {
            const RowReader row(links, QStringLiteral("candidate_link"), 0);
            c.links.append(
                CandidateLink{row.id(0), row.oneOf(1, CandidateLink::kinds()), row.text(2), row.uuid(3)});
        }
        Query refs(db,
                   QStringLiteral("SELECT id, name, relation, contact, notes, uuid FROM candidate_reference "
                                  "WHERE candidate_id = :id ORDER BY position"));
        refs.bind(QStringLiteral(":id"), c.id).exec();
        while (refs.next()) {
            const RowReader row(refs, QStringLiteral("candidate_reference"), 0);
            c.references.append(CandidateReference{row.id(0), row.text(1), row.text(2), row.text(3),
                                                   row.text(4), row.uuid(5)});
        }
        Query tags(db, QStringLiteral("SELECT tag FROM candidate_tag WHERE candidate_id = :id ORDER BY tag"));
        tags.bind(QStringLiteral(":id"), c.id).exec();
        while (tags.next())
            c.tags.append(RowReader(tags, QStringLiteral("candidate_tag"), QString::number(c.id)).text(0));
    }
    return result;
}

std::optional<Candidate> CandidateRepository::byUuid(const QString& uuid) const
{
    QList<Candidate> found = load(QStringLiteral("WHERE uuid = :uuid"), QStringLiteral(":uuid"), uuid);
    if (found.isEmpty()) {
        found =
            load(QStringLiteral("WHERE id = (SELECT candidate_id FROM candidate_alias WHERE uuid = :uuid)"),
                 QStringLiteral(":uuid"), uuid);
    }
    return found.isEmpty() ? std::nullopt : std::optional<Candidate>(found.first());
}

QList<Candidate> CandidateRepository::byEmail(const QString& email) const
{
    if (email.trimmed().isEmpty())
        return {};
    // SQLite's lower() folds ASCII only; the address is compared folded in C++ after that.
    const QList<Candidate> found = load(QStringLiteral("WHERE lower(trim(email)) = lower(:email)"),
                                        QStringLiteral(":email"), email.trimmed());
    QList<Candidate> result;
    for (const Candidate& c : found) {
        if (c.email.trimmed().compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            result.append(c);
    }
    return result;
}

QList<Candidate> CandidateRepository::byFoldedName(const QString& name) const
{
    const QString foldedName = CandidateFilterText::foldedName(name);
    if (foldedName.isEmpty())
        return {};
    // Indexed: an import asks this for every new candidate, against databases of any size.
    QList<CandidateId> ids;
    {
        Query q(m_database.connection(),
                QStringLiteral("SELECT candidate_id FROM candidate_score WHERE folded_name = :name"));
        q.bind(QStringLiteral(":name"), foldedName).exec();
        while (q.next())
            ids.append(q.int64(0));
    }
    QList<Candidate> result;
    for (const CandidateId id : std::as_const(ids)) {
        if (std::optional<Candidate> c = get(id))
            result.append(*c);
    }
    return result;
}

QList<Candidate> CandidateRepository::byFoldedNameAndRole(const QString& name, const QString& role) const
{
    const QString foldedRole = CandidateFilterText::foldedName(role);
    QList<Candidate> result = byFoldedName(name);
    result.removeIf(
        [&](const Candidate& c) { return CandidateFilterText::foldedName(c.role) != foldedRole; });
    return result;
}

QList<Candidate> CandidateRepository::lookAlikes(const Candidate& candidate) const
{
    QList<Candidate> result;
    for (const QList<Candidate>& found :
         {byEmail(candidate.email), byFoldedNameAndRole(candidate.name, candidate.role)}) {
        for (const Candidate& c : found) {
            const bool known =
                std::any_of(result.cbegin(), result.cend(), [&](const Candidate& r) { return r.id == c.id; });
            if (c.id != candidate.id && !known)
                result.append(c);
        }
    }
    return result;
}

void CandidateRepository::addAlias(CandidateId id, const QString& uuid)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("INSERT INTO candidate_alias (uuid, candidate_id) VALUES (:uuid, :id) "
                           "ON CONFLICT (uuid) DO NOTHING"));
    q.bind(QStringLiteral(":uuid"), uuid).bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

int CandidateRepository::addLinksAndReferences(CandidateId id, const QList<CandidateLink>& links,
                                               const QList<CandidateReference>& references)
{
    WriteTransaction tx(m_database);
    tx.lockRow("candidate", id);
    const std::optional<Candidate> stored = get(id);
    if (!stored) {
        tx.commit();
        return 0;
    }
    Candidate merged = *stored;
    int added = 0;
    for (const CandidateLink& link : links) {
        const bool known =
            std::any_of(merged.links.cbegin(), merged.links.cend(), [&](const CandidateLink& l) {
                return l.uuid == link.uuid || l.url.trimmed() == link.url.trimmed();
            });
        if (!known) {
            merged.links.append(link);
            ++added;
        }
    }
    for (const CandidateReference& ref : references) {
        const bool known = std::any_of(
            merged.references.cbegin(), merged.references.cend(), [&](const CandidateReference& r) {
                return r.uuid == ref.uuid || (r.name.trimmed() == ref.name.trimmed() &&
                                              r.contact.trimmed() == ref.contact.trimmed());
            });
        if (!known) {
            merged.references.append(ref);
            ++added;
        }
    }
    if (added > 0)
        update(merged, {CandidateField::Links, CandidateField::References});
    tx.commit();
    return added;
}

std::optional<Candidate> CandidateRepository::get(CandidateId id) const
{
    const QList<Candidate> found = load(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Candidate>(found.first());
}

QList<Candidate> CandidateRepository::all() const
{
    return load({}, {}, {});
}

int CandidateRepository::count() const
{
    Query q(m_database.connection(), QStringLiteral("SELECT count(*) FROM candidate"));
    return q.scalar().toInt();
}

void CandidateRepository::erase(CandidateId id)
{
    {
        WriteTransaction tx(m_database);
        // Tombstones first: the UUIDs and the time only, so a later import never brings the person
        // or their scorecards back, and nothing in them says who it was.
        const QStringList tombstones{
            QStringLiteral("INSERT INTO tombstone (uuid, kind, erased_at) SELECT uuid, 'candidate', :at "
                           "FROM candidate WHERE id = :id ON CONFLICT (uuid) DO NOTHING"),
            QStringLiteral("INSERT INTO tombstone (uuid, kind, erased_at) SELECT uuid, 'candidate', :at "
                           "FROM candidate_alias WHERE candidate_id = :id ON CONFLICT (uuid) DO NOTHING"),
            QStringLiteral("INSERT INTO tombstone (uuid, kind, erased_at) SELECT uuid, 'interview', :at "
                           "FROM interview WHERE candidate_id = :id ON CONFLICT (uuid) DO NOTHING")};
        for (const QString& sql : tombstones) {
            Query t(tx.connection(), sql);
            t.bind(QStringLiteral(":at"), SqlValues::now()).bind(QStringLiteral(":id"), id).exec();
        }
        Query q(tx.connection(), QStringLiteral("DELETE FROM candidate WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id).exec();
        m_database.markWipePending();
        tx.commit();
    }
    m_database.wipeErasedData();
}

} // namespace ia
