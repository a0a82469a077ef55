#include "TestStore.h"

#include "storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <gtest/gtest.h>

#include <stdexcept>

namespace ia::test {

namespace {

QAtomicInteger<int> s_connections;

} // namespace

bool TestStore::serverRun()
{
    return qEnvironmentVariable("IA_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestStore::serverUrl()
{
    return qEnvironmentVariable("IA_TEST_SERVER");
}

QString TestStore::urlFor(const QString& database, const QString& user, const QString& password)
{
    const ServerAddress owner = ServerAddress::parse(serverUrl());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.isEmpty() ? owner.user() : user);
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    url.setQuery(QStringLiteral("host=") + owner.host());
    QString text = url.toString();
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

void TestStore::runAsOwner(const QString& database, const QString& sql)
{
    const ServerAddress owner = ServerAddress::parse(serverUrl());
    const QString name = QStringLiteral("test-owner-%1").arg(s_connections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(owner.host());
        db.setDatabaseName(database);
        db.setUserName(owner.user());
        if (!db.open())
            throw std::runtime_error(
                QString(QStringLiteral("connecting as the owner: ") + db.lastError().text()).toStdString());
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        if (!q.exec(sql))
            throw std::runtime_error(
                QString(q.lastError().text() + QStringLiteral(" in: ") + sql).toStdString());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString TestStore::createServerDatabase(QString* name)
{
    *name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    runAsOwner(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(*name));
    return urlFor(*name);
}

void TestStore::dropServerDatabase(const QString& name)
{
    runAsOwner(QStringLiteral("postgres"),
               QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

TestStore::TestStore(const QString& fileName)
{
    if (!serverRun()) {
        m_location = m_dir.path(fileName);
        return;
    }
    if (serverUrl().isEmpty())
        throw std::runtime_error("IA_TEST_BACKEND=postgresql needs IA_TEST_SERVER (ctest sets both)");
    m_location = createServerDatabase(&m_serverDatabase);
}

TestStore::~TestStore()
{
    if (m_serverDatabase.isEmpty())
        return;
    try {
        dropServerDatabase(m_serverDatabase);
    } catch (const std::exception& e) {
        ADD_FAILURE() << "could not drop the test database: " << e.what();
    }
}

} // namespace ia::test
