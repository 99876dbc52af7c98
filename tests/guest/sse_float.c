/* SSE/SSE2 floating point under all four rounding modes, FTZ and DAZ: results and MXCSR flags in hex. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct { uint64_t lo, hi; } v128;

static uint32_t mx;

#define OP2(insn)                                                                                  \
    static v128 op_##insn(v128 a, v128 b, uint32_t m) {                                            \
        uint32_t in = m;                                                                           \
        __asm__ volatile("ldmxcsr %2\n\t"                                                          \
                         "movdqu %0, %%xmm0\n\t"                                                   \
                         "movdqu %1, %%xmm1\n\t" #insn " %%xmm1, %%xmm0\n\t"                       \
                         "movdqu %%xmm0, %0\n\t"                                                   \
                         "stmxcsr %3\n\t"                                                          \
                         : "+m"(a)                                                                 \
                         : "m"(b), "m"(in), "m"(mx)                                                \
                         : "xmm0", "xmm1", "memory");                                              \
        uint32_t def = 0x1F80;                                                                     \
        __asm__ volatile("ldmxcsr %0" ::"m"(def));                                                 \
        return a;                                                                                  \
    }

OP2(addps) OP2(addpd) OP2(addss) OP2(addsd)
OP2(subps) OP2(subsd) OP2(mulps) OP2(mulsd) OP2(mulss)
OP2(divps) OP2(divpd) OP2(divss) OP2(divsd)
OP2(sqrtps) OP2(sqrtsd) OP2(minps) OP2(maxpd) OP2(minsd) OP2(maxss)
OP2(cvtsd2ss) OP2(cvtss2sd) OP2(cvtpd2ps) OP2(cvtps2pd) OP2(cvtdq2ps) OP2(cvtps2dq) OP2(cvttps2dq)
OP2(cvtpd2dq) OP2(cvttpd2dq) OP2(cvtdq2pd)

typedef v128 (*fn)(v128, v128, uint32_t);
static const struct { const char *name; fn f; int dbl; } OPS[] = {
    {"addps", op_addps, 0}, {"addpd", op_addpd, 1}, {"addss", op_addss, 0}, {"addsd", op_addsd, 1},
    {"subps", op_subps, 0}, {"subsd", op_subsd, 1}, {"mulps", op_mulps, 0}, {"mulsd", op_mulsd, 1},
    {"mulss", op_mulss, 0}, {"divps", op_divps, 0}, {"divpd", op_divpd, 1}, {"divss", op_divss, 0},
    {"divsd", op_divsd, 1}, {"sqrtps", op_sqrtps, 0}, {"sqrtsd", op_sqrtsd, 1}, {"minps", op_minps, 0},
    {"maxpd", op_maxpd, 1}, {"minsd", op_minsd, 1}, {"maxss", op_maxss, 0},
    {"cvtsd2ss", op_cvtsd2ss, 1}, {"cvtss2sd", op_cvtss2sd, 0}, {"cvtpd2ps", op_cvtpd2ps, 1},
    {"cvtps2pd", op_cvtps2pd, 0}, {"cvtdq2ps", op_cvtdq2ps, 0}, {"cvtps2dq", op_cvtps2dq, 0},
    {"cvttps2dq", op_cvttps2dq, 0}, {"cvtpd2dq", op_cvtpd2dq, 1}, {"cvttpd2dq", op_cvttpd2dq, 1},
    {"cvtdq2pd", op_cvtdq2pd, 0},
};

static const uint32_t S[] = {
    0x3F800000, 0x40400000, 0x3EAAAAAB, 0xBF800000, 0x00000000, 0x80000000, 0x7F7FFFFF, 0x00800000,
    0x00000001, 0x807FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000, 0x7FA00001, 0xFFC12345, 0x3DCCCCCD,
    0x4B000001, 0xCF000000, 0x5F000000, 0x00FFFFFF, 0x3F7FFFFF, 0x33800000, 0x0C000000, 0x4EFFFFFF,
};
static const uint64_t D[] = {
    0x3FF0000000000000ull, 0x4008000000000000ull, 0x3FD5555555555555ull, 0xBFF0000000000000ull, 0,
    0x8000000000000000ull, 0x7FEFFFFFFFFFFFFFull, 0x0010000000000000ull, 1, 0x800FFFFFFFFFFFFFull,
    0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8000000000000ull, 0x7FF4000000000001ull,
    0xFFF8123456789ABCull, 0x3FB999999999999Aull, 0x4330000000000001ull, 0xC1E0000000000000ull,
    0x43E0000000000000ull, 0x001FFFFFFFFFFFFFull, 0x3FEFFFFFFFFFFFFFull, 0x3CA0000000000000ull,
    0x36A0000000000000ull, 0x47EFFFFFE0000000ull,
};
#define N 24
static const uint32_t MODES[] = {0x1F80, 0x3F80, 0x5F80, 0x7F80, 0x9F80, 0x1FC0, 0x9FC0};

int main(void) {
    for (unsigned o = 0; o < sizeof OPS / sizeof *OPS; o++) {
        for (unsigned mi = 0; mi < sizeof MODES / sizeof *MODES; mi++) {
            uint32_t fl = 0;
            uint64_t sum = 0;
            printf("%s %04x:", OPS[o].name, MODES[mi]);
            for (int i = 0; i < N; i++) {
                v128 a, b;
                if (OPS[o].dbl) {
                    a.lo = D[i]; a.hi = D[(i * 7 + 3) % N];
                    b.lo = D[(i * 5 + 1) % N]; b.hi = D[(i * 11 + 2) % N];
                } else {
                    a.lo = S[i] | (uint64_t) S[(i * 7 + 3) % N] << 32;
                    a.hi = S[(i * 13 + 5) % N] | (uint64_t) S[(i + 9) % N] << 32;
                    b.lo = S[(i * 5 + 1) % N] | (uint64_t) S[(i * 11 + 2) % N] << 32;
                    b.hi = S[(i * 17 + 7) % N] | (uint64_t) S[(i * 3 + 4) % N] << 32;
                }
                v128 r = OPS[o].f(a, b, MODES[mi]);
                if (i < 6) printf(" %016llx%016llx/%02x", (unsigned long long) r.hi, (unsigned long long) r.lo,
                                  mx & 0x3F);
                sum = sum * 1000003 ^ r.lo ^ r.hi * 31 ^ (mx & 0x3F);
                fl |= mx & 0x3F;
            }
            printf(" all=%02x sum=%016llx\n", fl, (unsigned long long) sum);
        }
    }
    return 0;
}
