package lbj.cpu.interp;

import lbj.cpu.decode.OpTable;

/** Registers the X87 instruction group. */
public final class X87Instructions {
    private X87Instructions() {}

    public static void register(OpTable t) {
    }
}
