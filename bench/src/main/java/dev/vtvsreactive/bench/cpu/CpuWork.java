package dev.vtvsreactive.bench.cpu;

import java.time.Duration;
import java.util.BitSet;

/**
 * The experiment's CPU-bound task: real computation, not a sleep. It counts the primes below
 * {@code limit} by trial division, which keeps one core busy for as long as the limit makes it;
 * {@code primes} is the answer of an independent method (a sieve of Eratosthenes), so a run whose
 * count differs is {@linkplain #check rejected}.
 *
 * @param limit  count the primes {@code p < limit}; at least 2
 * @param primes how many there are, as the sieve counts them
 */
public record CpuWork(int limit, int primes) {

    /** The largest limit: its sieve takes about 30 MB, its trial division minutes. */
    public static final int MAX_LIMIT = 250_000_000;

    /** The trial division calls its checkpoint once every this many numbers it tests. */
    static final int CHECKPOINT_EVERY = 1_024;

    private static final Runnable NO_CHECKPOINT = () -> {
    };

    public CpuWork {
        checkLimit(limit);
        if (primes < 0) {
            throw new IllegalArgumentException("prime count must not be negative, was " + primes);
        }
    }

    /** The work of counting the primes below {@code limit}, with the answer the sieve gives. */
    public static CpuWork of(int limit) {
        return new CpuWork(limit, sieve(checkLimit(limit)));
    }

    /**
     * Work that takes about {@code target} on this machine, now: the limit is found by timing the
     * trial division at growing limits, then extrapolating (its cost grows about as
     * {@code limit^1.5 / ln(limit)}) and correcting once with a run at the extrapolated limit.
     * Costs about one and a half times {@code target}; on a busy machine the result is rougher.
     *
     * @throws IllegalArgumentException if {@code target} is not positive
     */
    public static CpuWork calibrate(Duration target) {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("calibration target must be positive, was " + target);
        }
        warmUp();
        int limit = 20_000;
        long took = timeOf(limit);
        while (took < target.toNanos() / 8 && limit <= MAX_LIMIT / 2) {
            limit *= 2;
            took = timeOf(limit);
        }
        limit = extrapolate(limit, took, target);
        limit = extrapolate(limit, timeOf(limit), target);
        return of(limit);
    }

    /** Counts the primes below {@link #limit} by trial division: the CPU-bound task itself. */
    public int count() {
        return count(NO_CHECKPOINT);
    }

    /**
     * {@link #count()}, calling {@code checkpoint} once every {@value #CHECKPOINT_EVERY} numbers
     * (about every third of a millisecond at the calibrated sizes): a place to
     * {@link Thread#yield()} for the variant that tries cooperative scheduling.
     */
    public int count(Runnable checkpoint) {
        return trialDivision(limit, checkpoint);
    }

    /**
     * Accepts a count from the task.
     *
     * @throws IllegalStateException naming both counts when {@code counted} is not the sieve's
     */
    public int check(int counted) {
        if (counted != primes) {
            throw new IllegalStateException("the CPU task counted " + counted + " primes below " + limit
                    + ", but the sieve counts " + primes + ": the computation is wrong");
        }
        return counted;
    }

    /** Runs the trial division a few times at a small size, so that the JIT has compiled it before it is timed. */
    static void warmUp() {
        for (int i = 0; i < 5; i++) {
            trialDivision(50_000, NO_CHECKPOINT);
        }
    }

    static int trialDivision(int limit, Runnable checkpoint) {
        int count = limit > 2 ? 1 : 0; // 2, the only even prime
        for (int candidate = 3; candidate < limit; candidate += 2) {
            if (isPrime(candidate)) {
                count++;
            }
            if (candidate % CHECKPOINT_EVERY == 1) {
                checkpoint.run();
            }
        }
        return count;
    }

    private static boolean isPrime(int odd) {
        for (int divisor = 3; divisor <= odd / divisor; divisor += 2) {
            if (odd % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /** The primes below {@code limit}, counted by the sieve of Eratosthenes: the independent answer. */
    static int sieve(int limit) {
        BitSet composite = new BitSet(limit);
        for (int n = 2; (long) n * n < limit; n++) {
            if (!composite.get(n)) {
                for (int multiple = n * n; multiple < limit; multiple += n) {
                    composite.set(multiple);
                }
            }
        }
        return limit - 2 - composite.cardinality();
    }

    private static long timeOf(int limit) {
        long start = System.nanoTime();
        trialDivision(limit, NO_CHECKPOINT);
        return Math.max(1, System.nanoTime() - start);
    }

    private static int checkLimit(int limit) {
        if (limit < 2 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("CPU work limit must be between 2 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    private static int extrapolate(int limit, long took, Duration target) {
        double exponent = 1.5 - 1 / Math.log(limit);
        double next = limit * Math.pow((double) target.toNanos() / took, 1 / exponent);
        return (int) Math.clamp(next, 2, MAX_LIMIT);
    }
}
