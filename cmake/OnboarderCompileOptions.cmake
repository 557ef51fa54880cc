# Warnings and sanitizers shared by every target of the project, through one interface library.
add_library(onboarder_compile_options INTERFACE)
target_compile_options(onboarder_compile_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(onboarder_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(ONBOARDER_WERROR)
    target_compile_options(onboarder_compile_options INTERFACE -Werror)
endif()
if(ONBOARDER_SANITIZE)
    target_compile_options(onboarder_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(onboarder_compile_options INTERFACE -fsanitize=address,undefined)
endif()
