package lbj.kernel.syscall;

import java.util.ArrayList;
import java.util.List;

/**
 * Syscall number to handler, name, argument kinds and support note: one self-describing table, so that
 * traces and `lbj syscalls` cannot drift from the code. Numbers without an entry return ENOSYS.
 */
public final class SyscallTable {
    /** How completely a syscall follows Linux; shown by `lbj syscalls`. */
    public enum Support { FULL, PARTIAL }

    public record Entry(int number, String name, SyscallHandler handler, ArgKind[] args, Support support,
                        String note) {}

    private final Entry[] entries = new Entry[1024];

    /** Defines a fully supported syscall. */
    public void define(int number, String name, SyscallHandler handler, ArgKind... args) {
        put(new Entry(number, name, handler, args, Support.FULL, ""));
    }

    /** Defines a syscall with a note on what it leaves out. */
    public void partial(int number, String name, String note, SyscallHandler handler, ArgKind... args) {
        put(new Entry(number, name, handler, args, Support.PARTIAL, note));
    }

    private void put(Entry e) {
        if (entries[e.number()] != null) {
            throw new IllegalStateException("syscall " + e.number() + " defined twice: "
                    + entries[e.number()].name() + " and " + e.name());
        }
        entries[e.number()] = e;
    }

    public Entry get(long number) {
        return number >= 0 && number < entries.length ? entries[(int) number] : null;
    }

    public List<Entry> all() {
        List<Entry> list = new ArrayList<>();
        for (Entry e : entries) if (e != null) list.add(e);
        return list;
    }
}
