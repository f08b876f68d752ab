# The installers, made with CPack from what `cmake --install` puts in place:
#   cpack -G DEB   (Debian 12): wzsw_<version>_<arch>.deb
#   cpack -G NSIS  (Windows): wzsw-<version>-win64.exe, set up in windows/nsis.cmake
# Included from the top-level CMakeLists.txt, after every install() rule.

set(CPACK_PACKAGE_NAME wzsw)
set(CPACK_PACKAGE_VENDOR "Wonen Zorg Service in de Wijk")
set(CPACK_PACKAGE_CONTACT "${WZSW_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY WZSW)
set(CPACK_STRIP_FILES ON)
# Values reach the generators exactly as written here (no second round of escaping), which the
# NSIS commands with their quotes and backslashes need.
set(CPACK_VERBATIM_VARIABLES ON)

# Debian. Dependencies: shlibdeps finds the Qt libraries the programs link; the plugins Qt loads
# at run time it cannot see. The xcb platform plugin is in libqt6gui6 (found); the SQLite driver
# and Qt's own Dutch texts are not, nor the PostgreSQL driver of the regional server (the
# keychain library for its password is linked, so found), and Wayland sessions do better with
# the native plugin.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts the summary above this as the first line; lines stay under 80 characters (lintian).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "The project leader of Wonen Zorg Service in de Wijk
keeps clients, providers, trajectories, requests and deliveries, partners,
agreements, targets and the budget in one data file (.wzsw), reports to the
steering group and sends CSV exports to the municipal departments. wzsw is
the desktop program; wzsw-cli does the same work from the command line.

Casusregistratie voor Wonen Zorg Service in de Wijk: cliënten,
dienstverleners, trajecten, hulpvragen en inzet, partners, overeenkomsten,
doelen en begroting in één gegevensbestand, met rapportages voor de
stuurgroep en CSV-exports voor de gemeentelijke afdelingen.")

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake")
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
