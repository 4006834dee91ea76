# CPU benchmark kernel: a mix of ALU, multiply, branches, and loads/stores on a 64 KiB array,
# ITERATIONS times. Prints the final checksum (16 hex digits) through HTIF so that a run can be
# checked against QEMU's, then exits 0.
#include "test.h"
#ifndef ITERATIONS
#define ITERATIONS 20000000
#endif
TEST_BEGIN
  li s0, ITERATIONS
  li s1, 0x9e3779b97f4a7c15     # xorshift state
  la s2, array
  li s3, 0                      # checksum
  li s4, 0x1fff                 # index mask (8192 dwords)
10:
  slli t0, s1, 13               # xorshift64
  xor s1, s1, t0
  srli t0, s1, 7
  xor s1, s1, t0
  slli t0, s1, 17
  xor s1, s1, t0
  and t1, s1, s4                # array[i] += state * 3; checksum ^= array[i]
  slli t1, t1, 3
  add t1, s2, t1
  ld t2, 0(t1)
  mul t3, s1, s4
  add t2, t2, t3
  sd t2, 0(t1)
  xor s3, s3, t2
  andi t4, s1, 1                # a data-dependent branch
  beqz t4, 11f
  addi s3, s3, 1
11:
  addi s0, s0, -1
  bnez s0, 10b
  li s5, 60                     # print s3 as hex, most significant digit first
12:
  srl a0, s3, s5
  andi a0, a0, 15
  addi a0, a0, '0'
  li t0, '9' + 1
  blt a0, t0, 13f
  addi a0, a0, 'a' - '9' - 1
13:
  HTIF_PUTCHAR_REG(a0)
  addi s5, s5, -4
  bgez s5, 12b
  li a0, '\n'
  HTIF_PUTCHAR_REG(a0)
TEST_END
  .bss
  .align 12
array: .zero 65536
