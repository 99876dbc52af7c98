package lbj.cpu.mem;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class MemoryTest {
    @Test
    void readsBackWhatItWritesAcrossPages() {
        Memory m = new Memory();
        m.mapZero(0x10000, 0x2000, Prot.READ | Prot.WRITE);
        m.write64(0x10FFC, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, m.read64(0x10FFC));
        assertEquals(0x55667788, m.read32(0x10FFC));
        assertEquals((byte) 0x44, m.read8(0x11000));
    }

    @Test
    void unmappedAndReadOnlyAccessesFault() {
        Memory m = new Memory();
        m.mapZero(0x10000, 0x1000, Prot.READ);
        GuestFault f = assertThrows(GuestFault.class, () -> m.read8(0x20000));
        assertEquals(0x20000, f.address());
        assertEquals(Access.READ, f.access());
        GuestFault w = assertThrows(GuestFault.class, () -> m.write8(0x10010, (byte) 1));
        assertEquals(Access.WRITE, w.access());
        assertThrows(GuestFault.class, () -> m.fetch8(0x10000));
    }

    @Test
    void splitStoreChecksBothPagesFirst() {
        Memory m = new Memory();
        m.mapZero(0x10000, 0x1000, Prot.READ | Prot.WRITE);
        m.mapZero(0x11000, 0x1000, Prot.READ);
        assertThrows(GuestFault.class, () -> m.write64(0x10FFC, -1L));
        assertEquals(0, m.read32(0x10FFC));
    }

    @Test
    void forkIsCopyOnWrite() {
        Memory parent = new Memory();
        parent.mapZero(0x10000, 0x1000, Prot.READ | Prot.WRITE);
        parent.write32(0x10000, 7);
        Memory child = parent.forkCopy();
        child.write32(0x10000, 9);
        assertEquals(7, parent.read32(0x10000));
        assertEquals(9, child.read32(0x10000));
        parent.write32(0x10000, 8);
        assertEquals(9, child.read32(0x10000));
    }

    @Test
    void sharedPagesStaySharedAcrossFork() {
        Memory parent = new Memory();
        parent.map(0x10, new Frame(), Prot.READ | Prot.WRITE, true);
        Memory child = parent.forkCopy();
        child.write32(0x10000, 5);
        assertEquals(5, parent.read32(0x10000));
    }

    @Test
    void pagerSuppliesPagesOnDemand() {
        Memory m = new Memory();
        m.setPager((mem, vpn, access) -> {
            if (vpn != 0x20) return false;
            mem.map(vpn, new Frame(), Prot.READ | Prot.WRITE, false);
            return true;
        });
        m.write8(0x20005, (byte) 3);
        assertEquals(3, m.read8(0x20005));
        assertThrows(GuestFault.class, () -> m.read8(0x21000));
    }

    @Test
    void casWorksOnSubWordFields() {
        Memory m = new Memory();
        m.mapZero(0x10000, 0x1000, Prot.READ | Prot.WRITE);
        m.write32(0x10000, 0x11223344);
        assertEquals((byte) 0x33, m.cas8(0x10001, (byte) 0x33, (byte) 0x99));
        assertEquals(0x11229944, m.read32(0x10000));
        assertEquals((short) 0x1122, m.cas16(0x10002, (short) 0, (short) 5));
        assertEquals(0x11229944, m.read32(0x10000));
    }
}
