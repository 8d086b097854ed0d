# purgedesk_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [KEYRING] [TIMEOUT <seconds>])
#
# Builds a Qt Test executable and registers it with ctest, with the environment every test gets:
# the offscreen platform, a fresh temporary HOME and XDG directories (tests/support/run-test.sh),
# and with KEYRING a private D-Bus session with a real, unlocked gnome-keyring.
# Test sources call PurgeDesk::Test::prepare() (testsupport.h), which turns on QStandardPaths' test mode.
function(purgedesk_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()

    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test purgedesk_testsupport ${ARG_LIBRARIES})
    target_compile_options(${name} PRIVATE ${PURGEDESK_TEST_COMPILE_OPTIONS})
    set_target_properties(${name} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests"
        MACOSX_BUNDLE FALSE
        WIN32_EXECUTABLE FALSE)

    set(wrapper)
    set(labels)
    if(UNIX AND NOT APPLE)
        set(wrapper "${PROJECT_SOURCE_DIR}/tests/support/run-test.sh")
        if(ARG_KEYRING)
            list(APPEND wrapper --keyring)
            list(APPEND labels keyring)
        endif()
        list(APPEND wrapper --)
    endif()
    add_test(NAME ${name} COMMAND ${wrapper} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${labels}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=purgedesk.*.debug=true;QTEST_FUNCTION_TIMEOUT=60000")
endfunction()
