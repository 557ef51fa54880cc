# onboarder_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                    [TIMEOUT <seconds>] [GUI] [KEYRING])
#
# One QtTest executable per class under test. GUI tests run on the offscreen platform; KEYRING tests run inside
# their own D-Bus session with an unlocked throwaway gnome-keyring (tests/run-with-keyring.sh).
set(ONBOARDER_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")
get_filename_component(ONBOARDER_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" ABSOLUTE)

# The two folders above, known to one small library that every test links (tests/support/paths/TestPaths.h).
add_library(onboarder_test_paths STATIC "${PROJECT_SOURCE_DIR}/tests/support/paths/TestPaths.cpp")
target_include_directories(onboarder_test_paths PUBLIC "${PROJECT_SOURCE_DIR}/tests/support/paths")
target_link_libraries(onboarder_test_paths PUBLIC Qt6::Core PRIVATE onboarder_compile_options)
target_compile_definitions(onboarder_test_paths PRIVATE
    ONBOARDER_TEST_DATA_DIR="${ONBOARDER_TEST_DATA_DIR}"
    ONBOARDER_SHARED_DIR="${ONBOARDER_SHARED_DIR}")

function(onboarder_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYRING" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test onboarder_compile_options onboarder_test_paths ${ARG_LIBS})
    if(ARG_KEYRING)
        add_test(NAME ${name} COMMAND "${PROJECT_SOURCE_DIR}/tests/run-with-keyring.sh" $<TARGET_FILE:${name}>)
        list(APPEND ARG_LABELS keyring)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    # The one LeakSanitizer suppression file, also when ctest runs without the sanitize preset's environment.
    # Each test gets a home of its own: tests run in parallel, and two of them sharing the application's data folder
    # (journals of unfinished runs, the demo sandbox's state, cached names) would see each other's files.
    set(home "${CMAKE_BINARY_DIR}/test-homes/${name}")
    file(MAKE_DIRECTORY "${home}")
    set(env "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=*.debug=false"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp"
        "HOME=${home}" "XDG_DATA_HOME=${home}/.local/share" "XDG_CONFIG_HOME=${home}/.config"
        "XDG_CACHE_HOME=${home}/.cache")
    if(ARG_GUI)
        list(APPEND ARG_LABELS gui)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
endfunction()
