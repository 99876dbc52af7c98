package lbj.cpu.interp.sse;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import lbj.cpu.Exit;
import org.junit.jupiter.api.Test;

/**
 * Replays vectors recorded on a real x86-64 CPU by gen_vectors.c (beside sse-vectors.txt.gz in the test
 * resources): each line is one instruction with its inputs, MXCSR and the results the hardware produced.
 * Lines named "name@mem" are the memory forms, with b at [rdi+0x18]. Kinds: x = compare xmm0, xf = compare the arithmetic flags, r = compare rax, m = compare mm0; MXCSR
 * always.
 */
class SseVectorTest {
    @Test
    void matchesTheRealCpu() throws Exception {
        var in = getClass().getResourceAsStream("sse-vectors.txt.gz");
        assertNotNull(in);
        List<String> failures = new ArrayList<>();
        TreeMap<String, Integer> perName = new TreeMap<>();
        int count = 0;
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                count++;
                String why = check(line);
                if (why != null) {
                    failures.add(line + "\n    " + why);
                    perName.merge(line.substring(0, line.indexOf(' ')), 1, Integer::sum);
                }
            }
        }
        assertTrue(count > 5000, "vectors file too small: " + count);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " vectors differ " + perName + "\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    private static long h(String s) { return Long.parseUnsignedLong(s, 16); }

    static String check(String line) {
        String[] f = line.split(" ");
        byte[] code = HexFormat.of().parseHex(f[1]);
        String kind = f[2];
        int mxIn = (int) h(f[3]);
        long a0 = h(f[4]), a1 = h(f[5]), b0 = h(f[6]), b1 = h(f[7]), raxIn = h(f[8]);
        // f[9] is "|"
        long r0 = h(f[10]), r1 = h(f[11]), mm0 = h(f[12]), rax = h(f[13]), rflags = h(f[14]);
        int mxOut = (int) h(f[15]);

        Machine m = new Machine();
        m.xmm(0, a0, a1);
        m.xmm(1, b0, b1);
        m.cpu.x87.setMmx(0, a0);
        m.cpu.x87.setMmx(1, b0);
        m.cpu.r[0] = raxIn;
        // Memory forms ("name@mem") read b from [rdi+0x18], 16-byte aligned as in the native harness.
        m.cpu.r[7] = Machine.DATA + 0x1008;
        m.mem.write64(Machine.DATA + 0x1020, b0);
        m.mem.write64(Machine.DATA + 0x1028, b1);
        m.cpu.mxcsr = mxIn;
        Exit e;
        try {
            e = m.run(code);
        } catch (RuntimeException ex) {
            return "threw " + ex;
        }
        if (e != null) return "exit " + e;
        if (m.cpu.mxcsr != mxOut) return "mxcsr " + Integer.toHexString(m.cpu.mxcsr);
        switch (kind) {
            case "x" -> {
                if (m.cpu.xmm[0] != r0 || m.cpu.xmm[1] != r1) return String.format("xmm0 %x %x", m.cpu.xmm[0], m.cpu.xmm[1]);
            }
            case "xf" -> {
                long got = m.cpu.getRflags() & 0x8D5;
                if (got != rflags) return "rflags " + Long.toHexString(got);
            }
            case "r" -> {
                if (m.cpu.r[0] != rax) return "rax " + Long.toHexString(m.cpu.r[0]);
            }
            case "m" -> {
                if (m.cpu.x87.mmx(0) != mm0) return "mm0 " + Long.toHexString(m.cpu.x87.mmx(0));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return null;
    }
}
