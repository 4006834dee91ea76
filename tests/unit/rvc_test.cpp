// Unit tests for the RV64C expander (src/cpu/rvc.h).
//
// The (parcel, expected) pairs below were produced independently of rvc.cpp: each compressed
// instruction was written under ".option rvc" and its base-ISA equivalent under
// ".option norvc", both assembled with riscv64-linux-gnu-as -march=rv64gc and linked without
// relaxation, and the encodings read back with riscv64-linux-gnu-objdump -d. Branch and jump
// operands are written relative to the instruction's own address (".+N").
#include "cpu/rvc.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>

namespace rvisor::cpu {
namespace {

struct Pair {
  uint16_t parcel;
  uint32_t expanded;
};

// Every RV64C instruction form (RV64 with F and D), several operand values each.
constexpr Pair kForms[] = {
  // addi4spn
  {0x0040, 0x00410413},  // c.addi4spn s0, sp, 4     -> addi s0, sp, 4
  {0x0028, 0x00810513},  // c.addi4spn a0, sp, 8     -> addi a0, sp, 8
  {0x081c, 0x01010793},  // c.addi4spn a5, sp, 16    -> addi a5, sp, 16
  {0x1044, 0x02410493},  // c.addi4spn s1, sp, 36    -> addi s1, sp, 36
  {0x19f0, 0x0fc10613},  // c.addi4spn a2, sp, 252   -> addi a2, sp, 252
  {0x0414, 0x20010693},  // c.addi4spn a3, sp, 512   -> addi a3, sp, 512
  {0x1ff8, 0x3fc10713},  // c.addi4spn a4, sp, 1020  -> addi a4, sp, 1020
  {0x1fac, 0x3f810593},  // c.addi4spn a1, sp, 1016  -> addi a1, sp, 1016
  // fld
  {0x2080, 0x0004b407},  // c.fld fs0, 0(s1)         -> fld fs0, 0(s1)
  {0x270c, 0x00873587},  // c.fld fa1, 8(a4)         -> fld fa1, 8(a4)
  {0x3db8, 0x0785b707},  // c.fld fa4, 120(a1)       -> fld fa4, 120(a1)
  {0x2044, 0x08043487},  // c.fld fs1, 128(s0)       -> fld fs1, 128(s0)
  {0x3ef0, 0x0f86b607},  // c.fld fa2, 248(a3)       -> fld fa2, 248(a3)
  // lw
  {0x4080, 0x0004a403},  // c.lw s0, 0(s1)           -> lw s0, 0(s1)
  {0x434c, 0x00472583},  // c.lw a1, 4(a4)           -> lw a1, 4(a4)
  {0x5dd8, 0x03c5a703},  // c.lw a4, 60(a1)          -> lw a4, 60(a1)
  {0x4024, 0x04042483},  // c.lw s1, 64(s0)          -> lw s1, 64(s0)
  {0x5ef0, 0x07c6a603},  // c.lw a2, 124(a3)         -> lw a2, 124(a3)
  // ld
  {0x6080, 0x0004b403},  // c.ld s0, 0(s1)           -> ld s0, 0(s1)
  {0x670c, 0x00873583},  // c.ld a1, 8(a4)           -> ld a1, 8(a4)
  {0x7db8, 0x0785b703},  // c.ld a4, 120(a1)         -> ld a4, 120(a1)
  {0x6044, 0x08043483},  // c.ld s1, 128(s0)         -> ld s1, 128(s0)
  {0x7ef0, 0x0f86b603},  // c.ld a2, 248(a3)         -> ld a2, 248(a3)
  // fsd
  {0xa080, 0x0084b027},  // c.fsd fs0, 0(s1)         -> fsd fs0, 0(s1)
  {0xa70c, 0x00b73427},  // c.fsd fa1, 8(a4)         -> fsd fa1, 8(a4)
  {0xbdb8, 0x06e5bc27},  // c.fsd fa4, 120(a1)       -> fsd fa4, 120(a1)
  {0xa044, 0x08943027},  // c.fsd fs1, 128(s0)       -> fsd fs1, 128(s0)
  {0xbef0, 0x0ec6bc27},  // c.fsd fa2, 248(a3)       -> fsd fa2, 248(a3)
  // sw
  {0xc080, 0x0084a023},  // c.sw s0, 0(s1)           -> sw s0, 0(s1)
  {0xc34c, 0x00b72223},  // c.sw a1, 4(a4)           -> sw a1, 4(a4)
  {0xddd8, 0x02e5ae23},  // c.sw a4, 60(a1)          -> sw a4, 60(a1)
  {0xc024, 0x04942023},  // c.sw s1, 64(s0)          -> sw s1, 64(s0)
  {0xdef0, 0x06c6ae23},  // c.sw a2, 124(a3)         -> sw a2, 124(a3)
  // sd
  {0xe080, 0x0084b023},  // c.sd s0, 0(s1)           -> sd s0, 0(s1)
  {0xe70c, 0x00b73423},  // c.sd a1, 8(a4)           -> sd a1, 8(a4)
  {0xfdb8, 0x06e5bc23},  // c.sd a4, 120(a1)         -> sd a4, 120(a1)
  {0xe044, 0x08943023},  // c.sd s1, 128(s0)         -> sd s1, 128(s0)
  {0xfef0, 0x0ec6bc23},  // c.sd a2, 248(a3)         -> sd a2, 248(a3)
  // nop
  {0x0001, 0x00000013},  // c.nop                    -> addi x0, x0, 0
  // addi
  {0x0515, 0x00550513},  // c.addi a0, 5             -> addi a0, a0, 5
  {0x14fd, 0xfff48493},  // c.addi s1, -1            -> addi s1, s1, -1
  {0x0ffd, 0x01ff8f93},  // c.addi t6, 31            -> addi t6, t6, 31
  {0x1101, 0xfe010113},  // c.addi sp, -32           -> addi sp, sp, -32
  {0x0085, 0x00108093},  // c.addi ra, 1             -> addi ra, ra, 1
  {0x17bd, 0xfef78793},  // c.addi a5, -17           -> addi a5, a5, -17
  {0x0dc1, 0x010d8d93},  // c.addi s11, 16           -> addi s11, s11, 16
  // addiw
  {0x2501, 0x0005051b},  // c.addiw a0, 0            -> addiw a0, a0, 0
  {0x3501, 0xfe05051b},  // c.addiw a0, -32          -> addiw a0, a0, -32
  {0x22fd, 0x01f2829b},  // c.addiw t0, 31           -> addiw t0, t0, 31
  {0x3dfd, 0xfffd8d9b},  // c.addiw s11, -1          -> addiw s11, s11, -1
  {0x2085, 0x0010809b},  // c.addiw ra, 1            -> addiw ra, ra, 1
  // li
  {0x4501, 0x00000513},  // c.li a0, 0               -> addi a0, x0, 0
  {0x5081, 0xfe000093},  // c.li ra, -32             -> addi ra, x0, -32
  {0x4ffd, 0x01f00f93},  // c.li t6, 31              -> addi t6, x0, 31
  {0x55fd, 0xfff00593},  // c.li a1, -1              -> addi a1, x0, -1
  {0x411d, 0x00700113},  // c.li sp, 7               -> addi sp, x0, 7
  // addi16sp
  {0x6141, 0x01010113},  // c.addi16sp sp, 16        -> addi sp, sp, 16
  {0x717d, 0xff010113},  // c.addi16sp sp, -16       -> addi sp, sp, -16
  {0x617d, 0x1f010113},  // c.addi16sp sp, 496       -> addi sp, sp, 496
  {0x7101, 0xe0010113},  // c.addi16sp sp, -512      -> addi sp, sp, -512
  {0x6105, 0x02010113},  // c.addi16sp sp, 32        -> addi sp, sp, 32
  {0x610d, 0x0a010113},  // c.addi16sp sp, 160       -> addi sp, sp, 160
  {0x7141, 0xe1010113},  // c.addi16sp sp, -496      -> addi sp, sp, -496
  {0x6121, 0x04010113},  // c.addi16sp sp, 64        -> addi sp, sp, 64
  // lui
  {0x6505, 0x00001537},  // c.lui a0, 0x1            -> lui a0, 0x1
  {0x657d, 0x0001f537},  // c.lui a0, 0x1f           -> lui a0, 0x1f
  {0x7ffd, 0xffffffb7},  // c.lui t6, 0xfffff        -> lui t6, 0xfffff
  {0x7081, 0xfffe00b7},  // c.lui ra, 0xfffe0        -> lui ra, 0xfffe0
  {0x64c1, 0x000104b7},  // c.lui s1, 0x10           -> lui s1, 0x10
  {0x71c1, 0xffff01b7},  // c.lui gp, 0xffff0        -> lui gp, 0xffff0
  // srli
  {0x8005, 0x00145413},  // c.srli s0, 1             -> srli s0, s0, 1
  {0x93fd, 0x03f7d793},  // c.srli a5, 63            -> srli a5, a5, 63
  {0x9101, 0x02055513},  // c.srli a0, 32            -> srli a0, a0, 32
  {0x81fd, 0x01f5d593},  // c.srli a1, 31            -> srli a1, a1, 31
  {0x80c5, 0x0114d493},  // c.srli s1, 17            -> srli s1, s1, 17
  // srai
  {0x8405, 0x40145413},  // c.srai s0, 1             -> srai s0, s0, 1
  {0x97fd, 0x43f7d793},  // c.srai a5, 63            -> srai a5, a5, 63
  {0x9501, 0x42055513},  // c.srai a0, 32            -> srai a0, a0, 32
  {0x85fd, 0x41f5d593},  // c.srai a1, 31            -> srai a1, a1, 31
  {0x84c5, 0x4114d493},  // c.srai s1, 17            -> srai s1, s1, 17
  // andi
  {0x8901, 0x00057513},  // c.andi a0, 0             -> andi a0, a0, 0
  {0x997d, 0xfff57513},  // c.andi a0, -1            -> andi a0, a0, -1
  {0x9801, 0xfe047413},  // c.andi s0, -32           -> andi s0, s0, -32
  {0x88fd, 0x01f4f493},  // c.andi s1, 31            -> andi s1, s1, 31
  {0x8ba1, 0x0087f793},  // c.andi a5, 8             -> andi a5, a5, 8
  // sub
  {0x8c05, 0x40940433},  // c.sub s0, s1             -> sub s0, s0, s1
  {0x8f89, 0x40a787b3},  // c.sub a5, a0             -> sub a5, a5, a0
  {0x8e11, 0x40c60633},  // c.sub a2, a2             -> sub a2, a2, a2
  {0x8c9d, 0x40f484b3},  // c.sub s1, a5             -> sub s1, s1, a5
  // xor
  {0x8c25, 0x00944433},  // c.xor s0, s1             -> xor s0, s0, s1
  {0x8fa9, 0x00a7c7b3},  // c.xor a5, a0             -> xor a5, a5, a0
  {0x8e31, 0x00c64633},  // c.xor a2, a2             -> xor a2, a2, a2
  {0x8cbd, 0x00f4c4b3},  // c.xor s1, a5             -> xor s1, s1, a5
  // or
  {0x8c45, 0x00946433},  // c.or s0, s1              -> or s0, s0, s1
  {0x8fc9, 0x00a7e7b3},  // c.or a5, a0              -> or a5, a5, a0
  {0x8e51, 0x00c66633},  // c.or a2, a2              -> or a2, a2, a2
  {0x8cdd, 0x00f4e4b3},  // c.or s1, a5              -> or s1, s1, a5
  // and
  {0x8c65, 0x00947433},  // c.and s0, s1             -> and s0, s0, s1
  {0x8fe9, 0x00a7f7b3},  // c.and a5, a0             -> and a5, a5, a0
  {0x8e71, 0x00c67633},  // c.and a2, a2             -> and a2, a2, a2
  {0x8cfd, 0x00f4f4b3},  // c.and s1, a5             -> and s1, s1, a5
  // subw
  {0x9c05, 0x4094043b},  // c.subw s0, s1            -> subw s0, s0, s1
  {0x9f89, 0x40a787bb},  // c.subw a5, a0            -> subw a5, a5, a0
  {0x9e11, 0x40c6063b},  // c.subw a2, a2            -> subw a2, a2, a2
  {0x9c9d, 0x40f484bb},  // c.subw s1, a5            -> subw s1, s1, a5
  // addw
  {0x9c25, 0x0094043b},  // c.addw s0, s1            -> addw s0, s0, s1
  {0x9fa9, 0x00a787bb},  // c.addw a5, a0            -> addw a5, a5, a0
  {0x9e31, 0x00c6063b},  // c.addw a2, a2            -> addw a2, a2, a2
  {0x9cbd, 0x00f484bb},  // c.addw s1, a5            -> addw s1, s1, a5
  // j
  {0xa001, 0x0000006f},  // c.j .+0                  -> jal x0, .+0
  {0xa009, 0x0020006f},  // c.j .+2                  -> jal x0, .+2
  {0xbffd, 0xfffff06f},  // c.j .-2                  -> jal x0, .-2
  {0xa201, 0x1000006f},  // c.j .+256                -> jal x0, .+256
  {0xb001, 0x801ff06f},  // c.j .-2048               -> jal x0, .-2048
  {0xaffd, 0x7fe0006f},  // c.j .+2046               -> jal x0, .+2046
  {0xa101, 0x4000006f},  // c.j .+1024               -> jal x0, .+1024
  {0xb101, 0xc01ff06f},  // c.j .-1024               -> jal x0, .-1024
  {0xa46d, 0x2aa0006f},  // c.j .+682                -> jal x0, .+682
  {0xb46d, 0xaabff06f},  // c.j .-1366               -> jal x0, .-1366
  // beqz
  {0xc101, 0x00050063},  // c.beqz a0, .+0           -> beq a0, x0, .+0
  {0xc009, 0x00040163},  // c.beqz s0, .+2           -> beq s0, x0, .+2
  {0xdffd, 0xfe078fe3},  // c.beqz a5, .-2           -> beq a5, x0, .-2
  {0xd081, 0xf00480e3},  // c.beqz s1, .-256         -> beq s1, x0, .-256
  {0xcdfd, 0x0e058f63},  // c.beqz a1, .+254         -> beq a1, x0, .+254
  {0xc64d, 0x0a060563},  // c.beqz a2, .+170         -> beq a2, x0, .+170
  {0xd6cd, 0xfa0685e3},  // c.beqz a3, .-86          -> beq a3, x0, .-86
  // bnez
  {0xe101, 0x00051063},  // c.bnez a0, .+0           -> bne a0, x0, .+0
  {0xe009, 0x00041163},  // c.bnez s0, .+2           -> bne s0, x0, .+2
  {0xfffd, 0xfe079fe3},  // c.bnez a5, .-2           -> bne a5, x0, .-2
  {0xf081, 0xf00490e3},  // c.bnez s1, .-256         -> bne s1, x0, .-256
  {0xedfd, 0x0e059f63},  // c.bnez a1, .+254         -> bne a1, x0, .+254
  {0xe64d, 0x0a061563},  // c.bnez a2, .+170         -> bne a2, x0, .+170
  {0xf6cd, 0xfa0695e3},  // c.bnez a3, .-86          -> bne a3, x0, .-86
  // slli
  {0x0506, 0x00151513},  // c.slli a0, 1             -> slli a0, a0, 1
  {0x10fe, 0x03f09093},  // c.slli ra, 63            -> slli ra, ra, 63
  {0x1f82, 0x020f9f93},  // c.slli t6, 32            -> slli t6, t6, 32
  {0x047e, 0x01f41413},  // c.slli s0, 31            -> slli s0, s0, 31
  {0x0116, 0x00511113},  // c.slli sp, 5             -> slli sp, sp, 5
  // fldsp
  {0x2502, 0x00013507},  // c.fldsp fa0, 0(sp)       -> fld fa0, 0(sp)
  {0x307e, 0x1f813007},  // c.fldsp f0, 504(sp)      -> fld f0, 504(sp)
  {0x2da2, 0x00813d87},  // c.fldsp fs11, 8(sp)      -> fld fs11, 8(sp)
  {0x2f92, 0x10013f87},  // c.fldsp f31, 256(sp)     -> fld f31, 256(sp)
  {0x2086, 0x04013087},  // c.fldsp ft1, 64(sp)      -> fld ft1, 64(sp)
  // lwsp
  {0x4502, 0x00012503},  // c.lwsp a0, 0(sp)         -> lw a0, 0(sp)
  {0x50fe, 0x0fc12083},  // c.lwsp ra, 252(sp)       -> lw ra, 252(sp)
  {0x4f92, 0x00412f83},  // c.lwsp t6, 4(sp)         -> lw t6, 4(sp)
  {0x440a, 0x08012403},  // c.lwsp s0, 128(sp)       -> lw s0, 128(sp)
  {0x5172, 0x03c12103},  // c.lwsp sp, 60(sp)        -> lw sp, 60(sp)
  // ldsp
  {0x6502, 0x00013503},  // c.ldsp a0, 0(sp)         -> ld a0, 0(sp)
  {0x70fe, 0x1f813083},  // c.ldsp ra, 504(sp)       -> ld ra, 504(sp)
  {0x6fa2, 0x00813f83},  // c.ldsp t6, 8(sp)         -> ld t6, 8(sp)
  {0x6412, 0x10013403},  // c.ldsp s0, 256(sp)       -> ld s0, 256(sp)
  {0x7162, 0x03813103},  // c.ldsp sp, 56(sp)        -> ld sp, 56(sp)
  // jr
  {0x8082, 0x00008067},  // c.jr ra                  -> jalr x0, 0(ra)
  {0x8502, 0x00050067},  // c.jr a0                  -> jalr x0, 0(a0)
  {0x8f82, 0x000f8067},  // c.jr t6                  -> jalr x0, 0(t6)
  {0x8102, 0x00010067},  // c.jr sp                  -> jalr x0, 0(sp)
  // jalr
  {0x9082, 0x000080e7},  // c.jalr ra                -> jalr ra, 0(ra)
  {0x9502, 0x000500e7},  // c.jalr a0                -> jalr ra, 0(a0)
  {0x9f82, 0x000f80e7},  // c.jalr t6                -> jalr ra, 0(t6)
  {0x9102, 0x000100e7},  // c.jalr sp                -> jalr ra, 0(sp)
  // mv
  {0x852e, 0x00b00533},  // c.mv a0, a1              -> add a0, x0, a1
  {0x80fe, 0x01f000b3},  // c.mv ra, t6              -> add ra, x0, t6
  {0x8f86, 0x00100fb3},  // c.mv t6, ra              -> add t6, x0, ra
  {0x8122, 0x00800133},  // c.mv sp, s0              -> add sp, x0, s0
  // add
  {0x952e, 0x00b50533},  // c.add a0, a1             -> add a0, a0, a1
  {0x90fe, 0x01f080b3},  // c.add ra, t6             -> add ra, ra, t6
  {0x9ffe, 0x01ff8fb3},  // c.add t6, t6             -> add t6, t6, t6
  {0x912a, 0x00a10133},  // c.add sp, a0             -> add sp, sp, a0
  // ebreak
  {0x9002, 0x00100073},  // c.ebreak                 -> ebreak
  // fsdsp
  {0xa02a, 0x00a13027},  // c.fsdsp fa0, 0(sp)       -> fsd fa0, 0(sp)
  {0xbf82, 0x1e013c27},  // c.fsdsp f0, 504(sp)      -> fsd f0, 504(sp)
  {0xa46e, 0x01b13427},  // c.fsdsp fs11, 8(sp)      -> fsd fs11, 8(sp)
  {0xa27e, 0x11f13027},  // c.fsdsp f31, 256(sp)     -> fsd f31, 256(sp)
  // swsp
  {0xc02a, 0x00a12023},  // c.swsp a0, 0(sp)         -> sw a0, 0(sp)
  {0xdf82, 0x0e012e23},  // c.swsp zero, 252(sp)     -> sw zero, 252(sp)
  {0xc27e, 0x01f12223},  // c.swsp t6, 4(sp)         -> sw t6, 4(sp)
  {0xc122, 0x08812023},  // c.swsp s0, 128(sp)       -> sw s0, 128(sp)
  // sdsp
  {0xe02a, 0x00a13023},  // c.sdsp a0, 0(sp)         -> sd a0, 0(sp)
  {0xff82, 0x1e013c23},  // c.sdsp zero, 504(sp)     -> sd zero, 504(sp)
  {0xe47e, 0x01f13423},  // c.sdsp t6, 8(sp)         -> sd t6, 8(sp)
  {0xe222, 0x10813023},  // c.sdsp s0, 256(sp)       -> sd s0, 256(sp)
};

// HINT code points: the natural expansion writes x0 or shifts a register by zero, so it has
// no architectural effect; it must never be reported as illegal.
constexpr Pair kHints[] = {
  {0x0005, 0x00100013},  // c.nop 1                  -> addi x0, x0, 1
  {0x107d, 0xfff00013},  // c.nop -1                 -> addi x0, x0, -1
  {0x007d, 0x01f00013},  // c.nop 31                 -> addi x0, x0, 31
  {0x0501, 0x00050513},  // c.addi a0, 0             -> addi a0, a0, 0
  {0x4005, 0x00100013},  // c.li zero, 1             -> addi x0, x0, 1
  {0x5001, 0xfe000013},  // c.li zero, -32           -> addi x0, x0, -32
  {0x6005, 0x00001037},  // c.lui zero, 1            -> lui x0, 1
  {0x0006, 0x00101013},  // c.slli zero, 1           -> slli x0, x0, 1
  {0x8006, 0x00100033},  // c.mv zero, ra            -> add x0, x0, ra
  {0x907e, 0x01f00033},  // c.add zero, t6           -> add x0, x0, t6
  {0x0502, 0x00051513},  // c.slli64 a0              -> slli a0, a0, 0
  {0x8101, 0x00055513},  // c.srli64 a0              -> srli a0, a0, 0
  {0x8401, 0x40045413},  // c.srai64 s0              -> srai s0, s0, 0
};

std::string hex(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

TEST(Rvc, ExpandsEveryForm) {
  for (const Pair& p : kForms)
    EXPECT_EQ(hex(expand_compressed(p.parcel)), hex(p.expanded)) << "parcel " << hex(p.parcel);
}

TEST(Rvc, HintsExpandToNoEffectInstructions) {
  for (const Pair& p : kHints)
    EXPECT_EQ(hex(expand_compressed(p.parcel)), hex(p.expanded)) << "parcel " << hex(p.parcel);
}

TEST(Rvc, CNopAndEbreak) {
  EXPECT_EQ(expand_compressed(0x0001), 0x00000013u);  // c.nop -> addi x0, x0, 0
  EXPECT_EQ(expand_compressed(0x9002), 0x00100073u);  // c.ebreak -> ebreak
}

TEST(Rvc, JalrLinksRaAndJrDoesNot) {
  // c.jalr a0 -> jalr ra, 0(a0); c.jr a0 -> jalr x0, 0(a0).
  EXPECT_EQ(expand_compressed(0x9502), 0x000500e7u);
  EXPECT_EQ(expand_compressed(0x8502), 0x00050067u);
}

// ---- Reserved / illegal encodings --------------------------------------------------------

// Builds a parcel from its fields: quadrant op, funct3 and the 11 bits [12:2] in between.
constexpr uint16_t parcel(uint32_t funct3, uint32_t mid, uint32_t op) {
  return static_cast<uint16_t>(funct3 << 13 | mid << 2 | op);
}

TEST(Rvc, AllZeroParcelIsIllegal) { EXPECT_EQ(expand_compressed(0x0000), 0u); }

TEST(Rvc, AddiFourSpnWithZeroImmediateIsReserved) {
  for (uint32_t rd = 0; rd < 8; ++rd)  // nzuimm=0 with every rd'
    EXPECT_EQ(expand_compressed(parcel(0b000, rd, 0b00)), 0u) << rd;
}

TEST(Rvc, QuadrantZeroFunct3_100IsReserved) {
  for (uint32_t mid = 0; mid < 2048; ++mid)
    EXPECT_EQ(expand_compressed(parcel(0b100, mid, 0b00)), 0u) << mid;
}

TEST(Rvc, AddiwWithRdZeroIsReserved) {
  for (uint32_t imm = 0; imm < 64; ++imm) {  // imm[5] at bit 12, imm[4:0] at [6:2]
    const uint32_t mid = (imm >> 5) << 10 | (imm & 31);
    EXPECT_EQ(expand_compressed(parcel(0b001, mid, 0b01)), 0u) << imm;
  }
  EXPECT_EQ(expand_compressed(0x2001), 0u);  // c.addiw x0, 0
  EXPECT_EQ(expand_compressed(0x307d), 0u);  // c.addiw x0, -1
}

TEST(Rvc, Addi16spWithZeroImmediateIsReserved) { EXPECT_EQ(expand_compressed(0x6101), 0u); }

TEST(Rvc, LuiWithZeroImmediateIsReserved) {
  for (uint32_t rd = 0; rd < 32; ++rd) {
    if (rd == 2) continue;  // that is c.addi16sp
    EXPECT_EQ(expand_compressed(parcel(0b011, rd << 5, 0b01)), 0u) << rd;
  }
  EXPECT_EQ(expand_compressed(0x6081), 0u);  // c.lui ra, 0
}

TEST(Rvc, ReservedArithmeticGroupIsIllegal) {
  // funct3=100, bit12=1, [11:10]=11, funct2 [6:5] = 10 or 11 (reserved; 00/01 are c.subw/c.addw).
  for (uint32_t rd = 0; rd < 8; ++rd)
    for (uint32_t rs2 = 0; rs2 < 8; ++rs2)
      for (uint32_t f2 : {0b10u, 0b11u}) {
        const uint32_t mid = 1u << 10 | 0b11u << 8 | rd << 5 | f2 << 3 | rs2;
        EXPECT_EQ(expand_compressed(parcel(0b100, mid, 0b01)), 0u) << rd << " " << rs2 << " " << f2;
      }
  EXPECT_EQ(expand_compressed(0x9c41), 0u);
  EXPECT_EQ(expand_compressed(0x9c61), 0u);
  EXPECT_NE(expand_compressed(0x9c01), 0u);  // c.subw s0, s0
  EXPECT_NE(expand_compressed(0x9c21), 0u);  // c.addw s0, s0
}

TEST(Rvc, StackLoadsWithRdZeroAreReserved) {
  for (uint32_t imm = 0; imm < 64; ++imm) {
    const uint32_t mid = (imm >> 5) << 10 | (imm & 31);  // rd = 0
    EXPECT_EQ(expand_compressed(parcel(0b010, mid, 0b10)), 0u) << "c.lwsp " << imm;
    EXPECT_EQ(expand_compressed(parcel(0b011, mid, 0b10)), 0u) << "c.ldsp " << imm;
  }
  EXPECT_EQ(expand_compressed(0x4002), 0u);  // c.lwsp x0, 0(sp)
  EXPECT_EQ(expand_compressed(0x707e), 0u);  // c.ldsp x0, 504(sp)
  // ...whereas c.fldsp f0 is a valid instruction.
  EXPECT_EQ(expand_compressed(0x2002), 0x00013007u);  // fld f0, 0(sp)
}

TEST(Rvc, JrWithRsZeroIsReserved) { EXPECT_EQ(expand_compressed(0x8002), 0u); }

// The reserved code points counted from the spec: quadrant 0: c.addi4spn nzuimm=0 (8) and
// funct3=100 (2048); quadrant 1: c.addiw rd=0 (64), c.addi16sp 0 (1), c.lui 0 with rd != 2 (31),
// reserved ALU ops (2*8*8 = 128); quadrant 2: c.lwsp/c.ldsp rd=0 (64 each), c.jr x0 (1).
TEST(Rvc, ExactlyTheReservedCodePointsAreIllegal) {
  int illegal = 0;
  for (uint32_t p = 0; p < 0x10000; ++p)
    if ((p & 3) != 3 && expand_compressed(static_cast<uint16_t>(p)) == 0) ++illegal;
  EXPECT_EQ(illegal, 8 + 2048 + 64 + 1 + 31 + 128 + 64 + 64 + 1);
}

// ---- Properties over every parcel --------------------------------------------------------

TEST(Rvc, EveryParcelExpandsToZeroOrA32BitWord) {
  for (uint32_t p = 0; p < 0x10000; ++p) {
    if ((p & 3) == 3) continue;
    const uint32_t w = expand_compressed(static_cast<uint16_t>(p));
    EXPECT_TRUE(w == 0 || (w & 3) == 3) << "parcel " << hex(p) << " -> " << hex(w);
  }
}

TEST(Rvc, NonCompressedParcelIsRejected) {
  // Not part of the contract (callers only pass low bits != 11), but must not fabricate a word.
  EXPECT_EQ(expand_compressed(0x0013), 0u);
  EXPECT_EQ(expand_compressed(0xffff), 0u);
}

}  // namespace
}  // namespace rvisor::cpu
