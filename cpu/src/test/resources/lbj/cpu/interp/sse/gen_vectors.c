/*
 * Generates sse-vectors.txt.gz for SseVectorTest: runs each SSE/SSE2/MMX instruction (register forms:
 * xmm0/mm0 <- xmm1/mm1, general register rax) natively on many inputs under several MXCSR settings and
 * prints inputs and results. The real CPU is the oracle.
 *   gcc -O1 -o /tmp/gen gen_vectors.c && /tmp/gen | gzip -9n > sse-vectors.txt.gz
 * Line: name bytes kind mxcsr_in a0 a1 b0 b1 rax_in | r0 r1 mm0 rax rflags mxcsr_out (hex).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

struct st {
    uint32_t mxin, mxout;     /* 0, 4 */
    uint64_t a[2], b[2];      /* 8, 24 */
    uint64_t r[2];            /* 40 */
    uint64_t flags;           /* 56 */
    uint64_t rax;             /* 64: in and out */
    uint64_t mm0;             /* 72 */
};

static uint8_t *code;

static void run(const uint8_t *insn, int n, struct st *s) {
    uint8_t *p = code;
#define B(...) do { uint8_t t_[] = {__VA_ARGS__}; memcpy(p, t_, sizeof t_); p += sizeof t_; } while (0)
    B(0xF3, 0x0F, 0x6F, 0x47, 0x08);       /* movdqu xmm0, [rdi+8] */
    B(0xF3, 0x0F, 0x6F, 0x4F, 0x18);       /* movdqu xmm1, [rdi+24] */
    B(0x0F, 0x6F, 0x47, 0x08);             /* movq mm0, [rdi+8] */
    B(0x0F, 0x6F, 0x4F, 0x18);             /* movq mm1, [rdi+24] */
    B(0x48, 0x8B, 0x47, 0x40);             /* mov rax, [rdi+64] */
    B(0x0F, 0xAE, 0x17);                   /* ldmxcsr [rdi] */
    memcpy(p, insn, n); p += n;
    B(0x0F, 0xAE, 0x5F, 0x04);             /* stmxcsr [rdi+4] */
    B(0x48, 0x89, 0x47, 0x40);             /* mov [rdi+64], rax */
    B(0x9C, 0x58);                         /* pushfq; pop rax */
    B(0x48, 0x89, 0x47, 0x38);             /* mov [rdi+56], rax */
    B(0xF3, 0x0F, 0x7F, 0x47, 0x28);       /* movdqu [rdi+40], xmm0 */
    B(0x0F, 0x7F, 0x47, 0x48);             /* movq [rdi+72], mm0 */
    B(0x0F, 0x77);                         /* emms */
    B(0x0F, 0xAE, 0x17);                   /* ldmxcsr [rdi]: leave a sane MXCSR for C */
    B(0xC3);
    /* rdi+24 (b, the memory operand of the memory forms) must be 16-byte aligned */
    static unsigned char buf[sizeof(struct st) + 32] __attribute__((aligned(16)));
    struct st *t = (struct st *) (buf + 8);
    memcpy(t, s, sizeof *s);
    ((void (*)(struct st *)) code)(t);
    memcpy(s, t, sizeof *s);
    /* the final ldmxcsr reloaded the input; restore the default */
    uint32_t def = 0x1F80;
    __asm__ volatile("ldmxcsr %0" :: "m"(def));
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static const uint32_t SPECIAL_S[] = {
    0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x3FC00000, 0x40400000, 0x3DCCCCCD, 0x3EAAAAAB,
    0x7F7FFFFF, 0xFF7FFFFF, 0x00800000, 0x80800000, 0x00000001, 0x807FFFFF, 0x00400000, 0x7F800000,
    0xFF800000, 0x7FC00000, 0xFFC00000, 0x7FA00001, 0xFF812345, 0x7FC12345, 0x4F000000, 0xCF000000,
    0x5F000000, 0xDF000001, 0x4EFFFFFF, 0x3F000000, 0x3FC00001, 0x40200000, 0x00FFFFFF, 0x7F000000,
    0x0C000000, 0x33800000, 0x4B000001, 0xC0490FDB, 0x4F7FFFFF, 0x5EFFFFFF, 0x3F7FFFFF, 0x00800001,
};
static const uint64_t SPECIAL_D[] = {
    0, 0x8000000000000000ull, 0x3FF0000000000000ull, 0xBFF0000000000000ull, 0x3FF8000000000000ull,
    0x4008000000000000ull, 0x3FB999999999999Aull, 0x3FD5555555555555ull, 0x7FEFFFFFFFFFFFFFull,
    0xFFEFFFFFFFFFFFFFull, 0x0010000000000000ull, 0x8010000000000000ull, 1, 0x800FFFFFFFFFFFFFull,
    0x0008000000000000ull, 0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8000000000000ull,
    0xFFF8000000000000ull, 0x7FF4000000000001ull, 0xFFF0123456789ABCull, 0x7FF8123456789ABCull,
    0x41E0000000000000ull, 0xC1E0000000000000ull, 0x43E0000000000000ull, 0xC3E0000000000001ull,
    0x41DFFFFFFFC00000ull, 0x3FE0000000000000ull, 0x3FF0000000000001ull, 0x4004000000000000ull,
    0x001FFFFFFFFFFFFFull, 0x7FE0000000000000ull, 0x0180000000000000ull, 0x3CA0000000000000ull,
    0x4330000000000001ull, 0xC00921FB54442D18ull, 0x47EFFFFFE0000000ull, 0x36A0000000000000ull,
    0x3FEFFFFFFFFFFFFFull, 0x0010000000000001ull, 0x41DFFFFFFFE00000ull, 0xC1E0000000200000ull,
};
#define NS (sizeof SPECIAL_S / sizeof *SPECIAL_S)
#define ND (sizeof SPECIAL_D / sizeof *SPECIAL_D)

/* A float near a special value or random: exercises rounding, NaNs, denormals. */
static uint32_t pick_s(void) {
    uint64_t k = rnd();
    switch (k % 4) {
    case 0: case 1: return SPECIAL_S[(k >> 8) % NS];
    case 2: return SPECIAL_S[(k >> 8) % NS] + (uint32_t) ((k >> 20) % 5) - 2;
    default: {
        uint32_t x = (uint32_t) (k >> 16);
        /* keep exponents mostly moderate so arithmetic does not always overflow */
        if ((k >> 60) & 1) x = (x & 0x807FFFFF) | ((uint32_t) (100 + (k >> 50) % 56) << 23);
        return x;
    }
    }
}
static uint64_t pick_d(void) {
    uint64_t k = rnd();
    switch (k % 4) {
    case 0: case 1: return SPECIAL_D[(k >> 8) % ND];
    case 2: return SPECIAL_D[(k >> 8) % ND] + ((k >> 20) % 5) - 2;
    default: {
        uint64_t x = rnd();
        if ((k >> 60) & 1) x = (x & 0x800FFFFFFFFFFFFFull) | ((uint64_t) (1000 + (k >> 40) % 46) << 52);
        return x;
    }
    }
}
static uint64_t pick_i(void) {
    uint64_t k = rnd();
    switch (k % 4) {
    case 0: return rnd();
    case 1: return (rnd() & 0x8080808080808080ull) ^ (rnd() & 0x0101010101010101ull);
    case 2: return (k >> 8) % 40;
    default: return rnd() | 0x7F7F7F7F7F7F7F7Full;
    }
}

enum { F_S = 1, F_D = 2, F_I = 4 }; /* what kind of lanes to generate */

static const uint32_t MODES[] = {0x1F80, 0x1FA0, 0x3F80, 0x5F80, 0x7F80, 0x9F80, 0x1FC0, 0x9FC0, 0x7FA0, 0x9FE0, 0x1FE0, 0x3FA0};
#define NMODES (sizeof MODES / sizeof *MODES)

static void emit1(const char *name, const uint8_t *insn, int n, const char *kind, int lanes, int cases) {
    for (int c = 0; c < cases; c++) {
        struct st s = {0};
        for (int h = 0; h < 2; h++) {
            if (lanes == F_S) {
                s.a[h] = pick_s() | (uint64_t) pick_s() << 32;
                s.b[h] = pick_s() | (uint64_t) pick_s() << 32;
            } else if (lanes == F_D) {
                s.a[h] = pick_d();
                s.b[h] = pick_d();
            } else {
                s.a[h] = pick_i();
                s.b[h] = pick_i();
            }
        }
        s.rax = (rnd() & 1) ? pick_i() : (uint64_t) (int64_t) (int32_t) pick_i();
        s.mxin = MODES[c % NMODES];
        uint64_t rax_in = s.rax;
        run(insn, n, &s);
        printf("%s ", name);
        for (int i = 0; i < n; i++) printf("%02x", insn[i]);
        printf(" %s %x %llx %llx %llx %llx %llx | %llx %llx %llx %llx %llx %x\n", kind, s.mxin,
               (unsigned long long) s.a[0], (unsigned long long) s.a[1], (unsigned long long) s.b[0],
               (unsigned long long) s.b[1], (unsigned long long) rax_in, (unsigned long long) s.r[0],
               (unsigned long long) s.r[1], (unsigned long long) s.mm0, (unsigned long long) s.rax,
               (unsigned long long) (s.flags & 0x8D5), s.mxout);
    }
}

/*
 * Every instruction whose ModRM names xmm1/mm1/rax as its source (C1 or C0) is also recorded in its memory
 * form, [rdi+0x18] (16-byte aligned, holding b), except the register-only ones.
 */
static void emit(const char *name, const uint8_t *insn, int n, const char *kind, int lanes, int cases) {
    emit1(name, insn, n, kind, lanes, cases);
    int i = 0;
    while (insn[i] == 0x66 || insn[i] == 0xF2 || insn[i] == 0xF3 || (insn[i] & 0xF0) == 0x40) i++;
    if (insn[i++] != 0x0F) return;
    int map = 0;
    if (insn[i] == 0x38 || insn[i] == 0x3A) map = insn[i++];
    uint8_t op = insn[i++];
    uint8_t modrm = insn[i];
    if (modrm != 0xC0 && modrm != 0xC1) return;
    if (map == 0 && (op == 0xC5 || op == 0xD7 || op == 0x50 || op == 0xD6 || op == 0xF7)) return;
    uint8_t m[16];
    memcpy(m, insn, i);
    m[i] = 0x47 | (modrm & 0x38);
    m[i + 1] = 0x18;
    memcpy(m + i + 2, insn + i + 1, n - i - 1);
    char mname[40];
    snprintf(mname, sizeof mname, "%s@mem", name);
    emit1(mname, m, n + 1, kind, lanes, cases > 3 ? cases / 4 : 1);
}

#define CASES 120

/* One directed case with given inputs. */
static void fixed(const char *name, const uint8_t *insn, int n, uint32_t mx, uint64_t a0, uint64_t a1, uint64_t b0,
                  uint64_t b1) {
    struct st s = {0};
    s.a[0] = a0; s.a[1] = a1; s.b[0] = b0; s.b[1] = b1;
    s.mxin = mx;
    run(insn, n, &s);
    printf("%s ", name);
    for (int i = 0; i < n; i++) printf("%02x", insn[i]);
    printf(" x %x %llx %llx %llx %llx 0 | %llx %llx %llx %llx %llx %x\n", s.mxin, (unsigned long long) a0,
           (unsigned long long) a1, (unsigned long long) b0, (unsigned long long) b1, (unsigned long long) s.r[0],
           (unsigned long long) s.r[1], (unsigned long long) s.mm0, (unsigned long long) s.rax,
           (unsigned long long) (s.flags & 0x8D5), s.mxout);
}

/* Directed edge cases: division of denormals and zeros by zeros and denormals, in every mode. */
static void directed(void) {
    static const uint8_t divps[] = {0x0F, 0x5E, 0xC1}, divpd[] = {0x66, 0x0F, 0x5E, 0xC1};
    static const uint32_t fs[] = {0x00000000, 0x80000000, 0x00400002, 0x807FFFFF, 0x3F800000, 0x7F800000};
    static const uint64_t ds[] = {0, 0x8000000000000000ull, 0x0008000000000000ull, 0x800FFFFFFFFFFFFFull,
                                  0x3FF0000000000000ull, 0x7FF0000000000000ull};
    for (unsigned m = 0; m < NMODES; m++)
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j += 2) {
                fixed("divps", divps, 3, MODES[m], fs[i] | (uint64_t) fs[i] << 32, fs[i] | (uint64_t) fs[i] << 32,
                      fs[j] | (uint64_t) fs[j + 1] << 32, fs[j] | (uint64_t) fs[j + 1] << 32);
                fixed("divpd", divpd, 4, MODES[m], ds[i], ds[i], ds[j], ds[j + 1]);
            }
}

