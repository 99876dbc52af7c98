package lbj.cpu.interp.sse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * rcpps/rcpss/rsqrtps/rsqrtss. The SDM only bounds their error, so each processor family has its own
 * results. We reproduce an Intel processor's bit for bit: its results depend only on the top 11 fraction
 * bits of the input (and, for rsqrt, the exponent's parity), so a 2048-entry table recorded from the
 * hardware (estimate-table.txt.gz, made by gen_estimate_table.c in the test resources, which also
 * checks this model against the hardware on all 2^32 inputs) plus exponent arithmetic gives them exactly.
 * Denormal inputs count as zeros, tiny results flush to zero, MXCSR is neither read nor changed.
 */
final class Estimate {
    private Estimate() {}

    private static final int[] RCP = new int[2048], RSQRT_EVEN = new int[2048], RSQRT_ODD = new int[2048];

    static {
        try (var in = Estimate.class.getResourceAsStream("estimate-table.txt.gz");
             var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
            for (int k = 0; k < 2048; k++) {
                String[] f = r.readLine().split(" ");
                RCP[k] = Integer.parseUnsignedInt(f[0], 16);
                RSQRT_EVEN[k] = Integer.parseUnsignedInt(f[1], 16);
                RSQRT_ODD[k] = Integer.parseUnsignedInt(f[2], 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final long SIGN = 0x8000_0000L, INF = 0x7F80_0000L, DEFAULT_NAN = 0xFFC0_0000L;

    static long rcp(long x) {
        long s = x & SIGN, m = x & 0x7F_FFFF;
        int e = (int) (x >>> 23) & 0xFF;
        if (e == 0xFF) return m != 0 ? x | 0x40_0000 : s;
        if (e == 0) return s | INF;
        int b = RCP[(int) (m >>> 12)];
        int oe = (b >>> 23 & 0xFF) - (e - 127);
        if (oe <= 0) return s;
        if (oe >= 0xFF) return s | INF;
        return s | (long) oe << 23 | b & 0x7F_FFFF;
    }

    static long rsqrt(long x) {
        long s = x & SIGN, m = x & 0x7F_FFFF;
        int e = (int) (x >>> 23) & 0xFF;
        if (e == 0xFF) return m != 0 ? x | 0x40_0000 : s != 0 ? DEFAULT_NAN : 0;
        if (e == 0) return s | INF;
        if (s != 0) return DEFAULT_NAN;
        int parity = (e - 127) & 1;
        int b = (parity == 0 ? RSQRT_EVEN : RSQRT_ODD)[(int) (m >>> 12)];
        int oe = (b >>> 23 & 0xFF) - (e - 127 - parity) / 2;
        return (long) oe << 23 | b & 0x7F_FFFF;
    }
}
