// smp_stress - a static riscv64 Linux program that checks the A extension and memory ordering
// across harts from inside a guest.
//
//   smp_stress [-t THREADS] [-n ITERATIONS] [--break WHAT]
//
// THREADS threads (default: the online CPUs, at least 2; nothing is pinned) start together and
// each runs ITERATIONS rounds over shared data; every round uses:
//   - amoadd.w / amoadd.d counters (the .d one hands out tickets: every returned value is unique),
//   - lr.w.aq/sc.w.rl and lr.d.aq/sc.d.aqrl retry loops,
//   - two spinlocks from amoswap.w.aq, released with amoswap.w.rl or with fence rw,w + sw, each
//     guarding a plain (non-atomic) counter and an owner field that checks mutual exclusion,
//   - amoor.d / amoand.w setting / clearing a bit of its own in shared bitmaps, amoxor.w/.d of
//     per-round values, and amomax.w / amomin.d / amomaxu.w / amominu.d of per-round values,
//   - message passing: the thread publishes data then a flag (with a release fence or store)
//     in its own mailbox and reads its neighbour's flag then data (with an acquire fence or load),
//   - (every fourth round) Peterson's lock between threads 2j and 2j+1, made of plain loads
//     and stores and a fence rw,rw, guarding a plain counter: it only excludes if each
//     thread's store is seen before its following load, the store-to-load order that even
//     x86 (TSO) does not keep without a fence, so this ordering check bites on such a host too.
// Afterwards every total is compared exactly with what the threads did. One line
// "smp_stress: threads=T iterations=N ... ok" and status 0, or one line per mismatch and status 1
// (status 2: bad arguments or no resources).
//
// --break WHAT swaps one mechanism for a broken one, to show that the checks catch it (on a
// guest with several harts; on one hart only preemption can interleave the threads):
//   amoadd     the amoadd.w counter is a plain load, add, store
//   lrsc       the LR/SC loops are a plain load, add, store
//   or         amoor.d is a plain load, or, store
//   lock       lock A is a plain test-then-set instead of amoswap
//   lock-order the locks keep amoswap but lose .aq/.rl and the release fence
//   mp         message passing without its fences
//   fence      Peterson's lock without its fence rw,rw
// amoadd, lrsc, or and lock break atomicity and are caught within a few runs wherever harts
// truly run at once (on one hart only a preemption at the wrong instruction shows them).
// lock-order and mp only break where loads pass loads or stores pass stores, which x86 (TSO)
// never does, and a software hart whose plain accesses are host accesses inherits that order.
// fence can break on x86 too, because TSO lets a load pass an earlier store (Peterson's lock
// without mfence loses updates natively there). QEMU 7.2 keeps a riscv guest's accesses in
// order on an x86 host, so none of these three is caught under it.
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_THREADS 64
// Enough rounds to span several host time slices: a software hart is a host thread, and with
// more harts than host cores the threads only overlap across slices.
#define DEFAULT_ITERATIONS 10000
#define MAX_ITERATIONS 10000000
#define PETERSON_EVERY 4   // rounds per Peterson lock round
#define CACHE_LINE 64

// Start values chosen so that the counters cross a sign or carry boundary while they run: a
// 32-bit result that is not sign-extended, or a 64-bit add done in 32 bits, shows up.
#define START_W 0x7ffff000u
#define START_D 0xfffff000ull

enum breakage { BREAK_NONE, BREAK_AMOADD, BREAK_LRSC, BREAK_OR, BREAK_LOCK, BREAK_LOCK_ORDER, BREAK_MP, BREAK_FENCE };
static const char *const break_names[] = {"none", "amoadd", "lrsc", "or", "lock", "lock-order", "mp", "fence"};
static enum breakage broken = BREAK_NONE;

