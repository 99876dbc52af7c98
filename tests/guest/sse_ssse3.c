/* SSE3 (SIMD part) and SSSE3 in xmm and MMX forms, through inline asm with memory and register sources. */
#include <stdint.h>
#include <stdio.h>

typedef struct { uint64_t lo, hi; } __attribute__((aligned(16))) v128;

static uint64_t seed = 0xC0FFEE1234567ull;
static uint64_t rnd(void) {
    seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
    return seed;
}

/* xmm0 = a; insn src(mem), xmm0; and the same with the source in xmm1. */
#define X(name, insn)                                                                              \
    static void x_##name(v128 a, v128 b) {                                                         \
        v128 r1 = a, r2 = a;                                                                       \
        __asm__ volatile("movdqa %0, %%xmm0\n\t" insn " %1, %%xmm0\n\tmovdqa %%xmm0, %0"           \
                         : "+m"(r1) : "m"(b) : "xmm0");                                            \
        __asm__ volatile("movdqa %0, %%xmm0\n\tmovdqa %1, %%xmm1\n\t" insn " %%xmm1, %%xmm0\n\t"   \
                         "movdqa %%xmm0, %0" : "+m"(r2) : "m"(b) : "xmm0", "xmm1");               \
        printf("%-10s %016llx%016llx %s\n", #name, (unsigned long long) r1.hi,                     \
               (unsigned long long) r1.lo, r1.lo == r2.lo && r1.hi == r2.hi ? "same" : "DIFF");    \
    }
#define M(name, insn)                                                                              \
    static void m_##name(uint64_t a, uint64_t b) {                                                 \
        __asm__ volatile("movq %0, %%mm0\n\t" insn " %1, %%mm0\n\tmovq %%mm0, %0\n\temms"          \
                         : "+m"(a) : "m"(b) : "mm0");                                             \
        printf("%-10s mmx %016llx\n", #name, (unsigned long long) a);                              \
    }
#define BOTH(name) X(name, #name) M(name, #name)

BOTH(pshufb) BOTH(phaddw) BOTH(phaddd) BOTH(phaddsw) BOTH(pmaddubsw) BOTH(phsubw) BOTH(phsubd)
BOTH(phsubsw) BOTH(psignb) BOTH(psignw) BOTH(psignd) BOTH(pmulhrsw) BOTH(pabsb) BOTH(pabsw) BOTH(pabsd)
X(palignr3, "palignr $3,") X(palignr13, "palignr $13,") X(palignr20, "palignr $20,")
M(palignr5, "palignr $5,") M(palignr11, "palignr $11,")
X(addsubps, "addsubps") X(addsubpd, "addsubpd") X(haddps, "haddps") X(haddpd, "haddpd")
X(hsubps, "hsubps") X(hsubpd, "hsubpd") X(movsldup, "movsldup") X(movshdup, "movshdup")

/* lddqu and movddup from an unaligned address. */
static void x_lddqu(v128 a, v128 b) {
    unsigned char buf[40];
    for (int k = 0; k < 40; k++) buf[k] = (unsigned char) ((a.lo >> (k % 8 * 8)) + b.hi * k);
    v128 r1, r2;
    __asm__ volatile("lddqu %2, %%xmm0\n\tmovdqa %%xmm0, %0\n\tmovddup %3, %%xmm1\n\tmovdqa %%xmm1, %1"
                     : "=m"(r1), "=m"(r2) : "m"(*(unsigned char(*)[16]) (buf + 3)), "m"(*(uint64_t *) (buf + 21))
                     : "xmm0", "xmm1");
    printf("lddqu      %016llx%016llx movddup %016llx%016llx\n", (unsigned long long) r1.hi,
           (unsigned long long) r1.lo, (unsigned long long) r2.hi, (unsigned long long) r2.lo);
}

static double dv(void) { return (double) (int64_t) (rnd() % 2000001) / 7.0 - 1e5; }
static float fv(void) { return (float) ((int64_t) (rnd() % 20001) - 10000) / 3.0f; }

int main(void) {
    for (int round = 0; round < 8; round++) {
        v128 a = {rnd(), rnd()}, b = {rnd(), rnd()};
        if (round & 1) b.lo &= 0x8F8F0F0F8F0F8F0Full;
        x_pshufb(a, b); m_pshufb(a.lo, b.lo);
        x_phaddw(a, b); m_phaddw(a.lo, b.lo); x_phaddd(a, b); m_phaddd(a.lo, b.lo);
        x_phaddsw(a, b); m_phaddsw(a.lo, b.lo); x_pmaddubsw(a, b); m_pmaddubsw(a.lo, b.lo);
        x_phsubw(a, b); m_phsubw(a.lo, b.lo); x_phsubd(a, b); m_phsubd(a.lo, b.lo);
        x_phsubsw(a, b); m_phsubsw(a.lo, b.lo); x_psignb(a, b); m_psignb(a.lo, b.lo);
        x_psignw(a, b); m_psignw(a.lo, b.lo); x_psignd(a, b); m_psignd(a.lo, b.lo);
        x_pmulhrsw(a, b); m_pmulhrsw(a.lo, b.lo); x_pabsb(a, b); m_pabsb(a.lo, b.lo);
        x_pabsw(a, b); m_pabsw(a.lo, b.lo); x_pabsd(a, b); m_pabsd(a.lo, b.lo);
        x_palignr3(a, b); x_palignr13(a, b); x_palignr20(a, b); m_palignr5(a.lo, b.lo); m_palignr11(a.lo, b.lo);
        union { float f[4]; double d[2]; v128 v; } fa, fb, da, db;
        for (int k = 0; k < 4; k++) { fa.f[k] = fv(); fb.f[k] = fv(); }
        for (int k = 0; k < 2; k++) { da.d[k] = dv(); db.d[k] = dv(); }
        x_addsubps(fa.v, fb.v); x_haddps(fa.v, fb.v); x_hsubps(fa.v, fb.v);
        x_addsubpd(da.v, db.v); x_haddpd(da.v, db.v); x_hsubpd(da.v, db.v);
        x_movsldup(a, b); x_movshdup(a, b);
        x_lddqu(a, b);
    }
    return 0;
}
