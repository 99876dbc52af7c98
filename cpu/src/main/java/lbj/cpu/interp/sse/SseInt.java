package lbj.cpu.interp.sse;

import static lbj.cpu.decode.OpTable.*;
import static lbj.cpu.interp.sse.Lanes.*;

import lbj.cpu.Cpu;
import lbj.cpu.CpuTrap;
import lbj.cpu.decode.Imm;
import lbj.cpu.decode.Insn;
import lbj.cpu.decode.OpTable;

/**
 * Integer SIMD: the MMX forms (no prefix, mm registers, 64-bit operands) and the SSE2 forms (66 prefix,
 * xmm registers, 128-bit operands that must be aligned in memory) of arithmetic, compares, logic, shifts,
 * packs, unpacks, shuffles and word insert/extract.
 */
public final class SseInt {
    private SseInt() {}

    /** A whole-vector operation: destination and source in (1 or 2 chunks), result out. */
    @FunctionalInterface
    interface VecOp {
        long[] apply(long[] a, long[] b);
    }

    public static void register(OpTable t) {
        elem(t, 0xFC, "paddb", 8, (a, b) -> a + b);
        elem(t, 0xFD, "paddw", 16, (a, b) -> a + b);
        elem(t, 0xFE, "paddd", 32, (a, b) -> a + b);
        elem(t, 0xD4, "paddq", 64, (a, b) -> a + b);
        elem(t, 0xF8, "psubb", 8, (a, b) -> a - b);
        elem(t, 0xF9, "psubw", 16, (a, b) -> a - b);
        elem(t, 0xFA, "psubd", 32, (a, b) -> a - b);
        elem(t, 0xFB, "psubq", 64, (a, b) -> a - b);
        elem(t, 0xEC, "paddsb", 8, (a, b) -> satS(sx(a, 8) + sx(b, 8), 8));
        elem(t, 0xED, "paddsw", 16, (a, b) -> satS(sx(a, 16) + sx(b, 16), 16));
        elem(t, 0xDC, "paddusb", 8, (a, b) -> satU(a + b, 8));
        elem(t, 0xDD, "paddusw", 16, (a, b) -> satU(a + b, 16));
        elem(t, 0xE8, "psubsb", 8, (a, b) -> satS(sx(a, 8) - sx(b, 8), 8));
        elem(t, 0xE9, "psubsw", 16, (a, b) -> satS(sx(a, 16) - sx(b, 16), 16));
        elem(t, 0xD8, "psubusb", 8, (a, b) -> satU(a - b, 8));
        elem(t, 0xD9, "psubusw", 16, (a, b) -> satU(a - b, 16));
        elem(t, 0xD5, "pmullw", 16, (a, b) -> a * b);
        elem(t, 0xE5, "pmulhw", 16, (a, b) -> sx(a, 16) * sx(b, 16) >> 16);
        elem(t, 0xE4, "pmulhuw", 16, (a, b) -> a * b >>> 16);
        elem(t, 0xF4, "pmuludq", 64, (a, b) -> (a & 0xFFFF_FFFFL) * (b & 0xFFFF_FFFFL));
        elem(t, 0xF5, "pmaddwd", 32, (a, b) -> sx(a, 16) * sx(b, 16) + sx(a >>> 16, 16) * sx(b >>> 16, 16));
        elem(t, 0xF6, "psadbw", 64, (a, b) -> {
            long s = 0;
            for (int k = 0; k < 64; k += 8) s += Math.abs((a >>> k & 0xFF) - (b >>> k & 0xFF));
            return s;
        });
        elem(t, 0xE0, "pavgb", 8, (a, b) -> a + b + 1 >>> 1);
        elem(t, 0xE3, "pavgw", 16, (a, b) -> a + b + 1 >>> 1);
        elem(t, 0xDA, "pminub", 8, Math::min);
        elem(t, 0xDE, "pmaxub", 8, Math::max);
        elem(t, 0xEA, "pminsw", 16, (a, b) -> Math.min(sx(a, 16), sx(b, 16)));
        elem(t, 0xEE, "pmaxsw", 16, (a, b) -> Math.max(sx(a, 16), sx(b, 16)));
        elem(t, 0x74, "pcmpeqb", 8, (a, b) -> a == b ? -1 : 0);
        elem(t, 0x75, "pcmpeqw", 16, (a, b) -> a == b ? -1 : 0);
        elem(t, 0x76, "pcmpeqd", 32, (a, b) -> a == b ? -1 : 0);
        elem(t, 0x64, "pcmpgtb", 8, (a, b) -> sx(a, 8) > sx(b, 8) ? -1 : 0);
        elem(t, 0x65, "pcmpgtw", 16, (a, b) -> sx(a, 16) > sx(b, 16) ? -1 : 0);
        elem(t, 0x66, "pcmpgtd", 32, (a, b) -> sx(a, 32) > sx(b, 32) ? -1 : 0);
        elem(t, 0xDB, "pand", 64, (a, b) -> a & b);
        elem(t, 0xDF, "pandn", 64, (a, b) -> ~a & b);
        elem(t, 0xEB, "por", 64, (a, b) -> a | b);
        elem(t, 0xEF, "pxor", 64, (a, b) -> a ^ b);

        // Shifts by the count in the source operand (all 64 bits of it count).
        shiftReg(t, 0xF1, "psllw", 16, Shift.LEFT);
        shiftReg(t, 0xF2, "pslld", 32, Shift.LEFT);
        shiftReg(t, 0xF3, "psllq", 64, Shift.LEFT);
        shiftReg(t, 0xD1, "psrlw", 16, Shift.RIGHT);
        shiftReg(t, 0xD2, "psrld", 32, Shift.RIGHT);
        shiftReg(t, 0xD3, "psrlq", 64, Shift.RIGHT);
        shiftReg(t, 0xE1, "psraw", 16, Shift.ARITH);
        shiftReg(t, 0xE2, "psrad", 32, Shift.ARITH);
        shiftGroup(t, 0x71, "psxw", 16);
        shiftGroup(t, 0x72, "psxd", 32);
        shiftGroup(t, 0x73, "psxq", 64);

        // Packs: dest elements fill the low half of the result, source elements the high half.
        vec(t, 0x63, "packsswb", false, (a, b) -> pack(a, b, 16, true));
        vec(t, 0x6B, "packssdw", false, (a, b) -> pack(a, b, 32, true));
        vec(t, 0x67, "packuswb", false, (a, b) -> pack(a, b, 16, false));

        // Unpacks: interleave the low (or high) halves; MMX low forms read only 32 bits of memory.
        vec(t, 0x60, "punpcklbw", true, (a, b) -> unpack(a, b, 8, false));
        vec(t, 0x61, "punpcklwd", true, (a, b) -> unpack(a, b, 16, false));
        vec(t, 0x62, "punpckldq", true, (a, b) -> unpack(a, b, 32, false));
        vec(t, 0x68, "punpckhbw", false, (a, b) -> unpack(a, b, 8, true));
        vec(t, 0x69, "punpckhwd", false, (a, b) -> unpack(a, b, 16, true));
        vec(t, 0x6A, "punpckhdq", false, (a, b) -> unpack(a, b, 32, true));
        xmmOnly(t, 0x6C, "punpcklqdq", (a, b) -> new long[] {a[0], b[0]});
        xmmOnly(t, 0x6D, "punpckhqdq", (a, b) -> new long[] {a[1], b[1]});

        // Shuffles.
        SimdTable.simd(t, MAP_0F, P_NONE, 0x70, "pshufw", Imm.B, (c, i) -> {
            long s = Mmx.rm(c, i);
            Mmx.set(c, i.reg, shuffle4(s, (int) i.imm));
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x70, "pshufd", Imm.B, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            long[] r = new long[2];
            for (int k = 0; k < 4; k++) set(r, k, 32, get(s, (int) i.imm >> 2 * k & 3, 32));
            Xmm.set(c, i.reg, r[0], r[1]);
        });
        SimdTable.simd(t, MAP_0F, P_F3, 0x70, "pshufhw", Imm.B, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Xmm.set(c, i.reg, s[0], shuffle4(s[1], (int) i.imm));
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0x70, "pshuflw", Imm.B, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Xmm.set(c, i.reg, shuffle4(s[0], (int) i.imm), s[1]);
        });