// ------------------------------------------------------------------------ instructions
// Each AMO returns the old value; "+A" is the memory operand held in a register (the AMO form).
#define DEFINE_AMO(fn, insn, type)                                                               \
    static inline type fn(type *p, type v) {                                                     \
        type old;                                                                                \
        __asm__ volatile(insn " %0, %2, %1" : "=r"(old), "+A"(*p) : "r"(v) : "memory");          \
        return old;                                                                              \
    }
DEFINE_AMO(amoadd_w, "amoadd.w", int32_t)
DEFINE_AMO(amoadd_d_aqrl, "amoadd.d.aqrl", uint64_t)
DEFINE_AMO(amoswap_w_aq, "amoswap.w.aq", uint32_t)
DEFINE_AMO(amoswap_w, "amoswap.w", uint32_t)
DEFINE_AMO(amoswap_d_rl, "amoswap.d.rl", uint64_t)
DEFINE_AMO(amoor_d_aq, "amoor.d.aq", uint64_t)
DEFINE_AMO(amoand_w_rl, "amoand.w.rl", uint32_t)
DEFINE_AMO(amoxor_w, "amoxor.w", uint32_t)
DEFINE_AMO(amoxor_d_aq, "amoxor.d.aq", uint64_t)
DEFINE_AMO(amomax_w, "amomax.w", int32_t)
DEFINE_AMO(amomin_d_rl, "amomin.d.rl", int64_t)
DEFINE_AMO(amomaxu_w_aqrl, "amomaxu.w.aqrl", uint32_t)
DEFINE_AMO(amominu_d, "amominu.d", uint64_t)

// *p += v with an LR/SC loop; returns how many times the SC failed and the loop went round again.
static inline uint64_t lrsc_add_w(int32_t *p, int32_t v) {
    int32_t old, tmp;
    uint64_t retries = 0;
    __asm__ volatile("1: lr.w.aq  %0, %3\n"
                     "   addw     %1, %0, %4\n"
                     "   sc.w.rl  %1, %1, %3\n"
                     "   beqz     %1, 2f\n"
                     "   addi     %2, %2, 1\n"
                     "   j        1b\n"
                     "2:\n"
                     : "=&r"(old), "=&r"(tmp), "+r"(retries), "+A"(*p)
                     : "r"(v)
                     : "memory");
    return retries;
}
static inline uint64_t lrsc_add_d(uint64_t *p, uint64_t v) {
    uint64_t old, tmp, retries = 0;
    __asm__ volatile("1: lr.d.aq    %0, %3\n"
                     "   add        %1, %0, %4\n"
                     "   sc.d.aqrl  %1, %1, %3\n"
                     "   beqz       %1, 2f\n"
                     "   addi       %2, %2, 1\n"
                     "   j          1b\n"
                     "2:\n"
                     : "=&r"(old), "=&r"(tmp), "+r"(retries), "+A"(*p)
                     : "r"(v)
                     : "memory");
    return retries;
}
// An atomic load with acquire ordering, from an LR whose reservation is simply dropped.
static inline uint64_t lr_d_aq(uint64_t *p) {
    uint64_t v;
    __asm__ volatile("lr.d.aq %0, %1" : "=r"(v), "+A"(*p) : : "memory");
    return v;
}
#define FENCE(spec) __asm__ volatile("fence " spec ::: "memory")
static inline void store_d(uint64_t *p, uint64_t v) { *(volatile uint64_t *)p = v; }
static inline uint64_t load_d(uint64_t *p) { return *(volatile uint64_t *)p; }
// Zihintpause's PAUSE (FENCE with pred=W, succ=0): a hint, a plain fence where unknown.
static inline void spin_pause(void) { __asm__ volatile(".insn i 0x0f, 0, x0, x0, 0x010"); }

// ------------------------------------------------------------------------ shared data
struct lock {  // one spinlock and what it guards, on a cache line of its own
    uint32_t word;
    volatile int32_t owner;    // -1 when free; a second owner seen inside is a violation
    volatile uint64_t plain;   // incremented with ordinary loads and stores under the lock
    volatile uint64_t a, b;    // written together under the lock; a reader must see a == b
} __attribute__((aligned(CACHE_LINE)));

