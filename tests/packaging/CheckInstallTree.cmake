# Installs the build into a throwaway prefix and checks the tree a distribution would ship: every file in its FHS
# place, the desktop entry and the metainfo valid there (desktop-file-validate, appstreamcli validate-tree), and
# the metainfo in step with the project (newest release = project version, same homepage, same application ID).
#
# cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DSTAGING_DIR=... -DAPP_ID=... -DVERSION=... -DHOMEPAGE=... -DDESKTOP_FILE_VALIDATE=...
#       -DAPPSTREAMCLI=... -DMAN_PAGES=ON|OFF -DPNG_ICONS=ON|OFF -P CheckInstallTree.cmake

set(failures)
macro(fail message)
    list(APPEND failures "${message}")
endmacro()

file(REMOVE_RECURSE "${STAGING_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGING_DIR}/usr"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()
set(usr "${STAGING_DIR}/usr")

set(expected
    bin/onboarder
    bin/onboarder-cli
    bin/onboarder-sandbox
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg)
if(PNG_ICONS)
    foreach(size IN ITEMS 16 24 32 48 64 128 256)
        list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    endforeach()
endif()
if(MAN_PAGES)
    list(APPEND expected share/man/man1/onboarder.1.gz share/man/man1/onboarder-cli.1.gz
         share/man/man1/onboarder-sandbox.1.gz)
endif()
foreach(path IN LISTS expected)
    if(NOT EXISTS "${usr}/${path}")
        fail("missing after install: ${path}")
    endif()
endforeach()
foreach(program IN ITEMS onboarder onboarder-cli onboarder-sandbox)
    if(EXISTS "${usr}/bin/${program}")
        file(READ "${usr}/bin/${program}" magic LIMIT 4 HEX)
        if(NOT magic STREQUAL "7f454c46")
            fail("bin/${program} is not an ELF executable")
        endif()
    endif()
endforeach()

# The desktop entry starts an installed binary and names the installed icon.
set(desktop "${usr}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" exec_line REGEX "^Exec=")
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${exec_line}")
    if(NOT EXISTS "${usr}/bin/${exec}")
        fail("Exec=${exec} of the desktop entry is not an installed binary")
    endif()
    file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
    if(NOT icon_line STREQUAL "Icon=${APP_ID}")
        fail("the desktop entry's icon is '${icon_line}', not ${APP_ID}")
    endif()
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}" RESULT_VARIABLE result OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        fail("desktop-file-validate:\n${output}")
    endif()
endif()

set(metainfo "${usr}/share/metainfo/${APP_ID}.metainfo.xml")
if(EXISTS "${metainfo}")
    file(READ "${metainfo}" xml)
    string(REGEX MATCH "<id>([^<]+)</id>" _ "${xml}")
    if(NOT CMAKE_MATCH_1 STREQUAL "${APP_ID}")
        fail("metainfo <id> is '${CMAKE_MATCH_1}', not ${APP_ID}")
    endif()
    string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]+)</launchable>" _ "${xml}")
    if(NOT CMAKE_MATCH_1 STREQUAL "${APP_ID}.desktop")
        fail("metainfo launchable is '${CMAKE_MATCH_1}'")
    endif()
    # Releases are listed newest first; the newest must be the version being built.
    string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${xml}")
    if(NOT CMAKE_MATCH_1 STREQUAL "${VERSION}")
        fail("newest metainfo release is '${CMAKE_MATCH_1}' but the project version is ${VERSION}: add a <release>")
    endif()
    string(REGEX MATCH "<url type=\"homepage\">([^<]+)</url>" _ "${xml}")
    if(NOT CMAKE_MATCH_1 STREQUAL "${HOMEPAGE}")
        fail("metainfo homepage '${CMAKE_MATCH_1}' is not ${HOMEPAGE}")
    endif()
    foreach(binary IN ITEMS onboarder onboarder-cli onboarder-sandbox)
        string(FIND "${xml}" "<binary>${binary}</binary>" at)
        if(NOT at GREATER -1)
            fail("metainfo does not provide the binary ${binary}")
        endif()
    endforeach()
    # Every screenshot the metainfo shows is one of the project's own.
    string(REGEX MATCHALL "/screenshots/[^<]+\\.png" shots "${xml}")
    if(NOT shots)
        fail("metainfo has no screenshots")
    endif()
    foreach(shot IN LISTS shots)
        string(REGEX REPLACE "^/screenshots/" "" name "${shot}")
        if(NOT EXISTS "${SOURCE_DIR}/docs/screenshots/${name}")
            fail("metainfo screenshot ${name} is not in docs/")
        endif()
    endforeach()
endif()

# The installed tree as a software centre sees it: metainfo, desktop entry and icon together.
execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net --strict "${STAGING_DIR}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    fail("appstreamcli validate-tree:\n${output}")
endif()
message(STATUS "appstreamcli validate-tree: ${output}")

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The install tree has problems:\n  ${text}")
endif()
list(LENGTH expected count)
message(STATUS "Install tree under ${usr}: ${count} expected files present and valid")
