#pragma once

#include <QString>

namespace ia {

// What crosses machines: every record that can travel in a bundle carries a UUID, written in its
// canonical lower-case 36-character form. Local integer ids stay for joins; they differ on every
// laptop, the UUIDs do not.
class Identity
{
public:
    // A new random (version 4) UUID.
    static QString create();
    // Whether the text is a UUID in the canonical form the storage keeps.
    static bool isValid(const QString& text);

    // The shipped bank's records carry fixed UUIDs in its resource file. Databases made before
    // records had UUIDs get the same ones from these name-based (version 5) UUIDs of the bank's
    // stable keys, which is how the file's values were made: every laptop agrees on them.
    static QString ofBankQuestion(const QString& key);
    static QString ofBankQuestionVersion(const QString& key, int version);
    static QString ofBankKit(const QString& name);
};

} // namespace ia