struct peterson {  // Peterson's two-thread lock for threads 2j and 2j+1, and what it guards
    volatile uint32_t interested[2];
    volatile uint32_t turn;     // who waits when both are interested
    volatile int32_t inside;    // 1 while a thread is in the critical section
    volatile uint64_t plain;
} __attribute__((aligned(CACHE_LINE)));

struct mailbox {  // written by its owner thread, read by the thread before it
    uint64_t data[4];
    uint64_t flag;            // round number; published after data[] holds it
} __attribute__((aligned(CACHE_LINE)));

static struct {
    int32_t add_w __attribute__((aligned(CACHE_LINE)));
    int32_t lrsc_w;            // next to add_w on purpose: two words of one doubleword
    uint64_t ticket;           // amoadd.d: each returned value must be unique
    uint64_t lrsc_d __attribute__((aligned(CACHE_LINE)));
    uint32_t xor_w;
    uint64_t xor_d;
    int32_t max_w __attribute__((aligned(CACHE_LINE)));
    uint32_t maxu_w;
    int64_t min_d;
    uint64_t minu_d;
    struct lock lock_a, lock_b;  // A released by amoswap.w.rl, B by fence rw,w; sw
} shared;

static uint64_t *or_bits;   // amoor.d sets bit k of round k; must end all ones
static uint32_t *and_bits;  // amoand.w clears bit k of round k; must end all zero
static struct mailbox *mailboxes;
static struct peterson *petersons;  // threads / 2 of them
static int threads;
static long iterations;
static int32_t start_line;   // threads that have arrived; all go once every one is here

struct worker {  // per thread: what it saw, read by main after the join
    pthread_t id;
    int tid;
    uint64_t *tickets;         // the amoadd.d return values, one per round
    uint64_t sc_retries, lock_waits, mp_checks;
    uint64_t or_seen_set, and_seen_clear, lock_overlaps, torn_pairs, mp_stale, mp_backwards,
        peterson_overlaps;
} __attribute__((aligned(CACHE_LINE)));

