#include "TestPaths.h"

namespace onboarder::testsupport {

QString testDataPath(const QString& relative)
{
    return QStringLiteral(ONBOARDER_TEST_DATA_DIR "/") + relative;
}

QString sharedPath(const QString& relative)
{
    return QStringLiteral(ONBOARDER_SHARED_DIR "/") + relative;
}

} // namespace onboarder::testsupport
