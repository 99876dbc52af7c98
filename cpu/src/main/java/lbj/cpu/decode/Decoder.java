package lbj.cpu.decode;

import lbj.cpu.CpuTrap;
import lbj.cpu.mem.Memory;

/**
 * Decodes x86-64 instructions from guest memory, driven by an {@link OpTable}: prefixes, REX, the opcode
 * maps, ModRM/SIB/displacement and immediates. The table says which opcodes exist and what follows them;
 * the decoder itself knows no instruction.
 */
public final class Decoder {
    private static final int MAX_LENGTH = 15;

    private final OpTable table;

    public Decoder(OpTable table) {
        this.table = table;
    }

    /** Decodes the instruction at address; throws GuestFault on fetch faults and #UD/#GP when undecodable. */
    public Insn decode(Memory mem, long address) {
        Insn i = new Insn();
        i.address = address;
        Fetch f = new Fetch(mem, address);
        int b;
        int lastRep = 0; // 0xF2 or 0xF3, whichever came last
        while (true) {
            b = f.next();
            switch (b) {
                case 0xF0 -> i.lock = true;
                case 0xF2 -> { i.repne = true; lastRep = b; }
                case 0xF3 -> { i.rep = true; lastRep = b; }
                case 0x66 -> i.opsize = true;
                case 0x67 -> i.addrsize = true;
                case 0x64 -> i.segment = Insn.SEG_FS;
                case 0x65 -> i.segment = Insn.SEG_GS;
                case 0x26, 0x2E, 0x36, 0x3E -> { } // ES/CS/SS/DS: no effect in 64-bit mode
                default -> {
                    if ((b & 0xF0) == 0x40) {
                        // REX only counts when it is the last prefix before the opcode.
                        int next = f.peek();
                        i.rex = b;
                        if (isLegacyPrefix(next) || (next & 0xF0) == 0x40) {
                            i.rex = 0;
                            continue;
                        }
                        b = f.next();
                    }
                    return finish(i, f, b, lastRep);
                }
            }
        }
    }

    private static boolean isLegacyPrefix(int b) {
        return switch (b) {
            case 0xF0, 0xF2, 0xF3, 0x66, 0x67, 0x64, 0x65, 0x26, 0x2E, 0x36, 0x3E -> true;
            default -> false;
        };
    }

    private Insn finish(Insn i, Fetch f, int b, int lastRep) {
        int map = OpTable.MAP_PRIMARY;
        if (b == 0x0F) {
            b = f.next();
            if (b == 0x38) {
                map = OpTable.MAP_0F38;
                b = f.next();
            } else if (b == 0x3A) {
                map = OpTable.MAP_0F3A;
                b = f.next();
            } else {
                map = OpTable.MAP_0F;
            }
        }
        // VEX (C4/C5) and EVEX (62) have no table entries yet, so they decode as #UD; CPUID claims no AVX.
        i.map = map;
        i.opcode = b;
        OpSpec spec = lookup(i, map, b, lastRep);
        if (spec == null) throw CpuTrap.ud();
        i.spec = spec;

        i.addrSize = i.addrsize ? 4 : 8;
        if (i.rexW()) i.opSize = 8;
        else if (i.opsize && !(spec.simd() && i.prefix == OpTable.P_66)) i.opSize = 2;
        else i.opSize = spec.default64() ? 8 : 4;

        if (spec.modrm()) decodeModrm(i, f);
        decodeImmediate(i, f, spec.imm());
        i.length = f.length();
        if (i.length > MAX_LENGTH) throw CpuTrap.gp();
        return i;
    }

    /** Mandatory prefix lookup: the last of F2/F3, then 66, then none; SIMD slots only match exactly. */
    private OpSpec lookup(Insn i, int map, int opcode, int lastRep) {
        if (map == OpTable.MAP_PRIMARY) {
            i.prefix = OpTable.P_NONE;
            return table.get(map, OpTable.P_NONE, opcode);
        }
        int wanted = lastRep == 0xF3 ? OpTable.P_F3 : lastRep == 0xF2 ? OpTable.P_F2
                : i.opsize ? OpTable.P_66 : OpTable.P_NONE;
        OpSpec s = table.get(map, wanted, opcode);
        if (s != null) {
            i.prefix = wanted;
            return s;
        }
        if (wanted >= OpTable.P_F3 && i.opsize) {
            s = table.get(map, OpTable.P_66, opcode);
            if (s != null && !s.simd()) {
                i.prefix = OpTable.P_66;
                return s;
            }
        }
        s = table.get(map, OpTable.P_NONE, opcode);
        if (s != null && (!s.simd() || wanted == OpTable.P_NONE)) {
            i.prefix = OpTable.P_NONE;
            return s;
        }
        return null;
    }

    private static void decodeModrm(Insn i, Fetch f) {
        int m = f.next();
        int rex = i.rex;
        i.mod = m >>> 6;
        i.reg = (m >>> 3 & 7) | (rex & 4) << 1;
        int rm = m & 7;
        if (i.mod == 3) {
            i.rm = rm | (rex & 1) << 3;
            return;
        }
        i.rm = rm | (rex & 1) << 3;
        if (rm == 4) {
            int sib = f.next();
            i.scale = sib >>> 6;
            int idx = (sib >>> 3 & 7) | (rex & 2) << 2;
            i.index = idx == 4 ? -1 : idx;
            int base = sib & 7;
            if (base == 5 && i.mod == 0) {
                i.base = -1;
                i.disp = f.s32();
                return;
            }
            i.base = base | (rex & 1) << 3;
        } else if (rm == 5 && i.mod == 0) {
            i.ripRelative = true;
            i.disp = f.s32();
            return;
        } else {
            i.base = i.rm;
        }
        if (i.mod == 1) i.disp = f.s8();
        else if (i.mod == 2) i.disp = f.s32();
    }

    private static void decodeImmediate(Insn i, Fetch f, Imm imm) {
        switch (imm) {
            case NONE -> { }
            case B -> i.imm = f.s8();
            case W -> i.imm = f.u16();
            case D -> i.imm = f.s32();
            case Z -> i.imm = i.opSize == 2 ? (short) f.u16() : f.s32();
            case V -> i.imm = i.opSize == 8 ? f.s64() : i.opSize == 4 ? f.s32() & 0xFFFF_FFFFL : f.u16();
            case WB -> {
                i.imm = f.u16();
                i.imm2 = f.next();
            }
            case MOFFS -> i.imm = i.addrSize == 8 ? f.s64() : f.s32() & 0xFFFF_FFFFL;
            case GROUP3 -> {
                if ((i.reg & 7) <= 1) decodeImmediate(i, f, i.opcode == 0xF6 ? Imm.B : Imm.Z);
            }
        }
    }

    /** Reads instruction bytes with execute permission, counting them. */
    private static final class Fetch {
        private final Memory mem;
        private final long start;
        private int pos;

        Fetch(Memory mem, long start) {
            this.mem = mem;
            this.start = start;
        }

        int next() {
            if (pos >= MAX_LENGTH) throw CpuTrap.gp();
            return mem.fetch8(start + pos++);
        }

        int peek() {
            return pos >= MAX_LENGTH ? 0 : mem.fetch8(start + pos);
        }

        int length() { return pos; }

        long s8() { return (byte) next(); }

        int u16() { return next() | next() << 8; }

        long s32() { return (int) u32(); }

        long s64() {
            long lo = u32();
            return lo | (long) u32() << 32;
        }

        long u32() {
            return (next() | next() << 8 | next() << 16 | (long) next() << 24) & 0xFFFF_FFFFL;
        }
    }
}