// The value of round k = i * threads + tid, the same for the threads and for the checks.
static uint64_t round_value(uint64_t k) {  // splitmix64: spreads the sign bits about
    uint64_t z = k + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// ------------------------------------------------------------------------ the threads
static void lock_acquire(struct worker *w, uint32_t *word) {
    unsigned spins = 0;
    for (;;) {
        uint32_t old;
        if (broken == BREAK_LOCK && word == &shared.lock_a.word) {
            while (*(volatile uint32_t *)word != 0) spin_pause();
            *(volatile uint32_t *)word = 1;    // test, then set: not atomic
            return;
        }
        old = broken == BREAK_LOCK_ORDER ? amoswap_w(word, 1) : amoswap_w_aq(word, 1);
        if (old == 0) return;
        w->lock_waits++;
        // Wait with loads until it looks free; give the CPU away now and then, because on
        // fewer harts than threads the holder may be preempted and only runs if we yield.
        while (*(volatile uint32_t *)word != 0) {
            spin_pause();
            if (++spins % 256 == 0) sched_yield();
        }
    }
}
static void lock_release(uint32_t *word) {
    if (broken == BREAK_LOCK_ORDER)
        *(volatile uint32_t *)word = 0;
    else if (word == &shared.lock_a.word)
        __asm__ volatile("amoswap.w.rl zero, zero, %0" : "+A"(*word) : : "memory");
    else
        __asm__ volatile("fence rw, w\n\tsw zero, %0" : "=m"(*word) : : "memory");
}
// noinline (also peterson_round): tests/guest/CMakeLists.txt looks for their instructions.
__attribute__((noinline)) static void critical_section(struct worker *w, struct lock *l, uint64_t k) {
    lock_acquire(w, &l->word);
    if (l->owner != -1) w->lock_overlaps++;
    l->owner = w->tid;
    if (l->a != l->b) w->torn_pairs++;
    l->plain = l->plain + 1;
    l->a = k;
    l->b = k;
    if (l->owner != w->tid) w->lock_overlaps++;
    l->owner = -1;
    lock_release(&l->word);
}

// Peterson's lock: say we are interested, give the other the turn, and wait while the other
// is interested and has the turn. The fence makes our two stores visible before we load the
// other's flag; without it both threads can read the other's old 0 and enter together.
__attribute__((noinline)) static void peterson_round(struct worker *w, struct peterson *p, int me) {
    const int other = 1 - me;
    unsigned spins = 0;
    p->interested[me] = 1;
    p->turn = (uint32_t)other;
    if (broken != BREAK_FENCE) FENCE("rw, rw");
    while (p->interested[other] && p->turn == (uint32_t)other) {
        spin_pause();
        if (++spins % 256 == 0) sched_yield();
    }
    FENCE("r, rw");  // acquire: the critical section's accesses after the loads that let us in
    if (p->inside) w->peterson_overlaps++;
    p->inside = 1;
    p->plain = p->plain + 1;
    p->inside = 0;
    FENCE("rw, w");  // release: the critical section before the store that lets the other in
    p->interested[me] = 0;
}

// Publish round n in our mailbox: data first, then the flag, three ways of ordering them.
static void mp_publish(struct mailbox *m, uint64_t n, long i) {
    for (int j = 0; j < 4; j++) store_d(&m->data[j], n);
    if (broken == BREAK_MP) {
        store_d(&m->flag, n);
        return;
    }
    switch (i % 3) {
    case 0: FENCE("w, w"); store_d(&m->flag, n); break;
    case 1: FENCE("rw, w"); store_d(&m->flag, n); break;
    default: amoswap_d_rl(&m->flag, n); break;
    }
}
// Read a neighbour's flag, then its data: the data must be at least as new as the flag, and
// the flag must never go backwards (read-read coherence).
static void mp_check(struct worker *w, struct mailbox *m, uint64_t *last, long i) {
    uint64_t f;
    if (broken == BREAK_MP) {
        f = load_d(&m->flag);
    } else if (i % 2) {
        f = load_d(&m->flag);
        FENCE("r, r");
    } else {
        f = lr_d_aq(&m->flag);
    }
    for (int j = 0; j < 4; j++)
        if (load_d(&m->data[j]) < f) w->mp_stale++;
    if (f < *last) w->mp_backwards++;
    *last = f;
    w->mp_checks++;
}

static void *worker_main(void *arg) {
    struct worker *w = arg;
    const int tid = w->tid;
    struct mailbox *mine = &mailboxes[tid], *next = &mailboxes[(tid + 1) % threads];
    uint64_t last_flag = 0;

    // Start together, spinning rather than sleeping in a futex: a thread woken on another hart
    // starts late, and the rounds are short enough to be over before it does. On fewer harts
    // than threads, yielding lets the others arrive.
    amoadd_w(&start_line, 1);
    for (unsigned spins = 1; *(volatile int32_t *)&start_line != threads; spins++) {
        spin_pause();
        if (spins % 256 == 0) sched_yield();
    }
    for (long i = 0; i < iterations; i++) {
        const uint64_t k = (uint64_t)i * threads + tid, v = round_value(k);

        if (broken == BREAK_AMOADD) {
            volatile int32_t *c = &shared.add_w;
            *c = (int32_t)((uint32_t)*c + (uint32_t)(tid + 1));
        } else {
            amoadd_w(&shared.add_w, tid + 1);
        }
        w->tickets[i] = amoadd_d_aqrl(&shared.ticket, 1);
        if (broken == BREAK_LRSC) {
            volatile int32_t *cw = &shared.lrsc_w;
            volatile uint64_t *cd = &shared.lrsc_d;
            *cw = (int32_t)((uint32_t)*cw + 1u);
            *cd = *cd + (uint64_t)(tid + 1);
        } else {
            w->sc_retries += lrsc_add_w(&shared.lrsc_w, 1);
            w->sc_retries += lrsc_add_d(&shared.lrsc_d, (uint64_t)(tid + 1));
        }

        critical_section(w, &shared.lock_a, k);
        critical_section(w, &shared.lock_b, k);

        const uint64_t bit = 1ull << (k % 64);
        uint64_t old_or;
        if (broken == BREAK_OR) {
            volatile uint64_t *o = &or_bits[k / 64];
            old_or = *o;
            *o = old_or | bit;
        } else {
            old_or = amoor_d_aq(&or_bits[k / 64], bit);
        }
        if (old_or & bit) w->or_seen_set++;
        if (!(amoand_w_rl(&and_bits[k / 32], ~(1u << (k % 32))) & (1u << (k % 32)))) w->and_seen_clear++;
        amoxor_w(&shared.xor_w, (uint32_t)v);
        amoxor_d_aq(&shared.xor_d, v);
        amomax_w(&shared.max_w, (int32_t)(uint32_t)v);
        amomaxu_w_aqrl(&shared.maxu_w, (uint32_t)(v >> 32));
        amomin_d_rl(&shared.min_d, (int64_t)v);
        amominu_d(&shared.minu_d, v ^ (v << 7));

        mp_publish(mine, (uint64_t)i + 1, i);
        mp_check(w, next, &last_flag, i);
        // Every fourth round: a Peterson waiter cannot hand its hart to a partner whose hart
        // the host has descheduled, so on a busy host each wait can cost a host time slice.
        if (i % PETERSON_EVERY == 0 && tid / 2 < threads / 2) peterson_round(w, &petersons[tid / 2], tid % 2);
    }
    return NULL;
}

// ------------------------------------------------------------------------ the checks
static int mismatches;
static void expect_u64(const char *what, uint64_t got, uint64_t want) {
    if (got == want) return;
    printf("smp_stress: MISMATCH %s: got 0x%" PRIx64 " (%" PRIu64 "), expected 0x%" PRIx64 " (%" PRIu64 ")\n",
           what, got, got, want, want);
    mismatches++;
}

static void check_tickets(struct worker *ws, uint64_t total) {
    uint8_t *seen = calloc(total, 1);
    uint64_t outside = 0, twice = 0;
    if (!seen) {
        printf("smp_stress: MISMATCH tickets: no memory to check them\n");
        mismatches++;
        return;
    }
    for (int t = 0; t < threads; t++)
        for (long i = 0; i < iterations; i++) {
            uint64_t n = ws[t].tickets[i] - START_D;
            if (n >= total) outside++;
            else if (seen[n]++) twice++;
        }
    expect_u64("amoadd.d tickets outside the range handed out", outside, 0);
    expect_u64("amoadd.d tickets handed out twice", twice, 0);
    free(seen);
}

static void check(struct worker *ws) {
    const uint64_t total = (uint64_t)threads * (uint64_t)iterations;
    // Every thread adds tid + 1 per round to add_w and lrsc_d: iterations * T(T+1)/2 in all.
    const uint64_t tri = (uint64_t)threads * (threads + 1) / 2 * (uint64_t)iterations;
    uint32_t xor_w = 0, maxu_w = 0;
    uint64_t xor_d = 0, minu_d = UINT64_MAX;
    int32_t max_w = INT32_MIN;
    int64_t min_d = INT64_MAX;

    for (uint64_t k = 0; k < total; k++) {
        uint64_t v = round_value(k);
        xor_w ^= (uint32_t)v;
        xor_d ^= v;
        if ((int32_t)(uint32_t)v > max_w) max_w = (int32_t)(uint32_t)v;
        if ((uint32_t)(v >> 32) > maxu_w) maxu_w = (uint32_t)(v >> 32);
        if ((int64_t)v < min_d) min_d = (int64_t)v;
        if ((v ^ (v << 7)) < minu_d) minu_d = v ^ (v << 7);
    }
    expect_u64("amoadd.w counter", (uint32_t)shared.add_w, (uint32_t)(START_W + tri));
    expect_u64("amoadd.d ticket counter", shared.ticket, START_D + total);
    check_tickets(ws, total);
    expect_u64("lr.w/sc.w counter", (uint32_t)shared.lrsc_w, (uint32_t)(START_W + total));
    expect_u64("lr.d/sc.d counter", shared.lrsc_d, START_D + tri);
    expect_u64("lock A (amoswap.w.rl release) plain counter", shared.lock_a.plain, total);
    expect_u64("lock B (fence rw,w release) plain counter", shared.lock_b.plain, total);
    uint64_t unset = 0, uncleared = 0;
    for (uint64_t k = 0; k < total; k++) {
        if (!(or_bits[k / 64] >> (k % 64) & 1)) unset++;
        if (and_bits[k / 32] >> (k % 32) & 1) uncleared++;
    }
    expect_u64("amoor.d bits left unset", unset, 0);
    expect_u64("amoand.w bits left set", uncleared, 0);
    expect_u64("amoxor.w", shared.xor_w, xor_w);
    expect_u64("amoxor.d", shared.xor_d, xor_d);
    expect_u64("amomax.w", (uint32_t)shared.max_w, (uint32_t)max_w);
    expect_u64("amomaxu.w", shared.maxu_w, maxu_w);
    expect_u64("amomin.d", (uint64_t)shared.min_d, (uint64_t)min_d);
    expect_u64("amominu.d", shared.minu_d, minu_d);

    uint64_t sum[7] = {0};
    for (int t = 0; t < threads; t++) {
        sum[0] += ws[t].or_seen_set;
        sum[1] += ws[t].and_seen_clear;
        sum[2] += ws[t].lock_overlaps;
        sum[3] += ws[t].torn_pairs;
        sum[4] += ws[t].mp_stale;
        sum[5] += ws[t].mp_backwards;
        sum[6] += ws[t].peterson_overlaps;
        expect_u64("message-passing checks done", ws[t].mp_checks, (uint64_t)iterations);
        // A thread's mailbox ends at its last round, complete.
        expect_u64("last published flag", mailboxes[t].flag, (uint64_t)iterations);
    }
    expect_u64("amoor.d old values that already had the round's bit", sum[0], 0);
    expect_u64("amoand.w old values that already lacked the round's bit", sum[1], 0);
    expect_u64("a second lock holder seen inside the critical section", sum[2], 0);
    expect_u64("lock-guarded pairs seen torn", sum[3], 0);
    expect_u64("message passing: data older than the flag", sum[4], 0);
    expect_u64("message passing: flag went backwards", sum[5], 0);
    for (int j = 0; j < threads / 2; j++)
        expect_u64("Peterson lock (fence rw,rw) plain counter", petersons[j].plain,
                   2 * (((uint64_t)iterations + PETERSON_EVERY - 1) / PETERSON_EVERY));
    expect_u64("a second thread seen inside a Peterson critical section", sum[6], 0);
}

// ------------------------------------------------------------------------ main
static void usage(FILE *f) {
    fprintf(f, "usage: smp_stress [-t THREADS] [-n ITERATIONS] [--break WHAT]\n"
               "  -t, --threads N     threads (1..%d; default: online CPUs, at least 2)\n"
               "  -n, --iterations N  rounds per thread (default %d)\n"
               "      --break WHAT    a deliberately broken mechanism: amoadd lrsc or lock lock-order mp fence\n",
            MAX_THREADS, DEFAULT_ITERATIONS);
}
static long number(const char *s, long lo, long hi, const char *what) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) {
        fprintf(stderr, "smp_stress: %s '%s': expected a number from %ld to %ld\n", what, s, lo, hi);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv) {
    static const struct option opts[] = {
        {"threads", required_argument, 0, 't'}, {"iterations", required_argument, 0, 'n'},
        {"break", required_argument, 0, 'b'},   {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    threads = online < 2 ? 2 : online > MAX_THREADS ? MAX_THREADS : (int)online;
    iterations = DEFAULT_ITERATIONS;
    int c;
    while ((c = getopt_long(argc, argv, "t:n:h", opts, NULL)) != -1) {
        switch (c) {
        case 't': threads = (int)number(optarg, 1, MAX_THREADS, "--threads"); break;
        case 'n': iterations = number(optarg, 1, MAX_ITERATIONS, "--iterations"); break;
        case 'b': {
            size_t n = sizeof break_names / sizeof break_names[0], j;
            for (j = 1; j < n && strcmp(optarg, break_names[j]) != 0; j++) {}
            if (j == n) {
                fprintf(stderr, "smp_stress: --break '%s': unknown\n", optarg);
                usage(stderr);
                return 2;
            }
            broken = (enum breakage)j;
            break;
        }
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return 2;
    }

    const uint64_t total = (uint64_t)threads * (uint64_t)iterations;
    struct worker *ws = aligned_alloc(CACHE_LINE, sizeof *ws * threads);
    or_bits = calloc((total + 63) / 64, sizeof *or_bits);
    and_bits = malloc((total + 31) / 32 * sizeof *and_bits);
    mailboxes = aligned_alloc(CACHE_LINE, sizeof *mailboxes * threads);
    petersons = aligned_alloc(CACHE_LINE, sizeof *petersons * (threads / 2 + 1));
    if (!ws || !or_bits || !and_bits || !mailboxes || !petersons) {
        fprintf(stderr, "smp_stress: out of memory\n");
        return 2;
    }
    memset(and_bits, 0xff, (total + 31) / 32 * sizeof *and_bits);
    memset(mailboxes, 0, sizeof *mailboxes * threads);
    memset(petersons, 0, sizeof *petersons * (threads / 2 + 1));
    shared.add_w = (int32_t)START_W;
    shared.lrsc_w = (int32_t)START_W;
    shared.ticket = START_D;
    shared.lrsc_d = START_D;
    shared.max_w = INT32_MIN;
    shared.min_d = INT64_MAX;
    shared.minu_d = UINT64_MAX;
    shared.lock_a.owner = shared.lock_b.owner = -1;

    for (int t = 0; t < threads; t++) {
        memset(&ws[t], 0, sizeof ws[t]);
        ws[t].tid = t;
        ws[t].tickets = malloc(sizeof *ws[t].tickets * (size_t)iterations);
        if (!ws[t].tickets) {
            fprintf(stderr, "smp_stress: out of memory\n");
            return 2;
        }
    }
    // The main thread is worker 0. If it only waited in pthread_join, Linux would place the
    // new threads on the harts that are idle while they are created, and with two harts the
    // two workers often shared one for the whole run, taking turns instead of racing.
    for (int t = 1; t < threads; t++) {
        int err = pthread_create(&ws[t].id, NULL, worker_main, &ws[t]);
        if (err) {
            fprintf(stderr, "smp_stress: pthread_create: %s\n", strerror(err));
            return 2;
        }
    }
    worker_main(&ws[0]);
    for (int t = 1; t < threads; t++) pthread_join(ws[t].id, NULL);

    check(ws);
    uint64_t sc_retries = 0, lock_waits = 0;
    for (int t = 0; t < threads; t++) {
        sc_retries += ws[t].sc_retries;
        lock_waits += ws[t].lock_waits;
    }
    printf("smp_stress: threads=%d iterations=%ld online=%ld sc_retries=%" PRIu64 " lock_waits=%" PRIu64 "%s%s %s\n",
           threads, iterations, online, sc_retries, lock_waits, broken ? " break=" : "", broken ? break_names[broken] : "",
           mismatches ? "FAILED" : "ok");
    return mismatches ? 1 : 0;
}
