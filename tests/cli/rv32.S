# A 32-bit RISC-V program: rvisor runs only RV64 and must refuse it.
  .globl _start
_start:
  j _start
