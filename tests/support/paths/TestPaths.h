#pragma once

#include <QString>

namespace onboarder::testsupport {

// Where the tests find their data files and the shared reference folder. The build fixes both paths in this one
// library rather than in every test's compile line, so a checkout in another folder rebuilds one file, not the
// whole test tree.
QString testDataPath(const QString& relative); // tests/data/<relative>
QString sharedPath(const QString& relative); // ../shared/<relative>

} // namespace onboarder::testsupport
