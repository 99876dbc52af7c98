/*
 * Records the rcpss/rsqrtss results of the real CPU for the 2048 significands (top 11 fraction bits) they
 * depend on, and checks the model that Estimate.java implements against the hardware on all 2^32
 * inputs (takes about a minute). Recorded on an Intel Xeon; other processors (AMD in particular) differ.
 *   gcc -O2 -o /tmp/g gen_estimate_table.c && /tmp/g dump | gzip -9n > estimate-table.txt.gz
 *   /tmp/g    (prints "bad rcp 0 rsq 0" when the model is exact)
 */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <xmmintrin.h>
static uint32_t rcp(uint32_t x){ float f; memcpy(&f,&x,4); __m128 v=_mm_rcp_ss(_mm_set_ss(f)); float r=_mm_cvtss_f32(v); uint32_t o; memcpy(&o,&r,4); return o;}
static uint32_t rsq(uint32_t x){ float f; memcpy(&f,&x,4); __m128 v=_mm_rsqrt_ss(_mm_set_ss(f)); float r=_mm_cvtss_f32(v); uint32_t o; memcpy(&o,&r,4); return o;}
static uint32_t T_rcp[2048], T_rsq[2][2048];
static uint32_t m_rcp(uint32_t x){
  uint32_t s=x&0x80000000u, e=(x>>23)&0xFF, m=x&0x7FFFFF;
  if (e==0xFF) return m? x|0x400000 : s; /* nan / inf->0 */
  if (e==0) return s|0x7F800000; /* zero, denormal */
  uint32_t b=T_rcp[m>>12]; int oe=(int)((b>>23)&0xFF) - ((int)e-127);
  if (oe<=0) return s; if (oe>=255) return s|0x7F800000;
  return s|(uint32_t)oe<<23|(b&0x7FFFFF);
}
static uint32_t m_rsq(uint32_t x){
  uint32_t s=x&0x80000000u, e=(x>>23)&0xFF, m=x&0x7FFFFF;
  if (e==0xFF) return m? x|0x400000 : (s? 0xFFC00000u : 0);
  if (e==0) return s|0x7F800000;
  if (s) return 0xFFC00000u;
  int par=(e-127)&1; uint32_t b=T_rsq[par][m>>12]; int oe=(int)((b>>23)&0xFF) - (((int)e-127-par)/2);
  return (uint32_t)oe<<23|(b&0x7FFFFF);
}
int main(int argc,char**argv){
  for (uint32_t k=0;k<2048;k++){ T_rcp[k]=rcp(0x3F800000|k<<12); T_rsq[0][k]=rsq(0x3F800000|k<<12); T_rsq[1][k]=rsq(0x40000000|k<<12);}
  if (argc>1){ for(int k=0;k<2048;k++) printf("%08x %08x %08x\n",T_rcp[k],T_rsq[0][k],T_rsq[1][k]); return 0;}
  unsigned long long bad1=0,bad2=0; uint32_t x=0;
  do { if (rcp(x)!=m_rcp(x)) { if(bad1++<5) printf("rcp %08x hw %08x model %08x\n",x,rcp(x),m_rcp(x)); }
       if (rsq(x)!=m_rsq(x)) { if(bad2++<5) printf("rsq %08x hw %08x model %08x\n",x,rsq(x),m_rsq(x)); }
       x+=1; } while(x!=0);
  printf("bad rcp %llu rsq %llu\n",bad1,bad2);
}
