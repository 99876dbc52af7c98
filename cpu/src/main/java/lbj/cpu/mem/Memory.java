package lbj.cpu.mem;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A guest address space as the machine sees it: 47 bits of 4 KiB pages with read, write and execute
 * permissions checked in software. Every access goes through a direct-mapped TLB per access kind that holds
 * only entries permitting that kind, so the permission check is the tag compare. Misses, page-crossing
 * accesses, copy-on-write and faults take the slow paths.
 *
 * <p>Pages appear either eagerly ({@link #map}) or on demand through the {@link Pager} the kernel installs,
 * which knows the mappings (VMAs) and decides what an untouched page holds. Structural changes take this
 * object's lock; the fast paths take none.
 */
public final class Memory {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    public static final int PAGE_MASK = PAGE_SIZE - 1;
    /** One past the highest user address. */
    public static final long LIMIT = 1L << 47;
    public static final long PAGE_COUNT = LIMIT >>> PAGE_SHIFT;

    /** Supplies pages on first touch; the kernel's view of the mappings. */
    @FunctionalInterface
    public interface Pager {
        /**
         * Called with the memory's lock held when vpn has no entry. Installs one with {@link #map} and returns
         * true, or returns false when the address is not mapped (the access faults).
         */
        boolean populate(Memory memory, long vpn, Access access);
    }

    private static final int TLB_BITS = 10;
    private static final int TLB_MASK = (1 << TLB_BITS) - 1;

    static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Atomic access to aligned words of a frame. */
    private static final VarHandle ATOMIC32 =
            ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle().withInvokeExactBehavior();
    private static final VarHandle ATOMIC64 =
            ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle().withInvokeExactBehavior();

    private final PageTable table = new PageTable();
    private final PageEntry[] rtlb = newTlb(), wtlb = newTlb(), xtlb = newTlb();
    private volatile Pager pager;

    private static PageEntry[] newTlb() {
        PageEntry[] t = new PageEntry[1 << TLB_BITS];
        java.util.Arrays.fill(t, PageEntry.INVALID);
        return t;
    }

    public void setPager(Pager pager) {
        this.pager = pager;
    }

    public static long pageDown(long a) { return a & ~(long) PAGE_MASK; }

    public static long pageUp(long a) { return (a + PAGE_MASK) & ~(long) PAGE_MASK; }

    // ------------------------------------------------------------------ mapping (the kernel's side)

    /** Maps one page to a frame. Replaces what was there. */
    public synchronized void map(long vpn, Frame frame, int prot, boolean shared) {
        checkVpn(vpn);
        frame.mappers.incrementAndGet();
        PageEntry old = table.put(vpn, new PageEntry(vpn, frame, prot, shared, !shared && frame.mappers.get() > 1));
        if (old != null) old.frame().mappers.decrementAndGet();
        flushTlb(vpn);
    }

    /** Maps fresh zeroed private pages over [addr, addr+len), both page aligned. */
    public synchronized void mapZero(long addr, long len, int prot) {
        for (long vpn = addr >>> PAGE_SHIFT, end = (addr + len) >>> PAGE_SHIFT; vpn < end; vpn++) {
            map(vpn, new Frame(), prot, false);
        }
    }

    /** Removes every page in [addr, addr+len). */
    public synchronized void unmap(long addr, long len) {
        List<PageEntry> gone = entries(addr, len);
        for (PageEntry e : gone) {
            table.put(e.vpn(), null);
            e.frame().mappers.decrementAndGet();
            flushTlb(e.vpn());
        }
    }

    /** Changes the permissions of the present pages in [addr, addr+len). */
    public synchronized void protect(long addr, long len, int prot) {
        for (PageEntry e : entries(addr, len)) {
            table.put(e.vpn(), e.withProt(prot));
            flushTlb(e.vpn());
        }
    }

    /** Moves the pages of [from, from+len) to [to, to+len) (mremap); the target range must be free. */
    public synchronized void move(long from, long to, long len) {
        List<PageEntry> moving = entries(from, len);
        for (PageEntry e : moving) {
            table.put(e.vpn(), null);
            flushTlb(e.vpn());
        }
        long delta = (to - from) >>> PAGE_SHIFT;
        for (PageEntry e : moving) {
            long vpn = e.vpn() + delta;
            table.put(vpn, new PageEntry(vpn, e.frame(), e.prot(), e.shared(), e.cow()));
            flushTlb(vpn);
        }
    }

    /** True when the page holding addr is present (populated); says nothing about lazily mapped pages. */
    public boolean isPresent(long addr) {
        return table.get(addr >>> PAGE_SHIFT) != null;
    }

    /** Number of present pages. */
    public synchronized long presentPages() {
        return table.count();
    }

    /**
     * A copy of this address space for fork: shared pages stay shared, private ones become copy-on-write in
     * both. The pager is not copied; the child's kernel installs its own.
     */
    public synchronized Memory forkCopy() {
        Memory child = new Memory();
        for (PageEntry e : entries(0, LIMIT)) {
            boolean cow = !e.shared();
            e.frame().mappers.incrementAndGet();
            PageEntry mine = cow ? new PageEntry(e.vpn(), e.frame(), e.data(), e.prot(), false, true) : e;
            table.put(e.vpn(), mine);
            child.table.put(e.vpn(), mine);
        }
        flushAll();
        return child;
    }

    private List<PageEntry> entries(long addr, long len) {
        List<PageEntry> list = new ArrayList<>();
        table.forEach(addr >>> PAGE_SHIFT, (addr + len + PAGE_MASK) >>> PAGE_SHIFT, list::add);
        return list;
    }

    private void flushTlb(long vpn) {
        int i = (int) vpn & TLB_MASK;
        rtlb[i] = PageEntry.INVALID;
        wtlb[i] = PageEntry.INVALID;
        xtlb[i] = PageEntry.INVALID;
    }

    /** Forgets all cached translations. */
    public synchronized void flushAll() {
        java.util.Arrays.fill(rtlb, PageEntry.INVALID);
        java.util.Arrays.fill(wtlb, PageEntry.INVALID);
        java.util.Arrays.fill(xtlb, PageEntry.INVALID);
    }

    private static void checkVpn(long vpn) {
        if (vpn < 0 || vpn >= PAGE_COUNT) throw new IllegalArgumentException("page out of range: " + vpn);
    }

    // ------------------------------------------------------------------ slow paths

    /** The page's bytes for a read of addr, filling the read TLB; faults if not readable. */
    public MemorySegment readPage(long addr) {
        long vpn = addr >>> PAGE_SHIFT;
        PageEntry e = rtlb[(int) vpn & TLB_MASK];
        if (e.vpn() == vpn) return e.data();
        return fill(addr, Access.READ).data();
    }

    /** The page's bytes for a write to addr, resolving copy-on-write; faults if not writable. */
    public MemorySegment writePage(long addr) {
        long vpn = addr >>> PAGE_SHIFT;
        PageEntry e = wtlb[(int) vpn & TLB_MASK];
        if (e.vpn() == vpn) return e.data();
        return fill(addr, Access.WRITE).data();
    }

    /** The page's bytes for an instruction fetch at addr; faults if not executable. */
    public MemorySegment execPage(long addr) {
        long vpn = addr >>> PAGE_SHIFT;
        PageEntry e = xtlb[(int) vpn & TLB_MASK];
        if (e.vpn() == vpn) return e.data();
        return fill(addr, Access.EXECUTE).data();
    }

    private synchronized PageEntry fill(long addr, Access access) {
        if (addr < 0 || addr >= LIMIT) throw new GuestFault(addr, access);
        long vpn = addr >>> PAGE_SHIFT;
        PageEntry e = table.get(vpn);
        if (e == null) {
            Pager p = pager;
            if (p == null || !p.populate(this, vpn, access) || (e = table.get(vpn)) == null) {
                throw new GuestFault(addr, access);
            }
        }
        if (!e.allows(access)) throw new GuestFault(addr, access);
        int slot = (int) vpn & TLB_MASK;
        switch (access) {
            case READ -> rtlb[slot] = e;
            case EXECUTE -> xtlb[slot] = e;
            case WRITE -> {
                if (e.cow()) e = breakCow(e);
                wtlb[slot] = e;
                rtlb[slot] = e;
            }
        }
        return e;
    }

    private PageEntry breakCow(PageEntry e) {
        Frame f = e.frame();
        Frame mine = f.mappers.get() == 1 ? f : f.copy();
        if (mine != f) {
            mine.mappers.incrementAndGet();
            f.mappers.decrementAndGet();
        }
        PageEntry n = new PageEntry(e.vpn(), mine, e.prot(), false, false);
        table.put(e.vpn(), n);
        flushTlb(e.vpn());
        return n;
    }

    // ------------------------------------------------------------------ loads and stores

    public byte read8(long a) {
        return readPage(a).get(ValueLayout.JAVA_BYTE, a & PAGE_MASK);
    }

    public short read16(long a) {
        int off = (int) a & PAGE_MASK;
        if (off <= PAGE_SIZE - 2) return readPage(a).get(I16, off);
        return (short) (read8(a) & 0xff | read8(a + 1) << 8);
    }

    public int read32(long a) {
        int off = (int) a & PAGE_MASK;
        if (off <= PAGE_SIZE - 4) return readPage(a).get(I32, off);
        return (int) readSplit(a, 4);
    }

    public long read64(long a) {
        int off = (int) a & PAGE_MASK;
        if (off <= PAGE_SIZE - 8) return readPage(a).get(I64, off);
        return readSplit(a, 8);
    }

    private long readSplit(long a, int n) {
        readPage(a);
        readPage(a + n - 1);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = v << 8 | (read8(a + i) & 0xff);
        return v;
    }

    public void write8(long a, byte v) {
        writePage(a).set(ValueLayout.JAVA_BYTE, a & PAGE_MASK, v);
    }

    public void write16(long a, short v) {
        int off = (int) a & PAGE_MASK;
        if (off <= PAGE_SIZE - 2) writePage(a).set(I16, off, v);
        else writeSplit(a, v, 2);
    }

    public void write32(long a, int v) {
        int off = (int) a & PAGE_MASK;
        if (off <= PAGE_SIZE - 4) writePage(a).set(I32, off, v);
        else writeSplit(a, v, 4);
    }

    public void write64(long a, long v) {
        int off = (int) a & PAGE_MASK;
        if (off <= PAGE_SIZE - 8) writePage(a).set(I64, off, v);
        else writeSplit(a, v, 8);
    }

    /** A store across a page boundary: both pages are checked before any byte changes. */
    private void writeSplit(long a, long v, int n) {
        writePage(a);
        writePage(a + n - 1);
        for (int i = 0; i < n; i++) write8(a + i, (byte) (v >>> (8 * i)));
    }

    /** Reads len bytes at a into dst[off..]; faults (possibly after copying a prefix) on a bad page. */
    public void readBytes(long a, byte[] dst, int off, int len) {
        while (len > 0) {
            int po = (int) a & PAGE_MASK;
            int n = Math.min(len, PAGE_SIZE - po);
            MemorySegment.copy(readPage(a), ValueLayout.JAVA_BYTE, po, dst, off, n);
            a += n;
            off += n;
            len -= n;
        }
    }

    public void writeBytes(long a, byte[] src, int off, int len) {
        while (len > 0) {
            int po = (int) a & PAGE_MASK;
            int n = Math.min(len, PAGE_SIZE - po);
            MemorySegment.copy(src, off, writePage(a), ValueLayout.JAVA_BYTE, po, n);
            a += n;
            off += n;
            len -= n;
        }
    }

    public void fill(long a, long len, byte v) {
        while (len > 0) {
            int po = (int) a & PAGE_MASK;
            int n = (int) Math.min(len, PAGE_SIZE - po);
            writePage(a).asSlice(po, n).fill(v);
            a += n;
            len -= n;
        }
    }

    /** The NUL-terminated string at a, at most max bytes (without the NUL); null if no NUL within max. */
    public byte[] readCString(long a, int max) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < max; i++) {
            byte b = read8(a + i);
            if (b == 0) return out.toByteArray();
            out.write(b);
        }
        return null;
    }

    /** One instruction byte, with execute permission. */
    public int fetch8(long a) {
        return execPage(a).get(ValueLayout.JAVA_BYTE, a & PAGE_MASK) & 0xff;
    }

    // ------------------------------------------------------------------ atomics (LOCK prefix, xchg)

    /** Atomic compare-and-exchange; returns the value found (the swap happened iff it equals expect). */
    public long cas64(long a, long expect, long update) {
        int off = (int) a & PAGE_MASK;
        if ((off & 7) == 0) return (long) ATOMIC64.compareAndExchange(writePage(a), (long) off, expect, update);
        synchronized (this) {
            long v = read64(a);
            if (v == expect) write64(a, update);
            return v;
        }
    }

    public int cas32(long a, int expect, int update) {
        int off = (int) a & PAGE_MASK;
        if ((off & 3) == 0) return (int) ATOMIC32.compareAndExchange(writePage(a), (long) off, expect, update);
        synchronized (this) {
            int v = read32(a);
            if (v == expect) write32(a, update);
            return v;
        }
    }

    public short cas16(long a, short expect, short update) {
        int off = (int) a & PAGE_MASK;
        if ((off & 3) <= 2) return (short) casInWord(a, 16, expect & 0xffff, update & 0xffff);
        synchronized (this) {
            short v = read16(a);
            if (v == expect) write16(a, update);
            return v;
        }
    }

    public byte cas8(long a, byte expect, byte update) {
        return (byte) casInWord(a, 8, expect & 0xff, update & 0xff);
    }

    /** CAS of a 8- or 16-bit field that lies inside one aligned 32-bit word. */
    private int casInWord(long a, int bits, int expect, int update) {
        MemorySegment page = writePage(a);
        int off = (int) a & PAGE_MASK;
        long word = off & ~3;
        int shift = (off & 3) * 8, mask = ((1 << bits) - 1) << shift;
        while (true) {
            int cur = (int) ATOMIC32.getVolatile(page, word);
            int found = (cur & mask) >>> shift;
            if (found != expect) return found;
            int next = cur & ~mask | update << shift;
            if ((int) ATOMIC32.compareAndExchange(page, word, cur, next) == cur) return found;
        }
    }

    /** 128-bit compare-and-exchange (cmpxchg16b); a must be 16-byte aligned. Returns {lo, hi} found. */
    public synchronized long[] cas128(long a, long expectLo, long expectHi, long updateLo, long updateHi) {
        long lo = read64(a), hi = read64(a + 8);
        if (lo == expectLo && hi == expectHi) {
            write64(a, updateLo);
            write64(a + 8, updateHi);
        }
        return new long[] {lo, hi};
    }
}
