#include "model/MoCatalog.h"

#include <QFile>
#include <QTest>

using namespace onboarder::model;

namespace {

// Builds a little-endian .mo file from (original, translation) pairs; originals must be sorted, as msgfmt does.
QByteArray buildMo(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    const quint32 count = quint32(entries.size());
    const quint32 originalsOffset = 28;
    const quint32 translationsOffset = originalsOffset + count * 8;
    quint32 stringsOffset = translationsOffset + count * 8;
    QByteArray header;
    QByteArray originals;
    QByteArray translations;
    QByteArray strings;
    auto word = [](QByteArray& out, quint32 value) {
        for (int i = 0; i < 4; ++i) {
            out.append(char((value >> (8 * i)) & 0xff));
        }
    };
    for (const auto& entry : entries) {
        word(originals, quint32(entry.first.size()));
        word(originals, stringsOffset + quint32(strings.size()));
        strings.append(entry.first).append('\0');
    }
    for (const auto& entry : entries) {
        word(translations, quint32(entry.second.size()));
        word(translations, stringsOffset + quint32(strings.size()));
        strings.append(entry.second).append('\0');
    }
    word(header, 0x950412de);
    word(header, 0);
    word(header, count);
    word(header, originalsOffset);
    word(header, translationsOffset);
    word(header, 0);
    word(header, 0);
    return header + originals + translations + strings;
}

} // namespace

// The gettext .mo reader behind the Swedish country and language names.
class tst_MoCatalog : public QObject
{
    Q_OBJECT

private slots:
    void readsBuiltCatalogue();
    void readsInstalledIsoCodesCatalogue();
    void rejectsDamagedData_data();
    void rejectsDamagedData();
    void truncationNeverCrashes();
};

void tst_MoCatalog::readsBuiltCatalogue()
{
    const QByteArray data = buildMo({ { QByteArray(), QByteArray("Content-Type: text/plain; charset=UTF-8\n") },
                                      { QByteArray("Norway"), QByteArray("Norge") },
                                      { QByteArray("Sweden"), QByteArray("Sverige") },
                                      { QByteArray("file\0files", 10), QByteArray("fil\0filer", 9) },
                                      { QByteArray("menu\x04Open"), QByteArray("Öppna") } });
    QString error;
    const auto catalog = MoCatalog::fromData(data, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->size(), 4); // the header entry is not a translation
    QCOMPARE(catalog->translate(QStringLiteral("Sweden")), QStringLiteral("Sverige"));
    QCOMPARE(catalog->translate(QStringLiteral("Norway")), QStringLiteral("Norge"));
    QCOMPARE(catalog->translate(QStringLiteral("file")), QStringLiteral("fil"));
    QCOMPARE(catalog->translate(QStringLiteral("menu\u0004Open")), QStringLiteral("Öppna"));
    QVERIFY(catalog->translate(QStringLiteral("Denmark")).isEmpty());
    QVERIFY(!catalog->contains(QStringLiteral("Denmark")));
}

void tst_MoCatalog::readsInstalledIsoCodesCatalogue()
{
    // The library embeds this catalogue; reading the installed file checks the reader against msgfmt's output.
    const QString path = QStringLiteral(":/isocodes/sv/iso_3166-1.mo");
    QVERIFY2(QFile::exists(path), "the iso-codes resource is missing from onboarder_model");
    QString error;
    const auto catalog = MoCatalog::fromFile(path, &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY(catalog->size() > 200);
    QCOMPARE(catalog->translate(QStringLiteral("Sweden")), QStringLiteral("Sverige"));
    QCOMPARE(catalog->translate(QStringLiteral("Finland")), QStringLiteral("Finland"));
}

void tst_MoCatalog::rejectsDamagedData_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = buildMo({ { QByteArray("Sweden"), QByteArray("Sverige") } });
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << good.left(20);
    QTest::newRow("wrong magic") << QByteArray(64, 'x');
    QByteArray hugeCount = good;
    hugeCount[8] = char(0xff);
    hugeCount[9] = char(0xff);
    hugeCount[10] = char(0xff);
    QTest::newRow("count beyond file") << hugeCount;
    QByteArray badOffset = good;
    badOffset[28 + 4] = char(0xf0); // offset of the first original string
    badOffset[28 + 5] = char(0xff);
    QTest::newRow("string offset beyond file") << badOffset;
    QTest::newRow("strings cut off") << good.left(good.size() - 4);
}

void tst_MoCatalog::rejectsDamagedData()
{
    QFETCH(QByteArray, data);
    QString error;
    QVERIFY(!MoCatalog::fromData(data, &error));
    QVERIFY(!error.isEmpty());
}

void tst_MoCatalog::truncationNeverCrashes()
{
    QFile file(QStringLiteral(":/isocodes/sv/iso_639-2.mo"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // A cut-off catalogue has offsets pointing past its end; only the whole file (or the file without its very
    // last NUL, which no length covers) can be accepted.
    for (qsizetype size = 0; size < data.size(); size += 97) {
        const bool accepted = MoCatalog::fromData(data.left(size)).has_value();
        QVERIFY2(!accepted || size >= data.size() - 1, qPrintable(QString::number(size)));
    }
    QVERIFY(MoCatalog::fromData(data));
}

QTEST_GUILESS_MAIN(tst_MoCatalog)
#include "tst_MoCatalog.moc"
