#pragma once

#include "pack/Pack.h"

#include <QByteArray>

namespace ia {

// Writes a pack in the layout PackJsonReader reads. The same pack gives the same bytes: members in
// a fixed order, questions and kits in the pack's order, so exporting twice can be compared.
class PackJsonWriter
{
public:
    static QByteArray write(const Pack& pack);
};

} // namespace ia
