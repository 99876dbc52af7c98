package lbj.cpu.decode;

/** How many immediate bytes follow the ModRM/SIB/displacement of an instruction. */
public enum Imm {
    NONE,
    /** imm8, sign-extended into {@link Insn#imm}. */
    B,
    /** imm16, zero-extended (ret imm16). */
    W,
    /** imm32, sign-extended (rel32 branches: never shortened by 0x66 in 64-bit mode). */
    D,
    /** imm16 with a 0x66 prefix, else imm32; sign-extended. */
    Z,
    /** Full operand size: imm16, imm32 or imm64 (mov r, imm). */
    V,
    /** imm16 then imm8 (enter); the second lands in {@link Insn#imm2}. */
    WB,
    /** An absolute address of address size (mov al/eax, moffs). */
    MOFFS,
    /** Group 3 (F6/F7): imm8/immZ only when ModRM.reg is 0 or 1 (test). */
    GROUP3
}
