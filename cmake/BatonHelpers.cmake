# One-line helpers so every target gets the same warnings, include layout and test wiring.

# Product code also gets strict QString conversions; tests and benchmarks pass RELAXED_STRINGS so
# their tables of literals stay readable.
function(baton_apply_warnings target)
    cmake_parse_arguments(ARG "RELAXED_STRINGS" "" "" ${ARGN})
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual)
    if(BATON_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_USE_QSTRINGBUILDER)
    if(NOT ARG_RELAXED_STRINGS)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                     QT_NO_URL_CAST_FROM_STRING)
    endif()
endfunction()

# baton_add_library(name SOURCES ... LINKS ...)
# The library's folder is its public include root, so code includes "core/agent.h" style paths
# from the app/ directory.
function(baton_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/app)
    target_link_libraries(${name} PUBLIC ${ARG_LINKS})
    baton_apply_warnings(${name})
endfunction()

# baton_add_resources(target name FOLDER resources/x PREFIX /baton/x [PATTERN *.sql])
# Embeds the folder's files under PREFIX by their bare file names (":/baton/x/file").
function(baton_add_resources target name)
    cmake_parse_arguments(ARG "" "FOLDER;PREFIX;PATTERN" "" ${ARGN})
    if(NOT ARG_PATTERN)
        set(ARG_PATTERN "*")
    endif()
    set(folder ${PROJECT_SOURCE_DIR}/${ARG_FOLDER})
    # CONFIGURE_DEPENDS: a new file (a migration, an icon) is embedded without a manual re-configure.
    file(GLOB files CONFIGURE_DEPENDS RELATIVE ${folder} ${folder}/${ARG_PATTERN})
    set(paths "")
    foreach(f IN LISTS files)
        set_source_files_properties(${folder}/${f} PROPERTIES QT_RESOURCE_ALIAS ${f})
        list(APPEND paths ${folder}/${f})
    endforeach()
    qt_add_resources(${target} ${name} PREFIX ${ARG_PREFIX} FILES ${paths})
endfunction()

function(baton_add_executable name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LINKS})
    baton_apply_warnings(${name})
endfunction()

# baton_add_test(name LABEL unit|integration|gui|browser SOURCES ... LINKS ...)
function(baton_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LINKS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test baton_test_support ${ARG_LINKS})
    baton_apply_warnings(${name} RELAXED_STRINGS)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;BATON_SOURCE_DIR=${PROJECT_SOURCE_DIR};LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/support/lsan.supp")
endfunction()
