package lbj.cpu.decode;

import lbj.cpu.Cpu;

/**
 * One decoded instruction. Filled in by {@link Decoder} and not changed afterwards, so decoded
 * instructions can be cached and shared between guest threads.
 */
public final class Insn {
    public static final int SEG_NONE = 0, SEG_FS = 4, SEG_GS = 5;

    public OpSpec spec;
    /** Address of the first byte and length in bytes. */
    public long address;
    public int length;
    /** Opcode map (OpTable.MAP_*), mandatory-prefix slot that matched (OpTable.P_*), opcode byte. */
    public int map, prefix, opcode;

    // Prefixes as they appeared.
    public boolean lock, rep /* F3 */, repne /* F2 */, opsize /* 66 */, addrsize /* 67 */;
    public int segment = SEG_NONE;
    /** The REX byte (0x40-0x4F) or 0 when absent. */
    public int rex;

    /** Operand size in bytes for non-byte forms: 2, 4 or 8 (from REX.W, 0x66 and default64). */
    public int opSize;
    /** Address size in bytes: 8, or 4 with 0x67. */
    public int addrSize;

    // ModRM: reg and rm include the REX extension bits (0-15). mod == 3 means rm names a register.
    public int mod, reg, rm;
    // Memory operand, when mod != 3: base and index are register numbers or -1.
    public int base = -1, index = -1, scale;
    public long disp;
    public boolean ripRelative;

    /** Immediate (sign- or zero-extended as its {@link Imm} says) and the second immediate of enter. */
    public long imm, imm2;

    public boolean rexW() { return (rex & 8) != 0; }

    /** True when ModRM names a memory operand. */
    public boolean hasMemory() { return spec.modrm() && mod != 3; }

    /** The instruction's name from the tables, e.g. for traces and errors. */
    public String name() { return spec.name(); }

    /** Effective address of the memory operand; cpu.rip must already point at the next instruction. */
    public long ea(Cpu cpu) {
        long a = disp;
        if (base >= 0) a += cpu.r[base];
        else if (ripRelative) a += cpu.rip;
        if (index >= 0) a += cpu.r[index] << scale;
        if (addrSize == 4) a &= 0xFFFF_FFFFL;
        if (segment == SEG_FS) a += cpu.fsBase;
        else if (segment == SEG_GS) a += cpu.gsBase;
        return a;
    }

    @Override
    public String toString() {
        return String.format("%s @%x len %d", spec == null ? "?" : spec.name(), address, length);
    }
}