        // Word insert and extract.
        SimdTable.simd(t, MAP_0F, P_NONE, 0xC4, "pinsrw", Imm.B, (c, i) -> {
            long w = wordSource(c, i);
            long[] v = {Mmx.get(c, i.reg)};
            set(v, (int) i.imm & 3, 16, w);
            Mmx.set(c, i.reg, v[0]);
        });
        SimdTable.simd(t, MAP_0F, P_66, 0xC4, "pinsrw", Imm.B, (c, i) -> {
            long w = wordSource(c, i);
            long[] v = {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)};
            set(v, (int) i.imm & 7, 16, w);
            Xmm.set(c, i.reg, v[0], v[1]);
        });
        SimdTable.simd(t, MAP_0F, P_NONE, 0xC5, "pextrw", Imm.B, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            c.r[i.reg] = get(new long[] {Mmx.get(c, i.rm)}, (int) i.imm & 3, 16);
        });
        SimdTable.simd(t, MAP_0F, P_66, 0xC5, "pextrw", Imm.B, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            c.r[i.reg] = get(new long[] {Xmm.lo(c, i.rm), Xmm.hi(c, i.rm)}, (int) i.imm & 7, 16);
        });
    }

    private static long wordSource(Cpu c, Insn i) {
        return i.mod == 3 ? c.r[i.rm] & 0xFFFF : c.mem.read16(i.ea(c)) & 0xFFFF;
    }

    /** Four 16-bit elements of x selected by the 2-bit fields of imm. */
    private static long shuffle4(long x, int imm) {
        long r = 0;
        for (int k = 0; k < 4; k++) r |= (x >>> 16 * (imm >> 2 * k & 3) & 0xFFFF) << 16 * k;
        return r;
    }

    private static void elem(OpTable t, int opc, String name, int bits, ElementOp op) {
        vec(t, opc, name, false, (a, b) -> map(a, b, bits, op));
    }

    /** Registers the MMX (no prefix) and SSE2 (66) forms of a vector operation. */
    private static void vec(OpTable t, int opc, String name, boolean mmxMem32, VecOp op) {
        SimdTable.simd(t, MAP_0F, P_NONE, opc, name, Imm.NONE, (c, i) -> {
            long b = mmxMem32 ? Mmx.rm32(c, i) : Mmx.rm(c, i);
            long a = Mmx.get(c, i.reg);
            Mmx.set(c, i.reg, op.apply(new long[] {a}, new long[] {b})[0]);
        });
        xmmOnly(t, opc, name, op);
    }

    private static void xmmOnly(OpTable t, int opc, String name, VecOp op) {
        SimdTable.simd(t, MAP_0F, P_66, opc, name, Imm.NONE, (c, i) -> {
            long[] b = Xmm.rm128(c, i, true);
            long[] r = op.apply(new long[] {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)}, b);
            Xmm.set(c, i.reg, r[0], r[1]);
        });
    }

    static long[] pack(long[] a, long[] b, int inBits, boolean signed) {
        int outBits = inBits / 2;
        int n = (int) count(a, inBits);
        long[] r = new long[a.length];
        for (int k = 0; k < n; k++) {
            set(r, k, outBits, sat(sx(get(a, k, inBits), inBits), outBits, signed));
            set(r, k + n, outBits, sat(sx(get(b, k, inBits), inBits), outBits, signed));
        }
        return r;
    }

    private static long sat(long x, int bits, boolean signed) {
        return signed ? satS(x, bits) : satU(x, bits);
    }

    static long[] unpack(long[] a, long[] b, int bits, boolean high) {
        int n = (int) count(a, bits), half = n / 2, base = high ? half : 0;
        long[] r = new long[a.length];
        for (int k = 0; k < half; k++) {
            set(r, 2 * k, bits, get(a, base + k, bits));
            set(r, 2 * k + 1, bits, get(b, base + k, bits));
        }
        return r;
    }

    enum Shift { LEFT, RIGHT, ARITH }

    static long[] shift(long[] v, int bits, Shift kind, long count) {
        long[] r = new long[v.length];
        int n = (int) count(v, bits);
        boolean tooFar = Long.compareUnsigned(count, bits - 1) > 0;
        for (int k = 0; k < n; k++) {
            long x = get(v, k, bits);
            long y = switch (kind) {
                case LEFT -> tooFar ? 0 : x << count;
                case RIGHT -> tooFar ? 0 : x >>> count;
                case ARITH -> sx(x, bits) >> (tooFar ? bits - 1 : count);
            };
            set(r, k, bits, y);
        }
        return r;
    }

    private static void shiftReg(OpTable t, int opc, String name, int bits, Shift kind) {
        SimdTable.simd(t, MAP_0F, P_NONE, opc, name, Imm.NONE, (c, i) -> {
            long n = Mmx.rm(c, i);
            Mmx.set(c, i.reg, shift(new long[] {Mmx.get(c, i.reg)}, bits, kind, n)[0]);
        });
        SimdTable.simd(t, MAP_0F, P_66, opc, name, Imm.NONE, (c, i) -> {
            long n = Xmm.rm128(c, i, true)[0];
            long[] r = shift(new long[] {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)}, bits, kind, n);
            Xmm.set(c, i.reg, r[0], r[1]);
        });
    }

    /** Groups 12/13/14 (0F 71/72/73): ModRM.reg 2 = logical right, 4 = arithmetic right, 6 = left. */
    private static void shiftGroup(OpTable t, int opc, String name, int bits) {
        SimdTable.simd(t, MAP_0F, P_NONE, opc, name, Imm.B, (c, i) -> {
            Shift kind = groupKind(i, bits);
            long n = i.imm & 0xFF;
            Mmx.set(c, i.rm, shift(new long[] {Mmx.get(c, i.rm)}, bits, kind, n)[0]);
        });
        SimdTable.simd(t, MAP_0F, P_66, opc, name, Imm.B, (c, i) -> {
            long n = i.imm & 0xFF;
            int op = i.reg & 7;
            if (bits == 64 && (op == 3 || op == 7)) {
                if (i.mod != 3) throw CpuTrap.ud();
                byteShift(c, i.rm, (int) n, op == 7);
                return;
            }
            Shift kind = groupKind(i, bits);
            long[] r = shift(new long[] {Xmm.lo(c, i.rm), Xmm.hi(c, i.rm)}, bits, kind, n);
            Xmm.set(c, i.rm, r[0], r[1]);
        });
    }

    private static Shift groupKind(Insn i, int bits) {
        if (i.mod != 3) throw CpuTrap.ud();
        return switch (i.reg & 7) {
            case 2 -> Shift.RIGHT;
            case 4 -> {
                if (bits == 64) throw CpuTrap.ud();
                yield Shift.ARITH;
            }
            case 6 -> Shift.LEFT;
            default -> throw CpuTrap.ud();
        };
    }

    /** pslldq/psrldq: the whole register shifted by bytes; counts above 15 clear it. */
    private static void byteShift(Cpu c, int n, int bytes, boolean left) {
        long lo = Xmm.lo(c, n), hi = Xmm.hi(c, n);
        if (bytes > 15) {
            Xmm.set(c, n, 0, 0);
            return;
        }
        int s = bytes * 8;
        long rl, rh;
        if (s == 0) {
            rl = lo;
            rh = hi;
        } else if (left) {
            if (s < 64) {
                rh = hi << s | lo >>> (64 - s);
                rl = lo << s;
            } else {
                rh = lo << (s - 64);
                rl = 0;
            }
        } else {
            if (s < 64) {
                rl = lo >>> s | hi << (64 - s);
                rh = hi >>> s;
            } else {
                rl = hi >>> (s - 64);
                rh = 0;
            }
        }
        Xmm.set(c, n, rl, rh);
    }
}
