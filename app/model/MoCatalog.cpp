#include "model/MoCatalog.h"

#include <QCoreApplication>
#include <QFile>

namespace onboarder::model {

namespace {

constexpr quint32 kMagic = 0x950412de;
constexpr quint32 kMagicSwapped = 0xde120495;

class Reader
{
public:
    Reader(const QByteArray& data, bool swapped)
        : m_data(data)
        , m_swapped(swapped)
    {
    }

    bool word(qint64 offset, quint32* out) const
    {
        if (offset < 0 || offset + 4 > m_data.size()) {
            return false;
        }
        const auto* p = reinterpret_cast<const unsigned char*>(m_data.constData() + offset);
        quint32 value = quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
        if (m_swapped) {
            value = ((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >> 8) & 0xff00) | (value >> 24);
        }
        *out = value;
        return true;
    }

    // String i of the table at tableOffset: (length, offset) pairs.
    bool string(quint32 tableOffset, quint32 index, QByteArray* out) const
    {
        quint32 length = 0;
        quint32 offset = 0;
        const qint64 entry = qint64(tableOffset) + qint64(index) * 8;
        if (!word(entry, &length) || !word(entry + 4, &offset)) {
            return false;
        }
        if (qint64(offset) + qint64(length) > m_data.size()) {
            return false;
        }
        *out = m_data.mid(qsizetype(offset), qsizetype(length));
        return true;
    }

private:
    const QByteArray& m_data;
    bool m_swapped;
};

QString tr(const char* text)
{
    return QCoreApplication::translate("MoCatalog", text);
}

} // namespace

std::optional<MoCatalog> MoCatalog::fromData(const QByteArray& data, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<MoCatalog> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };

    if (data.size() < 28) {
        return fail(tr("The catalogue is too short to be a gettext .mo file."));
    }
    quint32 magic = 0;
    Reader probe(data, false);
    probe.word(0, &magic);
    if (magic != kMagic && magic != kMagicSwapped) {
        return fail(tr("The file is not a gettext .mo catalogue."));
    }
    const Reader reader(data, magic == kMagicSwapped);
    quint32 count = 0;
    quint32 originals = 0;
    quint32 translations = 0;
    reader.word(8, &count);
    reader.word(12, &originals);
    reader.word(16, &translations);
    // Each entry needs 8 bytes in each table; a count beyond that is a damaged header.
    if (qint64(count) * 8 > data.size()) {
        return fail(tr("The catalogue's string count does not fit the file."));
    }

    MoCatalog catalog;
    catalog.m_translations.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        QByteArray original;
        QByteArray translated;
        if (!reader.string(originals, i, &original) || !reader.string(translations, i, &translated)) {
            return fail(tr("Entry %1 of the catalogue points outside the file.").arg(i));
        }
        if (original.isEmpty()) {
            continue; // the header entry with the catalogue's metadata
        }
        // Plural entries hold "singular\0plural" and "form0\0form1...".
        const qsizetype originalEnd = original.indexOf('\0');
        const qsizetype translatedEnd = translated.indexOf('\0');
        if (originalEnd >= 0) {
            original.truncate(originalEnd);
        }
        if (translatedEnd >= 0) {
            translated.truncate(translatedEnd);
        }
        if (!translated.isEmpty()) {
            catalog.m_translations.insert(QString::fromUtf8(original), QString::fromUtf8(translated));
        }
    }
    return catalog;
}

std::optional<MoCatalog> MoCatalog::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return fromData(file.readAll(), error);
}

QString MoCatalog::translate(const QString& source) const
{
    return m_translations.value(source);
}

} // namespace onboarder::model
