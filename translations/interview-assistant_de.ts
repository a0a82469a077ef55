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
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referen&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ultural-fit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role, e-mail, tag or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase can&amp;didate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseItemsDialog</name>
    <message>
        <source>Items to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <source>Current question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
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
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the keys go</source>
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
    <message>
        <source>Your e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; tells namesakes apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a candidate by name, role or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <source>Questions of this interview</source>
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
    <message>
        <source>Evi&amp;dence note (Enter to write, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these questions the ones new interviews with this kit ask (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Frontend developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the kit</source>
        <translation type="unfinished">Fragen des Leitfadens</translation>
    </message>
    <message>
        <source>&amp;Add questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
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
        <source>&amp;About Interview Assistant</source>
        <translation>&amp;Über Interview Assistant</translation>
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
        <source>&amp;Close interview</source>
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
        <source>&amp;Manager mode (see every panel member&apos;s scores)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring hides the panel&apos;s scores, notes and recommendations for a candidate until you have submitted your own scorecard for them. A hiring manager turns this on, with the manager passphrase, to see everything; it is off again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database, for a new hiring round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;my scorecards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your submitted scorecards in a bundle for the hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import scorecards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the panel&apos;s scorecard bundles into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank: edit, publish, import and export questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview kits: which questions, in which order, for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all debrief packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One debrief packet per candidate with a submitted interview, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. &quot;CSS layout: grid or flexbox&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categ&amp;ory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractical (the candidate writes code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the interviewer asks, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good answer shows about the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: what each score sounds like (all four needed to publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a poor answer sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 1 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 2 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a weak answer sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 2 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 3 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good answer sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 3 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 4 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an excellent answer sounds like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 4 description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Filter questions (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived questions too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished">Fragen</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a question pack (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the published questions and kits as a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this draft the version new interviews ask (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version: who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia</name>
    <message>
        <source>The team server cannot be reached. Check the network connection; what you type is kept and saved when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague was changing the same record at the same moment. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server does not allow your account to do or see this. Ask the server&apos;s administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server accepts no changes at the moment (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s disk is full. Tell its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server is overloaded or shutting down. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving or reading data failed.</source>
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
    <name>ia::AddQuestionsDialog</name>
    <message>
        <source>Add questions to the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, category or prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::BankCommand</name>
    <message>
        <source>Use &apos;interview-cli bank list&apos;, &apos;bank export&apos; or &apos;bank import&apos;; add --help for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the questions and kits of a database: version, drafts, use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished">Fragen</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>asked %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublished changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), %1 min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kit and its questions (repeatable); without it, every published question and kit that is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file to write (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write questions and kits to a question pack (JSON) another database can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n kit(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say what would change, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the new versions are by in the history (default: your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack files, JSON or CSV (told apart by content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring question packs into a database. Every file is checked first; if one is refused, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the pack files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would bring %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::BankExchange</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import question packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question packs (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. Fix these and import it again:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in these packs is here already:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing will bring:

%1

Changed questions become new published versions; interviews already held keep the versions they asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack does not fit this database; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a question pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::BundleFormat</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expected a short text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score belongs to a scored entry, and only there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this UUID is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not a scorecard bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scorecard bundle: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scorecard bundle of Interview Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is in format version %1, made by a newer Interview Assistant; this version reads up to format version %2. Update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;candidate&quot; or &quot;interview&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate of the bundle has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interviewer of the bundle has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kit of the bundle has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question of the bundle has this version UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two entries have this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry of this scorecard has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has one code answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::BundleImporter</name>
    <message numerus="yes">
        <source>%n new scorecard(s), %1 updated, %2 unchanged, %3 refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new candidate(s), %1 matched with candidates already here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s scorecard of %2 (revision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the candidate was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, who is already here (same e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, who is already here (same name and role, as confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; was asked in a wording not known here; it was added as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the candidate looks like someone already here; confirm whether they are the same person, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than the revision %2 already here; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the scorecard is being edited in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its UUID belongs to another candidate&apos;s or interviewer&apos;s scorecard here.</source>
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
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores of the chosen interviewer against the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lenient or harsh from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with &amp;at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interviewer to see their scores against the panel&apos;s, question by question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scores you may see yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the rest of the panel, per candidate and question (panel mean: the other interviewers&apos; scores for the same candidate and question):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody else</source>
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
    <message>
        <source>Candidates: %1+</source>
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
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; may be the same person: %2. Two records of one candidate split their panel in two. &lt;a href=&quot;candidate:%3&quot;&gt;Show %1&lt;/a&gt;, and erase this record if it is a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name, applying for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: until you submit your own scorecard for a candidate, the panel&apos;s scores and notes stay hidden (candidates: %1). The team server shows everything to a hiring manager&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this team server only a hiring manager&apos;s login may erase a candidate; nothing was erased.</source>
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
    <name>ia::ChooseItemsDialog</name>
    <message>
        <source>%1 of %2 chosen</source>
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
    <message>
        <source>See the data as this interviewer would (blind scoring applies): their name, e-mail or UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interviewers are called &quot;%2&quot;; give the e-mail or the UUID of the one you are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;interview-cli bundle export&apos; or &apos;interview-cli bundle import&apos;; add --help for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this candidate&apos;s scorecards, by number (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only scorecards submitted on or after this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file to write (.iapanel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your submitted scorecards to a bundle the hiring manager imports. Drafts never leave this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose scorecards with --as INTERVIEWER and where with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a candidate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (scorecards: %2, candidates: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat a candidate with the same name and role as one already here as the same person (without it, their scorecards are refused and listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge scorecard bundles into a database, each file in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the bundle files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like the same person: %1 (%2) and candidate %3, %4 &lt;%5&gt;. Import again with --match-names if they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 was not imported; nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (pages: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief packets written to %3: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file (default: %1), or a team server as postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is not a manager on this team server; its administrator makes it one with &quot;interview-cli server add-user --manager&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team server you are the interviewer your login is bound to; leave out --as, or log in as %1.</source>
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
  bundle export  Write an interviewer&apos;s submitted scorecards to a bundle for the manager
  bundle import  Merge scorecard bundles into a database
  bank list      The questions and kits of a database, with versions and drafts
  bank export    Write questions and kits to a question pack (--kit NAME, --out FILE)
  bank import    Bring question packs (JSON or CSV) into a database
  server setup   Set up a team server (PostgreSQL) once, as its owner
  server import  Move a database file onto a team server just set up
  server add-user Give a person a login on a team server, bound to their interviewer
  server upgrade Bring a team server&apos;s schema up to this version

compare, calibration, search and export show what one person may see: --as INTERVIEWER
(blind scoring applies) or --manager (asks for the manager passphrase). erase asks for it
too. On a terminal it is typed without echo; otherwise it is the first line of standard input.

Options:
  -h, --help     Show this help; &apos;interview-cli COMMAND --help&apos; shows a command&apos;s options
  -v, --version  Show the version
</source>
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
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2  ·  %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — clock paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 score, S skips, Enter writes a note, Space pauses the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys go to another window. Click the strip to score with 1–4.</source>
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
    <message>
        <source>Blind scoring: until you submit your own scorecard for a candidate, their panel stays hidden (here: %1). The team server shows everything to a hiring manager&apos;s login.</source>
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
        <source>Weighted mean of the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the panel disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: weighted score over %n scorecard(s)</source>
        <translation>
            <numerusform>%1: gewichtete Bewertung über %n Bewertungsbogen</numerusform>
            <numerusform>%1: gewichtete Bewertung über %n Bewertungsbögen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 from %n score(s), spread %2%3</source>
        <translation>
            <numerusform>Mittelwert %1 aus %n Bewertung, Streuung %2%3</numerusform>
            <numerusform>Mittelwert %1 aus %n Bewertungen, Streuung %2%3</numerusform>
        </translation>
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
    <message>
        <source>The team server %1 uses schema version %2, newer than this version of Interview Assistant understands (up to %3). Install the version your team uses. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program. Give Interview Assistant an empty database of its own. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 has no Interview Assistant data yet. Its owner sets it up once with: interview-cli server setup --db &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 uses schema version %2; this version of Interview Assistant needs version %3. Back the server up first:
  pg_dump --format=custom --file=interviews-v%2.dump &quot;%1&quot;
then upgrade it (everyone on the team then needs this version):
  interview-cli server upgrade --yes --db &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server was lost in the middle of saving. What you typed is kept and saved when the server is back.</source>
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
    <message>
        <source>High&amp;lights (H adds one at the current time)</source>
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
        <source>Erase %1 for good? This removes the profile (with %2), %3 with their scores and recommendations, %4, %5 and %6, and their search entries. It cannot be undone.</source>
        <translation>%1 endgültig löschen? Das entfernt das Profil (mit %2), %3 mit ihren Bewertungen und Empfehlungen, %4, %5 und %6 sowie ihre Sucheinträge. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n Referenz</numerusform>
            <numerusform>%n Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Interview</numerusform>
            <numerusform>%n Interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s)</source>
        <translation>
            <numerusform>%n Belegnotiz</numerusform>
            <numerusform>%n Belegnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code answer(s)</source>
        <translation>
            <numerusform>%n Code-Antwort</numerusform>
            <numerusform>%n Code-Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n backup file(s) made before database upgrades also hold this candidate and are deleted too.</source>
        <translation>
            <numerusform>Die %n Sicherungsdatei, die vor Datenbank-Upgrades angelegt wurde, enthält diese Person ebenfalls und wird mitgelöscht.</numerusform>
            <numerusform>Die %n Sicherungsdateien, die vor Datenbank-Upgrades angelegt wurden, enthalten diese Person ebenfalls und werden mitgelöscht.</numerusform>
        </translation>
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
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find any candidate</source>
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
        <source>S&amp;ubmit scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the &amp;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pact mode</source>
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
    <message>
        <source>The kit &quot;%1&quot; has a question that was never published. Publish it on the Questions page, or remove it from the kit.</source>
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
    <message>
        <source>The clock has not started. Space starts it, and so does your first score or highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is paused at %1. Space starts it again, and so does your next score or highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clock</source>
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
    <name>ia::InterviewerRepository</name>
    <message>
        <source>An interviewer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::JsonWalker</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-11-30T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::KitItemsModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never published: publish it on the Questions page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a draft: new interviews ask the published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
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
    <name>ia::KitRepository</name>
    <message>
        <source>A kit named &quot;%1&quot; exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit has no questions. Add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was never published: publish it on the Questions page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its rubric is incomplete (each score from 1 to 4 needs a label and a description).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit &quot;%1&quot; cannot be published yet:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::KitsPage</name>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unpublished changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kit chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never published: the start form does not offer this kit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished changes: new interviews use version %1 (published %2) until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, published %2%3. Interviews keep the version they started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n question(s), %1 min&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> of %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min over the target length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight by category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kit needs a name; the name was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another kit is named &quot;%1&quot;; the name was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the bank</source>
        <translation type="unfinished"></translation>
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
        <source>The interview no longer exists.</source>
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
    <message>
        <source>Interview Assistant databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiring-round.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for a new database, or open that one with File → Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a candidate for %2%3. Interview them, rather than adding a second %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommen&amp;dation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) were never asked (no score, no skip, no notes):</source>
        <translation>
            <numerusform>%n Frage wurde nie gestellt (keine Bewertung, nicht übersprungen, keine Notizen):</numerusform>
            <numerusform>%n Fragen wurden nie gestellt (keine Bewertung, nicht übersprungen, keine Notizen):</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay unscored and do not count. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a manager passphrase for this database (at least %n characters). It unlocks manager mode, where blind scoring is off, and erasing candidates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export all debrief packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing debrief packets to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate has a submitted interview you may see yet; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Debrief packets written to %3: %1 of %2; the others were not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief packets written to %3: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (team server, as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login is a manager on this team server: blind scoring is already off for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team server, the server decides who is a manager. Ask its administrator to make your login one (interview-cli server add-user --manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits from an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits an earlier session could not save are in %1; open it to copy what you need back into the app, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits earlier sessions could not save are in %1 and %2 more recovery files beside it; open them to copy what you need back into the app, then delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the team server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not reach the team server yet. They are kept on this computer and saved the next time you open this server. Quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits that cannot reach the team server are copied to a recovery file instead; a later start does not save them by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ManagerPassphrase</name>
    <message>
        <source>The current manager passphrase is not right; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A manager passphrase needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>ia::OfflineJournal</name>
    <message>
        <source>Could not create the lock file %1 of the offline journal, where edits wait while the team server cannot be reached. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the offline journal %1, where edits wait while the team server cannot be reached. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline journal %1 was written by a newer Interview Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::OfflineReplay</name>
    <message>
        <source>An edit in the offline journal %1 is damaged (%2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused these edits, made while it could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed while the team server could not be reached is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused some of the edits made while it could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text could not be copied to a recovery file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is in %1; copy what you need back into the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits still wait for the server; they are saved the next time it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit in the offline journal %1 could not be made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PackCsvReader</name>
    <message>
        <source>%1; optional: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is named twice (first in column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 questions; split the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell to the right of the last column; quote cells that contain the separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell in a column without a name in the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code needs a language (code_language), like Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write yes or no, or leave the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the minutes as a number, like 2.5 or 2,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the weight as a number, like 1 or 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same UUID as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same key as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same category and title as line %1; give one of them a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote opens here and never closes; a quote inside a quoted cell is written twice (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no questions below the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more problems from here on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; a pack may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first line names the columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PackExporter</name>
    <message>
        <source>There is no kit named &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit &quot;%1&quot; was never published; publish it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PackFile</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; a pack may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PackImporter</name>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kit version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new details for %n kit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 and %3 unchanged</source>
        <translation>%1; %2 und %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kit(s)</source>
        <translation>
            <numerusform>%n Kit</numerusform>
            <numerusform>%n Kits</numerusform>
        </translation>
    </message>
    <message>
        <source>another question in this database has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version belongs to another question in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PackJsonReader</name>
    <message>
        <source>not a member of this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; a pack may have at most %2</source>
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
        <source>not a question pack of Interview Assistant (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is in format version %1, made by a newer Interview Assistant; this version reads up to format version %2. Update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by questions[%2] already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another question of this pack without a UUID or key has this category and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this UUID is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another kit of this pack has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question of this pack has the UUID or key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kit needs at least one question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PackRules</name>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time between 0 and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be a number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor for score %1 needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor for score %1 needs a description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PanelExchange</name>
    <message>
        <source>Scorecard bundles (*.iapanel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app does not know who you are in this database yet. Start or resume one of your interviews first; then your submitted scorecards can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), submitted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no submitted scorecard in this database yet; drafts are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your submitted scorecards of these candidates go into one file for the hiring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you have submitted was in an earlier export (the newest scorecard from %1). Tick the candidates whose scorecards you want to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates with scorecards you submitted since your last export are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scorecard(s) to %1. Send the file to the hiring manager; it holds personal data, so send it the way you would send the candidates&apos; CVs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open for reading only (%1), so nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported, as you cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has %1 (%2). This database already has %3%4 for the same role. Are they the same person? If not, %1 is added as someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported, nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::PanelRepository</name>
    <message>
        <source>an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; with score &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question version that does not exist</source>
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
</context>
<context>
    <name>ia::QuestionDiff</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Nachfragen</translation>
    </message>
    <message>
        <source>Score %1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
</context>
<context>
    <name>ia::QuestionEditor</name>
    <message>
        <source>&amp;Code shown with the question (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the candidate reads or works on; leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change practical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what it assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the label of score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the description of score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move follow-up up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move follow-up down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::QuestionHistoryDialog</name>
    <message>
        <source>Version %1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These versions have the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::QuestionJson</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a label and a description for each score from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::QuestionRepository</name>
    <message>
        <source>This question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Nachfragen</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the language of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft of this question to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be published yet:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is in the kit %1. Remove it from there first, or keep the draft.</source>
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
    <name>ia::QuestionsPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished">Neu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question, not yet published: interviews do not ask it. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version %1, saved as you type; interviews ask version %2 until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, published %2%3. Editing starts a draft of version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes to &quot;%1&quot; and go back to version %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the new question &quot;%1&quot;? It was never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
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
    <message>
        <source>Your changes are kept on this computer and saved when the server is back, even if the app is closed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::SavedChange</name>
    <message>
        <source>a scored answer needs a score from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved (%1); copy its text from the recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a change this app makes</source>
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
    <name>ia::ServerAccess</name>
    <message>
        <source>&quot;%1&quot; cannot be a login name on the server: give 1 to 63 bytes, not starting with pg_ and not one of the group roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the database&apos;s owner adds users to the team server; run this with the owner&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the server&apos;s administrator here; give each interviewer a login of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not create or change roles on this server. Run this as the database&apos;s owner with CREATEROLE, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be prepared for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the team server needs the roles %1 and %2, and your login may not create roles (which it needs again to give people logins). Ask the server&apos;s administrator to run, as a superuser:
  ALTER ROLE %3 CREATEROLE;
then run the setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not give people logins on this server: that takes leave to create roles and to give the group roles %1 and %2, which the administrator or another team&apos;s database made. Ask the server&apos;s administrator to run, as a superuser:
  %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not create roles, so it cannot give people logins on this server. Ask the server&apos;s administrator to run, as a superuser:
  ALTER ROLE %1 CREATEROLE;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not give people the group roles %1 and %2: the administrator or another team&apos;s database made them. Ask the server&apos;s administrator to run, as a superuser:
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is on the server already, but not this team&apos;s: its password is not yours to change. Add it with --keep-password (its person signs in with the password they have), or choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ServerAddress</name>
    <message>
        <source>The server address &quot;%1&quot; cannot be used: %2. A team server is written postgresql://user@host:port/database, for example postgresql://alice@db.example.com/interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid URL (in a password, write # / ? @ % and spaces percent-encoded, as %23 %2F %3F %40 %25 %20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must lie between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name contains a slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS mode is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 did not accept the password for %2. Check the password (or ask the server&apos;s administrator to set a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the team server %2. Check the name in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 has no user &quot;%2&quot;. Check the name, or ask the server&apos;s administrator to add you (interview-cli server add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server %1 is not secure: its certificate could not be verified (%2). Ask the server&apos;s administrator; do not turn the check off on a network you do not control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 does not let %2 in. Ask the server&apos;s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Check the network connection and the address; the server may also be down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ServerCommand</name>
    <message>
        <source>&apos;interview-cli %1&apos; is for a team server: give its address with --db postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a team server once, as the owner of its database: Interview Assistant&apos;s tables and the default question bank. Safe to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 is set up (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 was set up already (schema version %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default question bank was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade now (after backing the server up). Without it, the command only says what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a team server&apos;s schema up to this version of Interview Assistant. Everyone on the team then needs this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 is up to date (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 was upgraded from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default question bank was brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewer&apos;s e-mail: binds the login to the interviewer with this e-mail, or to a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewer&apos;s name, for a new interviewer (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hiring manager: reads every submitted scorecard and alone erases. Without it, an interviewer (and a manager added before becomes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (or ask on a terminal). Without it, a password is made and shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the login&apos;s password as it is (an existing login, or one that signs in another way, such as a certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL login to create or bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a person a login on the team server, bound to their interviewer record: the server then shows them what blind scoring allows and lets them write their own interviews. Run as the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the interviewer&apos;s e-mail with --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --password-stdin and --keep-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a manager, bound to %1 &lt;%2&gt;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as an interviewer, bound to %1 &lt;%2&gt;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a new interviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1
It is shown this once: hand it over safely. They can change it with psql&apos;s \password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;interview-cli server setup&apos;, &apos;server import&apos;, &apos;server upgrade&apos; or &apos;server add-user&apos;; add --help for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to move onto the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a database file onto a team server just set up (before adding logins), whole: drafts, private notes, statuses, history and the question bank. Run as the database&apos;s owner. The file is only read (one of an older version is first brought up to this one, after a backup, as when the app opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database file to move with --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 onto the team server %2: %3 candidates, %4 interviews, %5 interviewers and %6 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s question bank from the setup gave way to the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, give each person a login with &apos;interview-cli server add-user LOGIN --email E&apos;: the e-mail binds it to their interviewer record from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ServerConnectDialog</name>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, without verifying the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypt (a local socket only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user name the server knows you by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ServerImport</name>
    <message>
        <source>The server&apos;s tables refer to each other in a circle (%1); this version cannot move a database onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a database onto a team server takes a database file and a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the database&apos;s owner moves a database onto the team server; run this with the owner&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2 and the team server %3; bring the older one up to this version of Interview Assistant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 already holds candidates, interviews or interviewers, so a whole database cannot move onto it without mixing two teams&apos; records. Move it onto a server just set up (before adding logins), or share scorecards through bundles (File → Export panel bundle, then import it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was moved onto the team server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ia::ServerLogin</name>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s keyring did not keep the password (%1); you will be asked for it next time.</source>
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
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
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
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is paused</source>
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
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
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
    <message>
        <source>Su&amp;bmit scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
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
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;; showing the interview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: interview, candidates, compare, calibration, search, questions or kits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database to open, or scorecard bundles (.iapanel) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error stopped Interview Assistant from opening the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window has painted once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