static void fp4(const char *base, uint8_t op, int imm, int hasImm) {
    static const char *suf[] = {"ps", "pd", "ss", "sd"};
    static const uint8_t pre[] = {0, 0x66, 0xF3, 0xF2};
    for (int k = 0; k < 4; k++) {
        uint8_t b[6];
        int n = 0;
        if (pre[k]) b[n++] = pre[k];
        b[n++] = 0x0F; b[n++] = op; b[n++] = 0xC1;
        if (hasImm) b[n++] = (uint8_t) imm;
        char name[32];
        snprintf(name, sizeof name, "%s%s", base, suf[k]);
        emit(name, b, n, "x", (k & 1) ? F_D : F_S, CASES);
    }
}

static void one(const char *name, const char *kind, int lanes, int cases, int n, ...);
#include <stdarg.h>
static void one(const char *name, const char *kind, int lanes, int cases, int n, ...) {
    uint8_t b[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) b[i] = (uint8_t) va_arg(ap, int);
    va_end(ap);
    emit(name, b, n, kind, lanes, cases);
}

/* Integer op in both forms: MMX (0F op C1, kind m) and SSE2 (66 0F op C1, kind x). */
static void intop(const char *name, uint8_t op) {
    one(name, "m", F_I, 12, 3, 0x0F, op, 0xC1);
    one(name, "x", F_I, 12, 4, 0x66, 0x0F, op, 0xC1);
}

