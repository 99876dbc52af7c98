package lbj.cpu.mem;

import java.lang.foreign.MemorySegment;

/**
 * One mapped guest page: its virtual page number, its frame and its permissions. Immutable, so guest threads
 * may read TLB slots without locks; any change installs a new entry.
 *
 * @param shared true for MAP_SHARED pages: writes go to the frame even when others map it
 * @param cow    true when the frame may be mapped elsewhere and a write must copy it first
 */
record PageEntry(long vpn, Frame frame, MemorySegment data, int prot, boolean shared, boolean cow) {
    static final PageEntry INVALID = new PageEntry(-1, null, null, 0, false, false);

    PageEntry(long vpn, Frame frame, int prot, boolean shared, boolean cow) {
        this(vpn, frame, frame.data, prot, shared, cow);
    }

    /** x86 pages cannot be write-only or execute-only: any permission implies read. */
    boolean allows(Access a) {
        return a == Access.READ ? prot != 0 : (prot & a.prot()) != 0;
    }

    /** True when a write may go straight to the frame. */
    boolean directlyWritable() {
        return (prot & Prot.WRITE) != 0 && !cow;
    }

    PageEntry withProt(int p) {
        return new PageEntry(vpn, frame, data, p, shared, cow);
    }
}
