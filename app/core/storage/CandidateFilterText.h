#pragma once

#include <QString>
#include <QStringList>

namespace ia::CandidateFilterText {

// What the candidates table's filter matches: name, role, e-mail and tags in one folded string,
// stored in candidate_score.filter_text. Folding happens here rather than in SQL because SQLite's
// lower() and LIKE fold ASCII only; this way "élodie" and "elodie" both find "Élodie", on any engine.
QString fold(const QString& text);
// At most maxLength characters: the text is carried in the name index of the candidates list
// (schema 9), and PostgreSQL refuses an index entry over about 2.7 kB. Name, role, e-mail and two
// dozen tags fit; words past the end of a longer text are not matched.
QString of(const QString& name, const QString& role, const QString& email, const QStringList& tags);
constexpr int maxLength = 500;
// A name as people who type it differently still agree on: folded, spacing made single.
QString foldedName(const QString& name);

// The user's filter as folded words; a candidate matches when every word occurs in its text.
// Capped at a handful of words: more would not narrow a list anyone reads.
QStringList words(const QString& filter);
constexpr int maxWords = 8;

} // namespace ia::CandidateFilterText
