#include "PackCsvReader.h"

#include "pack/PackProblem.h"
#include "pack/PackRules.h"

#include <QFileInfo>
#include <QHash>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace ia {

namespace {

// Past this many, the file is the wrong file or in the wrong layout, and the first problems say so.
constexpr qsizetype maxProblems = 200;
// Spreadsheets write runs of empty cells after the last used column. Beyond this many header
// cells, a record keeps only where the first one with text is, so a line of separators costs no
// memory per cell.
constexpr qsizetype maxHeaderColumns = 1000;
// Column names quoted back in messages are cut to this length: a hostile header can be megabytes.
constexpr qsizetype maxShownName = 40;

enum Column : int
{
    ColUuid,
    ColVersionUuid,
    ColKey,
    ColCategory,
    ColTitle,
    ColPrompt,
    ColAssesses,
    ColFollowUps,
    ColMinutes,
    ColPractical,
    ColCodeLanguage,
    ColCode,
    ColKit,
    ColKitRole,
    ColWeight,
    ColScore1Label, // then description, and the same for scores 2 to 4
    ColumnCount = ColScore1Label + 2 * Rubric::maxScore,
};

struct ColumnSpec
{
    const char* name;  // as the header writes it, in lower case
    const char* field; // PackRules' name of the question field it fills, if any
    bool required;
};

constexpr std::array<ColumnSpec, ColumnCount> columns = {{
    {"uuid", "uuid", false},
    {"version_uuid", "versionUuid", false},
    {"key", "key", false},
    {"category", "category", true},
    {"title", "title", true},
    {"prompt", "prompt", true},
    {"assesses", "assesses", false},
    {"follow_ups", "followUps", false},
    {"minutes", "timeBudgetSeconds", false},
    {"practical", nullptr, false},
    {"code_language", "code.syntax", false},
    {"code", "code.text", false},
    {"kit", nullptr, false},
    {"kit_role", nullptr, false},
    {"weight", nullptr, false},
    {"score1_label", "rubric.1.label", true},
    {"score1_description", "rubric.1.description", true},
    {"score2_label", "rubric.2.label", true},
    {"score2_description", "rubric.2.description", true},
    {"score3_label", "rubric.3.label", true},
    {"score3_description", "rubric.3.description", true},
    {"score4_label", "rubric.4.label", true},
    {"score4_description", "rubric.4.description", true},
}};

int scoreLabel(int score)
{
    return ColScore1Label + 2 * (score - 1);
}

int scoreDescription(int score)
{
    return scoreLabel(score) + 1;
}

QString nameOf(int column)
{
    return QLatin1String(columns[column].name);
}

int columnNamed(const QString& name)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (name == QLatin1String(columns[column].name))
            return column;
    }
    return -1;
}

// The column a PackRules field name ("followUps[3]", "rubric.2.label") lives in, or -1.
int columnOfField(const QString& field)
{
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    const QStringView name = bracket < 0 ? QStringView(field) : QStringView(field).first(bracket);
    for (int column = 0; column < ColumnCount; ++column) {
        if (columns[column].field && name == QLatin1String(columns[column].field))
            return column;
    }
    return -1;
}

QString knownColumns()
{
    QStringList required;
    QStringList optional;
    for (const ColumnSpec& spec : columns)
        (spec.required ? required : optional).append(QLatin1String(spec.name));
    return PackCsvReader::tr("%1; optional: %2")
        .arg(required.join(QStringLiteral(", ")), optional.join(QStringLiteral(", ")));
}

QString shown(const QString& name)
{
    if (name.size() <= maxShownName)
        return name;
    return QString(name.left(maxShownName) + QChar(0x2026));
}

QString lineAt(int line)
{
    return PackCsvReader::tr("line %1").arg(line);
}

