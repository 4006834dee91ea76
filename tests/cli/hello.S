# Prints a line through HTIF putchar and exits 0: the output reaches stdout.
#include "test.h"
TEST_BEGIN
  la s0, message
10: lbu a0, 0(s0)
  beqz a0, 20f
  HTIF_PUTCHAR_REG(a0)
  addi s0, s0, 1
  j 10b
20:
TEST_END
  .data
message: .asciz "hello from rv64gc\n"