int main(void) {
    code = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    directed();
    fp4("add", 0x58, 0, 0);
    fp4("mul", 0x59, 0, 0);
    fp4("sub", 0x5C, 0, 0);
    fp4("div", 0x5E, 0, 0);
    fp4("min", 0x5D, 0, 0);
    fp4("max", 0x5F, 0, 0);
    fp4("sqrt", 0x51, 0, 0);
    for (int p = 0; p < 8; p++) fp4("cmp", 0xC2, p, 1);
    one("rcpps", "x", F_S, CASES, 3, 0x0F, 0x53, 0xC1);
    one("rcpss", "x", F_S, CASES, 4, 0xF3, 0x0F, 0x53, 0xC1);
    one("rsqrtps", "x", F_S, CASES, 3, 0x0F, 0x52, 0xC1);
    one("rsqrtss", "x", F_S, CASES, 4, 0xF3, 0x0F, 0x52, 0xC1);
    one("andps", "x", F_S, 8, 3, 0x0F, 0x54, 0xC1);
    one("andnpd", "x", F_D, 8, 4, 0x66, 0x0F, 0x55, 0xC1);
    one("orps", "x", F_S, 8, 3, 0x0F, 0x56, 0xC1);
    one("xorpd", "x", F_D, 8, 4, 0x66, 0x0F, 0x57, 0xC1);
    one("comiss", "xf", F_S, CASES, 3, 0x0F, 0x2F, 0xC1);
    one("comisd", "xf", F_D, CASES, 4, 0x66, 0x0F, 0x2F, 0xC1);
    one("ucomiss", "xf", F_S, CASES, 3, 0x0F, 0x2E, 0xC1);
    one("ucomisd", "xf", F_D, CASES, 4, 0x66, 0x0F, 0x2E, 0xC1);
    one("shufps", "x", F_S, 8, 4, 0x0F, 0xC6, 0xC1, 0x1B);
    one("shufps", "x", F_S, 8, 4, 0x0F, 0xC6, 0xC1, 0xE4);
    one("shufpd", "x", F_D, 8, 5, 0x66, 0x0F, 0xC6, 0xC1, 0x02);
    one("shufpd", "x", F_D, 8, 5, 0x66, 0x0F, 0xC6, 0xC1, 0x01);
    one("unpcklps", "x", F_S, 8, 3, 0x0F, 0x14, 0xC1);
    one("unpckhps", "x", F_S, 8, 3, 0x0F, 0x15, 0xC1);
    one("unpcklpd", "x", F_D, 8, 4, 0x66, 0x0F, 0x14, 0xC1);
    one("unpckhpd", "x", F_D, 8, 4, 0x66, 0x0F, 0x15, 0xC1);
    /* conversions */
    one("cvtps2pd", "x", F_S, CASES, 3, 0x0F, 0x5A, 0xC1);
    one("cvtpd2ps", "x", F_D, CASES, 4, 0x66, 0x0F, 0x5A, 0xC1);
    one("cvtss2sd", "x", F_S, CASES, 4, 0xF3, 0x0F, 0x5A, 0xC1);
    one("cvtsd2ss", "x", F_D, CASES, 4, 0xF2, 0x0F, 0x5A, 0xC1);
    one("cvtdq2ps", "x", F_I, 24, 3, 0x0F, 0x5B, 0xC1);
    one("cvtps2dq", "x", F_S, CASES, 4, 0x66, 0x0F, 0x5B, 0xC1);
    one("cvttps2dq", "x", F_S, CASES, 4, 0xF3, 0x0F, 0x5B, 0xC1);
    one("cvtdq2pd", "x", F_I, 12, 4, 0xF3, 0x0F, 0xE6, 0xC1);
    one("cvttpd2dq", "x", F_D, CASES, 4, 0x66, 0x0F, 0xE6, 0xC1);
    one("cvtpd2dq", "x", F_D, CASES, 4, 0xF2, 0x0F, 0xE6, 0xC1);
    one("cvtsi2ss", "x", F_I, 36, 4, 0xF3, 0x0F, 0x2A, 0xC0);
    one("cvtsi2ss", "x", F_I, 36, 5, 0xF3, 0x48, 0x0F, 0x2A, 0xC0);
    one("cvtsi2sd", "x", F_I, 12, 4, 0xF2, 0x0F, 0x2A, 0xC0);
    one("cvtsi2sd", "x", F_I, 36, 5, 0xF2, 0x48, 0x0F, 0x2A, 0xC0);
    one("cvttss2si", "r", F_S, CASES, 4, 0xF3, 0x0F, 0x2C, 0xC1);
    one("cvttss2si", "r", F_S, CASES, 5, 0xF3, 0x48, 0x0F, 0x2C, 0xC1);
    one("cvtss2si", "r", F_S, CASES, 4, 0xF3, 0x0F, 0x2D, 0xC1);
    one("cvtss2si", "r", F_S, CASES, 5, 0xF3, 0x48, 0x0F, 0x2D, 0xC1);
    one("cvttsd2si", "r", F_D, CASES, 4, 0xF2, 0x0F, 0x2C, 0xC1);
    one("cvttsd2si", "r", F_D, CASES, 5, 0xF2, 0x48, 0x0F, 0x2C, 0xC1);
    one("cvtsd2si", "r", F_D, CASES, 4, 0xF2, 0x0F, 0x2D, 0xC1);
    one("cvtsd2si", "r", F_D, CASES, 5, 0xF2, 0x48, 0x0F, 0x2D, 0xC1);
    one("cvtpi2ps", "x", F_I, 24, 3, 0x0F, 0x2A, 0xC1);
    one("cvtpi2pd", "x", F_I, 12, 4, 0x66, 0x0F, 0x2A, 0xC1);
    one("cvttps2pi", "m", F_S, CASES, 3, 0x0F, 0x2C, 0xC1);
    one("cvtps2pi", "m", F_S, CASES, 3, 0x0F, 0x2D, 0xC1);
    one("cvttpd2pi", "m", F_D, CASES, 4, 0x66, 0x0F, 0x2C, 0xC1);
    one("cvtpd2pi", "m", F_D, CASES, 4, 0x66, 0x0F, 0x2D, 0xC1);
    /* integer SIMD */
    static const struct { const char *n; uint8_t op; } ints[] = {
        {"paddb", 0xFC}, {"paddw", 0xFD}, {"paddd", 0xFE}, {"paddq", 0xD4}, {"psubb", 0xF8}, {"psubw", 0xF9},
        {"psubd", 0xFA}, {"psubq", 0xFB}, {"paddsb", 0xEC}, {"paddsw", 0xED}, {"paddusb", 0xDC},
        {"paddusw", 0xDD}, {"psubsb", 0xE8}, {"psubsw", 0xE9}, {"psubusb", 0xD8}, {"psubusw", 0xD9},
        {"pmullw", 0xD5}, {"pmulhw", 0xE5}, {"pmulhuw", 0xE4}, {"pmuludq", 0xF4}, {"pmaddwd", 0xF5},
        {"psadbw", 0xF6}, {"pavgb", 0xE0}, {"pavgw", 0xE3}, {"pminub", 0xDA}, {"pmaxub", 0xDE},
        {"pminsw", 0xEA}, {"pmaxsw", 0xEE}, {"pcmpeqb", 0x74}, {"pcmpeqw", 0x75}, {"pcmpeqd", 0x76},
        {"pcmpgtb", 0x64}, {"pcmpgtw", 0x65}, {"pcmpgtd", 0x66}, {"pand", 0xDB}, {"pandn", 0xDF},
        {"por", 0xEB}, {"pxor", 0xEF}, {"psllw", 0xF1}, {"pslld", 0xF2}, {"psllq", 0xF3}, {"psrlw", 0xD1},
        {"psrld", 0xD2}, {"psrlq", 0xD3}, {"psraw", 0xE1}, {"psrad", 0xE2}, {"packsswb", 0x63},
        {"packssdw", 0x6B}, {"packuswb", 0x67}, {"punpcklbw", 0x60}, {"punpcklwd", 0x61},
        {"punpckldq", 0x62}, {"punpckhbw", 0x68}, {"punpckhwd", 0x69}, {"punpckhdq", 0x6A},
    };
    for (unsigned k = 0; k < sizeof ints / sizeof *ints; k++) intop(ints[k].n, ints[k].op);
    one("punpcklqdq", "x", F_I, 6, 4, 0x66, 0x0F, 0x6C, 0xC1);
    one("punpckhqdq", "x", F_I, 6, 4, 0x66, 0x0F, 0x6D, 0xC1);
    static const uint8_t grp[][2] = {{0x71, 2}, {0x71, 4}, {0x71, 6}, {0x72, 2}, {0x72, 4}, {0x72, 6},
                                     {0x73, 2}, {0x73, 6}};
    static const uint8_t counts[] = {0, 1, 7, 15, 16, 31, 33, 63, 64, 200};
    for (unsigned g = 0; g < 8; g++)
        for (unsigned k = 0; k < sizeof counts; k++) {
            one("pshift-imm", "m", F_I, 1, 4, 0x0F, grp[g][0], 0xC0 | grp[g][1] << 3, counts[k]);
            one("pshift-imm", "x", F_I, 1, 5, 0x66, 0x0F, grp[g][0], 0xC0 | grp[g][1] << 3, counts[k]);
        }
    for (unsigned k = 0; k < sizeof counts; k++) {
        one("psrldq", "x", F_I, 1, 5, 0x66, 0x0F, 0x73, 0xD8, counts[k]);
        one("pslldq", "x", F_I, 1, 5, 0x66, 0x0F, 0x73, 0xF8, counts[k]);
    }
    one("pshufw", "m", F_I, 4, 4, 0x0F, 0x70, 0xC1, 0x1B);
    one("pshufd", "x", F_I, 4, 5, 0x66, 0x0F, 0x70, 0xC1, 0x4E);
    one("pshufhw", "x", F_I, 4, 5, 0xF3, 0x0F, 0x70, 0xC1, 0xB1);
    one("pshuflw", "x", F_I, 4, 5, 0xF2, 0x0F, 0x70, 0xC1, 0x93);
    one("pinsrw", "m", F_I, 4, 4, 0x0F, 0xC4, 0xC0, 0x02);
    one("pinsrw", "x", F_I, 4, 5, 0x66, 0x0F, 0xC4, 0xC0, 0x06);
    one("pextrw", "r", F_I, 4, 4, 0x0F, 0xC5, 0xC1, 0x03);
    one("pextrw", "r", F_I, 4, 5, 0x66, 0x0F, 0xC5, 0xC1, 0x05);
    one("pmovmskb", "r", F_I, 4, 3, 0x0F, 0xD7, 0xC1);
    one("pmovmskb", "r", F_I, 4, 4, 0x66, 0x0F, 0xD7, 0xC1);
    one("movmskps", "r", F_S, 4, 3, 0x0F, 0x50, 0xC1);
    one("movmskpd", "r", F_D, 4, 4, 0x66, 0x0F, 0x50, 0xC1);
    /* moves, register forms */
    one("movss", "x", F_I, 2, 4, 0xF3, 0x0F, 0x10, 0xC1);
    one("movsd", "x", F_I, 2, 4, 0xF2, 0x0F, 0x10, 0xC1);
    one("movss-st", "x", F_I, 2, 4, 0xF3, 0x0F, 0x11, 0xC8);
    one("movhlps", "x", F_I, 2, 3, 0x0F, 0x12, 0xC1);
    one("movlhps", "x", F_I, 2, 3, 0x0F, 0x16, 0xC1);
    one("movaps", "x", F_I, 2, 3, 0x0F, 0x28, 0xC1);
    one("movd", "x", F_I, 2, 4, 0x66, 0x0F, 0x6E, 0xC0);
    one("movq", "x", F_I, 2, 5, 0x66, 0x48, 0x0F, 0x6E, 0xC0);
    one("movd", "r", F_I, 2, 4, 0x66, 0x0F, 0x7E, 0xC8);
    one("movq", "r", F_I, 2, 5, 0x66, 0x48, 0x0F, 0x7E, 0xC8);
    one("movd", "m", F_I, 2, 3, 0x0F, 0x6E, 0xC0);
    one("movd", "r", F_I, 2, 3, 0x0F, 0x7E, 0xC8);
    one("movq", "x", F_I, 2, 4, 0xF3, 0x0F, 0x7E, 0xC1);
    one("movq", "x", F_I, 2, 4, 0x66, 0x0F, 0xD6, 0xC8);
    one("movq2dq", "x", F_I, 2, 4, 0xF3, 0x0F, 0xD6, 0xC1);
    one("movdq2q", "m", F_I, 2, 4, 0xF2, 0x0F, 0xD6, 0xC1);
    one("movq", "m", F_I, 2, 3, 0x0F, 0x6F, 0xC1);
    /* SSE3 (SIMD part) */
    one("addsubps", "x", F_S, CASES, 4, 0xF2, 0x0F, 0xD0, 0xC1);
    one("addsubpd", "x", F_D, CASES, 4, 0x66, 0x0F, 0xD0, 0xC1);
    one("haddps", "x", F_S, CASES, 4, 0xF2, 0x0F, 0x7C, 0xC1);
    one("haddpd", "x", F_D, CASES, 4, 0x66, 0x0F, 0x7C, 0xC1);
    one("hsubps", "x", F_S, CASES, 4, 0xF2, 0x0F, 0x7D, 0xC1);
    one("hsubpd", "x", F_D, CASES, 4, 0x66, 0x0F, 0x7D, 0xC1);
    one("movddup", "x", F_I, 2, 4, 0xF2, 0x0F, 0x12, 0xC1);
    one("movsldup", "x", F_I, 2, 4, 0xF3, 0x0F, 0x12, 0xC1);
    one("movshdup", "x", F_I, 2, 4, 0xF3, 0x0F, 0x16, 0xC1);
    /* SSSE3 */
    static const struct { const char *n; uint8_t op; } s3[] = {
        {"pshufb", 0x00}, {"phaddw", 0x01}, {"phaddd", 0x02}, {"phaddsw", 0x03}, {"pmaddubsw", 0x04},
        {"phsubw", 0x05}, {"phsubd", 0x06}, {"phsubsw", 0x07}, {"psignb", 0x08}, {"psignw", 0x09},
        {"psignd", 0x0A}, {"pmulhrsw", 0x0B}, {"pabsb", 0x1C}, {"pabsw", 0x1D}, {"pabsd", 0x1E},
    };
    for (unsigned k = 0; k < sizeof s3 / sizeof *s3; k++) {
        one(s3[k].n, "m", F_I, 12, 4, 0x0F, 0x38, s3[k].op, 0xC1);
        one(s3[k].n, "x", F_I, 12, 5, 0x66, 0x0F, 0x38, s3[k].op, 0xC1);
    }
    static const uint8_t al[] = {0, 1, 5, 8, 9, 15, 16, 17, 24, 31, 32, 200};
    for (unsigned k = 0; k < sizeof al; k++) {
        one("palignr", "m", F_I, 1, 5, 0x0F, 0x3A, 0x0F, 0xC1, al[k]);
        one("palignr", "x", F_I, 1, 6, 0x66, 0x0F, 0x3A, 0x0F, 0xC1, al[k]);
    }
    return 0;
}
