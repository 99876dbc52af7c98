/* SSE2 and MMX integer SIMD, moves, shuffles, masks, scalar conversions and comparisons, in hex. */
#include <emmintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t seed = 0x0123456789ABCDEFull;
static uint64_t rnd(void) {
    seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
    return seed;
}
static __m128i rv(void) {
    uint64_t k = rnd();
    if (k % 3 == 0) return _mm_set_epi64x((long long) (rnd() | 0x7F7F7F7F7F7F7F7Full), (long long) (rnd() & 0x8080808080808080ull));
    return _mm_set_epi64x((long long) rnd(), (long long) rnd());
}
static void pr(const char *name, __m128i v) {
    uint64_t x[2];
    memcpy(x, &v, 16);
    printf("%s %016llx%016llx\n", name, (unsigned long long) x[1], (unsigned long long) x[0]);
}

#define BIN(f) pr(#f, f(a, b))

/* MMX forms through inline asm (no compiler intrinsics needed): mm0 op= mm1. */
#define MMX(insn)                                                                                  \
    static uint64_t mmx_##insn(uint64_t a, uint64_t b) {                                           \
        __asm__ volatile("movq %0, %%mm0\n\tmovq %1, %%mm1\n\t" #insn " %%mm1, %%mm0\n\t"          \
                         "movq %%mm0, %0\n\temms"                                                  \
                         : "+m"(a) : "m"(b) : "mm0", "mm1");                                      \
        return a;                                                                                  \
    }
MMX(paddb) MMX(paddsw) MMX(paddusb) MMX(psubq) MMX(psubusw) MMX(pmullw) MMX(pmulhw) MMX(pmulhuw)
MMX(pmuludq) MMX(pmaddwd) MMX(psadbw) MMX(pavgb) MMX(pminub) MMX(pmaxsw) MMX(pcmpgtb) MMX(pcmpeqw)
MMX(pandn) MMX(psllw) MMX(psrad) MMX(psrlq) MMX(packsswb) MMX(packuswb) MMX(packssdw)
MMX(punpcklbw) MMX(punpckhwd) MMX(punpckldq)

typedef uint64_t (*mfn)(uint64_t, uint64_t);
static const struct { const char *n; mfn f; } MOPS[] = {
    {"paddb", mmx_paddb}, {"paddsw", mmx_paddsw}, {"paddusb", mmx_paddusb}, {"psubq", mmx_psubq},
    {"psubusw", mmx_psubusw}, {"pmullw", mmx_pmullw}, {"pmulhw", mmx_pmulhw}, {"pmulhuw", mmx_pmulhuw},
    {"pmuludq", mmx_pmuludq}, {"pmaddwd", mmx_pmaddwd}, {"psadbw", mmx_psadbw}, {"pavgb", mmx_pavgb},
    {"pminub", mmx_pminub}, {"pmaxsw", mmx_pmaxsw}, {"pcmpgtb", mmx_pcmpgtb}, {"pcmpeqw", mmx_pcmpeqw},
    {"pandn", mmx_pandn}, {"psllw", mmx_psllw}, {"psrad", mmx_psrad}, {"psrlq", mmx_psrlq},
    {"packsswb", mmx_packsswb}, {"packuswb", mmx_packuswb}, {"packssdw", mmx_packssdw},
    {"punpcklbw", mmx_punpcklbw}, {"punpckhwd", mmx_punpckhwd}, {"punpckldq", mmx_punpckldq},
};

static unsigned comi(double x, double y, int unordered_quiet) {
    unsigned char z, p, c;
    if (unordered_quiet)
        __asm__ volatile("ucomisd %4, %3\n\tsetz %0\n\tsetp %1\n\tsetc %2" : "=r"(z), "=r"(p), "=r"(c) : "x"(x), "x"(y));
    else
        __asm__ volatile("comisd %4, %3\n\tsetz %0\n\tsetp %1\n\tsetc %2" : "=r"(z), "=r"(p), "=r"(c) : "x"(x), "x"(y));
    return z << 2 | p << 1 | c;
}

