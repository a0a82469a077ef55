<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Assistant</source>
        <translation>Interview Assistant</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Questions of the kit</source>
        <translation>Fragen des Leitfadens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Interview Assistant</source>
        <translation>&amp;Über Interview Assistant</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::AboutDialog</name>
    <message>
        <source>About Interview Assistant</source>
        <translation>Über Interview Assistant</translation>
    </message>
    <message>
        <source>Interview Assistant</source>
        <translation>Interview Assistant</translation>
    </message>
    <message>
        <source>Structured technical interviews: questions, rubrics, scoring and scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ia::CandidateRepository</name>
    <message>
        <source>The candidate no longer exists; it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CandidateStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Im Interview</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>ia::Cli</name>
    <message>
        <source>Usage: interview-cli COMMAND [OPTIONS]

Interview Assistant on the command line; needs no display.

Commands:
  init    Create a database (or upgrade an existing one) with the default question bank
  demo    Add demo candidates, interviewers and interviews to a database

Options:
  -h, --help     Show this help; &apos;interview-cli COMMAND --help&apos; shows a command&apos;s options
  -v, --version  Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database with the default question bank, or upgrade an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded; the previous version was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo candidates, interviewers and interviews (once per database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was already there; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;interview-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: %1, kits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: %1, interviewers: %2, interviews: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::Database</name>
    <message>
        <source>The database file %1 is damaged and was not opened. It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Interview Assistant (schema version %2; this version understands up to %3). Install a newer version to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs Interview Assistant %2 or newer (schema version %3; this version understands up to %4). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not an Interview Assistant database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database, and was not opened. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a database file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Interview Assistant database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1. Check that the file and its folder are readable and writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::DemoData</name>
    <message>
        <source>Could not read the demo data %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default kit &quot;%1&quot; is missing, so no demo interviews can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo interview of &quot;%1&quot; with &quot;%2&quot; names an unknown candidate or interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::EntryStatus</name>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>ia::HighlightFlag</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Warnsignal</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
</context>
<context>
    <name>ia::InterviewRepository</name>
    <message>
        <source>This scorecard has been submitted and is read-only. Reopen it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must be between 1 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview no longer exists; it may have been erased with its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::InterviewState</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
</context>
<context>
    <name>ia::KitQuestionModel</name>
    <message numerus="yes">
        <source>%1. %2 (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No kit yet</source>
        <translation>Noch kein Leitfaden</translation>
    </message>
    <message numerus="yes">
        <source>Kit: %1 (%n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::MigrationRunner</name>
    <message>
        <source>This database uses schema version %1, but this version of Interview Assistant only knows up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it; nothing was changed. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database from schema version %1 to %2 failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup taken before the attempt is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::Query</name>
    <message>
        <source>The database is in use by another program and did not become free in time. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup (Interview Assistant keeps one before every upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving or reading data failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::QuestionBank</name>
    <message>
        <source>Could not read the question bank %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of seconds between 0 and 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric scores must be 1, 2, 3 and 4, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rubric needs a label and a description for each score from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::QuestionView</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question on the left.</source>
        <translation>Wählen Sie links eine Frage aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assesses:</source>
        <translation>Prüft:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
</context>
<context>
    <name>ia::Recommendation</name>
    <message>
        <source>Strong No</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Strong Yes</source>
        <translation>Klares Ja</translation>
    </message>
</context>
<context>
    <name>ia::SecureFile</name>
    <message>
        <source>Could not create the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SqliteDialect</name>
    <message>
        <source>The database could not be set up safely: %1 is %2, expected %3. Is the file on a network or read-only disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was deleted, but another program is still reading the database, so old copies could not be wiped yet. Close other windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::VersionInfo</name>
    <message>
        <source>Interview Assistant %1
Qt %2
KF6 SyntaxHighlighting %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured technical interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
</TS>
