# What `cmake --install` puts beside the three programs (app/CMakeLists.txt installs those), and
# the Debian package CPack makes of it: installer/package.sh builds it, tests/package tries it in
# a clean Debian 12. Included from the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(_res ${PROJECT_SOURCE_DIR}/resources)
set(_id ${GONTAINER_APP_ID})

# The desktop file, the AppStream metadata and the icon, all under the one id.
install(FILES ${_res}/${_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_res}/${_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_res}/icons/gontainer.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${_id}.svg)

# The PNG sizes a menu or a dock asks for, drawn from the SVG at build time.
set(GONTAINER_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_icons_dir ${PROJECT_BINARY_DIR}/icons)
set(_pngs)
foreach(size IN LISTS GONTAINER_ICON_SIZES)
  list(APPEND _pngs ${_icons_dir}/${size}x${size}/apps/${_id}.png)
  install(FILES ${_icons_dir}/${size}x${size}/apps/${_id}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_command(OUTPUT ${_pngs}
  COMMAND gontainer-iconrender ${_res}/icons/gontainer.svg ${_icons_dir} ${_id}
    ${GONTAINER_ICON_SIZES}
  DEPENDS gontainer-iconrender ${_res}/icons/gontainer.svg
  COMMENT "Drawing the icon's PNG sizes"
  VERBATIM)
add_custom_target(gontainer_icons ALL DEPENDS ${_pngs})

# A man page for each program, compressed as Debian keeps them.
find_program(GZIP_EXE gzip REQUIRED)
set(_manpages)
foreach(page gontainer gontainer-cli gontainer-askpass)
  set(_gz ${PROJECT_BINARY_DIR}/man/${page}.1.gz)
  add_custom_command(OUTPUT ${_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
    COMMAND ${GZIP_EXE} -9 -n -c ${_res}/man/${page}.1 > ${_gz}
    DEPENDS ${_res}/man/${page}.1
    COMMENT "Compressing the man page ${page}.1")
  list(APPEND _manpages ${_gz})
  install(FILES ${_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(gontainer_manpages ALL DEPENDS ${_manpages})

# bash completion for gontainer-cli.
install(FILES ${_res}/completion/gontainer-cli.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME gontainer-cli)

# KSyntaxHighlighting: Debian 12 has none for Qt 6, so the one installer/setup.sh builds goes
# into a folder of Gontainer's own, found through the program's RUNPATH, never over (or beside)
# a system library. A system KF6 package (newer Debian) is a dependency like any other.
set(GONTAINER_PRIVATE_LIBDIR lib/${CMAKE_LIBRARY_ARCHITECTURE}/gontainer)
get_target_property(_ksh_config ${GONTAINER_SYNTAX_TARGET} IMPORTED_CONFIGURATIONS)
list(GET _ksh_config 0 _ksh_config)
get_target_property(_ksh_location ${GONTAINER_SYNTAX_TARGET} IMPORTED_LOCATION_${_ksh_config})
set(GONTAINER_PRIVATE_KSH OFF)
if(_ksh_location AND NOT _ksh_location MATCHES "^/usr/")
  set(GONTAINER_PRIVATE_KSH ON)
  get_filename_component(_ksh_libdir ${_ksh_location} DIRECTORY)
  install(IMPORTED_RUNTIME_ARTIFACTS ${GONTAINER_SYNTAX_TARGET}
    LIBRARY DESTINATION ${GONTAINER_PRIVATE_LIBDIR})
  set_target_properties(gontainer PROPERTIES
    INSTALL_RPATH "$ORIGIN/../${GONTAINER_PRIVATE_LIBDIR}")
endif()

# ---- the Debian package ----------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gontainer)
set(CPACK_PACKAGE_VENDOR "The Gontainer developers")
set(CPACK_PACKAGE_CONTACT "The Gontainer developers <maintainers@gontainer.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Gontainer shows the containers of Docker, Podman and containerd engines, on this machine
 and on others over SSH or TLS, in one window, and keeps the view current as they change:
 tiles and tables, logs followed and merged, terminals, health checks, resource charts,
 images, volumes, networks, Podman pods and Docker Swarm clusters. gontainer-cli does the
 same on the command line.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/gontainer/gontainer")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Depends: the libraries the programs link, as dpkg-shlibdeps finds them in Debian 12, and the
# Qt plugin packages that are loaded rather than linked (the SVG icon engine).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(GONTAINER_PRIVATE_KSH)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${_ksh_libdir})
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Podman is the engine Gontainer starts for a session when no engine answers; Qt's own
# translations and a font with Hangul make the Korean window whole; ssh reaches remote nodes;
# a Secret Service keeps registry passwords and key passphrases; the settings portal tells the
# desktop's light or dark preference (ui/desktop/colorschemewatcher).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "podman, openssh-client, qt6-translations-l10n, fonts-nanum | fonts-noto-cjk, gnome-keyring | kwalletmanager, xdg-desktop-portal")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io, containerd")
include(CPack)
