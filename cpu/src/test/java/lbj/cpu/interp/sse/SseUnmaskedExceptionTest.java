package lbj.cpu.interp.sse;

import static org.junit.jupiter.api.Assertions.*;

import lbj.cpu.Exit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unmasked SIMD exceptions: mulps xmm0, xmm1 with lanes 2 and 3 = 1.0 * 1.0. Expected MXCSR values were
 * measured natively (SIGFPE handler reading the saved MXCSR): an unmasked pre-computation exception
 * (IE, DE, ZE) reports only those; a lane that overflows or underflows with OE/UE unmasked reports no PE,
 * other lanes still do; the destination is never written.
 */
class SseUnmaskedExceptionTest {
    @ParameterizedTest
    @CsvSource({
            // mxcsr in, a0, a1, b0, b1, mxcsr after, trapped
            "1F00, 7FA00000, 3EAAAAAB, 3F800000, 3EAAAAAB, 1F01, true",
            "1780, 00800000, 3F800000, 3F000000, 3F800000, 1790, true",
            "1F80, 00800000, 3F800000, 3F000000, 3F800000, 1F80, false",
            "9780, 00800000, 3F800000, 3F000000, 3F800000, 9790, true",
            "0F80, 3EAAAAAB, 3F800000, 3EAAAAAB, 3F800000, 0FA0, true",
            "1B80, 7F000000, 3F800000, 7F000000, 3F800000, 1B88, true",
            "1E80, 00000001, 3EAAAAAB, 3F800000, 3EAAAAAB, 1E82, true",
            "1D80, 3F800000, 3F800000, 3F800000, 3F800000, 1D80, false",
            "1780, 00800001, 3F800000, 3F000000, 3F800000, 1790, true",
            "1B80, 7F000000, 3EAAAAAB, 7F000000, 3EAAAAAB, 1BA8, true",
            "1780, 00800001, 3EAAAAAB, 3F000000, 3EAAAAAB, 17B0, true",
            "1B80, 7F000000, 00800001, 7F000000, 3F000000, 1BB8, true",
            "0F80, 7F000000, 3F800000, 7F000000, 3F800000, 0FA8, true",
    })
    void mulps(String mx, String a0, String a1, String b0, String b1, String after, boolean trapped) {
        Machine m = new Machine();
        long one = 0x3F800000L;
        long a = Long.parseLong(a0, 16) | Long.parseLong(a1, 16) << 32, b = Long.parseLong(b0, 16) | Long.parseLong(b1, 16) << 32;
        m.xmm(0, a, one | one << 32);
        m.xmm(1, b, one | one << 32);
        m.cpu.mxcsr = Integer.parseInt(mx, 16);
        Exit e = m.run(0x0F, 0x59, 0xC1);
        assertEquals(Integer.parseInt(after, 16), m.cpu.mxcsr, Integer.toHexString(m.cpu.mxcsr));
        if (trapped) {
            assertEquals(new Exit.Trap(Exit.Vector.SIMD_FLOATING_POINT, 0), e);
            assertEquals(a, m.cpu.xmm[0]);
        } else {
            assertNull(e);
        }
    }
}
