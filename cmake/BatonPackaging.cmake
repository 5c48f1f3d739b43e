# How Baton installs, and the two Debian packages CPack makes of it (scripts/package.sh):
#   baton  - the workstation: binary, desktop entry, AppStream metainfo, icons, baton(1)
#   batond - the routing engine: binary, systemd unit, /etc/batond/batond.json (a conffile), batond(8)
# The version is project(VERSION) in the top-level CMakeLists.txt. packaging/changelog must have an
# entry for it; that entry's date becomes the release date of the metainfo and the man pages.

include(GNUInstallDirs)

# Placeholders until the project has a public home and an address; change them here only.
set(BATON_APP_ID "org.example.baton")
set(BATON_HOMEPAGE_URL "https://baton.example.org/")
set(BATON_SCREENSHOT_URL "https://baton.example.org/screenshots")
set(BATON_MAINTAINER "The Baton developers <maintainers@baton.example.org>")

set(BATON_PACKAGE_DIR "${PROJECT_BINARY_DIR}/package" CACHE PATH "Where cpack writes the Debian packages")
option(BATON_PACKAGE_CHECKS "Register the checks of the built packages (ctest label package)" OFF)

set(packaging_source ${PROJECT_SOURCE_DIR}/packaging)
set(packaging_build ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${packaging_build})

# The release date: the newest changelog entry's, which must be this version's.
file(STRINGS ${packaging_source}/changelog changelog_lines)
list(GET changelog_lines 0 changelog_head)
if(NOT changelog_head MATCHES "^baton \\(([^)]+)\\)" OR NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "packaging/changelog: the newest entry must be for ${PROJECT_VERSION}, the version in "
                        "project(); found \"${changelog_head}\"")
endif()
foreach(line IN LISTS changelog_lines)
    if(line MATCHES "^ -- .*  [A-Z][a-z][a-z], ([0-9][0-9]?) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
        set(release_day ${CMAKE_MATCH_1})
        set(release_month_name ${CMAKE_MATCH_2})
        set(release_year ${CMAKE_MATCH_3})
        break()
    endif()
endforeach()
set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(FIND month_names "${release_month_name}" release_month)
if(NOT release_year OR release_month LESS 0)
    message(FATAL_ERROR "packaging/changelog: no trailer line with an RFC 5322 date in the newest entry")
endif()
math(EXPR release_month "${release_month} + 1" OUTPUT_FORMAT DECIMAL)
string(LENGTH "${release_month}" month_digits)
string(LENGTH "${release_day}" day_digits)
if(month_digits EQUAL 1)
    set(release_month "0${release_month}")
endif()
if(day_digits EQUAL 1)
    set(release_day "0${release_day}")
endif()
set(BATON_RELEASE_DATE "${release_year}-${release_month}-${release_day}")

# Debian wants man pages and changelogs compressed with gzip -9n (no name, no time stamp).
function(baton_gzip source target)
    execute_process(COMMAND gzip -9n -c ${source} OUTPUT_FILE ${target} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${source} failed")
    endif()
endfunction()

configure_file(${packaging_source}/baton.metainfo.xml.in ${packaging_build}/${BATON_APP_ID}.metainfo.xml @ONLY)
configure_file(${packaging_source}/man/baton.1.in ${packaging_build}/baton.1 @ONLY)
configure_file(${packaging_source}/man/batond.8.in ${packaging_build}/batond.8 @ONLY)
baton_gzip(${packaging_build}/baton.1 ${packaging_build}/baton.1.gz)
baton_gzip(${packaging_build}/batond.8 ${packaging_build}/batond.8.gz)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${packaging_source}/changelog)
baton_gzip(${packaging_source}/changelog ${packaging_build}/changelog.gz)

# The service's configuration is the example team with a warning on top (JSON has no comments;
# batond ignores keys it does not know).
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/batond.example.json)
file(READ ${PROJECT_SOURCE_DIR}/resources/batond.example.json example_config)
string(REGEX REPLACE "^{\n" "{\n  \"_note\": \"CHANGE EVERY PASSWORD BEFORE THE FIRST START. This is Baton's example team and its passwords are public; agents once imported stay in the database. Replace each password with a passwordHash from 'batond --hash-password NEW', set listen, departments and agents (docs/configuration.md, batond(8)), then: systemctl enable --now batond\",\n"
       service_config "${example_config}")
file(CONFIGURE OUTPUT ${packaging_build}/batond.json CONTENT "${service_config}" @ONLY)

