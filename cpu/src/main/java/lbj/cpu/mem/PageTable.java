package lbj.cpu.mem;

import java.util.function.Consumer;

/**
 * Virtual page number to page entry, as a three-level radix tree over the 35-bit page numbers of a 47-bit
 * address space (12 + 12 + 11 bits). Interior arrays appear only where something is mapped. Callers hold the
 * owning {@link Memory}'s lock for changes; lookups may race with changes and see either version.
 */
final class PageTable {
    private static final int L1_BITS = 12, L2_BITS = 12, L3_BITS = 11;
    private static final int L2_MASK = (1 << L2_BITS) - 1, L3_MASK = (1 << L3_BITS) - 1;

    private final PageEntry[][][] root = new PageEntry[1 << L1_BITS][][];
    private long count;

    PageEntry get(long vpn) {
        if (vpn < 0 || vpn >= Memory.PAGE_COUNT) return null;
        PageEntry[][] l2 = root[(int) (vpn >>> (L2_BITS + L3_BITS))];
        if (l2 == null) return null;
        PageEntry[] l3 = l2[(int) (vpn >>> L3_BITS) & L2_MASK];
        return l3 == null ? null : l3[(int) vpn & L3_MASK];
    }

    /** Installs or (with null) removes the entry for vpn; returns the previous one. */
    PageEntry put(long vpn, PageEntry e) {
        int i1 = (int) (vpn >>> (L2_BITS + L3_BITS));
        PageEntry[][] l2 = root[i1];
        if (l2 == null) {
            if (e == null) return null;
            l2 = root[i1] = new PageEntry[1 << L2_BITS][];
        }
        int i2 = (int) (vpn >>> L3_BITS) & L2_MASK;
        PageEntry[] l3 = l2[i2];
        if (l3 == null) {
            if (e == null) return null;
            l3 = l2[i2] = new PageEntry[1 << L3_BITS];
        }
        PageEntry old = l3[(int) vpn & L3_MASK];
        l3[(int) vpn & L3_MASK] = e;
        if (old == null && e != null) count++;
        else if (old != null && e == null) count--;
        return old;
    }

    long count() {
        return count;
    }

    /** Visits every entry with vpn in [from, to), in address order. */
    void forEach(long from, long to, Consumer<PageEntry> action) {
        from = Math.max(from, 0);
        to = Math.min(to, Memory.PAGE_COUNT);
        long vpn = from;
        while (vpn < to) {
            PageEntry[][] l2 = root[(int) (vpn >>> (L2_BITS + L3_BITS))];
            if (l2 == null) {
                vpn = ((vpn >>> (L2_BITS + L3_BITS)) + 1) << (L2_BITS + L3_BITS);
                continue;
            }
            PageEntry[] l3 = l2[(int) (vpn >>> L3_BITS) & L2_MASK];
            if (l3 == null) {
                vpn = ((vpn >>> L3_BITS) + 1) << L3_BITS;
                continue;
            }
            PageEntry e = l3[(int) vpn & L3_MASK];
            if (e != null) action.accept(e);
            vpn++;
        }
    }
}
