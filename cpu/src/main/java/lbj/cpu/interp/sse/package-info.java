/**
 * MMX, SSE, SSE2, SSE3 (its SIMD part) and SSSE3 for the reference interpreter.
 *
 * <ul>
 *   <li>{@link lbj.cpu.interp.sse.SseMove}, {@link lbj.cpu.interp.sse.SseFloat},
 *       {@link lbj.cpu.interp.sse.SseConvert}, {@link lbj.cpu.interp.sse.SseInt},
 *       {@link lbj.cpu.interp.sse.Sse3}, {@link lbj.cpu.interp.sse.Ssse3} register the instructions; the
 *       mandatory prefix picks the form (none = ps or MMX, 66 = pd or xmm integer, F3 = ss, F2 = sd).</li>
 *   <li>{@link lbj.cpu.interp.sse.Fp} is the floating-point definition: exact results (BigInteger) rounded
 *       by MXCSR.RC, with DAZ, FTZ, NaN rules and all six exception flags as the hardware sets them, and
 *       a fast path through Java arithmetic where that provably gives the same bits and flags.
 *       {@link lbj.cpu.interp.sse.Mxcsr#commit} raises #XM for unmasked exceptions before the
 *       destination is written.</li>
 *   <li>{@link lbj.cpu.interp.sse.Estimate}: rcp/rsqrt bit-exact with Intel hardware (recorded tables).</li>
 *   <li>{@link lbj.cpu.interp.sse.Xmm} and {@link lbj.cpu.interp.sse.Mmx}: operand access. Every
 *       instruction reads its memory operands first and writes last, so faults are precise; legacy
 *       16-byte operands must be aligned except for the unaligned moves and lddqu.</li>
 * </ul>
 *
 * <p>Testing: the test resources hold gen_vectors.c, which runs every register form natively under many
 * MXCSR settings and records inputs and results (sse-vectors.txt.gz, replayed by SseVectorTest);
 * memory forms, faults and unmasked exceptions have their own tests; tests/guest/sse_*.c compare whole
 * programs with native runs.
 */
package lbj.cpu.interp.sse;