QString cellAt(int line, qsizetype column, const QString& name = {})
{
    if (name.isEmpty())
        return PackCsvReader::tr("line %1, column %2").arg(line).arg(column);
    return PackCsvReader::tr("line %1, column %2 (%3)")
        .arg(QString::number(line), QString::number(column), name);
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode, table
// 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray& data)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (size - i < length || bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Counts line ends the way the scanner does: CRLF, LF and a lone CR each end a line.
int lineOfByte(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = data.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

// The header line decides: whichever of comma, semicolon and tab it holds most outside quotes.
// Ties go to the comma, then the semicolon.
QChar separatorOf(const QString& text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            if (c == QLatin1Char(','))
                ++commas;
            else if (c == QLatin1Char(';'))
                ++semicolons;
            else if (c == QLatin1Char('\t'))
                ++tabs;
        }
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

struct Record
{
    int line = 0;                   // the physical line the record starts on, from 1
    QStringList cells;              // the first cells, unquoted, line breaks inside as \n
    qsizetype firstExtraFilled = 0; // the column (from 1) of the first cell with text past those
};

// Splits the text into records (RFC 4180, leniently: a space may precede an opening quote, text
// after a closing quote is kept). Every character is looked at a bounded number of times.
class Scanner
{
public:
    Scanner(const QString& text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    // Reads the next record, keeping its first `keep` cells. False when a quote opens and the
    // text ends before it closes; openQuoteLine() and openQuoteColumn() say where it opened.
    bool next(Record& record, qsizetype keep)
    {
        record = Record{};
        record.line = m_line;
        const qsizetype size = m_text.size();
        for (qsizetype column = 1;; ++column) {
            // Cells past `keep` are only looked at, never copied: a line can hold millions.
            const bool kept = column <= keep;
            const bool watched = !kept && record.firstExtraFilled == 0;
            QString cell;
            bool filled = false;
            qsizetype start = m_pos;
            while (start < size && m_text.at(start) == QLatin1Char(' '))
                ++start;
            if (start < size && m_text.at(start) == QLatin1Char('"')) {
                m_quoteLine = m_line;
                m_quoteColumn = column;
                m_pos = start + 1;
                const qsizetype content = m_pos;
                if (!readQuoted(kept ? &cell : nullptr))
                    return false;
                // A doubled quote inside is not a space, so it counts as text.
                filled = watched && !isBlank(QStringView(m_text).sliced(content, m_pos - 1 - content));
            }
            const qsizetype from = m_pos;
            while (m_pos < size && !isBoundary(m_text.at(m_pos)))
                ++m_pos;
            const QStringView rest = QStringView(m_text).sliced(from, m_pos - from);
            if (kept) {
                cell.append(rest);
                record.cells.append(std::move(cell));
            } else if (watched && (filled || !isBlank(rest))) {
                record.firstExtraFilled = column;
            }
            if (m_pos >= size)
                return true;
            const QChar end = m_text.at(m_pos++);
            if (end == m_separator)
                continue;
            if (end == QLatin1Char('\r') && m_pos < size && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return true;
        }
    }

    int openQuoteLine() const { return m_quoteLine; }
    qsizetype openQuoteColumn() const { return m_quoteColumn; }

private:
    bool isBoundary(QChar c) const
    {
        return c == m_separator || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    // From just after an opening quote to just after its closing quote; the text goes to `cell`
    // unless that is null.
    bool readQuoted(QString* cell)
    {
        const qsizetype size = m_text.size();
        for (;;) {
            const qsizetype quote = m_text.indexOf(QLatin1Char('"'), m_pos);
            if (quote < 0) {
                m_pos = size;
                return false;
            }
            countLineEnds(m_pos, quote);
            if (cell)
                cell->append(QStringView(m_text).sliced(m_pos, quote - m_pos));
            m_pos = quote + 1;
            if (m_pos < size && m_text.at(m_pos) == QLatin1Char('"')) {
                if (cell)
                    cell->append(QLatin1Char('"'));
                ++m_pos;
            } else {
                break;
            }
        }
        // Follow-ups are split at line breaks, and stored texts use \n whatever wrote the file.
        if (cell && cell->contains(QLatin1Char('\r'))) {
            cell->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            cell->replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }
        return true;
    }

    void countLineEnds(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\n') ||
                (c == QLatin1Char('\r') && (i + 1 >= m_text.size() || m_text.at(i + 1) != QLatin1Char('\n'))))
                ++m_line;
        }
    }

    const QString& m_text;
    const QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0;
    qsizetype m_quoteColumn = 0;
};

std::optional<double> decimal(QString text)
{
    // Spreadsheets in most of Europe write a decimal comma.
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<bool> yesNo(const QString& text)
{
    const QString value = text.toLower();
    if (value.isEmpty() || value == QLatin1String("no") || value == QLatin1String("false") ||
        value == QLatin1String("0"))
        return false;
    if (value == QLatin1String("yes") || value == QLatin1String("true") || value == QLatin1String("1") ||
        value == QLatin1String("x"))
        return true;
    return std::nullopt;
}

// One follow-up per line of the cell. Stops one past the limit: PackRules reports the excess, and
// a cell of a million short lines costs no more than that.
QStringList followUpsOf(const QString& cell)
{
    QStringList result;
    qsizetype from = 0;
    while (from <= cell.size() && result.size() <= PackRules::maxFollowUps) {
        qsizetype end = cell.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = cell.size();
        const QStringView part = QStringView(cell).sliced(from, end - from).trimmed();
        if (!part.isEmpty())
            result.append(part.toString());
        from = end + 1;
    }
    return result;
}

// The state of one read: the header's columns, the pack so far and every problem found.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackCsvReader)

public:
    explicit SheetReader(const QString& source)
    {
        m_pack.name = QFileInfo(source).completeBaseName();
        m_pack.revision = 1;
        m_columnOf.fill(0);
    }

    // False when rows cannot be read against this header (a required column is missing: every
    // row would repeat it).
    bool readHeader(const Record& header)
    {
        for (qsizetype c = 0; c < header.cells.size(); ++c) {
            const QString name = header.cells.at(c).trimmed().toLower();
            if (name.isEmpty()) {
                m_kinds.append(Unnamed);
                continue;
            }
            const int column = columnNamed(name);
            if (column < 0) {
                add(cellAt(header.line, c + 1),
                    tr("unknown column \"%1\"; the columns are %2").arg(shown(name), knownColumns()));
                m_kinds.append(Ignored);
            } else if (m_columnOf[column] > 0) {
                add(cellAt(header.line, c + 1),
                    tr("the column \"%1\" is named twice (first in column %2)")
                        .arg(nameOf(column), QString::number(m_columnOf[column])));
                m_kinds.append(Ignored);
            } else {
                m_columnOf[column] = c + 1;
                m_kinds.append(column);
            }
        }
        if (header.firstExtraFilled > 0)
            add(cellAt(header.line, header.firstExtraFilled),
                tr("more than %1 columns").arg(maxHeaderColumns));
        bool complete = true;
        for (int column = 0; column < ColumnCount; ++column) {
            if (columns[column].required && m_columnOf[column] == 0) {
                add(lineAt(header.line), tr("the column \"%1\" is missing").arg(nameOf(column)));
                complete = false;
            }
        }
        m_headerRead = complete;
        return complete;
    }

    // How many cells of a row the header gives a meaning (or a missing name) to.
    qsizetype width() const { return m_kinds.size(); }

    // False when no later row can be read.
    bool readRow(const Record& row)
    {
        if (row.firstExtraFilled == 0 && std::all_of(row.cells.cbegin(), row.cells.cend(), isBlankText))
            return true;
        if (m_pack.questions.size() >= PackRules::maxQuestions) {
            add(lineAt(row.line), tr("more than %1 questions; split the file").arg(PackRules::maxQuestions));
            return false;
        }
        if (row.firstExtraFilled > 0)
            add(cellAt(row.line, row.firstExtraFilled),
                tr("a cell to the right of the last column; quote cells that contain the separator"));
        for (qsizetype c = 0; c < row.cells.size() && c < m_kinds.size(); ++c) {
            if (m_kinds.at(c) == Unnamed && !isBlank(row.cells.at(c))) {
                add(cellAt(row.line, c + 1), tr("a cell in a column without a name in the first line"));
                break;
            }
        }

        const auto text = [&](int column) {
            const qsizetype at = m_columnOf[column];
            return at > 0 && at <= row.cells.size() ? row.cells.at(at - 1).trimmed() : QString();
        };
        const auto place = [&](int column) {
            return placeOf(row.line, column);
        };

        Question q;
        q.uuid = text(ColUuid);
        q.versionUuid = text(ColVersionUuid);
        q.key = text(ColKey);
        q.category = text(ColCategory);
        q.title = text(ColTitle);
        q.prompt = text(ColPrompt);
        q.assesses = text(ColAssesses);
        q.followUps = followUpsOf(text(ColFollowUps));
        q.snippet.syntax = text(ColCodeLanguage);
        // Code keeps its indentation: only blank lines around it and trailing spaces go.
        q.snippet.text = [&] {
            const qsizetype at = m_columnOf[ColCode];
            QString code = at > 0 && at <= row.cells.size() ? row.cells.at(at - 1) : QString();
            while (code.startsWith(QLatin1Char('\n')) || code.startsWith(QLatin1Char(' ')) ||
                   code.startsWith(QLatin1Char('\t'))) {
                const qsizetype lineEnd = code.indexOf(QLatin1Char('\n'));
                if (lineEnd < 0 || !code.left(lineEnd).trimmed().isEmpty())
                    break;
                code.remove(0, lineEnd + 1);
            }
            if (code.trimmed().isEmpty())
                return QString();
            while (!code.isEmpty() && code.back().isSpace())
                code.chop(1);
            return code;
        }();
        for (int score = Rubric::minScore; score <= Rubric::maxScore; ++score)
            q.rubric.setAnchor(score, text(scoreLabel(score)), text(scoreDescription(score)));
        PackRules::checkQuestion(
            q, [&](const QString& field) { return placeOf(row.line, columnOfField(field)); }, m_problems);
        if (!q.snippet.text.isEmpty() && q.snippet.syntax.isEmpty())
            add(place(ColCodeLanguage), tr("the code needs a language (code_language), like Python"));

        if (const std::optional<bool> practical = yesNo(text(ColPractical)))
            q.practical = *practical;
        else
            add(place(ColPractical), tr("write yes or no, or leave the cell empty"));

        if (const QString minutes = text(ColMinutes); !minutes.isEmpty()) {
            const std::optional<double> value = decimal(minutes);
            if (!value)
                add(place(ColMinutes), tr("write the minutes as a number, like 2.5 or 2,5"));
            else if (PackRules::checkSeconds(*value * 60, place(ColMinutes), m_problems))
                q.timeBudgetSeconds = static_cast<int>(std::lround(*value * 60));
        }

        double weight = 1.0;
        if (const QString weightText = text(ColWeight); !weightText.isEmpty()) {
            const std::optional<double> value = decimal(weightText);
            if (!value)
                add(place(ColWeight), tr("write the weight as a number, like 1 or 1,5"));
            else if (PackRules::checkWeight(*value, place(ColWeight), m_problems))
                weight = *value;
        }

        const QString kitName = text(ColKit);
        const QString role = text(ColKitRole);
        PackRules::checkText(kitName, PackRules::maxShortText, place(ColKit), m_problems);
        PackRules::checkText(role, PackRules::maxShortText, place(ColKitRole), m_problems);

        checkUnique(m_uuidLines, q.uuid, row.line, place(ColUuid), tr("the same UUID as line %1"));
        checkUnique(m_keyLines, q.key, row.line, place(ColKey), tr("the same key as line %1"));
        // Without a UUID or a key, the importer knows a question by its category and title.
        if (q.uuid.isEmpty() && q.key.isEmpty() && !q.category.isEmpty() && !q.title.isEmpty()) {
            const QString both = q.category + QLatin1Char('\n') + q.title;
            checkUnique(m_titleLines, both, row.line, place(ColTitle),
                        tr("the same category and title as line %1; give one of them a key"));
        }

        const int index = static_cast<int>(m_pack.questions.size());
        const int budget = q.timeBudgetSeconds;
        m_pack.questions.append(std::move(q));
        if (!kitName.isEmpty())
            addToKit(kitName, role, PackKitItem{index, budget, weight}, place(ColKit));
        return true;
    }

    void unterminatedQuote(int line, qsizetype column)
    {
        const qsizetype c = column - 1;
        const QString name =
            m_headerRead && c < m_kinds.size() && m_kinds.at(c) >= 0 ? nameOf(m_kinds.at(c)) : QString();
        add(cellAt(line, column, name),
            tr("a quote opens here and never closes; a quote inside a quoted cell is written twice (\"\")"));
    }

    bool full() const { return m_problems.size() > maxProblems; }

    // The pack, or a PackError with every problem found.
    Pack take(const QString& source)
    {
        if (m_problems.isEmpty() && m_headerRead && m_pack.questions.isEmpty())
            add(lineAt(2), tr("no questions below the first line"));
        if (m_problems.isEmpty())
            return std::move(m_pack);
        if (m_problems.size() > maxProblems) {
            const QString where = m_problems.at(maxProblems).where;
            m_problems.resize(maxProblems);
            m_problems.append({where, tr("… and more problems from here on")});
        }
        throw PackError(source, std::move(m_problems));
    }

private:
    static constexpr int Ignored = -1; // an unknown column, or a second one of the same name
    static constexpr int Unnamed = -2;

    static bool isBlankText(const QString& text) { return isBlank(text); }

    void add(const QString& where, const QString& message) { m_problems.append({where, message}); }

    QString placeOf(int line, int column) const
    {
        if (column < 0 || m_columnOf[column] == 0)
            return lineAt(line);
        return cellAt(line, m_columnOf[column], nameOf(column));
    }

    void checkUnique(QHash<QString, int>& seen, const QString& value, int line, const QString& where,
                     const QString& message)
    {
        if (value.isEmpty())
            return;
        if (const auto first = seen.constFind(value); first != seen.cend())
            add(where, message.arg(*first));
        else
            seen.insert(value, line);
    }

    void addToKit(const QString& name, const QString& role, const PackKitItem& item, const QString& where)
    {
        auto found = m_kitIndex.constFind(name);
        if (found == m_kitIndex.cend()) {
            if (m_pack.kits.size() >= PackRules::maxKits) {
                if (!m_tooManyKits)
                    add(where, tr("more than %1 kits").arg(PackRules::maxKits));
                m_tooManyKits = true;
                return;
            }
            PackKit created;
            created.name = name;
            m_pack.kits.append(created);
            found = m_kitIndex.insert(name, m_pack.kits.size() - 1);
        }
        PackKit& kit = m_pack.kits[*found];
        if (kit.role.isEmpty())
            kit.role = role;
        kit.items.append(item);
    }

    Pack m_pack;
    QList<PackProblem> m_problems;
    std::array<qsizetype, ColumnCount> m_columnOf; // each column's place in the header, from 1; 0 if absent
    QList<int> m_kinds;                            // each header cell's Column, or Ignored or Unnamed
    bool m_headerRead = false;
    QHash<QString, int> m_uuidLines;
    QHash<QString, int> m_keyLines;
    QHash<QString, int> m_titleLines;
    QHash<QString, qsizetype> m_kitIndex;
    bool m_tooManyKits = false;
};

} // namespace

Pack PackCsvReader::read(const QByteArray& data, const QString& source)
{
    if (data.size() > PackRules::maxFileBytes)
        throw PackError(
            source,
            {{tr("file"),
              tr("%1 bytes; a pack may have at most %2").arg(data.size()).arg(PackRules::maxFileBytes)}});
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        throw PackError(source,
                        {{lineAt(lineOfByte(data, bad)), tr("not UTF-8 text; save the file as UTF-8")}});
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (isBlank(text))
        throw PackError(source, {{lineAt(1), tr("the file is empty; its first line names the columns")}});

    Scanner scanner(text, separatorOf(text));
    SheetReader sheet(source);
    Record record;
    if (!scanner.next(record, maxHeaderColumns)) {
        sheet.unterminatedQuote(scanner.openQuoteLine(), scanner.openQuoteColumn());
    } else if (sheet.readHeader(record)) {
        while (!scanner.atEnd() && !sheet.full()) {
            if (!scanner.next(record, sheet.width())) {
                sheet.unterminatedQuote(scanner.openQuoteLine(), scanner.openQuoteColumn());
                break;
            }
            if (!sheet.readRow(record))
                break;
        }
    }
    return sheet.take(source);
}

} // namespace ia
