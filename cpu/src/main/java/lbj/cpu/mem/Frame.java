package lbj.cpu.mem;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes behind one guest page. A frame can be mapped by several address spaces at once: after fork
 * (copy-on-write, until one side writes) or through MAP_SHARED. {@code mappers} counts the page entries
 * that refer to it so a copy-on-write fault can tell whether a copy is still needed.
 *
 * <p>The bytes live in a long[] seen through a heap segment: segments give unaligned little-endian access
 * at any offset, and a long[] (unlike a byte[]) is 8-byte aligned, so LOCK-prefixed instructions get real
 * compare-and-exchange on it.
 */
public final class Frame {
    public final MemorySegment data;
    final AtomicInteger mappers = new AtomicInteger();

    public Frame() {
        data = MemorySegment.ofArray(new long[Memory.PAGE_SIZE / 8]);
    }

    private Frame(MemorySegment copyOf) {
        this();
        MemorySegment.copy(copyOf, 0, data, 0, Memory.PAGE_SIZE);
    }

    public Frame copy() {
        return new Frame(data);
    }
}
