#pragma once

#include <QString>

namespace onboarder::testsupport {

// Where the tests find their data files and the shared reference folder, fixed by the build in this one library
// rather than in the compile line of every test that reads them.
QString testDataPath(const QString& relative); // tests/data/<relative>
QString sharedPath(const QString& relative); // ../shared/<relative>

} // namespace onboarder::testsupport
