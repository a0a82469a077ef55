#pragma once

#include "VersionInfo.h"

#include <QDialog>

namespace ia {

// Help > About: what this is and the versions a bug report needs, selectable and copyable.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const VersionInfo& versions, QWidget* parent = nullptr);

    QString versionText() const { return m_versions.toText(); }

private:
    VersionInfo m_versions;
};

} // namespace ia
