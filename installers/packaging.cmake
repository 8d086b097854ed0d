# CPack: DEB and TGZ on Linux, NSIS on Windows, a DragNDrop DMG on macOS.
# Build packages with: cmake --build --preset release && cpack --preset release
# installers/linux/test-package.sh builds the .deb, runs lintian and tries it in a clean Debian 12.
set(CPACK_PACKAGE_NAME "purgedesk")
set(CPACK_PACKAGE_VENDOR "The PurgeDesk developers")
set(CPACK_PACKAGE_CONTACT "PurgeDesk developers <purgedesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PurgeDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(WIN32 OR APPLE)
    # Qt's libraries and plugins (the SQLite driver, the platform and image plugins) go into the
    # package, deployed at install time by windeployqt or macdeployqt through Qt's CMake deployment
    # support; purgedesk-cli is deployed with the GUI, beside it.
    if(APPLE)
        set(gui "PurgeDesk.app")
        set(cli "PurgeDesk.app/Contents/MacOS/$<TARGET_FILE_NAME:purgedesk-cli>")
    else()
        set(gui "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:purgedesk>")
        set(cli "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:purgedesk-cli>")
    endif()
    set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-purgedesk.cmake")
    file(GENERATE OUTPUT "${deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${gui}\"
    ADDITIONAL_EXECUTABLES \"${cli}\"
    GENERATE_QT_CONF)
")
    install(SCRIPT "${deploy_script}")
    if(WIN32)
        # windeployqt copies Qt's own DLLs only; macdeployqt copies QtKeychain's dylib as well.
        install(FILES "$<TARGET_FILE:Qt6Keychain::Qt6Keychain>" DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "PurgeDesk")
    set(CPACK_NSIS_PACKAGE_NAME "PurgeDesk")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The icon app/CMakeLists.txt renders from the SVG (installers/platform.cmake).
    set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/app/purgedesk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/app/purgedesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\purgedesk.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put purgedesk-cli on PATH
    set(CPACK_PACKAGE_EXECUTABLES "purgedesk;PurgeDesk")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "PurgeDesk")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # The extended description (CPack puts the summary line first). Read here rather than through
    # CPACK_PACKAGE_DESCRIPTION_FILE, which CPack escapes for XML (' becomes &apos;).
    file(READ "${PROJECT_SOURCE_DIR}/installers/linux/description.txt" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The libraries the binaries link come from dpkg-shlibdeps. What is loaded at run time it cannot
    # see: QtKeychain opens libsecret, and Qt's SQLite driver is a plugin.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
    # Qt's own texts (standard buttons, context menus) in German or French: the window works
    # without them, in English where Qt's catalogue is missing.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")

    # Debian's doc folder: the machine-readable copyright file and the changelog, compressed as
    # dpkg-deb expects it (gzip -9n: no file name or time in the header).
    set(docdir "${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME}")
    set(changelog "${CMAKE_CURRENT_BINARY_DIR}/debian/changelog")
    add_custom_command(OUTPUT "${changelog}.gz"
        COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_SOURCE_DIR}/installers/linux/debian/changelog" "${changelog}"
        COMMAND gzip -9nf "${changelog}"
        DEPENDS "${PROJECT_SOURCE_DIR}/installers/linux/debian/changelog"
        VERBATIM)
    add_custom_target(debian-changelog ALL DEPENDS "${changelog}.gz")
    install(FILES "${changelog}.gz" DESTINATION "${docdir}")
    install(FILES "${PROJECT_SOURCE_DIR}/installers/linux/debian/copyright" DESTINATION "${docdir}")

    # CPack strips the binaries (CPACK_STRIP_FILES) but keeps the compilers' notes, which Debian's
    # strip removes as well (lintian: binary-has-unneeded-section).
    install(CODE "
        if(CMAKE_INSTALL_DO_STRIP)
            foreach(program purgedesk purgedesk-cli)
                execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
                    COMMAND_ERROR_IS_FATAL ANY)
            endforeach()
        endif()")
endif()

include(CPack)
