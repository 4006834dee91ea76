# Waits for an interrupt that can never come: the monitor must say so (status 125), not hang.
#include "test.h"
TEST_BEGIN
  csrw mie, zero
1: wfi
  j 1b
TEST_END
