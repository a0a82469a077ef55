#include "DatabaseRows.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace ia::test {

QStringList firstColumn(const Database& db, const QString& sql)
{
    Query q(db.connection(), sql);
    q.exec();
    QStringList values;
    while (q.next())
        values << q.text(0);
    return values;
}

} // namespace ia::test
