# Windows installer: `cpack -G NSIS` makes wzsw-<version>-win64.exe (NSIS 3 on the build machine).
# Included from installer/packaging.cmake. Written from the CMake and NSIS documentation and
# untested on these machines (no Windows, no Windows Qt): see the README.
#
# - Upgrades: the registry key below is fixed, not versioned, so a new version finds the old
#   one and offers to uninstall it first. The same fixed GUID serves the WiX generator
#   (`cpack -G WIX`) as its upgrade code. Never change either.
# - Uninstalling removes the program files, the menu entries and the .wzsw association only.
#   Data files live where the user saved them (Documents by default), the preferences in the
#   registry under HKCU\Software\WZSW, the demo file in %APPDATA%\WZSW\wzsw: none of it is
#   touched.

set(WZSW_UPGRADE_GUID "6AF191BF-EE98-4B2A-BDF9-19F1E3381350")

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY WZSW)
set(CPACK_WIX_UPGRADE_GUID "${WZSW_UPGRADE_GUID}")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/../icons/wzsw.ico")

set(CPACK_NSIS_PACKAGE_NAME "WZSW")
# 64-bit program: C:\Program Files\WZSW (CPack picks this itself only for MSVC builds).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_DISPLAY_NAME "WZSW ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/../icons/wzsw.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/../icons/wzsw.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\wzsw.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${WZSW_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)

# Start menu: one entry for the desktop program (executable name; text on the shortcut).
set(CPACK_PACKAGE_EXECUTABLES wzsw "WZSW")

# Double-clicking a .wzsw file opens it in wzsw. The installer runs as administrator (CPack's
# template asks for it), so HKCR writes go to HKLM\Software\Classes, for every user.
file(READ "${CMAKE_CURRENT_LIST_DIR}/fileassociation-install.nsh" CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ "${CMAKE_CURRENT_LIST_DIR}/fileassociation-uninstall.nsh"
    CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
