// File → Connect to team server…: the fields make the address a URL would, OK waits for a usable
// one, and the recent list names a server as such. On the run's server (TeamServer*): the desk
// follows what colleagues do.
#include "ui/ServerConnectDialog.h"

#include "bank/QuestionBank.h"
#include "domain/Candidate.h"
#include "saving/RecoveryFiles.h"
#include "saving/SavedChange.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/LeaseRepository.h"
#include "storage/OfflineJournal.h"
#include "support/ScriptedPrompts.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"
#include "ui/CandidateTableModel.h"
#include "ui/CandidatesPage.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

template <typename T>
T* field(const QDialog& dialog, const char* name)
{
    T* found = dialog.findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QPushButton* okButton(const QDialog& dialog)
{
    return field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

} // namespace

TEST(ServerConnect, TypedFieldsMakeTheAddressAndConnectWaitsForAUsableOne)
{
    ServerConnectDialog dialog(nullptr);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* user = field<QLineEdit>(dialog, "user");
    user->clear();
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(field<QLineEdit>(dialog, "host"), QStringLiteral("db.example.com"));
    QTest::keyClicks(field<QLineEdit>(dialog, "database"), QStringLiteral("interviews"));
    EXPECT_FALSE(okButton(dialog)->isEnabled()) << "no user yet";
    EXPECT_TRUE(field<QLabel>(dialog, "problem")->text().contains(QStringLiteral("user name")));
    QTest::keyClicks(user, QStringLiteral("alice"));
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.address().display(), QStringLiteral("postgresql://alice@db.example.com/interviews"));
    EXPECT_EQ(dialog.address().sslMode(), QStringLiteral("verify-full"));

    auto* tls = field<QComboBox>(dialog, "tls");
    tls->setCurrentIndex(tls->findData(QStringLiteral("require")));
    EXPECT_EQ(dialog.address().display(),
              QStringLiteral("postgresql://alice@db.example.com/interviews?sslmode=require"));
    QTest::keyClicks(field<QLineEdit>(dialog, "password"), QStringLiteral("s3cret"));
    EXPECT_EQ(dialog.password(), QStringLiteral("s3cret"));
    EXPECT_FALSE(dialog.address().display().contains(QStringLiteral("s3cret")));

    // A socket folder: no certificate to verify there, so encryption is proposed only if offered.
    auto* host = field<QLineEdit>(dialog, "host");
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    host->setFocus();
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("/run/postgresql"));
    QTest::keyClick(host, Qt::Key_Tab);
    EXPECT_EQ(tls->currentData().toString(), QStringLiteral("prefer"));
    EXPECT_EQ(dialog.address().display(),
              QStringLiteral("postgresql://alice@/interviews?host=/run/postgresql"));

    // What cannot be used says why and cannot be accepted.
    QTest::keyClicks(field<QLineEdit>(dialog, "database"), QStringLiteral("/x"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(field<QLabel>(dialog, "problem")->text().contains(QStringLiteral("slash")))
        << field<QLabel>(dialog, "problem")->text().toStdString();
}

TEST(ServerConnect, ARefusedPasswordBringsTheAddressBackWithTheReason)
{
    const ServerAddress address =
        ServerAddress::parse(QStringLiteral("postgresql://mia@db.example.com:5433/team?sslmode=verify-ca"));
    ServerConnectDialog dialog(nullptr, address,
                               QStringLiteral("The team server did not accept the password."));
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_TRUE(field<QLabel>(dialog, "message")->isVisible());
    EXPECT_EQ(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("db.example.com"));
    EXPECT_EQ(field<QSpinBox>(dialog, "port")->value(), 5433);
    EXPECT_EQ(field<QComboBox>(dialog, "tls")->currentData().toString(), QStringLiteral("verify-ca"));
    EXPECT_EQ(dialog.address().display(), address.display());
    EXPECT_TRUE(field<QLineEdit>(dialog, "password")->hasFocus());
    EXPECT_EQ(field<QLineEdit>(dialog, "password")->echoMode(), QLineEdit::Password);
}

TEST(ServerConnect, TheRecentListNamesATeamServerWithoutItsPassword)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("here.sqlite")));
    QuestionBank::installDefault(db);
    QSettings().setValue(QStringLiteral("databases/recent"),
                         QStringList{QStringLiteral("postgresql://alice@db.example.com/interviews")});
    MainWindow window(db);
    auto* recent = window.findChild<QMenu*>(QStringLiteral("menuRecentDatabases"));
    ASSERT_NE(recent, nullptr);
    QStringList labels;
    for (const QAction* a : recent->actions())
        labels << a->text();
    EXPECT_TRUE(labels.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("interviews on db.example.com (team server, as alice)")))
        << labels.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(MainWindow::recentDatabases().value(1),
              QStringLiteral("postgresql://alice@db.example.com/interviews"));
    auto* connectAction = window.findChild<QAction*>(QStringLiteral("actionConnectServer"));
    ASSERT_NE(connectAction, nullptr);
    EXPECT_EQ(connectAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
}

