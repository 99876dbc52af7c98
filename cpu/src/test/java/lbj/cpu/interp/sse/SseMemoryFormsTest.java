package lbj.cpu.interp.sse;

import static org.junit.jupiter.api.Assertions.*;

import lbj.cpu.Cpu;
import lbj.cpu.Exit;
import org.junit.jupiter.api.Test;

/**
 * Memory operand forms, alignment, precise faults, #XM, MMX state and REX-extended registers: the parts
 * the register-only hardware vectors do not cover. Expected values follow the SDM's definitions.
 */
class SseMemoryFormsTest {
    /** ModRM+SIB bytes for an absolute [disp32] operand with ModRM.reg = reg, then the displacement. */
    private static int[] abs(int reg, long addr) {
        return new int[] {reg << 3 | 4, 0x25, (int) addr & 0xFF, (int) (addr >> 8) & 0xFF, (int) (addr >> 16) & 0xFF,
                (int) (addr >>> 24) & 0xFF};
    }

    private static int[] cat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) n += p.length;
        int[] r = new int[n];
        int k = 0;
        for (int[] p : parts) for (int x : p) r[k++] = x;
        return r;
    }

    private static int[] b(int... x) { return x; }

    private static final long LAST4 = Machine.READ_ONLY - 4, LAST8 = Machine.READ_ONLY - 8;
    private static final long UNMAPPED = Machine.READ_ONLY + 0x1000;

    @Test
    void movssLoadZeroesTheRestAndReadsOnlyFourBytes() {
        Machine m = new Machine();
        m.xmm(0, -1, -1);
        m.mem.write32(LAST4, 0x3F800000);
        assertNull(m.run(cat(b(0xF3, 0x0F, 0x10), abs(0, LAST4))));
        assertEquals(0x3F800000L, m.cpu.xmm[0]);
        assertEquals(0, m.cpu.xmm[1]);
        // Register form keeps the upper bits.
        m.xmm(0, 0x1111111122222222L, 0x3333333344444444L);
        m.xmm(1, 0x5555555566666666L, 0x7777777788888888L);
        assertNull(m.run(0xF3, 0x0F, 0x10, 0xC1));
        assertEquals(0x1111111166666666L, m.cpu.xmm[0]);
        assertEquals(0x3333333344444444L, m.cpu.xmm[1]);
    }

    @Test
    void scalarLoadAtTheEndOfTheLastMappedPageDoesNotTouchTheNext() {
        Machine m = new Machine();
        long last4 = UNMAPPED - 4, last8 = UNMAPPED - 8;
        m.xmm(0, 0x4000000000000000L, 0);
        assertNull(m.run(cat(b(0xF3, 0x0F, 0x58), abs(0, last4)))); // addss xmm0, [last4] (reads 0.0)
        assertNull(m.run(cat(b(0xF2, 0x0F, 0x59), abs(0, last8)))); // mulsd xmm0, [last8]
        assertNull(m.run(cat(b(0x66, 0x0F, 0x2F), abs(0, last8)))); // comisd
        // An 8-byte load at last4 crosses into the unmapped page: a page fault, xmm0 unchanged.
        m.xmm(0, 1234, 5678);
        Exit e = m.run(cat(b(0xF2, 0x0F, 0x10), abs(0, last4)));
        assertInstanceOf(Exit.PageFault.class, e);
        long fault = ((Exit.PageFault) e).address();
        assertTrue(fault >= UNMAPPED && fault < UNMAPPED + 4, Long.toHexString(fault));
        assertEquals(1234, m.cpu.xmm[0]);
        assertEquals(5678, m.cpu.xmm[1]);
        assertEquals(Machine.CODE, m.cpu.rip);
    }

    @Test
    void alignedFormsRaiseGpOnMisalignedOperands() {
        Machine m = new Machine();
        long mis = Machine.DATA + 8;
        for (int[] insn : new int[][] {
                cat(b(0x0F, 0x28), abs(0, mis)),            // movaps xmm0, [mis]
                cat(b(0x66, 0x0F, 0x29), abs(0, mis)),      // movapd [mis], xmm0
                cat(b(0x0F, 0x58), abs(0, mis)),            // addps xmm0, [mis]
                cat(b(0x66, 0x0F, 0xFE), abs(0, mis)),      // paddd xmm0, [mis]
                cat(b(0x66, 0x0F, 0xE7), abs(0, mis)),      // movntdq [mis], xmm0
                cat(b(0x66, 0x0F, 0x70), abs(0, mis), b(0)), // pshufd
        }) {
            Exit e = m.run(insn);
            assertEquals(new Exit.Trap(Exit.Vector.GENERAL_PROTECTION, 0), e);
        }
        // Unaligned forms are fine.
        m.mem.write64(mis, 0x0102030405060708L);
        m.mem.write64(mis + 8, 0x1112131415161718L);
        assertNull(m.run(cat(b(0x0F, 0x10), abs(0, mis))));         // movups
        assertEquals(0x0102030405060708L, m.cpu.xmm[0]);
        assertEquals(0x1112131415161718L, m.cpu.xmm[1]);
        assertNull(m.run(cat(b(0xF3, 0x0F, 0x6F), abs(1, mis))));   // movdqu xmm1
        assertEquals(0x1112131415161718L, m.cpu.xmm[3]);
        // Aligned ones work when aligned.
        assertNull(m.run(cat(b(0x66, 0x0F, 0x7F), abs(1, Machine.DATA + 32)))); // movdqa [DATA+32], xmm1
        assertEquals(0x0102030405060708L, m.mem.read64(Machine.DATA + 32));
    }

    @Test
    void storesAcrossIntoAReadOnlyPageChangeNothing() {
        Machine m = new Machine();
        m.xmm(0, -1, -1);
        Exit e = m.run(cat(b(0x0F, 0x11), abs(0, Machine.READ_ONLY - 8))); // movups [ro-8], xmm0
        assertInstanceOf(Exit.PageFault.class, e);
        assertEquals(0, m.mem.read64(Machine.READ_ONLY - 8));
    }

    @Test
    void halfMoves() {
        Machine m = new Machine();
        m.mem.write64(Machine.DATA, 0xAAAA_AAAA_AAAA_AAAAL);
        m.xmm(0, 1, 2);
        m.xmm(1, 3, 4);
        assertNull(m.run(cat(b(0x0F, 0x16), abs(0, Machine.DATA)))); // movhps xmm0, [m]
        assertArrayEquals(new long[] {1, 0xAAAA_AAAA_AAAA_AAAAL}, new long[] {m.cpu.xmm[0], m.cpu.xmm[1]});
        assertNull(m.run(cat(b(0x66, 0x0F, 0x12), abs(0, Machine.DATA)))); // movlpd xmm0, [m]
        assertEquals(0xAAAA_AAAA_AAAA_AAAAL, m.cpu.xmm[0]);
        assertNull(m.run(cat(b(0x0F, 0x17), abs(1, Machine.DATA + 8)))); // movhps [m+8], xmm1
        assertEquals(4, m.mem.read64(Machine.DATA + 8));
        assertNull(m.run(cat(b(0x66, 0x0F, 0x13), abs(1, Machine.DATA + 8)))); // movlpd [m+8], xmm1
        assertEquals(3, m.mem.read64(Machine.DATA + 8));
        // movlpd with a register operand does not exist.
        assertEquals(new Exit.Trap(Exit.Vector.INVALID_OPCODE, 0), m.run(0x66, 0x0F, 0x12, 0xC1));
        // movsd load zeroes the high half; movq (66 0F D6) to memory writes 8 bytes.
        assertNull(m.run(cat(b(0xF2, 0x0F, 0x10), abs(0, Machine.DATA + 8))));
        assertArrayEquals(new long[] {3, 0}, new long[] {m.cpu.xmm[0], m.cpu.xmm[1]});
    }

    @Test
    void rexSelectsTheUpperRegisters() {
        Machine m = new Machine();
        m.xmm(8, Double.doubleToRawLongBits(1.5), 7);
        m.xmm(9, Double.doubleToRawLongBits(2.25), 9);
        assertNull(m.run(0xF2, 0x45, 0x0F, 0x58, 0xC1)); // addsd xmm8, xmm9
        assertEquals(3.75, Double.longBitsToDouble(m.cpu.xmm[16]));
        assertEquals(7, m.cpu.xmm[17]);
        assertNull(m.run(0x66, 0x41, 0x0F, 0x6F, 0xC0)); // movdqa xmm0, xmm8
        assertEquals(m.cpu.xmm[16], m.cpu.xmm[0]);
        m.cpu.r[Cpu.R12] = 0;
        assertNull(m.run(0xF2, 0x4D, 0x0F, 0x2D, 0xE0)); // cvtsd2si r12, xmm8
        assertEquals(4, m.cpu.r[Cpu.R12]); // 3.75 rounds to nearest
    }

    @Test
    void unmaskedExceptionRaisesXmAndLeavesTheDestination() {
        Machine m = new Machine();
        m.cpu.mxcsr = 0x1F80 & ~(Mxcsr.IE << Mxcsr.MASK_SHIFT);
        m.xmm(0, 77, 88);
        m.xmm(1, Double.doubleToRawLongBits(-1.0), 0);
        Exit e = m.run(0xF2, 0x0F, 0x51, 0xC1); // sqrtsd xmm0, xmm1
        assertEquals(new Exit.Trap(Exit.Vector.SIMD_FLOATING_POINT, 0), e);
        assertEquals(77, m.cpu.xmm[0]);
        assertEquals(Mxcsr.IE, m.cpu.mxcsr & 0x3F);
        // A masked exception of another kind does not trap.
        m.cpu.mxcsr = 0x1F80 & ~(Mxcsr.IE << Mxcsr.MASK_SHIFT);
        m.xmm(1, Double.doubleToRawLongBits(2.0), 0);
        assertNull(m.run(0xF2, 0x0F, 0x51, 0xC1));
        assertEquals(Mxcsr.PE, m.cpu.mxcsr & 0x3F);
    }

    @Test
    void mmxUseMarksTheX87RegistersValidAndEmmsEmptiesThem() {
        Machine m = new Machine();
        m.cpu.x87.mant[1] = 0x0101010101010101L;
        m.cpu.x87.top = 7;
        m.cpu.x87.emptyMask = 0xFF;
        assertNull(m.run(0x0F, 0xFC, 0xC1)); // paddb mm0, mm1
        assertEquals(0x0101010101010101L, m.cpu.x87.mmx(0));
        assertEquals(0, m.cpu.x87.emptyMask);
        assertEquals(0, m.cpu.x87.top);
        assertEquals(0xFFFF, m.cpu.x87.se[0]); // an MMX write sets the exponent bits to all ones
        assertNull(m.run(0x0F, 0x77)); // emms
        assertEquals(0xFF, m.cpu.x87.emptyMask);
        // REX.B does not extend MMX register numbers: 41 0F FC C1 is paddb mm0, mm1.
        assertNull(m.run(0x41, 0x0F, 0xFC, 0xC1));
        assertEquals(0x0202020202020202L, m.cpu.x87.mmx(0));
    }

    @Test
    void mmxUnpackLowReadsOnlyFourBytes() {
        Machine m = new Machine();
        long last4 = UNMAPPED - 4;
        m.cpu.x87.setMmx(0, 0x0000000044332211L);
        assertNull(m.run(cat(b(0x0F, 0x60), abs(0, last4)))); // punpcklbw mm0, [last4] (zeros)
        assertEquals(0x0044003300220011L, m.cpu.x87.mmx(0));
    }

    @Test
    void maskedStoreWritesOnlySelectedBytes() {
        Machine m = new Machine();
        m.cpu.r[Cpu.RDI] = Machine.DATA + 3; // unaligned is fine
        m.mem.write64(Machine.DATA + 3, 0x1111111111111111L);
        m.mem.write64(Machine.DATA + 11, 0x2222222222222222L);
        m.xmm(0, 0x8877665544332211L, 0x00FFEEDDCCBBAA99L);
        m.xmm(1, 0x80008000000080FFL, 0x8000000000000080L);
        assertNull(m.run(0x66, 0x0F, 0xF7, 0xC1)); // maskmovdqu xmm0, xmm1
        assertEquals(0x8811661111112211L, m.mem.read64(Machine.DATA + 3));
        assertEquals(0x0022222222222299L, m.mem.read64(Machine.DATA + 11));
    }

    @Test
    void wordInsertFromMemoryAndConversionsFromMemory() {
        Machine m = new Machine();
        m.mem.write64(Machine.DATA, 0xFFFF_FFFF_FFFF_BEEFL);
        m.xmm(0, 0, 0);
        assertNull(m.run(cat(b(0x66, 0x0F, 0xC4), abs(0, Machine.DATA), b(5)))); // pinsrw xmm0, [m], 5
        assertEquals(0xBEEFL << 16, m.cpu.xmm[1]);
        m.mem.write64(Machine.DATA + 8, -3);
        assertNull(m.run(cat(b(0xF2, 0x48, 0x0F, 0x2A), abs(0, Machine.DATA + 8)))); // cvtsi2sd xmm0, qword [m]
        assertEquals(-3.0, Double.longBitsToDouble(m.cpu.xmm[0]));
        assertNull(m.run(cat(b(0xF3, 0x0F, 0x2A), abs(1, Machine.DATA + 8)))); // cvtsi2ss xmm1, dword [m]
        assertEquals(-3.0f, Float.intBitsToFloat((int) m.cpu.xmm[2]));
    }

    @Test
    void sse3AndSsse3MemoryForms() {
        Machine m = new Machine();
        long mis = Machine.DATA + 5;
        m.mem.write64(mis, 0x0706050403020100L);
        m.mem.write64(mis + 8, 0x0F0E0D0C0B0A0908L);
        assertNull(m.run(cat(b(0xF2, 0x0F, 0xF0), abs(0, mis)))); // lddqu xmm0, [mis]: no alignment needed
        assertArrayEquals(new long[] {0x0706050403020100L, 0x0F0E0D0C0B0A0908L}, new long[] {m.cpu.xmm[0], m.cpu.xmm[1]});
        assertEquals(new Exit.Trap(Exit.Vector.INVALID_OPCODE, 0), m.run(0xF2, 0x0F, 0xF0, 0xC1)); // no register form
        assertNull(m.run(cat(b(0xF2, 0x0F, 0x12), abs(1, UNMAPPED - 8)))); // movddup xmm1, [last 8 bytes]
        assertEquals(new Exit.Trap(Exit.Vector.GENERAL_PROTECTION, 0),
                m.run(cat(b(0x66, 0x0F, 0x38, 0x00), abs(0, mis)))); // pshufb xmm0, [misaligned]
        // MMX palignr with a memory source: (mm0:m64) >> 3 bytes.
        m.cpu.x87.setMmx(0, 0x1716151413121110L);
        assertNull(m.run(cat(b(0x0F, 0x3A, 0x0F), abs(0, mis), b(3))));
        assertEquals(0x1211100706050403L, m.cpu.x87.mmx(0));
    }

    @Test
    void lockPrefixIsInvalid() {
        Machine m = new Machine();
        Exit ud = new Exit.Trap(Exit.Vector.INVALID_OPCODE, 0);
        assertEquals(ud, m.run(0xF0, 0x0F, 0x58, 0xC1));                          // lock addps
        assertEquals(ud, m.run(cat(b(0xF0, 0x66, 0x0F, 0xFE), abs(0, Machine.DATA)))); // lock paddd xmm0, [m]
        assertEquals(ud, m.run(0xF0, 0x0F, 0x77));                                // lock emms
    }

    @Test
    void maskmovqWritesOnlySelectedBytes() {
        // Expected value from _mm_maskmove_si64 run natively.
        Machine m = new Machine();
        m.cpu.r[Cpu.RDI] = Machine.DATA + 1;
        m.mem.write64(Machine.DATA + 1, 0x1111111111111111L);
        m.cpu.x87.setMmx(0, 0x8877665544332211L);
        m.cpu.x87.setMmx(1, 0x80FF007F80000180L);
        assertNull(m.run(0x0F, 0xF7, 0xC1));
        assertEquals(0x8877111144111111L, m.mem.read64(Machine.DATA + 1));
        // A masked store into a read-only page faults without writing anything.
        m.cpu.r[Cpu.RDI] = Machine.READ_ONLY - 4;
        assertInstanceOf(Exit.PageFault.class, m.run(0x0F, 0xF7, 0xC1));
        assertEquals(0, m.mem.read32(Machine.READ_ONLY - 4));
    }
}
