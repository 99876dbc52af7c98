package lbj.cpu.mem;

/**
 * Thrown by {@link Memory} when a guest access hits an unmapped page or one without the needed permission.
 * The machine turns it into a page-fault exit at the instruction boundary; the kernel turns it into SIGSEGV
 * or EFAULT. No stack trace: faults are ordinary control flow for a guest.
 */
public final class GuestFault extends RuntimeException {
    private final long address;
    private final Access access;

    public GuestFault(long address, Access access) {
        super(null, null, false, false);
        this.address = address;
        this.access = access;
    }

    public long address() { return address; }

    public Access access() { return access; }

    @Override
    public String getMessage() {
        return access + " fault at 0x" + Long.toHexString(address);
    }
}
