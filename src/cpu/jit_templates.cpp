// Native x86-64 templates, one small case per instruction (loads and stores: jit_memory.cpp).
// Each reads its src() operands before it writes dst(rd): through scratch registers and one
// final write, or in rd's own register where no operand can be overwritten first (the lea
// forms, unary_in_place), so the register cache may move registers between operands.
// Semantics must equal the interpreter's bodies (exec_*.cpp): the JIT-vs-interpreter
// differential tests check it.
#include <stdexcept>

#include "cpu/hart.h"
#include "cpu/jit_emitter.h"

namespace rvisor::cpu {

using Op = Jit::Op;  // NOLINT

bool Jit::Emitter::native(const Insn& i, Op op, uint64_t off, unsigned& unsynced) {
  if (op >= Op::Beq && op <= Op::Bgeu && !last_) {
    side_exit(i, op, off, unsynced);
    ++unsynced;
    return false;
  }
  if (op >= Op::Jal && op <= Op::Bgeu) {
    branch(i, op, off, unsynced);
    return true;
  }
  if (op >= Op::Lb && op <= Op::Lwu) {
    load(i, op, off, unsynced);
  } else if (op >= Op::Sb && op <= Op::Sd) {
    store(i, op, off, unsynced);
  } else if (op >= Op::Flw && op <= Op::Fsd) {
    fp_memory(i, op, off, unsynced);
  } else if (op == Op::Fence) {
    mfence();
  } else if (op == Op::Pause) {
    pause();
  } else if (i.rd == 0) {
    // an ALU instruction writing x0 has no effect
  } else if (i.rs1 == 0 && (op == Op::Addi || op == Op::Ori || op == Op::Xori)) {  // li
    mov(dst(i.rd), static_cast<uint64_t>(static_cast<int64_t>(i.imm)));
  } else if (zero_extend_word(i, op)) {
    // slli rd, rs, 32 then srli rd, rd, 32 (zext.w without Zba): one mov
  } else if (unary_in_place(i, op)) {
    // shifts and bit operations by an immediate, extensions, rev8: in rd's own register
  } else if (op == Op::Auipc) {
    guest_pc(dst(i.rd), static_cast<int64_t>(off) + i.imm);
  } else if (op == Op::Lui) {
    mov(dst(i.rd), static_cast<uint64_t>(static_cast<int64_t>(i.imm)));
  } else if ((op >= Op::Addiw && op <= Op::Sraw) || op == Op::Mulw) {
    alu_word(i, op);
  } else if (op >= Op::Div && op <= Op::Remuw) {
    divide(i, op);
  } else if (op >= Op::Clz && op <= Op::OrcB) {
    count(i, op);
  } else if (op >= Op::Sh1add) {
    bitmanip(i, op);
  } else {
    alu(i, op);
  }
  ++unsynced;
  return false;
}

// rd = rs1 OP rs2 (or OP imm) computed in rd's host register, with operands that may be
// registers or places in Hart::x (operand()): one instruction when rd is rs1, or rd is rs2
// and OP commutes; else a copy first, or a lea for an add of two registers.
bool Jit::Emitter::alu_in_place(const Insn& i, Op op) {
  using FnImm = void (Xbyak::CodeGenerator::*)(const Xbyak::Operand&, uint32_t);
  FnImm imm_op = nullptr;
  switch (op) {
    case Op::Addi: imm_op = &Xbyak::CodeGenerator::add; break;
    case Op::Andi: imm_op = &Xbyak::CodeGenerator::and_; break;
    case Op::Ori: imm_op = &Xbyak::CodeGenerator::or_; break;
    case Op::Xori: imm_op = &Xbyak::CodeGenerator::xor_; break;
    case Op::Add: case Op::Sub: case Op::And: case Op::Or: case Op::Xor: case Op::Mul: break;
    default: return false;
  }
  if (imm_op) {
    const Xbyak::Operand& a = operand(i.rs1, 0);
    const Xbyak::Reg64& d = dst(i.rd);
    if (op == Op::Addi && i.imm && a.isREG() && a.getIdx() != d.getIdx()) {
      lea(d, ptr[static_cast<const Xbyak::Reg64&>(a) + i.imm]);
      return true;
    }
    if (!a.isREG() || a.getIdx() != d.getIdx()) mov(d, a);
    if (i.imm || op != Op::Addi) (this->*imm_op)(d, static_cast<uint32_t>(i.imm));
    return true;
  }
  const Xbyak::Operand& a = operand(i.rs1, 0);
  const Xbyak::Operand& b = operand(i.rs2, 1);
  const Xbyak::Reg64& d = dst(i.rd);
  if (op == Op::Add && a.isREG() && b.isREG() && a.getIdx() != d.getIdx() && b.getIdx() != d.getIdx()) {
    lea(d, ptr[static_cast<const Xbyak::Reg64&>(a) + static_cast<const Xbyak::Reg64&>(b)]);
    return true;
  }
  in_place(op, d, a, b);
  return true;
}

// d = a OP b for Add, Sub, And, Or, Xor, Mul and their word forms (d 32 bits wide), where a
// and b may be d itself, other registers or memory.
void Jit::Emitter::in_place(Op op, const Xbyak::Reg& d, const Xbyak::Operand& a, const Xbyak::Operand& b) {
  auto apply = [&](const Xbyak::Operand& x) {
    switch (op) {
      case Op::Add: case Op::Addw: add(d, x); break;
      case Op::Sub: case Op::Subw: sub(d, x); break;
      case Op::And: and_(d, x); break;
      case Op::Or: or_(d, x); break;
      case Op::Xor: xor_(d, x); break;
      case Op::Mul: case Op::Mulw: imul(d, x); break;
      default: throw std::logic_error("jit: in-place template missing");
    }
  };
  const bool d_is_a = a.isREG() && a.getIdx() == d.getIdx();
  const bool d_is_b = b.isREG() && b.getIdx() == d.getIdx();
  if (d_is_b && !d_is_a) {  // rd is rs2 (and not rs1): a copy of rs1 would overwrite it
    if (op == Op::Sub || op == Op::Subw) {
      neg(d);  // d = a - d
      add(d, a);
    } else {
      apply(a);  // the others commute
    }
    return;
  }
  if (!d_is_a) mov(d, a);
  apply(b);
}

// slli rd, rs, 32 then srli rd, rd, 32 (zext.w, as code built without Zba writes it): one
// 32-bit mov for both; sets fused_ so that the block's walk skips the srli.
bool Jit::Emitter::zero_extend_word(const Insn& i, Op op) {
  if (op != Op::Slli || i.imm != 32 || index_ + 1 >= block_->insns.size() || ops_[index_ + 1] != static_cast<int16_t>(Op::Srli))
    return false;
  const Insn& next = block_->insns[index_ + 1];
  if (next.rd != i.rd || next.rs1 != i.rd || next.imm != 32) return false;
  const Xbyak::Operand& a = operand(i.rs1, 0, true);
  const Xbyak::Reg64& d = dst(i.rd);
  mov(d.cvt32(), a);  // a 32-bit mov clears the upper half
  fused_ = true;
  return true;
}

// rd = (rs1 < rs2) or (rs1 < imm), signed or unsigned, set in rd's own register.
bool Jit::Emitter::set_less_than(const Insn& i, Op op) {
  if (op != Op::Slt && op != Op::Sltu && op != Op::Slti && op != Op::Sltiu) return false;
  const bool with_imm = op == Op::Slti || op == Op::Sltiu;
  const Xbyak::Operand& a = with_imm ? operand(i.rs1, 0) : src(i.rs1);
  if (with_imm) cmp(a, i.imm);  // imm sign-extended, compared unsigned for sltiu
  else cmp(a, operand(i.rs2, 1));
  if (op == Op::Slt || op == Op::Slti) setl(al);
  else setb(al);
  const Xbyak::Reg64& d = dst(i.rd);  // after the compare: it may overwrite an operand
  movzx(d.cvt32(), al);
  return true;
}

// rd = OP(rs1) or OP(rs1, imm), computed in rd's host register (a copy of rs1 first, from
// its register or Hart::x, unless rd is rs1): no operand can be overwritten before it is read.
bool Jit::Emitter::unary_in_place(const Insn& i, Op op) {
  const uint32_t sh = static_cast<uint32_t>(i.imm) & 63, shw = sh & 31;
  switch (op) {
    case Op::Slli: case Op::Srli: case Op::Srai: case Op::Rori: case Op::Bseti: case Op::Bclri:
    case Op::Binvi: case Op::Bexti: case Op::Rev8: case Op::Slliw: case Op::Srliw: case Op::Sraiw:
      break;
    case Op::Addiw: {  // sext.w is addiw rd, rs1, 0
      const Xbyak::Reg64& a = src(i.rs1);
      const Xbyak::Reg64& d = dst(i.rd);
      if (i.imm) {
        lea(d.cvt32(), ptr[a + i.imm]);
        movsxd(d, d.cvt32());
      } else {
        movsxd(d, a.cvt32());
      }
      return true;
    }
    case Op::SextB: case Op::SextH: case Op::ZextH: {
      const Xbyak::Reg64& a = src(i.rs1);
      const Xbyak::Reg64& d = dst(i.rd);
      if (op == Op::SextB) movsx(d, a.cvt8());
      else if (op == Op::SextH) movsx(d, a.cvt16());
      else movzx(d.cvt32(), a.cvt16());
      return true;
    }
    default: return false;
  }
  const bool word = op == Op::Slliw || op == Op::Srliw || op == Op::Sraiw;
  const Xbyak::Operand& a = operand(i.rs1, 0, word);
  const Xbyak::Reg64& d = dst(i.rd);
  if (!a.isREG() || d.getIdx() != a.getIdx()) {
    if (word) mov(d.cvt32(), a);
    else mov(d, a);
  }
  switch (op) {
    case Op::Slli: shl(d, sh); break;
    case Op::Srli: shr(d, sh); break;
    case Op::Srai: sar(d, sh); break;
    case Op::Rori: ror(d, sh); break;
    case Op::Bseti: bts(d, sh); break;
    case Op::Bclri: btr(d, sh); break;
    case Op::Binvi: btc(d, sh); break;
    case Op::Bexti: shr(d, sh); and_(d.cvt32(), 1); break;
    case Op::Rev8: bswap(d); break;
    case Op::Slliw: shl(d.cvt32(), shw); movsxd(d, d.cvt32()); break;
    case Op::Srliw:  // a shift by 1 or more clears bit 31: the 32-bit op's zero-extension is the sign-extension
      shr(d.cvt32(), shw);
      if (shw == 0) movsxd(d, d.cvt32());
      break;
    default: sar(d.cvt32(), shw); movsxd(d, d.cvt32()); break;  // Sraiw
  }
  return true;
}

void Jit::Emitter::alu(const Insn& i, Op op) {
  if (alu_in_place(i, op) || set_less_than(i, op)) return;
  mov(rax, src(i.rs1));
  switch (op) {
    case Op::Addi: if (i.imm) add(rax, i.imm); break;
    case Op::Xori: xor_(rax, i.imm); break;
    case Op::Ori: or_(rax, i.imm); break;
    case Op::Andi: and_(rax, i.imm); break;
    case Op::Slti: cmp(rax, i.imm); setl(al); movzx(eax, al); break;
    case Op::Sltiu: cmp(rax, i.imm); setb(al); movzx(eax, al); break;  // imm sign-extended, compared unsigned
    case Op::Add: add(rax, src(i.rs2)); break;
    case Op::Sub: sub(rax, src(i.rs2)); break;
    case Op::Xor: xor_(rax, src(i.rs2)); break;
    case Op::Or: or_(rax, src(i.rs2)); break;
    case Op::And: and_(rax, src(i.rs2)); break;
    case Op::Slt: cmp(rax, src(i.rs2)); setl(al); movzx(eax, al); break;
    case Op::Sltu: cmp(rax, src(i.rs2)); setb(al); movzx(eax, al); break;
    // x86 masks a 64-bit shift count in cl to 6 bits, as RV64 does
    case Op::Sll: mov(rcx, src(i.rs2)); shl(rax, cl); break;
    case Op::Srl: mov(rcx, src(i.rs2)); shr(rax, cl); break;
    case Op::Sra: mov(rcx, src(i.rs2)); sar(rax, cl); break;
    case Op::Mul: imul(rax, src(i.rs2)); break;
    case Op::Mulhu: mul(src(i.rs2)); mov(rax, rdx); break;
    case Op::Mulh: imul(src(i.rs2)); mov(rax, rdx); break;
    case Op::Mulhsu: {  // signed x unsigned: the unsigned high part, less rs2 when rs1 < 0
      const Xbyak::Reg64& b = src(i.rs2);
      mov(rcx, rax);
      mul(b);
      sar(rcx, 63);
      and_(rcx, b);
      sub(rdx, rcx);
      mov(rax, rdx);
      break;
    }
    default: throw std::logic_error("jit: ALU template missing");
  }
  mov(dst(i.rd), rax);
}

// The 32-bit forms, sign-extended into rd's own register.
void Jit::Emitter::alu_word(const Insn& i, Op op) {
  const Xbyak::Operand& a = operand(i.rs1, 0, true);
  const Xbyak::Operand& b = operand(i.rs2, 1, true);
  if (op == Op::Sllw || op == Op::Srlw || op == Op::Sraw) mov(ecx, b);  // before rd is written
  const Xbyak::Reg64& d = dst(i.rd);
  const Xbyak::Reg32 d32 = d.cvt32();
  switch (op) {
    case Op::Addw:
      if (a.isREG() && b.isREG() && a.getIdx() != d.getIdx() && b.getIdx() != d.getIdx()) {
        lea(d32, ptr[a.getReg().cvt64() + b.getReg().cvt64()]);
        break;
      }
      [[fallthrough]];
    case Op::Subw: case Op::Mulw: in_place(op, d32, a, b); break;
    // x86 masks a 32-bit shift count in cl to 5 bits, as RV64's *w shifts do
    case Op::Sllw: case Op::Srlw: case Op::Sraw:
      if (!a.isREG() || a.getIdx() != d.getIdx()) mov(d32, a);
      if (op == Op::Sllw) shl(d32, cl);
      else if (op == Op::Srlw) shr(d32, cl);
      else sar(d32, cl);
      break;
    default: throw std::logic_error("jit: word template missing");
  }
  movsxd(d, d32);
}

void Jit::Emitter::bitmanip(const Insn& i, Op op) {
  const uint32_t sh = static_cast<uint32_t>(i.imm) & 63;
  switch (op) {
    case Op::Sh1add: case Op::Sh2add: case Op::Sh3add: {
      const int scale = op == Op::Sh1add ? 2 : op == Op::Sh2add ? 4 : 8;
      mov(rcx, src(i.rs1));
      mov(rax, src(i.rs2));
      lea(rax, ptr[rax + rcx * scale]);
      break;
    }
    case Op::AddUw: mov(eax, src(i.rs1).cvt32()); add(rax, src(i.rs2)); break;
    case Op::SlliUw: mov(eax, src(i.rs1).cvt32()); shl(rax, sh); break;
    case Op::Andn: mov(rax, src(i.rs2)); not_(rax); and_(rax, src(i.rs1)); break;
    case Op::Orn: mov(rax, src(i.rs2)); not_(rax); or_(rax, src(i.rs1)); break;
    case Op::Xnor: mov(rax, src(i.rs1)); xor_(rax, src(i.rs2)); not_(rax); break;
    case Op::Min: case Op::Max: case Op::Minu: case Op::Maxu:
      mov(rax, src(i.rs1));
      mov(rcx, src(i.rs2));
      cmp(rax, rcx);
      if (op == Op::Min) cmovg(rax, rcx);
      else if (op == Op::Max) cmovl(rax, rcx);
      else if (op == Op::Minu) cmova(rax, rcx);
      else cmovb(rax, rcx);
      break;
    case Op::Rol: mov(rax, src(i.rs1)); mov(rcx, src(i.rs2)); rol(rax, cl); break;
    case Op::Ror: mov(rax, src(i.rs1)); mov(rcx, src(i.rs2)); ror(rax, cl); break;
    case Op::Rolw: mov(eax, src(i.rs1).cvt32()); mov(ecx, src(i.rs2).cvt32()); rol(eax, cl); movsxd(rax, eax); break;
    case Op::Rorw: mov(eax, src(i.rs1).cvt32()); mov(ecx, src(i.rs2).cvt32()); ror(eax, cl); movsxd(rax, eax); break;
    case Op::Roriw: mov(eax, src(i.rs1).cvt32()); ror(eax, sh & 31); movsxd(rax, eax); break;
    // bts/btr/btc with a register bit index take it modulo 64, as RV64 does
    case Op::Bset: mov(rax, src(i.rs1)); mov(rcx, src(i.rs2)); bts(rax, rcx); break;
    case Op::Bclr: mov(rax, src(i.rs1)); mov(rcx, src(i.rs2)); btr(rax, rcx); break;
    case Op::Binv: mov(rax, src(i.rs1)); mov(rcx, src(i.rs2)); btc(rax, rcx); break;
    case Op::Bext: mov(rax, src(i.rs1)); mov(rcx, src(i.rs2)); shr(rax, cl); and_(eax, 1); break;
    case Op::CzeroEqz: case Op::CzeroNez:
      mov(rax, src(i.rs1));
      xor_(ecx, ecx);
      mov(rdx, src(i.rs2));
      test(rdx, rdx);
      if (op == Op::CzeroEqz) cmovz(rax, rcx);
      else cmovnz(rax, rcx);
      break;
    default: throw std::logic_error("jit: bitmanip template missing");
  }
  mov(dst(i.rd), rax);
}

// RISC-V division never traps: x / 0 = all ones and x % 0 = x; the signed overflow
// MIN / -1 = MIN and MIN % -1 = 0. x86's div would fault on both, so they go round it.
void Jit::Emitter::divide(const Insn& i, Op op) {
  const bool word = op >= Op::Divw;
  const bool is_signed = op == Op::Div || op == Op::Rem || op == Op::Divw || op == Op::Remw;
  const bool is_rem = op == Op::Rem || op == Op::Remu || op == Op::Remw || op == Op::Remuw;
  const Xbyak::Reg& a = word ? static_cast<const Xbyak::Reg&>(eax) : rax;
  const Xbyak::Reg& b = word ? static_cast<const Xbyak::Reg&>(ecx) : rcx;
  const Xbyak::Reg& d = word ? static_cast<const Xbyak::Reg&>(edx) : rdx;
  if (word) {
    mov(eax, src(i.rs1).cvt32());
    mov(ecx, src(i.rs2).cvt32());
  } else {
    mov(rax, src(i.rs1));
    mov(rcx, src(i.rs2));
  }
  Mark by_zero, done, ordinary;
  test(b, b);
  jz(by_zero);
  if (is_signed) {
    cmp(b, -1);
    jne(ordinary);
    if (is_rem) xor_(eax, eax);
    else neg(a);  // -x, and MIN for MIN
    jmp(done);
    L(ordinary);
    if (word) cdq();
    else cqo();
    idiv(b);
  } else {
    xor_(edx, edx);
    div(b);
  }
  if (is_rem) mov(a, d);
  jmp(done);
  L(by_zero);
  if (!is_rem) mov(rax, -1);  // (a remainder by zero is the dividend, already in rax)
  L(done);
  if (word) movsxd(rax, eax);
  mov(dst(i.rd), rax);
}

// clz/ctz/cpop map to lzcnt/tzcnt/popcnt (the JIT uses them only where the host has them),
// which give the operand width for a zero input, as RISC-V does. orc.b: SSE2 compares.
void Jit::Emitter::count(const Insn& i, Op op) {
  const Xbyak::Reg64& a = src(i.rs1);
  switch (op) {
    case Op::Clz: lzcnt(rax, a); break;
    case Op::Ctz: tzcnt(rax, a); break;
    case Op::Cpop: popcnt(rax, a); break;
    case Op::Clzw: lzcnt(eax, a.cvt32()); break;
    case Op::Ctzw: tzcnt(eax, a.cvt32()); break;
    case Op::Cpopw: popcnt(eax, a.cvt32()); break;
    default:  // OrcB: each byte 0xff if it is non-zero, else 0
      movq(xmm0, a);
      pxor(xmm1, xmm1);
      pcmpeqb(xmm0, xmm1);  // 0xff where the byte is zero
      pcmpeqb(xmm1, xmm1);
      pxor(xmm0, xmm1);
      movq(rax, xmm0);
      break;
  }
  mov(dst(i.rd), rax);
}

// Branches and jumps end the block.
void Jit::Emitter::branch(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  const int64_t next = static_cast<int64_t>(off) + i.len, target = static_cast<int64_t>(off) + i.imm;
  switch (op) {
    case Op::Jal:
      if (i.rd) {
        guest_pc(rax, next);
        mov(dst(i.rd), rax);
      }
      if (links(i.rd)) guest_call(next, &target, unsynced + 1);
      else chain(target, unsynced + 1);
      return;
    case Op::Jalr:
      mov(rax, src(i.rs1));  // read rs1 before writing rd (they may be the same register)
      if (i.imm) add(rax, i.imm);
      and_(rax, -2);
      if (i.rd) {
        guest_pc(rcx, next);
        mov(dst(i.rd), rcx);
      }
      if (links(i.rd)) {
        guest_call(next, nullptr, unsynced + 1);
      } else if (i.rd == 0 && links(i.rs1)) {
        guest_return(unsynced + 1);
      } else {
        emit(chain_plan());
        add_retired(unsynced + 1);
        jump_if_translated();
      }
      return;
    default: break;
  }
  Mark& taken = label();
  const Xbyak::Reg64& a = src(i.rs1);
  const Xbyak::Reg64* b = i.rs2 ? &src(i.rs2) : nullptr;
  jump_if(op, a, b, taken);
  // Both ways out chain: the homes in place, the rest in memory. (After the compare: putting
  // a home back may overwrite a slot that held an operand.)
  const ChainPlan plan = chain_plan();
  emit(plan);
  chain_written(next, unsynced + 1);
  L(taken);
  emit(plan);
  chain_written(target, unsynced + 1);
}

// A conditional branch inside a superblock: the fall-through goes on with the register cache
// as it is; the taken side, out of line, writes back what is dirty now and leaves.
void Jit::Emitter::side_exit(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  Mark& taken = label();
  const Xbyak::Reg64& a = src(i.rs1);
  const Xbyak::Reg64* b = i.rs2 ? &src(i.rs2) : nullptr;
  jump_if(op, a, b, taken);
  const int64_t target = static_cast<int64_t>(off) + i.imm;
  later([this, &taken, target, unsynced, plan = chain_plan()] {
    L(taken);
    emit(plan);
    chain_written(target, unsynced + 1);
  });
}

// b null: rs2 is x0 (beqz, bnez, bltz...), compared as the immediate 0.
void Jit::Emitter::jump_if(Op op, const Xbyak::Reg64& a, const Xbyak::Reg64* b, Mark& to) {
  if (b) cmp(a, *b);
  else test(a, a);  // the flags of cmp a, 0 (CF and OF clear)
  switch (op) {
    case Op::Beq: je(to, T_NEAR); break;
    case Op::Bne: jne(to, T_NEAR); break;
    case Op::Blt: jl(to, T_NEAR); break;
    case Op::Bge: jge(to, T_NEAR); break;
    case Op::Bltu: jb(to, T_NEAR); break;
    default: jae(to, T_NEAR); break;
  }
}

}  // namespace rvisor::cpu
