# Debian's libphonenumber-dev ships neither a CMake config nor a pkg-config file.
find_path(LIBPHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(LIBPHONENUMBER_LIBRARY phonenumber REQUIRED)
if(NOT TARGET LibPhoneNumber::LibPhoneNumber)
    add_library(LibPhoneNumber::LibPhoneNumber UNKNOWN IMPORTED)
    set_target_properties(LibPhoneNumber::LibPhoneNumber PROPERTIES
        IMPORTED_LOCATION "${LIBPHONENUMBER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${LIBPHONENUMBER_INCLUDE_DIR}")
endif()
