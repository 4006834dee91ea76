# The fuzz targets in CI: build them (tests/fuzz/run.sh build, clang, into build-fuzz next to
# this build tree), then run each for a bounded time on its seed corpus; a crash fails.
option(RVISOR_FUZZ_TESTS "Register the libFuzzer runs with ctest" ON)
set(RVISOR_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzz target runs under ctest")
if(RVISOR_FUZZ_TESTS)
  set(FUZZ_RUN ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run.sh)
  set(FUZZ_ENV RVISOR_FUZZ_BUILD=${CMAKE_BINARY_DIR}/../build-fuzz)
  add_test(NAME fuzz.build COMMAND ${FUZZ_RUN} build)
  set_tests_properties(fuzz.build PROPERTIES LABELS fuzz TIMEOUT 600 FIXTURES_SETUP fuzz_targets ENVIRONMENT ${FUZZ_ENV})
  foreach(t queue blk rng console transport p9 net_header balloon)
    add_test(NAME fuzz.${t} COMMAND ${FUZZ_RUN} ${t} ${RVISOR_FUZZ_SECONDS})
    set_tests_properties(fuzz.${t} PROPERTIES LABELS fuzz TIMEOUT 300 FIXTURES_REQUIRED fuzz_targets ENVIRONMENT ${FUZZ_ENV})
  endforeach()
endif()
