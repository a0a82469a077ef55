<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CandidateProfile</name>
    <message>
        <source>Candidate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cultural-fit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role, e-mail or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and concerns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <source>Interview Assistant — compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence behind the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Unfinished interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new candidate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role they applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished">Fragen</translation>
    </message>
    <message>
        <source>Questions of the kit</source>
        <translation type="unfinished">Fragen des Leitfadens</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <source>Questions of this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;note (Enter to write, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the candidate say or do that supports the score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Assistant</source>
        <translation>Interview Assistant</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;debrief packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Kandidaten</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager mode (see every panel member&apos;s scores)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring hides the panel&apos;s scores, notes and recommendations for a candidate until you have submitted your own scorecard for them. A hiring manager turns this on, with the manager passphrase, to see everything; it is off again at the next start.</source>
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
    <name>ia::AddHighlightCommand</name>
    <message>
        <source>Add highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CalibrationPage</name>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration of interviewers</source>
        <translation>Kalibrierung der Interviewer</translation>
    </message>
    <message>
        <source>Mean and spread (standard deviation) are over every score the interviewer gave. Deviation is the average of (their score − the other panel members&apos; mean for the same candidate and question), over the questions someone else scored too. Skipped questions never count. Past the threshold an interviewer is labelled lenient (above the panel) or harsh (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient or harsh from &amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with at least &amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calibration as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CandidateProfileWidget</name>
    <message>
        <source>Kind is cv, portfolio, github or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation type="unfinished"></translation>
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
    <name>ia::CandidateSummary</name>
    <message>
        <source>panel mean %1, scores: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished">Warnsignal</translation>
    </message>
</context>
<context>
    <name>ia::CandidateTableModel</name>
    <message>
        <source>Candidates: %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: hidden until you submit your own scorecard for this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CandidatesPage</name>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: submit your own scorecard for this candidate to see the panel&apos;s strengths and concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: until you submit your own scorecard for a candidate, the panel&apos;s scores and notes stay hidden (candidates: %1). A hiring manager sees everything with View → Manager mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing needs the manager passphrase of this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the manager passphrase; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager passphrase is set for this database yet. Turn on View → Manager mode to choose one; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CategoryChart</name>
    <message>
        <source>Category chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose candidates to see their categories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::Cli</name>
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
    <message>
        <source>Export the scorecard of interview ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the debrief packet of a candidate, by number or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one debrief packet per candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF scorecards and debrief packets. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exactly one of --interview, --candidate and --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all needs --out-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size &apos;%1&apos;; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an interview number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate has a submitted interview yet; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument. Try &apos;interview-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the data as this interviewer would (blind scoring applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERVIEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interviewer called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role whose candidates to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates of a role side by side: per question the panel&apos;s mean, spread and number of scores; per category and overall the weighted mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the role with --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate applied for &quot;%1&quot;. Roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far from the panel, in points, counts as lenient or harsh (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each interviewer&apos;s scorecards, mean score, spread and mean deviation from the rest of the panel on the same questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold needs a positive number of points, such as 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find (all of them; word* for a prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over evidence notes, highlights, summaries, code answers and candidate notes, best match first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the candidate to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a candidate and every trace of them: profile, interviews, scores, notes, highlights, code answers, search entries and upgrade backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the candidate&apos;s number with --candidate ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yes to erase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default), json or pdf (with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write, for --format pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See everything, as the hiring manager; asks for the manager passphrase (on the terminal, or the first line of standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager passphrase is set for this database yet. Choose one with &quot;interview-cli manager-passphrase --db %1&quot; or in the app (View → Manager mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the manager passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --as and --manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose view this is: --as INTERVIEWER (blind scoring applies) or --manager (asks for the manager passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: an internal error stopped the command (%1). Nothing more was written; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: interview-cli COMMAND [OPTIONS]

Interview Assistant on the command line; needs no display.

Commands:
  init    Create a database (or upgrade an existing one) with the default question bank
  demo    Add demo candidates, interviewers and interviews to a database
  export  Write a PDF scorecard (--interview), a debrief packet (--candidate) or
          one packet per candidate (--all --out-dir)
  compare     The candidates of a role side by side (--role, --format csv|json)
  calibration Each interviewer against the rest of the panel (--format csv|json)
  search      Full-text search over notes, highlights, summaries and code
  erase       Remove a candidate and everything about them (--candidate ID)
  manager-passphrase  Choose or change the manager passphrase of a database

compare, calibration, search and export show what one person may see: --as INTERVIEWER
(blind scoring applies) or --manager (asks for the manager passphrase). erase asks for it
too. On a terminal it is typed without echo; otherwise it is the first line of standard input.

Options:
  -h, --help     Show this help; &apos;interview-cli COMMAND --help&apos; shows a command&apos;s options
  -v, --version  Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the manager passphrase of a database, or change it (the current one is asked for first). Read from the terminal without echo, or as lines of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current manager passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New manager passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CodeAnswerEditor</name>
    <message>
        <source>Candidate&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the candidate&apos;s code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate&apos;s &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::CompactWindow</name>
    <message>
        <source>Back to the full window (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight text, Enter when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Enter to write, Enter again for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2/%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ComparePage</name>
    <message>
        <source>Click a cell to read the evidence notes behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation>Vergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: choose a question for its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: submit your own scorecard for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody asked this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: until you submit your own scorecard for a candidate, their panel stays hidden (here: %1). View → Manager mode shows everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ComparisonModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: submit your own scorecard for %1 to see the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weighted score over %2 scorecard(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean of the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 from %2 score(s), spread %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the panel disagrees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ComparisonReport</name>
    <message>
        <source>%1 — candidate comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate comparison</source>
        <translation>Kandidatenvergleich</translation>
    </message>
    <message>
        <source>Panel means per question (± spread between interviewers), weighted means per category. ⚠ marks a disagreement: a spread of 2 or more. Best weighted score first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
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
        <source>%1 is not a file. Choose a database file instead.</source>
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
    <message>
        <source>The backup %1 made before a database upgrade could not be deleted and still holds erased data. Delete it by hand; Interview Assistant also tries again each time it opens the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a database. Create a database there with &quot;interview-cli init --db %1&quot;, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database without Interview Assistant&apos;s tables. Create one with &quot;interview-cli init --db %1&quot;, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded before this version can use it, but it cannot be written: %2. Copy it to a folder you may write to and open the copy. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or create one there with &quot;interview-cli init --db %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write to its folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Assistant may not read %1: the file&apos;s permissions do not allow it. Check who owns it. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full (%2 free). Free some space, then try again. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Copy it to a folder you may write to, or fix the permissions. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and was not opened. It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed: the disk reported an error. Check the disk and try again; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was moved or deleted while it was open, so nothing more can be saved to it. Restore the file (or open it where it is now) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was replaced by another database while it was open, so nothing more is saved to it. Open it again from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program removed or replaced the files of the database %1 while Interview Assistant was writing to it, so the last change may not have reached the file. The database is opened afresh; save the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for reading only (%2), so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::DebriefPacket</name>
    <message>
        <source>%1 — debrief packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted interviews: %1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel score (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean and spread leave out skipped and unasked questions. ⚠ marks a disagreement: a spread of 2 or more between interviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean</source>
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
    <name>ia::ExportFile</name>
    <message>
        <source>%1 is the database Interview Assistant is using (or one of its files); an export would destroy it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a file; nothing was written. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 private: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was written; check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::GuardedApplication</name>
    <message>
        <source>Interview Assistant</source>
        <translation type="unfinished">Interview Assistant</translation>
    </message>
    <message>
        <source>An internal error interrupted what you were doing (%1). Your saved work is not affected; please report this.</source>
        <translation type="unfinished"></translation>
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
    <name>ia::HighlightPanel</name>
    <message>
        <source>Red flag (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlights (H adds one at the current time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Enter when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::HiringDesk</name>
    <message>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good? This removes the profile (with %2 reference(s)), %3 interview(s) with their scores and recommendations, %4 evidence note(s), %5 highlight(s) and %6 code answer(s), and their search entries. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 backup file(s) made before database upgrades also hold this candidate and are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::HomePage</name>
    <message>
        <source>New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kit yet</source>
        <translation type="unfinished">Noch kein Leitfaden</translation>
    </message>
    <message>
        <source>the new candidate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start, fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::InterviewActions</name>
    <message>
        <source>Score &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause or resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit scorecard…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The highlight could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; with score &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::InterviewScreen</name>
    <message>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard was submitted and is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had this interview open since %2, so you can only read it here. Take it over to change it here; the other window then becomes read-only, keeping what was typed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took this interview over at %2. This window can only read it now; anything you had typed and not yet saved is kept. Take it back to go on here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open for reading only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s scorecard: you can read it here; only they can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::InterviewSession</name>
    <message>
        <source>The interview no longer exists; it may have been erased with its candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard has been submitted and is read-only. Reopen it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has this interview open; take it over to change it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open for reading only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s scorecard; you can read it, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took this interview over. This window can only read it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed and had not been saved is kept here; take the interview back to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed and had not been saved is kept, and copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program removed or replaced the database&apos;s files while this interview was being saved (a program that opens the database file directly can do that). The database was opened afresh and the whole interview written to it again; nothing was lost.</source>
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
    <name>ia::Leaning</name>
    <message>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In line with the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Milde</translation>
    </message>
    <message>
        <source>Harsh</source>
        <translation>Streng</translation>
    </message>
</context>
<context>
    <name>ia::LeaseRepository</name>
    <message>
        <source>The interview no longer exists; it was erased with its candidate. Nothing more can be saved for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window took this interview over meanwhile. This window can only read it now; what you typed here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took this interview over at %2. This window can only read it now; what you typed here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system colours apply from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Assistant</source>
        <translation type="unfinished">Interview Assistant</translation>
    </message>
    <message>
        <source>The chosen kit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Interview Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed at %1 of interview time. Press Space to continue the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1. %2 has notes or highlights but no score; score it (1–4) or skip it (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• No question has a score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Choose a recommendation: Strong No, No, Yes or Strong Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before submitting:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the scorecard for %1? It becomes read-only until you reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why reopen it? (kept with the time, so the panel can see it was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During an interview these keys work whenever you are not typing in a text field. Esc leaves a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export debrief packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring</source>
        <translation>Blinde Bewertung</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read and export; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview was closed: its candidate was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Over This Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit here the interview another window has open; that window becomes read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a manager passphrase for this database (at least %1 characters). It unlocks manager mode, where blind scoring is off, and erasing candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the manager passphrase once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager passphrase of this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the manager passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Assistant (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Interview Assistant (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1&apos;s interview here? %2 can then only read it; nothing typed there is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing this interview here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be saved to the database yet (see the status bar). Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be saved to the database yet (see the status bar). A copy of them is in %1. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ManagerPassphrase</name>
    <message>
        <source>The current manager passphrase is not right; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager passphrase needs at least %1 characters.</source>
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
    <message>
        <source>Could not name the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PdfReportWriter</name>
    <message>
        <source>%1 · generated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF failed: %1</source>
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
    <message>
        <source>The database cannot be changed: the file or its folder is read-only. Check their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s files could not be opened. Check that the file and its folder exist and may be read and written.</source>
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
    <name>ia::RecoveryFiles</name>
    <message>
        <source>Changes Interview Assistant could not save to the database yet. Copy what you need back into the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::RemoveHighlightCommand</name>
    <message>
        <source>Remove highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ReportExporter</name>
    <message>
        <source>There is no candidate number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several candidates are called &quot;%1&quot;; use a number instead: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interview number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no submitted interviews yet, so there is nothing to debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::RowReader</name>
    <message>
        <source>The database holds a value this version of Interview Assistant never writes, so it was not used: table %1, row %2: %3. The file may be damaged or edited by another program; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; where a whole number belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; where a number belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data where text belongs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SaveQueue</name>
    <message>
        <source>The app was closed before these changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept, tried again, and copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept and tried again, but no recovery copy could be written (%1): copy any text you need elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the database. Your changes are kept and saved as soon as it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ScorePanel</name>
    <message>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished">Übersprungen</translation>
    </message>
    <message>
        <source>Not scored yet — press 1 to 4, or S to skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ScorecardModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, scored %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ScorecardReport</name>
    <message>
        <source>%1 — scorecard by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished">Fragen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time / budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished">Bewertet</translation>
    </message>
    <message>
        <source>Overall (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Code answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SearchPage</name>
    <message>
        <source>Search notes, highlights, summaries, code and candidate notes (word* for a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find them in every evidence note, highlight, summary, code answer and candidate note, best match first. Every word must occur; end a word with * to match its beginning (gener* finds generator and generators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a result to open the interview or the candidate. Blind scoring applies: a panel you may not see yet is not searched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SearchRepository</name>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural-fit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SecureFile</name>
    <message>
        <source>Could not create the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SetEntryResultCommand</name>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SetHighlightFlagCommand</name>
    <message>
        <source>Flag as red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SetRecommendationCommand</name>
    <message>
        <source>Recommendation: %1</source>
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
        <source>The data was deleted, but another program is still reading the database, so old copies could not be wiped yet. Interview Assistant wipes them the next time it opens the database; close other programs using it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::TimerPanel</name>
    <message>
        <source>Interview time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start clock (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the time budget is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished">Abgegeben</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
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
    <name>ia::VisibilityPolicy</name>
    <message>
        <source>Blind scoring: the panel&apos;s scores and notes for %1 stay hidden until you have submitted your own scorecard for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: submit your own scorecard for %1 before you open %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may erase a candidate; unlock manager mode with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::WrapUpPanel</name>
    <message>
        <source>&amp;Submit scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall picture in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1. The scorecard is read-only.</source>
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
    <message>
        <source>Open the interview with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in compact mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system, light or dark (remembered from the View menu otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: interview, candidates, compare, calibration or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;; showing the interview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error stopped Interview Assistant from starting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
