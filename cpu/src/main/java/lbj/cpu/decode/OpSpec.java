package lbj.cpu.decode;

/**
 * How to decode one opcode and what runs it.
 *
 * @param modrm     a ModRM byte (and maybe SIB and displacement) follows the opcode
 * @param imm       the immediate that follows
 * @param default64 the operand size is 64 bits unless 0x66 says 16 (push, pop, near branches)
 * @param simd      selected by a mandatory prefix: a lookup that fell back from another prefix must not
 *                  land here
 */
public record OpSpec(String name, boolean modrm, Imm imm, boolean default64, boolean simd, Op op) {}