# Absolute places only for a system install (the packages); a private prefix keeps everything under it.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(BATON_SYSTEMD_UNIT_DIR /lib/systemd/system)
else()
    set(BATON_SYSTEMD_UNIT_DIR ${CMAKE_INSTALL_LIBDIR}/systemd/system)
endif()

install(TARGETS baton RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT baton)
install(FILES ${packaging_source}/baton.desktop RENAME ${BATON_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT baton)
install(FILES ${packaging_build}/${BATON_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT baton)
install(DIRECTORY ${packaging_source}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT baton)
install(FILES ${packaging_source}/icons/baton.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        COMPONENT baton)
install(FILES ${packaging_build}/baton.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT baton)

install(TARGETS batond RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT batond)
install(FILES ${packaging_source}/batond/batond.service DESTINATION ${BATON_SYSTEMD_UNIT_DIR} COMPONENT batond)
install(FILES ${packaging_build}/batond.json DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/batond
        PERMISSIONS OWNER_READ OWNER_WRITE COMPONENT batond)
install(FILES ${packaging_source}/batond/batond.lintian-overrides RENAME batond
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides COMPONENT batond)
install(FILES ${packaging_build}/batond.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT batond)

foreach(component IN ITEMS baton batond)
    install(FILES ${packaging_source}/copyright ${packaging_build}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${component} COMPONENT ${component})
endforeach()

file(WRITE ${packaging_build}/conffiles "${CMAKE_INSTALL_FULL_SYSCONFDIR}/batond/batond.json\n")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME baton)
set(CPACK_PACKAGE_VENDOR "The Baton developers")
set(CPACK_PACKAGE_CONTACT "${BATON_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${BATON_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# CPack's own default: only then does CPackDeb take each package's summary from the first line of
# its description below instead of putting the project's description in front of both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_DIRECTORY "${BATON_PACKAGE_DIR}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR ON) # the unit and /etc are absolute paths; they must land in the package
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL baton batond)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SOURCE baton)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# dpkg-shlibdeps finds the libraries; Qt's plugins are loaded at run time, so they are named here:
# the SQLite driver (engine database, workstation cache) and the platform plugins (xcb, wayland).
set(CPACK_DEBIAN_BATON_PACKAGE_NAME baton)
set(CPACK_DEBIAN_BATON_PACKAGE_SECTION net)
set(CPACK_DEBIAN_BATON_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_BATON_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_BATON_PACKAGE_SUGGESTS "batond")
set(CPACK_DEBIAN_BATON_DESCRIPTION "customer-service agent workstation
Baton is the desktop of customer-service agents who handle many customer
chats at once. When a chat needs someone better suited, the agent hands it
over with a note to a colleague the routing engine recommends (by skill,
load and experience), and the customer never notices a seam.
.
The workstation shows incoming transfers with a preview of the note, the
customer's profile and the whole history, keeps a local cache so it opens
at once and reads offline, and speaks Chinese and English. It runs its own
embedded engine with a demo team, or signs in to a batond server.")

set(CPACK_DEBIAN_BATOND_PACKAGE_NAME batond)
set(CPACK_DEBIAN_BATOND_PACKAGE_SECTION net)
set(CPACK_DEBIAN_BATOND_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_BATOND_DESCRIPTION "routing engine for the Baton customer-service workstation
batond queues customers, answers first with a robot tier, routes chats to
agents and recommends colleagues when an agent hands a conversation over.
Agents connect with the Baton workstation over WebSockets; customers chat
through a web page that batond serves itself. Everything is kept in one
SQLite database.
.
The package installs a hardened systemd service (dynamic user, state in
/var/lib/batond, logs in the journal) and the team configuration
/etc/batond/batond.json. The service is not started on installation: set
the team and change the example passwords first.")
set(CPACK_DEBIAN_BATOND_PACKAGE_CONTROL_EXTRA
    "${packaging_build}/conffiles;${packaging_source}/batond/postinst;${packaging_source}/batond/prerm;${packaging_source}/batond/postrm")

include(CPack)

if(BATON_PACKAGE_CHECKS)
    enable_testing()
    add_test(NAME package_contents
             COMMAND ${packaging_source}/check-packages.sh ${BATON_PACKAGE_DIR} ${PROJECT_VERSION})
    add_test(NAME package_lintian COMMAND ${packaging_source}/lintian-packages.sh ${BATON_PACKAGE_DIR} ${PROJECT_VERSION})
    set_tests_properties(package_contents package_lintian PROPERTIES LABELS package TIMEOUT 300)
endif()
