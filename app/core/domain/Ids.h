#pragma once

#include <QtGlobal>

namespace ia {

// Row identities as the storage layer hands them out. Plain integers keep the value types cheap
// to copy and map one-to-one to a BIGINT key in SQLite and PostgreSQL alike.
using QuestionId = qint64;
using QuestionVersionId = qint64;
using KitId = qint64;
using KitVersionId = qint64;
using KitItemId = qint64;
using CandidateId = qint64;
using InterviewerId = qint64;
using InterviewId = qint64;
using ScorecardEntryId = qint64;
using HighlightId = qint64;
using CodeAnswerId = qint64;

} // namespace ia
