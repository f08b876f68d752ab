# Windows: the Qt libraries, plugins (platform, SQLite driver, styles, print support) and Qt's
# own translations go next to the programs, copied by windeployqt when the installation is made
# (`cmake --install`, and so also for `cpack`). The compiler's runtime: for MSVC from CMake's
# InstallRequiredSystemLibraries (windeployqt would only copy the redistributable installer),
# for MinGW from windeployqt.
# Included from installer/CMakeLists.txt. Untested on these machines: see the README.

if(TARGET Qt6::windeployqt)
    set(WZSW_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
    get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
    find_program(WZSW_WINDEPLOYQT windeployqt HINTS "${qt_bin_dir}" REQUIRED)
endif()

if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
    set(runtime_option --no-compiler-runtime)
else()
    # MinGW: windeployqt copies libgcc, libstdc++ and libwinpthread from the compiler on PATH.
    set(runtime_option --compiler-runtime)
endif()

# Runs at install time: the escaped \${...} are read then, so that the staging folder CPack
# installs into is the one deployed. Both programs in one call: windeployqt merges what they need.
install(CODE "
    set(bin_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
    message(STATUS \"windeployqt: \${bin_dir}\")
    execute_process(
        COMMAND \"${WZSW_WINDEPLOYQT}\" ${runtime_option} --no-system-d3d-compiler
                --no-opengl-sw --dir \"\${bin_dir}\"
                \"\${bin_dir}/wzsw.exe\" \"\${bin_dir}/wzsw-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
