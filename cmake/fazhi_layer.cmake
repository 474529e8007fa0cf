# fazhi_layer(NAME DIR DEPS...) — one static library per architectural layer.
# Collects DIR/**/*.cc except *_test.cc and *_benchmark.cc; the tests beside the code go to
# a test executable fazhi_<NAME>_tests (see tests/CMakeLists.txt).
function(fazhi_layer name dir)
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS ${dir}/*.cc)
  list(FILTER srcs EXCLUDE REGEX "_(test|benchmark)\\.cc$")
  add_library(fazhi_${name} STATIC ${srcs} ${PROJECT_SOURCE_DIR}/cmake/layer_anchor.cc)
  target_include_directories(fazhi_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(fazhi_${name} PUBLIC ${ARGN})
  fazhi_target_warnings(fazhi_${name})
  file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${dir}/*_test.cc)
  set_property(GLOBAL PROPERTY fazhi_${name}_test_sources "${tests}")
endfunction()
