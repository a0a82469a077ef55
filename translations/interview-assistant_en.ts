<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ia::BankCommand</name>
    <message numerus="yes">
        <source>asked %n time(s)</source>
        <translation>
            <numerusform>asked %n time</numerusform>
            <numerusform>asked %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), %1 min</source>
        <translation>
            <numerusform>%n question, %1 min</numerusform>
            <numerusform>%n questions, %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s)</source>
        <translation>
            <numerusform>Wrote %n question</numerusform>
            <numerusform>Wrote %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n kit(s) to %1</source>
        <translation>
            <numerusform>and %n kit to %1</numerusform>
            <numerusform>and %n kits to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::BankExchange</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::BundleFormat</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::BundleImporter</name>
    <message numerus="yes">
        <source>%n new scorecard(s), %1 updated, %2 unchanged, %3 refused.</source>
        <translation>
            <numerusform>%n new scorecard, %1 updated, %2 unchanged, %3 refused.</numerusform>
            <numerusform>%n new scorecards, %1 updated, %2 unchanged, %3 refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new candidate(s), %1 matched with candidates already here.</source>
        <translation>
            <numerusform>%n new candidate, %1 matched with candidates already here.</numerusform>
            <numerusform>%n new candidates, %1 matched with candidates already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::ComparisonModel</name>
    <message numerus="yes">
        <source>%1: weighted score over %n scorecard(s)</source>
        <translation>
            <numerusform>%1: weighted score over %n scorecard</numerusform>
            <numerusform>%1: weighted score over %n scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 from %n score(s), spread %2%3</source>
        <translation>
            <numerusform>Mean %1 from %n score, spread %2%3</numerusform>
            <numerusform>Mean %1 from %n scores, spread %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::HiringDesk</name>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s)</source>
        <translation>
            <numerusform>%n evidence note</numerusform>
            <numerusform>%n evidence notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code answer(s)</source>
        <translation>
            <numerusform>%n code answer</numerusform>
            <numerusform>%n code answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n backup file(s) made before database upgrades also hold this candidate and are deleted too.</source>
        <translation>
            <numerusform>The %n backup file made before a database upgrade also holds this candidate and is deleted too.</numerusform>
            <numerusform>The %n backup files made before database upgrades also hold this candidate and are deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::KitQuestionModel</name>
    <message numerus="yes">
        <source>%1. %2 (%n min)</source>
        <translation>
            <numerusform>%1. %2 (%n min)</numerusform>
            <numerusform>%1. %2 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::KitsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n question(s), %1 min&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n question, %1 min&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n questions, %1 min&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::MainWindow</name>
    <message numerus="yes">
        <source>%n question(s) were never asked (no score, no skip, no notes):</source>
        <translation>
            <numerusform>%n question was never asked (no score, no skip, no notes):</numerusform>
            <numerusform>%n questions were never asked (no score, no skip, no notes):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a manager passphrase for this database (at least %n characters). It unlocks manager mode, where blind scoring is off, and erasing candidates.</source>
        <translation>
            <numerusform>Choose a manager passphrase for this database (at least %n character). It unlocks manager mode, where blind scoring is off, and erasing candidates.</numerusform>
            <numerusform>Choose a manager passphrase for this database (at least %n characters). It unlocks manager mode, where blind scoring is off, and erasing candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• and %n more</numerusform>
            <numerusform>• and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::ManagerPassphrase</name>
    <message numerus="yes">
        <source>A manager passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A manager passphrase needs at least %n character.</numerusform>
            <numerusform>A manager passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::PackImporter</name>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n new question</numerusform>
            <numerusform>%n new questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question version(s)</source>
        <translation>
            <numerusform>%n new question version</numerusform>
            <numerusform>%n new question versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kit(s)</source>
        <translation>
            <numerusform>%n new kit</numerusform>
            <numerusform>%n new kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new kit version(s)</source>
        <translation>
            <numerusform>%n new kit version</numerusform>
            <numerusform>%n new kit versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new details for %n kit(s)</source>
        <translation>
            <numerusform>new details for %n kit</numerusform>
            <numerusform>new details for %n kits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kit(s)</source>
        <translation>
            <numerusform>%n kit</numerusform>
            <numerusform>%n kits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::PanelExchange</name>
    <message numerus="yes">
        <source>Wrote %n scorecard(s) to %1. Send the file to the hiring manager; it holds personal data, so send it the way you would send the candidates&apos; CVs.</source>
        <translation>
            <numerusform>Wrote %n scorecard to %1. Send the file to the hiring manager; it holds personal data, so send it the way you would send the candidates&apos; CVs.</numerusform>
            <numerusform>Wrote %n scorecards to %1. Send the file to the hiring manager; it holds personal data, so send it the way you would send the candidates&apos; CVs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ia::QuestionView</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
