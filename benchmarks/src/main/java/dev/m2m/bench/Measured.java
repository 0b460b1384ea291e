package dev.m2m.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How every benchmark here is measured (JMH reads these annotations from the superclass): the average
 * time of a call, two forks of ten short iterations each, so that a score's 99.9% margin rests on 20
 * iterations and on two JVMs' compilations rather than on one. Warm-up is 14 s: on 2 cores the JIT
 * competes with the benchmark for the CPU, and Hibernate's reads were seen still getting faster well into
 * a shorter warm-up (a score still drifting shows as a wide margin, and the report flags those).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 7, time = 2)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
// jOOQ prints its logo and a tip of the day otherwise
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
abstract class Measured {
}
