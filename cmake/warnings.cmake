# Warning and sanitizer flags for Fazhi's own targets only (never third-party code).
function(fazhi_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(FAZHI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# UBSan's vptr check needs the typeinfo of every polymorphic class it sees, and Debian's SOCI
# does not export its backends' typeinfo: that one check is off.
if(FAZHI_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize=vptr)
endif()