int main(void) {
    for (int round = 0; round < 6; round++) {
        __m128i a = rv(), b = rv();
        BIN(_mm_add_epi8); BIN(_mm_add_epi16); BIN(_mm_add_epi32); BIN(_mm_add_epi64);
        BIN(_mm_sub_epi8); BIN(_mm_sub_epi16); BIN(_mm_sub_epi32); BIN(_mm_sub_epi64);
        BIN(_mm_adds_epi8); BIN(_mm_adds_epi16); BIN(_mm_adds_epu8); BIN(_mm_adds_epu16);
        BIN(_mm_subs_epi8); BIN(_mm_subs_epi16); BIN(_mm_subs_epu8); BIN(_mm_subs_epu16);
        BIN(_mm_mullo_epi16); BIN(_mm_mulhi_epi16); BIN(_mm_mulhi_epu16); BIN(_mm_mul_epu32);
        BIN(_mm_madd_epi16); BIN(_mm_sad_epu8); BIN(_mm_avg_epu8); BIN(_mm_avg_epu16);
        BIN(_mm_min_epu8); BIN(_mm_max_epu8); BIN(_mm_min_epi16); BIN(_mm_max_epi16);
        BIN(_mm_cmpeq_epi8); BIN(_mm_cmpeq_epi16); BIN(_mm_cmpeq_epi32);
        BIN(_mm_cmpgt_epi8); BIN(_mm_cmpgt_epi16); BIN(_mm_cmpgt_epi32);
        BIN(_mm_and_si128); BIN(_mm_andnot_si128); BIN(_mm_or_si128); BIN(_mm_xor_si128);
        BIN(_mm_packs_epi16); BIN(_mm_packs_epi32); BIN(_mm_packus_epi16);
        BIN(_mm_unpacklo_epi8); BIN(_mm_unpacklo_epi16); BIN(_mm_unpacklo_epi32); BIN(_mm_unpacklo_epi64);
        BIN(_mm_unpackhi_epi8); BIN(_mm_unpackhi_epi16); BIN(_mm_unpackhi_epi32); BIN(_mm_unpackhi_epi64);
        __m128i cnt = _mm_set_epi64x(0, (long long) (rnd() % 70));
        pr("psllw", _mm_sll_epi16(a, cnt)); pr("pslld", _mm_sll_epi32(a, cnt)); pr("psllq", _mm_sll_epi64(a, cnt));
        pr("psrlw", _mm_srl_epi16(a, cnt)); pr("psrld", _mm_srl_epi32(a, cnt)); pr("psrlq", _mm_srl_epi64(a, cnt));
        pr("psraw", _mm_sra_epi16(a, cnt)); pr("psrad", _mm_sra_epi32(a, cnt));
        pr("psllwi", _mm_slli_epi16(a, 3)); pr("psradi", _mm_srai_epi32(a, 31)); pr("psrlqi", _mm_srli_epi64(a, 40));
        pr("pslldq", _mm_slli_si128(a, 5)); pr("psrldq", _mm_srli_si128(a, 11));
        pr("pshufd", _mm_shuffle_epi32(a, 0x1B)); pr("pshufhw", _mm_shufflehi_epi16(a, 0x4E));
        pr("pshuflw", _mm_shufflelo_epi16(a, 0xB1));
        pr("pinsrw", _mm_insert_epi16(a, 0xBEEF, 5));
        printf("pextrw %x pmovmskb %x movmskps %x movmskpd %x\n", _mm_extract_epi16(a, 6), _mm_movemask_epi8(a),
               _mm_movemask_ps(_mm_castsi128_ps(a)), _mm_movemask_pd(_mm_castsi128_pd(a)));
        pr("shufps", _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b), 0x9C)));
        pr("shufpd", _mm_castpd_si128(_mm_shuffle_pd(_mm_castsi128_pd(a), _mm_castsi128_pd(b), 1)));
        pr("unpcklps", _mm_castps_si128(_mm_unpacklo_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b))));
        pr("unpckhpd", _mm_castpd_si128(_mm_unpackhi_pd(_mm_castsi128_pd(a), _mm_castsi128_pd(b))));
        pr("movq", _mm_move_epi64(a));
        uint64_t x[2], y[2];
        memcpy(x, &a, 16);
        memcpy(y, &b, 16);
        for (unsigned k = 0; k < sizeof MOPS / sizeof *MOPS; k++) {
            uint64_t cb = (k == 17 || k == 18 || k == 19) ? y[0] % 40 : y[0];
            printf("mmx %s %016llx\n", MOPS[k].n, (unsigned long long) MOPS[k].f(x[0], cb));
        }
    }
    /* scalar conversions to and from general registers, all rounding modes */
    static const double dv[] = {2.5, -2.5, 3.5, -0.5, 1e10, -1e19, 9.3e18, 0.49999999999999994, 0x1p31, -0x1p31 - 1};
    static const long long iv[] = {0, 1, -1, 16777217, -16777219, 9007199254740993LL, -9223372036854775807LL - 1,
                                   0x7FFFFFFFFFFFFFFFLL, 123456789};
    for (int mode = 0; mode < 4; mode++) {
        uint32_t m = 0x1F80 | mode << 13, out;
        for (unsigned k = 0; k < sizeof dv / sizeof *dv; k++) {
            int r32, t32;
            long long r64, t64;
            __asm__ volatile("ldmxcsr %5\n\tcvtsd2si %4, %0\n\tcvttsd2si %4, %1\n\tcvtsd2si %4, %2\n\t"
                             "cvttsd2si %4, %3\n\tstmxcsr %6"
                             : "=r"(r32), "=r"(t32), "=r"(r64), "=r"(t64) : "x"(dv[k]), "m"(m), "m"(out));
            printf("cvt mode %d %d: %x %x %llx %llx mx %x\n", mode, k, (unsigned) r32, (unsigned) t32,
                   (unsigned long long) r64, (unsigned long long) t64, out & 0x3F);
        }
        for (unsigned k = 0; k < sizeof iv / sizeof *iv; k++) {
            float f32;
            double f64;
            __asm__ volatile("ldmxcsr %3\n\tcvtsi2ssq %2, %0\n\tcvtsi2sdq %2, %1\n\tstmxcsr %4"
                             : "=x"(f32), "=x"(f64) : "r"(iv[k]), "m"(m), "m"(out));
            uint32_t b32;
            uint64_t b64;
            memcpy(&b32, &f32, 4);
            memcpy(&b64, &f64, 8);
            printf("cvtsi2s mode %d %d: %x %llx mx %x\n", mode, k, b32, (unsigned long long) b64, out & 0x3F);
        }
        uint32_t def = 0x1F80;
        __asm__ volatile("ldmxcsr %0" ::"m"(def));
    }
    static const double cv[] = {1.0, 2.0, -0.0, 0.0, __builtin_inf(), __builtin_nan("")};
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) printf("comi %d %d: %x %x\n", i, j, comi(cv[i], cv[j], 0), comi(cv[i], cv[j], 1));
    return 0;
}
