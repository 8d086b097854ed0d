# Windows and macOS: the application icon made from resources/icons/purgedesk.svg at build time
# (an .ico in the executable and the installer, an .icns in the bundle), the Windows version
# resource and the macOS Info.plist. Nothing here runs on Linux, except the icon tool when the
# tests are built (tests/integration/tst_iconset checks what it writes).

# purgedesk-iconset (installers/icons/iconset.cpp) renders the SVG into an .ico or an .icns. It runs
# on the build machine, so a cross-compiled build cannot use it.
function(purgedesk_add_iconset_tool)
    if(TARGET purgedesk-iconset)
        return()
    endif()
    find_package(Qt6 REQUIRED COMPONENTS Gui Svg)
    qt_add_executable(purgedesk-iconset "${PROJECT_SOURCE_DIR}/installers/icons/iconset.cpp")
    target_link_libraries(purgedesk-iconset PRIVATE Qt6::Gui Qt6::Svg)
    set_target_properties(purgedesk-iconset PROPERTIES
        MACOSX_BUNDLE FALSE
        WIN32_EXECUTABLE FALSE
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tools")
endfunction()

# Renders the icon into OUTPUT (.ico or .icns) when the build needs it.
function(purgedesk_render_icon output)
    purgedesk_add_iconset_tool()
    set(svg "${PROJECT_SOURCE_DIR}/resources/icons/purgedesk.svg")
    # Qt's libraries must be found when the tool runs, also on Windows, where they are not on PATH
    # unless the developer put them there.
    add_custom_command(OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" -E env --modify "PATH=path_list_prepend:$<TARGET_FILE_DIR:Qt6::Core>"
            -- "$<TARGET_FILE:purgedesk-iconset>" "${svg}" "${output}"
        DEPENDS purgedesk-iconset "${svg}"
        COMMENT "Rendering ${output} from purgedesk.svg"
        VERBATIM)
endfunction()

# Adds the icon, and the version resource or the Info.plist, to the GUI's target.
function(purgedesk_add_platform_files target)
    if(WIN32)
        set(ico "${CMAKE_CURRENT_BINARY_DIR}/purgedesk.ico")
        purgedesk_render_icon("${ico}")
        set(PURGEDESK_ICO "${ico}")
        configure_file("${PROJECT_SOURCE_DIR}/installers/windows/purgedesk.rc.in"
            "${CMAKE_CURRENT_BINARY_DIR}/purgedesk.rc" @ONLY)
        set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/purgedesk.rc" PROPERTIES OBJECT_DEPENDS "${ico}")
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/purgedesk.rc" "${ico}")
    elseif(APPLE)
        set(icns "${CMAKE_CURRENT_BINARY_DIR}/PurgeDesk.icns")
        purgedesk_render_icon("${icns}")
        set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(${target} PRIVATE "${icns}")
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/installers/macos/Info.plist.in"
            MACOSX_BUNDLE_ICON_FILE PurgeDesk.icns
            MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The PurgeDesk developers. MIT License.")
    endif()
endfunction()
