# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CPack (CPACK_INSTALL_SCRIPTS) for each package, never by a plain `cmake --install`:
# the files one Linux distribution's format wants and the other's does not. file(INSTALL)
# puts them under DESTDIR, CPack's staging tree. CPACK_TOKENCONSOLE_* come from
# packaging/CMakeLists.txt through CPackConfig.cmake.
set(prefix "${CPACK_PACKAGING_INSTALL_PREFIX}")
set(readable OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

if(CPACK_GENERATOR STREQUAL "DEB")
    # Debian policy 12.5 and 12.7: the machine-readable copyright file (pointing to
    # common-licenses, not a copy of the GPL) and the Debian changelog, beside each other.
    file(INSTALL "${CPACK_TOKENCONSOLE_DEB_COPYRIGHT}" "${CPACK_TOKENCONSOLE_DEB_CHANGELOG}"
         DESTINATION "${prefix}/share/doc/${CPACK_PACKAGE_NAME}" FILE_PERMISSIONS ${readable})
    file(INSTALL "${CPACK_TOKENCONSOLE_LINTIAN_OVERRIDES}"
         DESTINATION "${prefix}/share/lintian/overrides" RENAME "${CPACK_PACKAGE_NAME}"
         FILE_PERMISSIONS ${readable})
elseif(CPACK_GENERATOR STREQUAL "RPM")
    # Fedora keeps licence texts under /usr/share/licenses/<package>, marked %license.
    file(INSTALL "${CPACK_TOKENCONSOLE_LICENSE_FILE}"
         DESTINATION "${prefix}/share/licenses/${CPACK_PACKAGE_NAME}" FILE_PERMISSIONS ${readable})
endif()
