#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace onboarder::model {

// A reader for compiled gettext catalogues (.mo files). The iso-codes package ships its translations of country and
// language names in this form; reading them ourselves avoids a dependency on libintl and on the user's locale setup.
// Format: a header (magic, revision, string count, offsets of the original and translated tables) followed by tables
// of (length, offset) pairs pointing to NUL-terminated UTF-8 strings.
class MoCatalog
{
public:
    // Parses a catalogue; every offset is bounds-checked, so a damaged file gives nullopt and a message, never a crash.
    static std::optional<MoCatalog> fromData(const QByteArray& data, QString* error = nullptr);
    static std::optional<MoCatalog> fromFile(const QString& path, QString* error = nullptr);

    // The translation of `source`, or an empty string when the catalogue has none. For plural entries the key is the
    // singular and the value the first form; entries with a context are keyed "context\u0004source".
    QString translate(const QString& source) const;
    bool contains(const QString& source) const
    {
        return m_translations.contains(source);
    }
    int size() const
    {
        return int(m_translations.size());
    }

private:
    QHash<QString, QString> m_translations;
};

} // namespace onboarder::model