TEST(TeamServerDesk, TheCandidatesPageFollowsWhatAColleagueAddsAndSubmits)
{
    TestStore store;
    Database db(store.location());
    QuestionBank::installDefault(db);
    MainWindow window(db);
    window.show();
    window.showPage(MainWindow::Page::Candidates);
    CandidateTableModel* model = window.candidatesPage()->model();
    const int before = model->rowCount();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    // A colleague's program, on a connection of its own, adds a candidate: the page shows them
    // without anyone touching this window.
    Database colleague(store.location());
    Candidate c;
    c.name = QStringLiteral("Kofi");
    const CandidateId kofi = CandidateRepository(colleague).create(c).id;
    ASSERT_TRUE(reset.wait(10000));
    EXPECT_EQ(model->rowCount(), before + 1);

    // And submits an interview with them: the counts follow.
    InterviewRepository interviews(colleague);
    const Interview iv =
        interviews.create(kofi, InterviewerRepository(colleague).findOrCreate(QStringLiteral("Lena")).id,
                          *KitRepository(colleague).byName(QuestionBank::defaultKitName()));
    interviews.start(iv.id, QDateTime::currentDateTimeUtc());
    interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
    // "1": one interview, submitted ("0 of 1" while it was not).
    const auto interviewsOf = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->candidateAt(row) == kofi)
                return model->data(model->index(row, CandidateTableModel::InterviewsColumn)).toString();
        }
        return QString();
    };
    while (interviewsOf() != QLatin1String("1")) {
        ASSERT_TRUE(reset.wait(10000)) << "the submit never showed";
    }
    colleague.releaseThreadConnection();
}

TEST(TeamServerDesk, TheWindowFirstSavesWhatAnEarlierSessionLeftOfflineAndSaysWhatWasRefused)
{
    TestStore store;
    Database db(store.location());
    QuestionBank::installDefault(db);
    Candidate c;
    c.name = QStringLiteral("Ines");
    const CandidateId ines = CandidateRepository(db).create(c).id;
    InterviewRepository interviews(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    const InterviewerId me = InterviewerRepository(db).findOrCreate(QStringLiteral("Omar")).id;
    const Interview mine = interviews.create(ines, me, kit);
    const Interview takenOver = interviews.create(ines, me, kit);
    const QString holder = QStringLiteral("the-session-that-was-killed");
    LeaseRepository leases(db);
    ASSERT_TRUE(leases.acquire(mine.id, holder, QStringLiteral("Omar on laptop")).ours);
    ASSERT_TRUE(leases.acquire(takenOver.id, holder, QStringLiteral("Omar on laptop")).ours);
    const auto note = [&](const Interview& iv, const QString& text) {
        return SavedChange::interview(
                   iv.id, holder,
                   QJsonObject{{QStringLiteral("op"), QStringLiteral("note")},
                               {QStringLiteral("entry"), interviews.scorecard(iv.id)->entries.at(0).id},
                               {QStringLiteral("text"), text}})
            .json();
    };
    {
        // Left by a session that ended while the server was away, in the journal the window uses.
        OfflineJournal earlier;
        earlier.put(db.path(), QStringLiteral("a"), note(mine, QStringLiteral("typed on the train")),
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("typed on the train")}});
        earlier.put(db.path(), QStringLiteral("b"), note(takenOver, QStringLiteral("typed over a colleague")),
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("typed over a colleague")}});
    }
    ASSERT_TRUE(
        leases.acquire(takenOver.id, QStringLiteral("colleague"), QStringLiteral("Lena on desktop"), true)
            .ours);

    MainWindow window(db);
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* said = prompts.get();
    window.setPrompts(std::move(prompts));
    window.show();
    // Saved before the window shows anything: the status says so.
    EXPECT_EQ(interviews.scorecard(mine.id)->entries.at(0).note, QStringLiteral("typed on the train"));
    EXPECT_TRUE(interviews.scorecard(takenOver.id)->entries.at(0).note.isEmpty())
        << "Lena's interview was written over";
    QString status;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        status += label->text();
    EXPECT_TRUE(status.contains(QStringLiteral("saved now"))) << status.toStdString();
    // What the server refused: said in a dialog, its text in a recovery file.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !said->messages.isEmpty(); }, 10000));
    const QString message = said->messages.first();
    EXPECT_TRUE(message.contains(QStringLiteral("Lena on desktop"))) << message.toStdString();
    const QStringList files = RecoveryFiles::existing(db.path());
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(message.contains(files.first())) << message.toStdString();
    EXPECT_TRUE(readAll(files.first()).contains("typed over a colleague"));
    QFile::remove(files.first());
}
